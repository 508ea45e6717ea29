"""A place takes the country its own phrase names ("Moura, a village in central Mali", "the town
of Beni in eastern Congo", "the Malian village of Moura"), over the gazetteer's reading of a
name other countries share; a local place the gazetteer knows only elsewhere is still of the
named country. All sentences are written by the team for these tests."""

from __future__ import annotations

import pytest


def _country(record: dict, text: str) -> str | None:
    return next(p["country"] for p in record["locations"] if p["text"] == text)


@pytest.mark.parametrize("text, place, country", [
    # The gazetteer knows Moura only in Portugal and Australia.
    ("Militants raided Moura, a village in central Mali, before dawn.", "Moura", "MLI"),
    ("Gunmen set fire to homes in the village of Moura in central Mali.", "Moura", "MLI"),
    ("Fighters attacked the Malian village of Moura on Sunday.", "Moura", "MLI"),
    # Beni is also a Bolivian department: the Congolese town is chosen, not made up.
    ("Rebels shelled the town of Beni in the north of Congo overnight.", "Beni", "COD"),
    # The phrase agrees with the gazetteer.
    ("Police fired tear gas at fishermen in Moura, a town in southern Portugal.", "Moura", "PRT"),
])
def test_place_in_the_country_its_phrase_names(code_text, text, place, country):
    assert _country(code_text(text), place) == country


def test_a_local_place_is_put_at_its_country(code_text):
    (moura,) = [p for p in code_text("Militants raided Moura, a village in central Mali.")["locations"]
                if p["text"] == "Moura"]
    assert moura["geonameid"] is None and moura["country"] == "MLI"


@pytest.mark.parametrize("text, place, country", [
    # No phrase names a country: the gazetteer's reading stands.
    ("Farmers blocked the main road into Moura on Monday.", "Moura", "PRT"),
    # "Russian-held" says who holds the town, not whose it is.
    ("Artillery pounded the Russian-held city of Kherson on Friday.", "Kherson", "UKR"),
    # "Georgia" is a US state as well as a country: a city of it keeps its own reading.
    ("Thousands marched in Atlanta, a city in Georgia, on Saturday.", "Atlanta", "USA"),
])
def test_no_country_taken_from_a_phrase_that_does_not_name_one(code_text, text, place, country):
    assert _country(code_text(text), place) == country
