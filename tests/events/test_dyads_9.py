"""Seventh session: argument, clause and actor rules found on the tuning sets.

Team-written wire-style sentences (not from the dev, held-out or blind sets).
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A breakaway region is filed under the state it broke away from (breakaway_regions.tsv).
    ("Moscow moved extra tanks into South Ossetia on Friday.", "15", {"RUS"}, {"GEO"}),
    ("Georgia deployed extra troops to Abkhazia on Friday.", "15", {"GEO"}, {"GEO"}),
    # ... but its people keep their region's code.
    ("Ankara lobbied Gulf states to back the Turkish Cypriots' bid for recognition.", "053", {"TUR"}, {"XNC"}),
])
def test_breakaway_regions_are_filed_under_their_state(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_taiwan_keeps_its_own_code(code_text):
    record = code_text("China sent warships toward Taiwan on Monday.")
    assert any("TWN" in recipients for _code, _actors, recipients in dyads(record)), dyads(record)


def test_a_region_named_as_a_party_keeps_its_code(code_text):
    # Dealt with by name, not as a place or a people: the region stays itself.
    record = code_text("Serbia suspended talks with Kosovo over the new tariffs.")
    assert any("XKX" in recipients for _code, _actors, recipients in dyads(record)), dyads(record)


@pytest.mark.parametrize("text, actor", [
    # Rebels who disarm yield to their own state; U.N. monitors who take the weapons are no party.
    ("Colombian guerrillas handed over their rifles to U.N. monitors on Friday.", {"COL"}),
    # ... also when the sentence places it only through an accord named for a foreign city.
    ("Mozambican RENAMO rebels began disarming under the Rome peace accord, U.N. officials said.", {"MOZ"}),
])
def test_disarming_rebels_yield_to_their_own_state(code_text, text, actor):
    record = code_text(text)
    event = [e for e in record["events"] if e["cameo"] == "0873"]
    assert len(event) == 1, dyads(record)
    assert {a["code"][:3] for a in event[0]["actor"]} == actor
    assert {r["code"] for r in event[0]["recipient"]} == actor


def test_a_capital_naming_an_accord_does_not_place_a_group(code_text):
    # "the Rome peace accord" names no party: the rebels are not Italian.
    record = code_text("Rebels began disarming under the Rome peace accord, U.N. officials said.")
    assert not any("ITA" in {c[:3] for c in actors} for _code, actors, _rec in dyads(record)), dyads(record)


@pytest.mark.parametrize("text, actor, recipient", [
    # The time given after an indirect object is what was given: an ultimatum (139).
    ("Egypt and Jordan gave Libya ten days to expel the militants.", {"EGY", "JOR"}, {"LBY"}),
    ("Turkey gave Sweden three weeks to comply with its conditions.", {"TUR"}, {"SWE"}),
])
def test_a_deadline_given_to_a_state_is_an_ultimatum(code_text, text, actor, recipient):
    record = code_text(text)
    event = [e for e in record["events"] if e["cameo"] == "139"]
    assert len(event) == 1, dyads(record)
    assert {a["code"] for a in event[0]["actor"]} & actor
    assert {r["code"] for r in event[0]["recipient"]} == recipient


def test_days_given_to_players_are_no_ultimatum(code_text):
    record = code_text("The coach gave his players ten days to recover before the final.")
    assert not record["events"], dyads(record)


@pytest.mark.parametrize("text, actor, recipient", [
    # Property destroyed on the way to an expulsion is part of it: one 20x event ...
    ("Ethiopian troops burned Anuak villages near Gambella, driving out the remaining Anuak population.",
     {"ETH"}, {"ETH"}),
    ("Serbian police drove hundreds of ethnic Albanians out of their villages and burned their homes.",
     {"SRB"}, {"SRB"}),
    # ... and a people named as a state's "population" or "minority" lives in the state acting on it.
    ("Croatian troops drove out the Serb minority from the border town.", {"HRV"}, {"HRV"}),
])
def test_an_expulsion_absorbs_the_burning(code_text, text, actor, recipient):
    record = code_text(text)
    assert [e["cameo"][:2] for e in record["events"]] == ["20"], dyads(record)
    assert_dyad(record, "20", actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Two verbs joined right next to each other share the object hung on the second.
    ("Japan will fund and build a new port in Sri Lanka's east, officials said.", "0331", {"JPN"}, {"LKA"}),
    # A stock, cargo or load of something is looked through like a quantity.
    ("Norway sent its entire stock of anti-tank missiles to Ukraine.", "072", {"NOR"}, {"UKR"}),
])
def test_objects_shared_or_counted(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    event = [e for e in record["events"] if e["cameo"][:2] == cameo[:2]]
    assert len(event) == 1, dyads(record)
    assert event[0]["cameo"] == cameo, event[0]["explanation"]
    assert_dyad(record, cameo[:2], actor, recipient)


def test_a_shared_object_of_everyday_verbs_codes_nothing(code_text):
    record = code_text("The club will fund and build a new stadium near the river.")
    assert not record["events"], dyads(record)


@pytest.mark.parametrize("text, half", [
    # "the North" / "the South" of a divided country the text names (divided_states.tsv).
    ("Seoul offered to send rice to the North after the floods.", "PRK"),
    ("North Korea fired artillery shells toward islands held by the South.", "KOR"),
])
def test_a_divided_country_named_by_its_half(mentions_of, text, half):
    found = mentions_of(text)
    assert found.get("the North", found.get("the South")) == (half, None), found


@pytest.mark.parametrize("text", [
    "Rain is expected in the North on Sunday.",
    "Chinese ships sailed into the South China Sea.",
])
def test_north_and_south_alone_name_no_state(mentions_of, text):
    found = mentions_of(text)
    assert not any(words.startswith("the North") or words.startswith("the South") for words in found), found


@pytest.mark.parametrize("text", [
    # A clash conjoined to a protest by the same crowd is the protest turning violent: one event.
    "Angry Chileans blocked roads and clashed with police in Santiago in protest at fare rises.",
    "Thousands of Kenyans clashed with police and blocked roads in Nairobi to protest against new taxes.",
])
def test_a_clash_in_a_protest_is_the_protest(code_text, text):
    record = code_text(text)
    assert [e["cameo"][:2] for e in record["events"]] == ["14"], dyads(record)


def test_a_domain_word_inside_a_persons_name_is_no_domain(code_text):
    # "Oscar" in a president's name does not make the story entertainment news.
    record = code_text("Panama broke off diplomatic relations with Taiwan, President Oscar Moreno announced.")
    assert_dyad(record, "161", {"PAN"}, {"TWN"})


@pytest.mark.parametrize("text, actor, recipient", [
    # A protest at a state's embassy is aimed at that state, before whatever it is "against".
    ("Thousands of Greeks demonstrated outside the Turkish embassy in Athens against the NATO air strikes.",
     {"GRC"}, {"TUR"}),
    ("Hundreds of Indonesians rallied at the Australian embassy in Jakarta over the treatment of asylum seekers.",
     {"IDN"}, {"AUS"}),
])
def test_a_protest_at_an_embassy(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "14", actor, recipient)
