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
    ("Horst Seehofer", "DEU", "GOV"),
    ("Seehofer", "DEU", "GOV"),
    ("Matteo Salvini", "ITA", "GOV"),
    ("Dmitry Peskov", "RUS", "GOV"),
    ("Jeremy Corbyn", "GBR", "OPP"),
    ("Abu Musab al-Zarqawi", "IRQ", "REB"),
    ("Zarqawi", "IRQ", "REB"),
    ("Rodrigo Londono", "COL", "REB"),
    ("Timochenko", "COL", "REB"),
    ("Ahmad Shah Massoud", "AFG", "REB"),
])
def test_politicians_resolve_to_their_country(base, name, country, sector):
    person = base.person(name)
    assert person is not None and person.office == "politician"
    assert (person.country, person.sector) == (country, sector)


@pytest.mark.parametrize("name", [
    "Kennedy", "Cuomo", "Sanders", "Smith", "Johnson", "Brown",  # common, or several politicians'
    "Barzani", "Kadyrov", "Le Pen", "Bolsonaro", "Haqqani",  # shared by relatives
])
def test_common_or_shared_surnames_stay_unresolved(base, name):
    person = base.person(name)
    assert person is None or person.office != "politician"


def test_existing_names_keep_their_person(base):
    # A politician's alias never takes a bare name from a person already in the table.
    assert base.person("Napolitano").name == "Giorgio Napolitano"
    assert base.person("Putin").name == "Vladimir Putin"


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
