"""Wire copy names leaders by surname and lawmakers by abbreviated title: "Abbas met Olmert",
"Mr. Abbas", "Sen. Joe Biden", "Rep. Nancy Pelosi"."""

from __future__ import annotations

import pytest


def _dyads(record):
    return [(e["cameo"][:2], [a["code"] for a in e["actor"]], [r["code"] for r in e["recipient"]])
            for e in record["events"]]


@pytest.mark.parametrize("text, dyad", [
    # The Palestinian president by his surname alone, as Levant wire copy writes him.
    ("Abbas met Olmert in Jerusalem on Monday to discuss prisoner releases.", ("04", ["PSE"], ["ISR"])),
    ("Abbas accused Hamas of plotting a coup in Gaza.", ("11", ["PSE"], ["PSEHMS"])),
    # With an honorific and an Israeli beside him, he stays the head of state, not an Israeli
    # lawmaker of the same surname.
    ("Mr. Abbas met Mr. Olmert in Jerusalem on Sunday.", ("04", ["PSE"], ["ISR"])),
])
def test_abbas(code_text, text, dyad):
    assert dyad in _dyads(code_text(text))


def test_a_first_name_abbas_is_not_the_president(code_text):
    record = code_text("Iranian Foreign Minister Abbas Araghchi met Russian Foreign Minister Sergei Lavrov in Moscow.")
    assert ("04", ["IRN"], ["RUS"]) in _dyads(record)


@pytest.mark.parametrize("text, dyad", [
    # A senator urging his own country's administration appeals to it (lawmaker -> government),
    # not "the actor itself".
    ("Sen. Richard Lugar urged the Bush administration to open direct talks with North Korea.",
     ("02", ["USA"], ["USA"])),
    ("Rep. Henry Waxman accused the Pentagon of hiding the cost of the contracts.", ("11", ["USA"], ["USA"])),
])
def test_abbreviated_lawmaker_titles(code_text, text, dyad):
    assert dyad in _dyads(code_text(text))


def test_abbreviated_title_gives_the_legislature(mentions_of):
    mentions = mentions_of("Sen. Richard Lugar and Rep. Henry Waxman criticised the plan.")
    assert mentions["Sen. Richard Lugar"] == ("USA", "LEG")
    assert mentions["Rep. Henry Waxman"] == ("USA", "LEG")
