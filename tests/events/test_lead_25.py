"""Rules the lead added in the twenty-fifth session, each on team-written wire sentences.

A vehicle's cargo is every good of the list it carries ("carrying water containers and
generators": an aid flight).
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _found(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


@pytest.mark.parametrize("text, expected", [
    ("An Australian military plane carrying tarpaulins and generators landed in Port Vila on Sunday after the "
     "cyclone.", ("073", {"AUS"}, {"VUT"})),
])
def test_lead_rules_25(code_text, text, expected):
    assert expected in _found(code_text(text)), _found(code_text(text))


def test_a_plane_with_passengers_is_no_aid(code_text):
    found = _found(code_text("A Qantas plane carrying tourists and journalists landed in Port Vila on Sunday."))
    assert not any(code.startswith("07") for code, _who, _whom in found), found
