"""What a poll or survey finds people think or back is an opinion measured, not an act of theirs;
the same verbs told of a state, or sourced to people rather than a poll, stay acts."""

from __future__ import annotations

import pytest


def _roots(code_text, text):
    return [e["cameo"][:2] for e in code_text(text)["events"] if not e["modality"]["negated"]]


@pytest.mark.parametrize("text", [
    "Polls show most Greeks support a negotiated settlement with Turkey over Cyprus.",
    "A survey found that most Japanese back sanctions against North Korea.",
    "Most Serbs oppose recognising Kosovo, according to a poll published on Sunday.",
])
def test_polled_opinion_is_no_event(code_text, text):
    assert _roots(code_text, text) == []


@pytest.mark.parametrize("text, root", [
    ("Russia supports new sanctions against North Korea, according to diplomats.", "05"),
    ("Greece backed Cyprus's bid to join the European Union.", "05"),
])
def test_acts_stay(code_text, text, root):
    assert root in _roots(code_text, text)
