"""Seventeenth session: who acts in wire copy, round 11.

Team-written wire-style sentences (not from the dev, held-out or blind sets). Each positive case
failed before its change; the negative ones guard the near misses each change must leave alone.
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # "the group" after a person whose title is a body's name is that body.
    ("Hezbollah spokesman Ali Jaber said the group had kidnapped two Israeli soldiers.", "18", {"LBNHEZ"}, {"ISR"}),
    # A capital inside an organisation's name is part of the name.
    ("The Hague tribunal convicted a Bosnian Muslim commander of war crimes.", "116", {"IGOUNOWCT"}, {"BIH"}),
    # The leader named on a "-led" force is whose the force is, not where it acts.
    ("NATO-led peacekeepers detained a Kosovo Serb suspect near Mitrovica.", "17", {"IGOWSTNAT"}, {"XKX"}),
    # The state across a border neither places the act nor the group.
    ("Baluch rebels ambushed a Pakistani army convoy near the Afghan border, killing six soldiers.", "19",
     {"PAK"}, {"PAK"}),
    # A European proposal is the European Union's.
    ("Syria rejected a European proposal for a ceasefire in Homs.", "12", {"SYR"}, {"IGOEEC"}),
    # A company the tables know is of its home state.
    ("Venezuela expropriated ConocoPhillips' oil projects in the Orinoco belt.", "17", {"VEN"}, {"USA"}),
    # Heads of U.N. agencies and international courts are of the body they head.
    ("Yukiya Amano urged North Korea to readmit U.N. inspectors.", "02", {"IGOUNOIAE"}, {"PRK"}),
    ("Fatou Bensouda accused Kenya of obstructing her inquiry.", "11", {"IGOICC"}, {"KEN"}),
    # A cleric the tables give a state acts on that state, named as such.
    ("The Dalai Lama urged China to end its crackdown in Lhasa.", "02", {"CHN"}, {"CHN"}),
    # "pro-Russian" is a stance: it says nothing of where Donetsk is.
    ("Pro-Russian gunmen seized the police headquarters in Donetsk.", "19", {"UKR"}, {"UKR"}),
    # The backer before "-backed" is no party to what those it backs do.
    ("Moscow-backed separatists shot down a Ukrainian helicopter near Sloviansk.", "19", {"UKR"}, {"UKR"}),
    # "its European partners" are the European Union.
    ("Morocco demanded that its European partners do more to curb smuggling.", "10", {"MAR"}, {"IGOEEC"}),
    # A legislature named by its bare name, acted on by a state's official, is of that state.
    ("The Kenyan president asked Parliament to approve the deployment of troops to Somalia.", "02", {"KEN"},
     {"KEN"}),
    # A court's verdict on someone of no named country is passed at home.
    ("A Turkish court sentenced a pro-Kurdish politician to ten years in prison.", "116", {"TUR"}, {"TUR"}),
    # Journalists of a broadcaster the tables know are of its state.
    ("An Egyptian court jailed two Al Jazeera producers for three years.", "17", {"EGY"}, {"QATMEDAJZ"}),
    # Rebels of no named country a state negotiates with are its own, not the venue's.
    ("The Nepalese government resumed peace talks with Maoist rebels in Geneva.", "04", {"NPL"}, {"NPL"}),
    # People from a divided country's two states act for both.
    ("Delegates from both Koreas signed an agreement on family reunions.", "05", {"PRK", "KOR"}, set()),
    # A visit the act is timed for names no party to it.
    ("Cuba freed a jailed dissident ahead of a visit by the Spanish foreign minister.", "08", {"CUB"}, {"CUB"}),
])
def test_who_acts_in_wire_copy(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


def test_a_charge_rejected_in_the_next_clause_is_aimed_at_its_author(code_text):
    record = code_text("India accused Pakistan of shelling its posts, and Islamabad rejected the charge.")
    assert_dyad(record, "11", {"IND"}, {"PAK"})
    assert_dyad(record, "12", {"PAK"}, {"IND"})


@pytest.mark.parametrize("text", [
    # What Europe must do is no act of the European Union; Europe as a place is no party.
    "The Greek prime minister said on Friday that Europe must stop the flow of migrants.",
    "Turkish exports to Europe rose sharply last year.",
])
def test_europe_as_a_place_or_an_obligation_codes_nothing(code_text, text):
    record = code_text(text)
    assert not record["events"], dyads(record)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # The Hague as the place of an act stays the Netherlands.
    ("Police in The Hague arrested a Moroccan man suspected of planning an attack.", "17", {"NLD"}, {"MAR"}),
    # A visit that is the act itself is still aimed at the place visited.
    ("The Spanish foreign minister visited Havana and met Cuban dissidents.", "042", {"ESP"}, {"CUB"}),
    # A verdict on a foreigner named as such stays aimed at the foreigner's state.
    ("A Russian court convicted a Ukrainian pilot of murder.", "116", {"RUS"}, {"UKR"}),
    # A broadcaster that reports or is told something is no party.
    ("The rebels told Al Jazeera they had seized the town.", None, None, None),
    # Rebels named with their own country stay of it.
    ("Uganda held talks with Congolese rebels in Kampala.", "04", {"UGA"}, {"COD"}),
    # The leaders of the two Koreas met by a visitor are no joint actors.
    ("The South Korean president arrived in Pyongyang for a summit between the leaders of the two Koreas.", "042",
     {"KOR"}, {"PRK"}),
    # A company urging a legislature is no state's act.
    ("Microsoft urged Congress to relax visa rules.", None, None, None),
    # An act during a visit stays the host's own.
    ("Egypt arrested an opposition blogger during a visit by the Qatari emir.", "17", {"EGY"}, {"EGY"}),
])
def test_near_misses_keep_their_parties(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    if cameo is None:
        assert not record["events"], dyads(record)
    else:
        assert_dyad(record, cameo, actor, recipient)
