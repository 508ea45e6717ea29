"""An office named by its bare title in what a visitor went somewhere to do is of the place the
visitor went to (references._destination): "flew to Yangon to press the junta" presses Myanmar's
junta, not the visitor's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, visitor, host", [
    ("Thailand's foreign minister went to Phnom Penh on Friday to urge the government to reopen the border.",
     "THA", "KHM"),
    ("Malaysia's foreign minister flew to Yangon on Monday to press the junta to free political prisoners.",
     "MYS", "MMR"),
])
def test_office_in_a_visitors_purpose_is_of_the_place_visited(code_text, text, visitor, host):
    events = code_text(text)["events"]
    assert events and all(e["actor"][0]["code"][:3] == visitor and {r["code"][:3] for r in e["recipient"]} == {host}
                          for e in events), events


def test_office_at_home_stays_the_actors(code_text):
    events = code_text("Thailand's foreign minister urged the government to reopen the border.")["events"]
    assert all(r["code"][:3] == "THA" for e in events for r in e["recipient"])
