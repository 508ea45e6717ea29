"""An act someone only asked for is no act of its own: it merges into a coded request, and
with no coded asker nothing is told (coder.asked_by_nobody_known)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # (Survivors, not relatives: relatives and families are the people of the state the sentence
    # or article names since the thirty-second session, as the real gold codes them.)
    "Survivors of the crash urged the Chilean president to apologize for the delays.",
    "Survivors of the two crashes asked Ecuador's defence minister to resign.",
])
def test_request_without_asker_tells_nothing(code_text, text):
    assert code_text(text)["events"] == []


def test_coded_request_keeps_only_the_request(code_text):
    events = code_text("France urged Iran to release the two sailors.")["events"]
    assert [e["cameo"][:2] for e in events] == ["02"]
    assert {a["code"] for a in events[0]["actor"]} == {"FRA"}


def test_explain_says_why_the_asked_act_went(pipeline):
    from accord.events.explain import explain_text

    lines = explain_text(pipeline, "Survivors of the crash urged the Chilean president to apologize for the delays.")
    assert any("'apologize': coded, then dropped: only asked for" in line for line in lines)
