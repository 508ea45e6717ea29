"""A name two persons of one country share still says the country; the date says who."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture(scope="module")
def people(pipeline):
    from accord.actors.people import load_person_base

    return load_person_base()


def test_shared_name_of_one_country(people):
    assert people.person("George Bush").country == "USA"
    assert people.person("George Bush", date(1991, 3, 1)).name == "George H. W. Bush"
    assert people.person("George Bush", date(2004, 3, 1)).name == "George W. Bush"


def test_shared_name_in_a_sentence(mentions_of):
    assert mentions_of("George Bush telephoned the Danish prime minister.")["George Bush"][0] == "USA"
