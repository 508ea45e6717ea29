"""Rules from the wire_dev_17 session (1990-2010 agency prose), each on team-written sentences
(none from bench/data; other names, places and numbers), with look-alikes that must keep their
reading or stay quiet.

A visitor greeted at an airport (043); officials stripped of their permits (172); a banned "Front"
(1722); a declared cessation of operations (0871); "the first of" a delivery looked through (072);
a person and an apology read as two objects (055); normalisation of relations (054); fire opened
on a motorcade (185); sub-codes by words (a police alert 151, a handover for trial 0313, a liaison
office closed 161, arms asked for beside training 0232, warheads pledged 0312); two parties acting
"at" a body (no third party) and meeting in a third country (044, no recipient); a company
"attacking" fares (no event); a role or group coded by a breakaway region it is placed in (filed
under the parent state); sorrow over a disaster (no apology); a beating conjoined to a repression
(one 175); a leader agreeing to step down (domestic); a stake "in" a country cut off (163); a place
name joined by the Persian "of" ("Sar-i-Pul"); era places the gazetteer lacked (Krajina, Kibeho,
Racak); the hearer of a report told after its clause (no party).
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A titled visitor greeted at an airport is hosted (043).
    ("Syrian President Hafez al-Assad greeted Iranian President Mohammad Khatami at Damascus airport on Monday at "
     "the start of a three-day visit.", "043", {"SYR"}, {"IRN"}),
    # Officials stripped of their travel permits: an administrative sanction (172).
    ("Israel stripped three Palestinian cabinet ministers of their travel permits on Tuesday, the army said.",
     "172", {"ISR"}, {"PSE"}),
    # A party named a "Front" banned by a court (1722).
    ("A Turkish court on Friday banned the Kurdish People's Democracy Front, the party that had won seats in "
     "three southeastern provinces.", "1722", {"TUR"}, {"TUR"}),
    # A declared cessation of military operations is a ceasefire (0871).
    ("The Kurdistan Workers Party declared a complete cessation of military operations on Sunday, its leader said.",
     "0871", {"TUR"}, None),
    # "the first of 40 fighter jets" is the jets delivered (072).
    ("France delivered the first of 40 fighter jets to Qatar on Thursday, the defence ministry said.",
     "072", {"FRA"}, {"QAT"}),
    # Offered a person an apology: the person is the one given to (055).
    ("German Chancellor Helmut Kohl offered Polish President Lech Walesa a written apology on Friday for the crimes "
     "of the Nazi occupation.", "055", {"DEU"}, {"POL"}),
    # Normalising relations is diplomatic recognition (054).
    ("President George Bush announced the normalisation of relations with Cambodia on Wednesday.",
     "054", {"USA"}, {"KHM"}),
    # Fire opened on a leader's motorcade is an attempt on his life (185).
    ("Gunmen opened fire on the motorcade of Georgian President Eduard Shevardnadze in Tbilisi on Tuesday, "
     "but he was unhurt.", "185", {"GEO"}, {"GEO"}),
    # Police raising their own alert: the police (151), not the military (152).
    ("Egyptian police raised their alert to the highest level in Cairo on Thursday ahead of the anniversary "
     "of the massacre.", "151", {"EGY"}, {"EGY"}),
    # Suspects handed over for trial is judicial cooperation promised (0313), not a release.
    ("Sudan agreed on Monday to hand over the three men accused of the embassy bombing for trial by a court in "
     "Kenya, officials said.", "0313", {"SDN"}, {"KEN"}),
    # A state's liaison office closed is relations cut (161).
    ("Tunisia closed Israel's liaison office in Tunis on Tuesday in protest at the stalled peace process.", "161", {"TUN"}, {"ISR"}),
    # Weapons asked for beside training are a request for military aid (0232).
    ("Croatian President Franjo Tudjman asked Germany on Monday for weapons and training for his army.",
     "0232", {"HRV"}, {"DEU"}),
    # Warheads pledged for transfer are military cooperation promised (0312).
    ("Kazakhstan pledged on Monday to transfer the rest of its nuclear warheads to Russia by the end of the year.",
     "0312", {"KAZ"}, {"RUS"}),
    # Two ministers signing "at the United Nations" sign together: no third party (057).
    ("The Greek and Turkish foreign ministers signed an agreement at the United Nations on Friday on cutting "
     "military flights over the Aegean.", "057", {"GRC", "TUR"}, set()),
    # Two leaders meeting in a third capital "to settle their dispute": 044 with no recipient.
    ("Ecuadorean President Jamil Mahuad and Peruvian President Alberto Fujimori met in Brasilia on Monday to try "
     "to settle their border dispute, Brazilian officials said.", "044", {"ECU", "PER"}, set()),
    # Peacekeepers to be deployed "in" a breakaway region: the region's parent state receives (0334).
    ("Russia is ready to deploy 1,500 peacekeepers in Transnistria to separate Moldovan and separatist forces, "
     "the defence ministry said.", "0334", {"RUS"}, {"MDA"}),
    # Activists arrested in a breakaway region's capital are the parent state's people (173).
    ("Serbian police arrested five ethnic Albanian students in Pristina on Thursday, a rights group said.",
     "173", {"SRB"}, {"SRB"}),
    # A beating conjoined to tear gas is the same repression (175).
    ("Zambian riot police fired tear gas and beat opposition supporters with batons in Lusaka on Sunday.",
     "175", {"ZMB"}, {"ZMB"}),
    # A junta leader agreeing to step down under a deal brokered by a foreigner: at home (0341).
    ("Burundi's military ruler Pierre Buyoya agreed on Friday to step down by March under a deal negotiated by "
     "former South African President Nelson Mandela.", "0341", {"BDI"}, {"BDI"}),
    # Trade with and investment "in" a country banned: that country is the target (163).
    ("President Ronald Reagan banned all U.S. trade with and investment in Libya on Tuesday, accusing Tripoli "
     "of backing terrorism.", "163", {"USA"}, {"LBY"}),
    # A place name joined by the Persian "of" ("Sar-i-Pul") is one place: the town's country (192).
    ("Taliban fighters captured the northern town of Sar-i-Pul on Monday, the last stronghold of the opposition "
     "in the province, a spokesman said.", "192", {"AFG"}, {"AFG"}),
    ("Taliban fighters captured the town of Dasht-e Archi on Sunday after heavy fighting, officials said.",
     "192", {"AFG"}, {"AFG"}),
    # Era places the gazetteer lacked: a Rwandan village gives the militia and its victims their country
    # (202), and the hearer of the report after the clause is no party.
    ("Hutu militiamen killed hundreds of Tutsis sheltering in a school in the village of Kibeho on Tuesday, "
     "survivors told U.N. officials.", "202", {"RWA"}, {"RWA"}),
    # The Serb-held region of Croatia is Croatia's (194).
    ("Croatian troops shelled the Krajina region on Friday, state radio said.", "194", {"HRV"}, {"HRV"}),
    # Soldiers and villagers placed in a Kosovo village of the 1990s are filed under Serbia (193).
    ("Soldiers shot dead 12 villagers in Racak on Monday, witnesses told Western monitors.", "193", {"SRB"}, {"SRB"}),
])
def test_dev17_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # An airline "attacking" a rival's fares is a fight for custom, no force.
    ("Lufthansa attacked Alitalia's fares on Tuesday with cheaper flights from Munich to Rome and Milan.", "19"),
    # Sorrow over deaths in a disaster is sympathy, no apology.
    ("Indian Prime Minister Atal Bihari Vajpayee expressed deep sorrow on Friday over the deaths of 900 people in "
     "the earthquake that struck northern Iran.", "055"),
    # The beating is not a second event beside the repression.
    ("Zambian riot police fired tear gas and beat opposition supporters with batons in Lusaka on Sunday.", "182"),
    # Leaving office is not aimed at the deal's negotiator.
    ("Burundi's military ruler Pierre Buyoya agreed on Friday to step down by March under a deal negotiated by "
     "former South African President Nelson Mandela.", "0341"),
])
def test_dev17_rules_not(code_text, text, wrong):
    record = code_text(text)
    if wrong == "0341":
        assert not has_asserted(record, "0341", {"BDI"}, {"ZAF"}, exact=True), dyads(record)
    else:
        assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A beating with no repression beside it stays an assault (182).
    ("Indian police beat student protesters with batons in Patna on Monday.", "182", {"IND"}, {"IND"}),
    # Soldiers opening fire on a patrol stay a small-arms fight (193), not an attempt on a leader.
    ("Sierra Leonean rebels opened fire on an army patrol near the border with Guinea on Tuesday.", "193", {"SLE"}, None),
    # A military alert stays the military's (152).
    ("North Korea raised the alert of its troops along the border on Sunday.", "152", {"PRK"}, None),
    # Prisoners to be released stay a release promised (0353), though a court is named.
    ("Yugoslavia agreed to free 20 ethnic Albanian prisoners held by a court in Nis, a Red Cross official said.",
     "0353", {"SRB"}, None),
    # A people named by its own region is, in a sentence without a date, of the state the wire
    # gold files the region under (era_codes.tsv): fighting at home (a dated article of today keeps
    # the region's own code: tests/actors/test_era_codes.py).
    ("South Ossetian militiamen shelled Georgian villages near Tskhinvali on Friday.", "19", {"GEO"}, {"GEO"}),
    # A warning's that-clause after the verb is still aimed at the party warned (1381).
    ("Poland warned Belarus that it would close all border crossings.", "1381", {"POL"}, {"BLR"}),
    # Sorrow for the suffering a state caused stays an apology (055).
    ("Japanese Prime Minister Tomiichi Murayama expressed deep sorrow for the suffering caused by Japan's wartime "
     "occupation of the Philippines.", "055", {"JPN"}, {"PHL"}),
    # A single actor's signing at a capital keeps the capital's government only as a place (057 with a partner).
    ("Israel signed a peace treaty with Jordan at a ceremony in the Arava desert on Wednesday.",
     "057", {"ISR"}, {"JOR"}),
])
def test_dev17_lookalikes_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=code != "19", root=code == "19"), dyads(record)


@pytest.mark.parametrize("text", [
    # A shop's prices "attacked" by a supermarket chain.
    "Tesco attacked the prices of its rivals with cuts on 500 products on Monday.",
    # A crowd greeting a football star is no visit hosted.
    "Thousands of fans greeted striker Ronaldo at Madrid airport on Sunday.",
])
def test_dev17_quiet(code_text, text):
    record = code_text(text)
    assert not [e for e in record["events"] if not e["modality"]["negated"]], dyads(record)


def test_dev17_one_event_told_by_two_verbs(code_text):
    # The expulsion and the office closed are both 161 on the same parties: one event, not two.
    record = code_text("Kuwait expelled a Jordanian diplomat and closed the Jordanian embassy's press office, "
                       "accusing Amman of backing Iraq.")
    cut = [e for e in record["events"] if not e["modality"]["negated"] and e["cameo"] == "161"]
    assert len(cut) == 1, dyads(record)
    assert has_asserted(record, "161", {"KWT"}, {"JOR"}, exact=True), dyads(record)
