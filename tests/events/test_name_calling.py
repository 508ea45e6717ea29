""""Called X 'the devil'" is an insult (111), "called X" alone a telephone call (041): the
telephone rows fit only when the verb says nothing of its object (frame key notpred=*), and a lone
name the parser reads as an object predicate is the one called (slots._named_before_predicate)."""

from __future__ import annotations

import pytest


def _coded(code_text, text):
    return [(e["cameo"], e["actor"][0]["code"], sorted({r["code"] for r in e["recipient"]}))
            for e in code_text(text)["events"]]


@pytest.mark.parametrize("text, expected", [
    ('Bolivian President Evo Morales called U.S. President George W. Bush "the devil" at a rally.',
     ("111", "BOL", ["USA"])),
    ("The Iranian president called Israel a cancer in the region.", ("111", "IRN", ["ISR"])),
])
def test_calling_someone_names_is_an_insult(code_text, text, expected):
    assert _coded(code_text, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Turkish President Abdullah Gul called Armenian President Serzh Sarkisian on Friday.", ("041", "TUR", ["ARM"])),
    ("The Japanese prime minister called his South Korean counterpart on Monday.", ("041", "JPN", ["KOR"])),
])
def test_calling_someone_is_a_telephone_call(code_text, text, expected):
    assert _coded(code_text, text) == [expected]
