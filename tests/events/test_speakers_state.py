"""A bare state body inside what an official of a known state says is that official's own
("The Kenyan foreign minister said the government had expelled ...": homes.speakers_state)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, actor, recipient", [
    ("Uganda's foreign minister said the government had expelled two Sudanese diplomats.", "UGA", "SDN"),
    ("Senegal's interior minister said the police had arrested three Malian diplomats.", "SEN", "MLI"),
])
def test_officials_bare_government_is_their_own(code_text, text, actor, recipient):
    events = code_text(text)["events"]
    assert [(e["actor"][0]["code"][:3], e["recipient"][0]["code"][:3]) for e in events] == [(actor, recipient)]
    assert "as '" + text.split(" said")[0] + "' speaks of it" in events[0]["explanation"]


def test_a_diplomat_abroad_says_nothing_of_whose_government(code_text):
    # A foreign envoy's "the government" is more often the host's: left unplaced.
    events = code_text("A Canadian diplomat said the government had expelled two Sudanese journalists.")["events"]
    assert all(a["code"][:3] != "CAN" for e in events for a in e["actor"])


@pytest.mark.parametrize("text", [
    "U.S. Secretary of State Antony Blinken said the army had committed atrocities in Tigray.",
    "After talks in Caracas, Brazil's foreign minister said the government had agreed to release opposition detainees.",
    "The Iranian foreign minister, visiting Baghdad, said the government had agreed to disarm Kurdish groups.",
    "French President Emmanuel Macron said the junta must release the detained Nigerien president.",
])
def test_a_body_where_another_state_is_named_is_not_the_speakers(code_text, text):
    assert all("speaks of it" not in e["explanation"] for e in code_text(text)["events"])
