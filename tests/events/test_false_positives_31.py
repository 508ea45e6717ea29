"""The tuning sets' false positives, thirty-first session (helper wt-fp31): events the coder made
that no wire coder would, in sentences of the helper's own (none from bench/data).

- An aside after the report of another act ("..., police said, blaming the rebels"; "...,
  calling the raid an attempt to kill him"): the speaker's comment, and what a naming aside
  names, are no acts of their own. Said as the main act, the blame or the attempt keeps its event.
- A use of force that a verb of stopping takes as its object ("had done nothing to halt its
  crackdown"): what would end, not a crackdown told. A crackdown launched or begun keeps its event.
- A past participle opening the object of a verb ("meet detained student leader X") when the
  parser hung the main verb on its subject as a clause: who the leader is, not an arrest. The
  arrest itself keeps its event.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code


@pytest.mark.parametrize("text, kept, actor, recipient, silent", [
    # An aside of blame after the report of a bombing: the bombing stays, the blame is no event.
    ("A roadside bomb hit a police convoy outside Kandahar on Tuesday, killing four officers, "
     "provincial officials said, blaming Taliban insurgents.", "18", {"AFG"}, {"AFG"}, "11"),
    ("A car bomb went off near a market in Baidoa on Friday, killing five traders, Somali police said, "
     "blaming Shabaab insurgents.", "18", {"SOM"}, None, "11"),
    # Praise in an aside: the capture stays, the speaker's "calling it a victory" is no event.
    ("Ethiopian troops captured the rebels' stronghold of Shire on Saturday after weeks of heavy fighting, "
     "Prime Minister Abiy Ahmed said in a televised speech, calling it a historic victory.",
     "19", {"ETH"}, {"ETH"}, "05"),
    # A naming aside: neither the calling nor the attempt it names is an act.
    ("Israeli jets bombed a house in Gaza City overnight, killing a Hamas commander's two sons, the "
     "Palestinian health ministry said, calling the strike an attempt to kill the commander.",
     "19", {"ISR"}, {"PSE"}, "14"),
    ("Kenyan jets bombed a camp near Kismayo overnight, the Somali government said, calling the raid an "
     "attempt to kill a clan elder.", "19", {"KEN"}, {"SOM"}, "18"),
])
def test_aside_after_report_is_no_act(code_text, text, kept, actor, recipient, silent):
    record = code_text(text)
    assert has_asserted(record, kept, actor, recipient, root=True), dyads(record)
    assert not has_asserted_code(record, silent), dyads(record)


def test_an_accusation_after_the_report_stays(code_text):
    # An aside that makes a charge of its own ("accusing X of ...") is still an accusation
    # (tests/events/test_false_alarms.py holds the same for a refusal's report).
    record = code_text("Egypt closed the Rafah crossing on Sunday, the interior ministry said, accusing Hamas of "
                       "smuggling weapons through tunnels.")
    assert has_asserted(record, "11", {"EGY"}, root=True), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Said as the main act, blame and an attempt on a life keep their events.
    ("The Afghan interior minister blamed Taliban insurgents for the bombing of a police convoy in Kandahar.",
     "11", {"AFG"}, {"AFG"}),
    ("Pakistan's army accused militants based in Afghanistan of a suicide attack on a checkpoint in Peshawar.",
     "11", {"PAK"}, {"AFG"}),
    ("Gunmen made an attempt to kill the governor of Helmand province on Sunday, Afghan officials said.",
     "185", {"AFG"}, {"AFG"}),
    ("The Philippine defence secretary thanked Japan for 40 armoured vehicles delivered to the army on Monday.",
     "051", {"PHL"}, {"JPN"}),
])
def test_main_act_of_blame_or_attempt_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


def test_force_a_verb_would_stop_is_no_act(code_text):
    record = code_text("Canada's foreign minister said Zimbabwe's government had done nothing to halt its "
                       "crackdown on journalists.")
    assert not has_asserted_code(record, "17"), dyads(record)


@pytest.mark.parametrize("text", [
    "Zimbabwe's government launched a crackdown on independent journalists in Harare on Tuesday.",
    "Zimbabwean police began a crackdown on opposition supporters in Bulawayo.",
])
def test_crackdown_told_kept(code_text, text):
    record = code_text(text)
    assert has_asserted(record, "17", {"ZWE"}, {"ZWE"}, root=True), dyads(record)


def test_participle_opening_an_object_is_no_arrest(code_text):
    record = code_text("Denmark's foreign minister called on Myanmar's military government to allow the U.N. "
                       "special envoy to visit the country and meet detained student leader Min Ko Naing.")
    assert has_asserted(record, "02", {"DNK"}, {"MMR"}, root=True), dyads(record)
    assert not has_asserted_code(record, "17"), dyads(record)


@pytest.mark.parametrize("text, actor", [
    ("Belarusian police detained opposition leader Pavel Sevko in Minsk on Thursday.", {"BLR"}),
    ("Burmese troops detained student leader Min Ko Naing in Rangoon.", {"MMR"}),
])
def test_arrest_told_kept(code_text, text, actor):
    record = code_text(text)
    assert has_asserted(record, "173", actor, actor), dyads(record)
