"""People held, named by what they are held as ("suspects", "members" of a group), are released
(0841) like prisoners; a people named by demonym can be executed (186). Albums, figures, plans and
contracts are not."""

from __future__ import annotations

import pytest


def _coded(code_text, text):
    return [(e["cameo"], [a["code"] for a in e["actor"]]) for e in code_text(text)["events"]
            if not e["modality"]["negated"]]


@pytest.mark.parametrize("text, code, actor", [
    ("Jordan released 35 Islamist suspects under a royal amnesty on Sunday.", "0841", "JOR"),
    ("Algeria freed 200 members of the banned Islamic Salvation Front.", "0841", "DZA"),
    ("Turkey released 20 suspected PKK members on Monday, the state news agency said.", "0841", "TUR"),
    ("Saudi Arabia executed three Pakistanis convicted of smuggling heroin, the interior ministry said.",
     "186", "SAU"),
    ("Iran executed two Kurds convicted of bombings in Mahabad, state media said.", "186", "IRN"),
])
def test_coded(code_text, text, code, actor):
    assert (code, [actor]) in _coded(code_text, text)


@pytest.mark.parametrize("text", [
    "The label released two members of the band from their contracts.",
    "The ministry released figures showing that unemployment had risen.",
    "The government executed a U-turn on pension reform.",
])
def test_not_coded(code_text, text):
    assert _coded(code_text, text) == []
