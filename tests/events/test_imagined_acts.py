"""An act named by an indefinite noun that is the subject of a "would"/"could" clause is only
imagined ("warned that an Israeli strike on Iran would set the region ablaze"): it is kept, flagged
as not asserted, and wire coding leaves it out. A definite noun ("the attack") is an act that
happened. Team-written sentences."""

from __future__ import annotations

import pytest


def asserted(record: dict) -> list[str]:
    return [e["cameo"] for e in record["events"] if not e["modality"]["negated"]]


@pytest.mark.parametrize("text", [
    "Turkey's foreign minister warned that an Israeli strike on Iran would set the whole region ablaze.",
    "Beijing said any attack on North Korea could trigger a humanitarian disaster.",
])
def test_an_imagined_attack_is_not_asserted(code_text, text):
    record = code_text(text)
    assert not any(code.startswith(("18", "19", "13")) for code in asserted(record))
    # the attack is still recorded, flagged, so an analyst can see what was imagined
    assert any(e["cameo"].startswith("19") and e["modality"]["negated"] for e in record["events"])


def test_an_attack_that_happened_stays(code_text):
    record = code_text("The bombing of the market in Peshawar would not go unpunished, Pakistan's army chief said.")
    assert any(code.startswith("18") for code in asserted(record))
