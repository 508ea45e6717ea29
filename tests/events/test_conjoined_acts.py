"""Coordinated verbs telling one act: the specific code stays, the general one goes.

Team-written wire-style sentences (not from the dev or held-out sets).
"""

from __future__ import annotations

import pytest


def cameo_codes(record: dict) -> list[str]:
    return sorted(e["cameo"] for e in record["events"])


@pytest.mark.parametrize("text, kept", [
    # "shot and wounded": one assassination, not an assassination plus a general attack.
    ("Peru's interior minister was shot and wounded by gunmen outside his home in Lima.", "186"),
])
def test_general_code_gives_way_to_specific(code_text, text, kept):
    assert cameo_codes(code_text(text)) == [kept]


def test_acts_on_different_parties_stay_separate(code_text):
    record = code_text("Turkish police detained 20 journalists and beat dozens of protesters in Istanbul.")
    assert {e["cameo"][:2] for e in record["events"]} == {"17", "18"}
