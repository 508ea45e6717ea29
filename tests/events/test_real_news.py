"""Mechanisms found by hand-judging events in real BBC pages (bench/audit_real_news.py), each
tried on team-written sentences of the same shape."""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text", [
    # Whose the thing is does not make it a person: "meet his fiscal rules" is no meeting.
    "British Chancellor Gordon Brown said he was set to meet his two fiscal rules in this economic cycle.",
    "The Canadian finance minister will meet her deficit target a year early, officials said.",
    # Nor whom it is of: a summary of someone's opinion received is no visit hosted.
    "Britain's parliament had only received a summary of Lord Goldsmith's legal opinion.",
])
def test_a_possessed_thing_is_not_met(code_text, text):
    assert dyads(code_text(text)) == []


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Russian President Vladimir Putin met his Turkish counterpart in Sochi.", "04", {"RUS"}, {"TUR"}),
    ("German Chancellor Angela Merkel will meet French President Emmanuel Macron in Berlin on Monday.", "036",
     {"DEU"}, {"FRA"}),
])
def test_meetings_with_people_stay(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)
