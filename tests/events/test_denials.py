"""What is denied is not asserted: the event keeps its code with the negated flag.

Team-written wire-style sentences.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cameo", [
    ("Belarus denied that it had supplied artillery shells to Russia.", "07"),
    ("Rwanda denied that its troops had attacked Congolese army positions.", "19"),
])
def test_denied_clause_is_negated(code_text, text, cameo):
    [event] = [e for e in code_text(text)["events"] if e["cameo"].startswith(cameo)]
    assert event["modality"]["negated"] is True
    assert "denied by" in event["explanation"]


def test_asserted_clause_is_not(code_text):
    [event] = [e for e in code_text("Belarus said that it had supplied artillery shells to Russia.")["events"]
               if e["cameo"].startswith("07")]
    assert event["modality"]["negated"] is False
