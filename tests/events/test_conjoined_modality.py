"""A conjoined verb is an act of its own: a rejection in the first conjunct neither negates
the second ("rejected the offer and demanded ...") nor lends it its aim. Team-written sentences.
"""

from __future__ import annotations

import pytest


def coded(record: dict) -> list[tuple[str, bool]]:
    return sorted((e["cameo"], e["modality"]["negated"]) for e in record["events"])


@pytest.mark.parametrize("text, demand", [
    ("Hezbollah rejected the plan as a trap and demanded the release of its fighters held in Israel.", "1053"),
    ("The opposition refused the invitation and demanded the resignation of Prime Minister Gyurcsany.", "1041"),
])
def test_a_rejection_does_not_negate_the_demand_beside_it(code_text, text, demand):
    events = coded(code_text(text))
    assert (demand, False) in events
    # the rejection keeps a rejection's code, not the release or resignation of its conjunct
    assert all(not code.startswith("124") for code, _ in events)


def test_a_finite_conjunct_under_an_infinitive_is_not_refused(code_text):
    # the small model hangs "rejected" under "suspend"; the rejection is asserted all the same
    events = coded(code_text("Iran refused to suspend enrichment and rejected the offer."))
    assert ("120", False) in events


@pytest.mark.parametrize("text", [
    "Israel declined to sign or ratify the treaty.",
    "Pyongyang refused to dismantle its reactor or allow inspectors back.",
])
def test_a_refusal_still_covers_its_conjoined_infinitives(code_text, text):
    events = coded(code_text(text))
    assert events and all(code.startswith("12") and not negated for code, negated in events)
