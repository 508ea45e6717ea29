"""Congratulations offered, sent or conveyed to an actor are praise (051), like
"congratulated"; to players, or to nobody named, they are no political event."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, actor, recipient", [
    ("Indonesia's president offered his congratulations to the new Malaysian prime minister.", "IDN", "MYS"),
    ("Mexico's president sent a message of congratulations to Colombia's new leader.", "MEX", "COL"),
    ("The Chilean foreign minister conveyed his congratulations to Peru on its independence day.", "CHL", "PER"),
])
def test_congratulations_are_praise(code_text, text, actor, recipient):
    events = code_text(text)["events"]
    assert [(e["cameo"], e["actor"][0]["code"][:3], e["recipient"][0]["code"][:3]) for e in events] \
        == [("051", actor, recipient)]


@pytest.mark.parametrize("text", [
    "The Canadian prime minister also offered his congratulations, calling the result historic.",
    "The coach offered his congratulations to the Brazilian players after the final.",
    "Fans sent messages of support to the injured Argentine striker.",
])
def test_congratulations_outside_politics_are_no_event(code_text, text):
    assert code_text(text)["events"] == []
