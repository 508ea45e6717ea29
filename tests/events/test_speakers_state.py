"""A bare state body inside what an official of a known state says is that official's own
("The Kenyan foreign minister said the government had expelled ...": homes.speakers_state)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, actor, recipient", [
    ("Uganda's foreign minister said the government had expelled two Sudanese diplomats.", "UGA", "SDN"),
    ("Turkey's defence minister said the army had shelled Kurdish militia positions in Syria.", "TUR", "SYR"),
])
def test_officials_bare_government_is_their_own(code_text, text, actor, recipient):
    events = code_text(text)["events"]
    assert [(e["actor"][0]["code"][:3], e["recipient"][0]["code"][:3]) for e in events] == [(actor, recipient)]
    assert "as '" + text.split(" said")[0] + "' speaks of it" in events[0]["explanation"]


def test_a_diplomat_abroad_says_nothing_of_whose_government(code_text):
    # A foreign envoy's "the government" is more often the host's: left unplaced.
    events = code_text("A Canadian diplomat said the government had expelled two Sudanese journalists.")["events"]
    assert all(a["code"][:3] != "CAN" for e in events for a in e["actor"])
