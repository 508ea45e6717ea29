"""Summoning an envoy, twenty-fifth session: team-written wire sentences, none from a gold set.

CAMEO's own example of 110 is a minister summoning an ambassador, and the team's wire sets code a
plain summons 110; summoning one in order to lodge a protest is an official complaint (114). A
summons beside words of disapproval in the same sentence is an act of its own, not merged into
them; in the passive with no "by", the state summoned to acts.
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _found(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


@pytest.mark.parametrize("text, expected", [
    ("Norway's foreign ministry summoned the Iranian ambassador on Friday over the arrest of two aid workers.",
     [("110", {"NOR"}, {"IRN"})]),
    ("Kenya summoned the Ugandan high commissioner after soldiers crossed the border near Busia.",
     [("110", {"KEN"}, {"UGA"})]),
    ("Chile summoned the Argentine ambassador to lodge a formal protest over the remarks.",
     [("114", {"CHL"}, {"ARG"})]),
    ("Poland condemned the Belarusian airspace violation and summoned Belarus's charge d'affaires.",
     [("111", {"POL"}, {"BLR"}), ("110", {"POL"}, {"BLR"})]),
    ("The Swedish ambassador was summoned to the Turkish foreign ministry on Tuesday.",
     [("110", {"TUR"}, {"SWE"})]),
])
def test_summons(code_text, text, expected):
    found = _found(code_text(text))
    for event in expected:
        assert event in found, found


def test_a_court_summons_is_no_diplomatic_complaint(code_text):
    found = _found(code_text("A Paris court summoned the former minister to testify in a corruption case."))
    assert not any(code in ("110", "114") for code, _who, _whom in found), found
