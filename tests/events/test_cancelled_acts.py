"""An act named as the subject of a passive verb that calls it off ("the visit was cancelled")
did not happen: it keeps its record, flagged negated. The same act confirmed or held stands."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cameo", [
    ("Lavrov's planned visit to Tbilisi was cancelled after the shelling.", "042"),
    ("The Turkish foreign minister's trip to Yerevan was postponed at the last minute.", "042"),
])
def test_an_act_called_off_is_negated(code_text, text, cameo):
    events = [e for e in code_text(text)["events"] if e["cameo"] == cameo]
    assert events, text
    assert all(e["modality"]["negated"] for e in events)
    assert all("negated by" in e["explanation"] for e in events)


@pytest.mark.parametrize("text, cameo", [
    ("A visit by the Indian prime minister to Dhaka was confirmed by the foreign ministry.", "042"),
    ("Talks between Armenia and Azerbaijan were held in Moscow on Friday.", "040"),
])
def test_an_act_confirmed_or_held_stands(code_text, text, cameo):
    events = [e for e in code_text(text)["events"] if e["cameo"] == cameo]
    assert events, text
    assert not any(e["modality"]["negated"] for e in events)
