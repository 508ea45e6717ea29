"""Politicians in the packaged persons table (office 'politician'): whose a bare name is."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors.people import load_person_base
from accord.ingest import Article


@pytest.fixture(scope="module")
def base():
    return load_person_base()


@pytest.mark.parametrize("name, country, sector", [
    ("Bernie Sanders", "USA", "LEG"),
    ("Chuck Schumer", "USA", "LEG"),
    ("Schumer", "USA", "LEG"),
    ("John Kasich", "USA", "GOV"),
    ("Kasich", "USA", "GOV"),
    ("Nancy Pelosi", "USA", "LEG"),
])
def test_politicians_resolve_to_their_country(base, name, country, sector):
    person = base.person(name)
    assert person is not None and person.office == "politician"
    assert (person.country, person.sector) == (country, sector)


@pytest.mark.parametrize("name", ["Kennedy", "Cuomo", "Sanders", "Smith", "Johnson", "Brown"])
def test_common_or_shared_surnames_stay_unresolved(base, name):
    assert base.person(name) is None


def test_politicians_never_answer_who_held_an_office(base):
    for office in ("head of state", "head of government", "foreign minister", "defence minister"):
        assert all(o.office != "politician" for o in base.offices if o.office == office)
    assert base.holder("USA", "president", date(2023, 6, 1)).name == "Joe Biden"
    # A politician's surname does not become a president's: "President Sanders" fits nobody.
    assert base.titled("Sanders", ("president",)) is None


def test_a_senator_in_text_gets_a_country(pipeline):
    text = "Sen. Bernie Sanders criticized the trade deal on Tuesday."
    doc = pipeline.nlp(pipeline._make_doc(Article(id="t", text=text)))
    found = {m.actor.name: m.actor for m in doc._.actors if m.actor.name}
    assert found["Bernie Sanders"].code == "USA"
