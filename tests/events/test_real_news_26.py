"""Rules the twenty-sixth session added from the real news sets (helper wt-real), each on
team-written sentences in the style of BBC and agency copy.

A speaker who says someone's plans or policies "have failed" criticises whose they are (111),
unless the clause is only a forecast ("would fail") or denied. A role whose possessor, or a name
before it, is a first-order region of one country is an office of that country ("Scotland's
justice minister", "Bavaria's interior minister").
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _found(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


def _country_level(found) -> set[tuple[str, frozenset, frozenset]]:
    return {(code, frozenset(c[:3] for c in who), frozenset(c[:3] for c in whom)) for code, who, whom in found}


@pytest.mark.parametrize("text, expected", [
    # a verdict of failure on a rival's policy
    ("The Conservatives say Labour's plans to cut hospital waiting lists have failed.", ("111", {"GBR"}, {"GBR"})),
    ("Venezuela's opposition says President Nicolas Maduro's economic policies have failed.",
     ("111", {"VEN"}, {"VEN"})),
    ("Kenya's opposition leader Raila Odinga claimed the government's anti-corruption strategy had failed.",
     ("111", {"KEN"}, {"KEN"})),
    # a region's office is its country's
    ("Scotland's justice minister criticised Belgium over the handling of the football violence.",
     ("111", {"GBR"}, {"BEL"})),
    ("Bavaria's interior minister sharply criticised Austria for its new border checks.", ("111", {"DEU"}, {"AUT"})),
    ("Quebec's premier met French President Emmanuel Macron in Paris on Monday.", ("040", {"CAN"}, {"FRA"})),
])
def test_real_news_rules_26(code_text, text, expected):
    code, who, whom = expected
    found = _found(code_text(text))
    assert (code, frozenset(who), frozenset(whom)) in _country_level(found), found


@pytest.mark.parametrize("text", [
    # a forecast, a denial and talks that broke down are no criticism of a policy's owner
    "Ministers said the plans would fail without more money from the Treasury.",
    "The Tories said Labour's plans had not failed, but needed more time.",
    "Ankara said the talks with Athens had failed.",
])
def test_failure_that_is_no_criticism(code_text, text):
    found = _found(code_text(text))
    assert not any(code.startswith("11") for code, _who, _whom in found), found
