"""Whoever is "in" an ongoing act is its actor ("is in talks with", "has been locked in talks
with": parties._engaged_in), and "forge" lends its subject to the noun it makes."""

from __future__ import annotations

import pytest


def _dyads(record):
    return [(e["cameo"][:3], sorted({a["code"][:3] for a in e["actor"]}),
             sorted({r["code"] if r["code"].startswith("IGO") else r["code"][:3] for r in e["recipient"]}))
            for e in record["events"]]


@pytest.mark.parametrize("text, dyad", [
    ("Egypt is in talks with Ethiopia over the Nile dam.", ("046", ["EGY"], ["ETH"])),
    ("The Colombian government has been locked in talks with ELN rebels for months.", ("046", ["COL"], ["COL"])),
    ("Moldova remains in negotiations with the European Union on a trade deal.", ("046", ["MDA"], ["IGOEEC"])),
    ("Vietnam's prime minister forged a reconciliation with Cambodia in 1991.", ("050", ["VNM"], ["KHM"])),
])
def test_the_one_in_the_act_does_it(code_text, text, dyad):
    assert _dyads(code_text(text)) == [dyad]


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister was in Addis Ababa for talks with Ethiopian officials.",
    "Chinese troops were in the disputed Doklam area when the clash happened.",
    "Turkey was in the grip of protests against the government.",
])
def test_being_somewhere_or_near_an_act_is_not_doing_it(code_text, text):
    assert code_text(text)["events"] == []
