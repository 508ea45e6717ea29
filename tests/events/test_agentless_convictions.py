"""A conviction told in the passive with no court named is the act of the state where it
happened or whose party undergoes it (dyad_steps.authorities_where_it_happened, 116)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, state", [
    ("Two Australian aid workers were convicted of espionage in Cambodia on Friday.", "KHM"),
    ("A former Kenyan finance minister has been found guilty of abuse of office.", "KEN"),
])
def test_agentless_conviction_is_the_states(code_text, text, state):
    events = code_text(text)["events"]
    assert [(e["cameo"], [a["code"] for a in e["actor"]]) for e in events] == [("116", [state])]
    assert events[0]["actor"][0]["sector"] == "JUD"


def test_conviction_of_nobody_in_particular_is_no_event(code_text):
    # Whoever undergoes it must be a party: a foreigner, an official, a named body.
    assert code_text("A man was convicted of burglary in Leeds on Monday.")["events"] == []


def test_private_foreigners_convicted_are_not_placed_by_their_nationality(code_text):
    # Journalists or tourists convicted with no place named were most likely tried abroad.
    assert code_text("Two Danish journalists were convicted of espionage on Friday.")["events"] == []
