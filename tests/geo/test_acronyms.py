"""Capital-letter codes of two or three letters read as places only by their initials ("NYC",
"LA"), not as the airport or other codes GeoNames lists among a town's alternate names ("CBS"
is a television network, not Cabimas in Venezuela). Team-written sentences."""

from __future__ import annotations

import pytest

from accord.geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize("code, place", [("NYC", "New York City"), ("LA", "Los Angeles")])
def test_initials_still_read(gazetteer, code, place):
    assert any(c.entry.name == place for c in gazetteer.candidates(code))


@pytest.mark.parametrize("code", ["CBS"])
def test_codes_that_are_not_initials_are_dropped(gazetteer, code):
    assert not [c for c in gazetteer.candidates(code) if c.via_alternate]


def test_spelled_names_in_capitals_keep_alternate_readings(gazetteer):
    # A dateline in capitals is a spelling, not a code.
    assert gazetteer.candidates("KIEV")[0].entry.country == "UKR"


@pytest.mark.parametrize("text", [
    "NEW YORK Fox Sports/CBS analyst Tom Hardwick criticised the referee on Sunday.",
    "Viewers of CBS and NBC watched the debate in Houston.",
])
def test_network_is_no_place(code_text, text):
    assert not [p for p in code_text(text)["locations"] if p["text"] == "CBS"]
