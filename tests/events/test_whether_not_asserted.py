"""An act inside an indirect question ("has not said whether ...", "is weighing whether to ...")
is only asked about: the record keeps it, flagged as not asserted (negated, with the reason), and
a CAMEO comparison leaves it out. A concessive "whether or not ..." is a condition on the main
act, which stays."""

from __future__ import annotations

import pytest


def _events(code_text, text):
    return [(e["cameo"][:2], e["modality"]["negated"]) for e in code_text(text)["events"]]


@pytest.mark.parametrize("text", [
    "The Elysee has not said whether Sarkozy will attend the summit in Tripoli.",
    "Japan is considering whether to send troops to Iraq, officials said.",
    "A spokesman declined to say whether Pakistan would hand over the suspects to India.",
    "It remains unclear whether Syria will resume talks with Israel.",
])
def test_asked_whether_is_not_asserted(code_text, text):
    events = _events(code_text, text)
    assert events and all(negated for _, negated in events)


def test_the_reason_is_explained(code_text):
    record = code_text("The Elysee has not said whether Sarkozy will attend the summit in Tripoli.")
    assert any("only asked whether" in e["explanation"] for e in record["events"])


@pytest.mark.parametrize("text, root", [
    ("Whether or not the rebels agree, Uganda will withdraw its troops from Congo.", "03"),
    ("Iran said it would resume talks with the EU if the sanctions were lifted.", "03"),
])
def test_conditions_are_not_questions(code_text, text, root):
    assert (root, False) in _events(code_text, text)
