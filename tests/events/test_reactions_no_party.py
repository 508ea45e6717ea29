"""Whom an act stirred ("..., prompting condemnation from France", "..., angering China") is no
party to the act (targets.one_other_party); one it drove to act ("prompting Taipei to scramble
jets") is left to the rules for whom the act aimed at."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, bystander", [
    ("Turkish jets bombed the airfield, prompting condemnation from Greece.", "GRC"),
    ("Azerbaijani forces shelled the village overnight, drawing a protest from France.", "FRA"),
    ("Eritrean troops attacked the border post, sparking criticism from the United States.", "USA"),
])
def test_who_reacts_is_no_recipient(code_text, text, bystander):
    events = code_text(text)["events"]
    acts = [e for e in events if e["cameo"][:2] in ("18", "19")]
    assert acts and all(r["code"][:3] != bystander for e in acts for r in e["recipient"])
