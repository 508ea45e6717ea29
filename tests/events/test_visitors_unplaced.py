"""A visiting official named only by office is not of where he goes or whom he meets
(arguments._travels): "The foreign minister arrived in Beijing for talks with Chinese
officials" is no Chinese act; a visitor whose state is named keeps it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, foreign", [
    ("The foreign minister arrived in Hanoi on Tuesday for talks with Vietnamese officials.", "VNM"),
    ("The prime minister flew to Nairobi to meet President William Ruto.", "KEN"),
    ("The president will travel to Brasilia next week for a summit with Lula, his office said.", "BRA"),
])
def test_visitor_by_office_is_not_of_the_host(code_text, text, foreign):
    assert all(a["code"][:3] != foreign for e in code_text(text)["events"] for a in e["actor"])


def test_visitor_with_a_state_keeps_it(code_text):
    events = code_text("Norway's foreign minister flew to Nairobi to meet President William Ruto.")["events"]
    assert {a["code"] for e in events for a in e["actor"]} == {"NOR"}


def test_local_police_arriving_stay_local(code_text):
    events = code_text("Police arrived in the village and arrested 12 protesters, Kenyan media said.")["events"]
    assert [(e["cameo"], e["actor"][0]["code"]) for e in events] == [("173", "KEN")]
