"""The parties placed by the country a place's own phrase names ("in Moura, a village in central
Mali"), not by the gazetteer's reading of a name another country shares (Moura, Portugal).
Sentences written by the team for these tests."""

from __future__ import annotations

import pytest
from eventkit import assert_event


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # (armed men killing civilians: unconventional violence, 180; soldiers killing people: 190)
    ("Jihadists killed dozens of civilians in Moura, a village in central Mali, on Sunday.", "18", {"MLI"}, {"MLI"}),
    ("Soldiers killed dozens of people in the village of Moura in central Mali.", "19", {"MLI"}, {"MLI"}),
    ("Police fired tear gas at fishermen in Moura, a town in southern Portugal.", "175", {"PRT"}, {"PRT"}),
])
def test_the_phrase_country_places_the_parties(code_text, text, cameo, actor, recipient):
    assert_event(code_text(text), cameo, None, actor, recipient)
