"""Rules the lead added in the twenty-fifth session, each on team-written wire sentences.

A vehicle's cargo is every good of the list it carries ("carrying water containers and
generators": an aid flight). An obligation ("X must ...") is put on the parties its subject names,
not on a country named elsewhere in the clause. Force used on animals is no event, nor an event
word that is the title of an album or film, nor a film "shot in Hindi", nor a presenter who
resigned "as host" of a show.
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


@pytest.mark.parametrize("text", [
    '"The new manager must fit our plans - a manager who knows the Spanish league," a Benfica spokesman said.',
    "Hunters in Texas may now shoot down wild boar and deer from helicopters.",
    "Farmers in Wales killed hundreds of badgers last year under the cull.",
    "Her debut novel, The Invasion, is published next month.",
    "The film was shot in Tamil and Telugu over six weeks in Chennai.",
    "Irish broadcaster Graham Norton has resigned as host of the BBC's Saturday night quiz show after ten years.",
])
def test_no_event(code_text, text):
    assert _found(code_text(text)) == []


def test_obligation_on_a_state_still_a_demand(code_text):
    found = _found(code_text("Washington said Iran must stop enriching uranium at Fordow."))
    assert any(code.startswith("10") and who == {"USA"} and whom == {"IRN"} for code, who, whom in found), found


def test_a_political_resignation_still_counts(code_text):
    found = _found(code_text("Pakistan's prime minister Imran Khan resigned as party leader on Monday."))
    assert any(code == "0831" and who == {"PAK"} for code, who, _whom in found), found
