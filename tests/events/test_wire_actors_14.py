"""Twentieth session: who acts in body sentences, round 14.

Team-written wire-style sentences (not from the dev, held-out or blind sets). Each positive case
failed on main before its change; the negative ones guard the near misses each change must leave
alone.
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, assert_some_event, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A protest is aimed at whom its demand is made of, when that is the protesters' own state.
    ("Tens of thousands of Moldovans marched through Chisinau on Sunday demanding that President Igor Dodon "
     "drop the gas deal with Russia.", "14", {"MDA"}, {"MDA"}),
    ("Thousands of Armenians rallied in Yerevan on Saturday demanding that Prime Minister Nikol Pashinyan "
     "resign over the truce with Azerbaijan.", "14", {"ARM"}, {"ARM"}),
    # A capital people are sent out of is where, not a party.
    ("Moroccan authorities deported three Swedish journalists from Laayoune on Thursday after they tried to "
     "interview activists.", "17", {"MAR"}, {"SWE"}),
    ("Russia expelled two Estonian diplomats from Moscow on Friday.", "16", {"RUS"}, {"EST"}),
    # A host or counterpart named only by whose it is: the country the visitor went to.
    ("Arriving in Nairobi on Monday, the Chinese foreign minister urged his host to protect Chinese workers "
     "on the railway project.", "02", {"CHN"}, {"KEN"}),
    ("Wang Yi flew to Islamabad on Sunday and urged his counterpart to protect Chinese engineers.", "02", {"CHN"},
     {"PAK"}),
    # A noun of attack after "responded with" is aimed where its verb says.
    ("Syrian troops shelled a Turkish observation post near the border, and Turkey responded with artillery "
     "fire on targets in northern Syria, the Turkish defence ministry said.", "19", {"TUR"}, {"SYR"}),
    # Rebels of no country in "talks between the government and the rebels" are that state's.
    ("Norway hosted a fresh round of talks between the Colombian government and the guerrillas in Oslo on "
     "Thursday.", "04", {"NOR"}, {"COL"}),
    # An envoy summoned in the passive is summoned by the state he is posted in.
    ("The Iranian ambassador in Copenhagen was summoned on Wednesday over a plot against exiled dissidents.",
     "110", {"DNK"}, {"IRN"}),  # a plain summons: 110 since the summons rule (was 114)
    # Who claims an attack is its doer.
    ("Lashkar-e-Taiba claimed responsibility for a grenade attack on Indian soldiers in Srinagar on Friday.",
     "18", {"PAKLET"}, {"IND"}),
    # A "with" phrase that is a clause of its own names no party.
    ("Israel and the United Arab Emirates signed an accord establishing full relations in Washington on "
     "Tuesday, with Bahrain following suit.", "057", {"ISR", "ARE"}, set()),
    # "Brussels" acting on another state is the EU.
    ("Brussels warned Budapest on Thursday that it would freeze funds unless Hungary strengthened its "
     "anti-corruption rules.", "13", {"IGOEEC"}, {"HUN"}),
])
def test_who_acts_in_body_sentences(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A demand made of another state keeps the protest aimed there.
    ("Thousands of South Koreans rallied in Seoul demanding that Japan apologise for its wartime abuses.",
     "14", {"KOR"}, {"JPN"}),
    # A host who is the visitor's own state stays unnamed: no other country is visited.
    ("In Paris, the French president thanked his guests for coming.", None, None, None),
    # Brussels as a place of events, or with a Belgian party, stays Belgium.
    ("Belgian police detained two men in Brussels on Sunday on suspicion of plotting an attack.", "17",
     {"BEL"}, {"BEL"}),
])
def test_near_misses_keep_their_parties(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    if cameo is None:
        assert record["events"] == [], dyads(record)
        return
    assert_dyad(record, cameo, actor, recipient)
