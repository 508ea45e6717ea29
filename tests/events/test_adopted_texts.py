"""What an adopted or issued text says is the act (sweep_checks.content_of_document): "adopted a
resolution rejecting X" is a rejection of X, not the signing of an agreement; a text someone
else wrote and the actor answers ("vetoed a resolution condemning ...") stays the answer."""

from __future__ import annotations

import pytest


def _coded(code_text, text):
    return [(e["cameo"][:2], e["actor"][0]["code"], sorted({r["code"] for r in e["recipient"]}))
            for e in code_text(text)["events"]]


@pytest.mark.parametrize("text, expected", [
    ("The Armenian parliament adopted a resolution condemning Azerbaijan's blockade of the Lachin corridor.",
     ("11", "ARM", ["AZE"])),
    ("Lithuania's parliament approved a resolution rejecting Belarus's nuclear plant at Astravets.",
     ("12", "LTU", ["BLR"])),
])
def test_the_resolution_says_the_act(code_text, text, expected):
    coded = _coded(code_text, text)
    assert expected in coded and all(root != "05" for root, _, _ in coded)


@pytest.mark.parametrize("text, expected", [
    # a decree or order the actor signs carries the act it names, not a demand of its own
    # (Abkhazia read without a date is Georgia's, as the wire gold codes it: era_codes.tsv.)
    ("Venezuela's president signed a decree recognising the independence of Abkhazia.", ("05", "VEN", ["GEO"])),
    ("Bolivia's president signed a decree expelling the Israeli ambassador from La Paz.", ("16", "BOL", ["ISR"])),
])
def test_a_signed_decree_says_the_act(code_text, text, expected):
    coded = _coded(code_text, text)
    assert coded == [expected]


def test_a_veto_answers_the_text_it_stops(code_text):
    coded = _coded(code_text, "China vetoed a Security Council resolution condemning Myanmar's military.")
    assert [root for root, _, _ in coded] == ["12"]
