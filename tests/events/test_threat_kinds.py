"""Threats of force by their kind (CAMEO 1381-1385, ``accord.events.aims.FORCE_KINDS``) and protests by
their aim when a purpose clause or a non-protest aim word stands in the way.
Team-written sentences, none from a gold set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cameo", [
    ("Tehran threatened to shut the Strait of Hormuz to tanker traffic.", "1381"),
    ("Baku threatened to launch missile strikes on Armenian positions around the enclave.", "1384"),
    ("A senior Russian official threatened Kyiv with nuclear weapons.", "1385"),
    ("Pyongyang threatened to invade the South if the drills went ahead.", "1382"),
])
def test_threat_of_force_by_its_kind(code_text, text, cameo):
    found = [e for e in code_text(text)["events"] if e["cameo"].startswith("13")]
    assert len(found) == 1, [(e["cameo"], e["trigger"]["text"]) for e in code_text(text)["events"]]
    assert found[0]["cameo"] == cameo, found[0]["explanation"]


def test_threat_of_force_in_general_keeps_138(code_text):
    found = [e for e in code_text("Ankara threatened military retaliation against the militia.")["events"]
             if e["cameo"].startswith("13")]
    assert [e["cameo"] for e in found] == ["138"]


@pytest.mark.parametrize("text, cameo", [
    # the purpose the event noun's verb states is the protest's aim (1421: leadership change)
    ("Opposition deputies in Lima began a hunger strike to demand the resignation of the interior minister.", "1421"),
    # a protest is split only by leadership, policy, rights, institutions: "plan to allow" is policy
    ("Thousands of farmers rallied in Warsaw against the government's plan to allow grain imports.", "1412"),
])
def test_protest_aims(code_text, text, cameo):
    found = [e for e in code_text(text)["events"] if e["cameo"].startswith("14")]
    assert [e["cameo"] for e in found] == [cameo], [e["explanation"] for e in found]
