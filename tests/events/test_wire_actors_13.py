"""Nineteenth session: who acts in body sentences, round 13.

Team-written wire-style sentences (not from the dev, held-out or blind sets). Each positive case
failed before its change; the negative ones guard the near misses each change must leave alone.
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, assert_some_event, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A nationality and a royal title the model takes into a person's name are the title.
    ("Thai King Bhumibol Adulyadej pardoned a Danish tourist jailed for insulting the monarchy, the palace said.",
     "08", {"THA"}, {"DNK"}),
    ("Jordanian King Abdullah II urged Israel to stop building homes in East Jerusalem during talks in Amman.",
     "02", {"JOR"}, {"ISR"}),
    # A possessive country before "X-led" is the noun's, not the person's.
    ("Syria's Assad-led government accused Jordan of letting rebels cross its border, state media said.",
     "11", {"SYR"}, {"JOR"}),
    # An own act told in an agreed clause is aimed at whom the act is.
    ("The OSCE will send 100 monitors to Ukraine, OSCE envoys agreed at a meeting in Vienna.",
     "03", {"IGOSCE"}, {"UKR"}),
    # A group of states with no code acts as the members it names.
    ("The Quartet -- the United States, Russia, the European Union and the United Nations -- urged Israel to "
     "halt demolitions in East Jerusalem.", "02", {"USA", "RUS", "IGOEEC", "IGOUNO"}, {"ISR"}),
    # A group is placed by where the act is, not by the teller's country.
    ("Coalition warplanes struck Islamic State positions near Mosul on Sunday, the U.S. military said.",
     "19", {"USA"}, {"IRQ"}),
    # A group with a home state, struck in what it holds abroad, is coded where it is based.
    ("Turkish jets bombed PKK hideouts in the mountains of northern Iraq overnight, the army said.",
     "19", {"TUR"}, {"IRQ"}),
    # "its" on the object of a conjoined verb is the shared subject's.
    ("Morocco's government accused Algeria of arming Polisario fighters and recalled its ambassador from "
     "Algiers on Tuesday.", "16", {"MAR"}, {"DZA"}),
])
def test_who_acts_in_body_sentences(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient)


def test_a_second_verb_governing_an_act_is_aimed_at_the_first_verbs_party(code_text):
    record = code_text("Japanese Prime Minister Shinzo Abe received his Chinese counterpart in Tokyo on Monday "
                       "and pledged to settle the maritime dispute through dialogue.")
    assert any(e["cameo"].startswith("03") and {a["code"] for a in e["recipient"]} == {"CHN"}
               for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A plain "Jordan's King Abdullah" keeps its country.
    ("Jordan's King Abdullah II received the Palestinian president in Amman on Sunday.", "04", {"JOR"}, {"PSE"}),
    # A person who is the possessor keeps the possessive country ("Syria's Assad").
    ("Syria's Assad received the Iranian foreign minister in Damascus on Monday.", "04", {"SYR"}, {"IRN"}),
    # A group struck at home keeps its home state.
    ("Turkish troops shelled PKK positions in southeastern Turkey on Monday, the army said.", "19", {"TUR"},
     {"TURPKK"}),
    # A collective with no members named stays uncoded.
    ("World powers and Iran resumed talks in Geneva on Thursday.", "04", {"IRN"}, set()),
])
def test_near_misses_keep_their_parties(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)
