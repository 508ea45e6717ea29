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


def test_the_dalai_lama_is_not_a_peruvian_namesake(code_text):
    # CAMEO files Tibet under China (CHNTIC); the bare "Lama" must not find a Peruvian "de Lama".
    record = code_text("China refused to meet the Dalai Lama's envoys, a spokesman said.")
    assert all(r["code"] != "PER" for e in record["events"] for r in e["recipient"])
    assert ("12", ["CHN"], ["CHN"]) in _dyads(record)


@pytest.mark.parametrize("text", [
    "Pope Benedict urged Israelis and Palestinians to resume negotiations in his Easter message.",
    "Pope John Paul appealed to Washington and Baghdad to avoid war.",
])
def test_popes_named_without_their_number(code_text, text):
    # Without "XVI" or "II" the Pope is still the Vatican's head of state, not a person of no
    # country placed where the sentence's other country is.
    assert all(e["actor"][0]["code"] == "VAT" for e in code_text(text)["events"])
    assert code_text(text)["events"]
