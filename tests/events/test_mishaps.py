"""Deaths nobody inflicted (disasters, accidents, illness) are no events; an unnamed attacker
with a weapon word still is (accord.events.mishaps)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "At least 19 people were killed when a minibus plunged off a mountain road in western Nepal.",
    "Nine people were killed in floods and landslides across Sri Lanka's southern province on Saturday.",
    "Hundreds of homes were destroyed after a strong earthquake struck eastern Turkey overnight.",
    "Seven tourists were killed in an avalanche near the Swiss resort of Zermatt.",
    "Four crew members were killed after their cargo plane crashed on take-off in Kinshasa.",
    "Dozens of pilgrims were killed in a stampede at a shrine in northern India.",
    "Eleven workers were killed in a gas explosion at a colliery in Shaanxi province.",
    "Twelve Peruvian soldiers were killed when a military helicopter crashed in the Andes.",
])
def test_mishaps_yield_no_event(code_text, text):
    assert code_text(text)["events"] == []


@pytest.mark.parametrize("text", [
    "A roadside bomb killed four soldiers near the Iraqi town of Baiji on Tuesday.",
    "Gunmen killed six people at a bus stop in Karachi after a minibus crash blocked the road.",
    "Three policemen were killed in an ambush in Mexico's Guerrero state.",
    "An airstrike caused a residential building to collapse in Aleppo, killing nine civilians.",
    "Seven Chinese miners were killed at a gold mine in the Central African Republic.",
])
def test_armed_killings_keep_their_event(code_text, text):
    events = code_text(text)["events"]
    assert [e["cameo"][:2] in ("18", "19") for e in events] == [True]


def test_explain_names_the_mishap(pipeline):
    from accord.events.explain import explain_text

    lines = explain_text(pipeline, "Twelve people were killed in floods in southern Brazil on Sunday.")
    assert any("'killed': not coded:" in line and "'floods' names a disaster or accident" in line for line in lines)
