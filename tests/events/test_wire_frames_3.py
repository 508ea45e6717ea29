"""Wire-style frames, round 3 (eighth session, lead): objects read through to what they are
of (sums of money, the staff of a body), armour pouring into a region, ordered seizures,
switched recognition, internet shutdowns, attackers who hide their faces, loans paid out, gas
pumped abroad, teams sent to investigate, patrols that protect.

Team-written sentences in the style of agency copy, with other actors and wording than the
tuning sentences that prompted each entry: the CAMEO code, the PLOVER type, and the
actor/recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_event, codes, only_event


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # A sum of money is read through to what it is of or in.
    ("Sweden suspended 40 million kronor of development aid to Mali after the coup.", "162", "SANCTION",
     {"SWE"}, {"MLI"}),
    ("Germany froze 10 million euros of development aid to Burundi on Friday.", "162", "SANCTION",
     {"DEU"}, {"BDI"}),
    ("South Korea will provide $300 million in concessional loans to Vietnam, its finance ministry said.", "033",
     "AGREE", {"KOR"}, {"VNM"}),
    # The staff of a body are read through to the body.
    ("Sudan expelled four senior officials of international aid agencies from Darfur.", "1663", "SANCTION",
     {"SDN"}, None),
    # Armour and troops pouring or streaming into a region.
    ("Armenian tanks and troops poured into the disputed enclave overnight, Azerbaijan's defence ministry said.",
     "19", "ASSAULT", {"ARM"}, None),
    ("Turkish troops streamed across the border into northern Iraq on Sunday.", "19", "ASSAULT", {"TUR"}, None),
    # An authority ordering a seizure has the property seized.
    ("A Turkish court ordered the seizure of the newspaper's assets on Tuesday.", "1711", "COERCE", {"TUR"}, None),
    # Recognition switched from one government to another.
    ("Nicaragua switched its diplomatic recognition to Beijing in 2021.", "054", "SUPPORT", {"NIC"}, {"CHN"}),
    # Cutting or suspending the internet restricts freedoms.
    ("Ethiopian authorities cut mobile internet services in the Amhara region on Thursday.", "1721", "COERCE",
     {"ETH"}, None),
    ("Iran suspended mobile internet in several provinces as protests spread.", "1721", "COERCE", {"IRN"}, None),
    # Loans paid out and gas pumped abroad.
    ("The IMF paid out a $1.3 billion loan to Egypt on Monday.", "071", "AID", {"IGOIMF"}, {"EGY"}),
    ("Azerbaijan began pumping gas to Italy through the new pipeline at the end of December.", "061", "COOPERATE",
     {"AZE"}, {"ITA"}),
    # A team sent to look into something is an investigation.
    ("The OSCE sent a team to Moldova to investigate reports of ballot stuffing.", "09", "ACCUSE", {"IGOSCE"},
     {"MDA"}),
    # Soldiers patrolling a foreign capital to protect civilians give military protection.
    ("Kenyan soldiers began patrolling the streets of Mogadishu to protect civilians after the bombings.", "074",
     "AID", {"KEN"}, {"SOM"}),
])
def test_wire_family_round_3(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


def test_masked_attackers_are_of_the_place_they_struck(code_text):
    event = only_event(code_text("Masked men beat a local reporter with iron bars outside his office in Tbilisi, "
                                 "police said."), "182")
    assert codes(event["actor"]) == {"GEO"}


@pytest.mark.parametrize("text", [
    # Not these: a home patrol, a sum of money with nothing political in it, a game's pace.
    "Police patrolled the streets of Lyon on Saturday night.",
    "The club paid out 40 million euros in transfer fees last summer.",
    "Fans poured into the stadium two hours before kick-off.",
    "The studio cut its internet marketing budget by half.",
])
def test_round_3_frames_stay_quiet(code_text, text):
    record = code_text(text)
    assert not [e for e in record["events"] if e["cameo"][:2] in ("07", "19", "17", "16")], record["events"]


@pytest.mark.parametrize("text, cameo, actor", [
    ("Spain's interior ministry deployed 20,000 police officers across the country ahead of the vote.", "15",
     {"ESP"}),
    ("Sri Lanka's government deployed soldiers throughout the country after the church bombings.", "15", {"LKA"}),
])
def test_forces_deployed_across_the_country_are_aimed_at_it(code_text, text, cameo, actor):
    # no place is named, but "across the country" is the actor's own: a domestic show of force
    assert_event(code_text(text), cameo, "MOBILIZE", actor, actor)


def test_what_a_state_says_it_will_do_is_its_own_act(code_text):
    # another country named in a relative clause between the speaker and "it" is not "it"
    record = code_text("Turkey, which hosts millions of Syrian refugees, said on Monday it would reopen its "
                       "embassy in Damascus.")
    assert all(codes(e["actor"]) == {"TUR"} for e in record["events"]), record["events"]
    record = code_text("Canada, whose troops lead a NATO battlegroup in Latvia, said it would send more "
                       "soldiers to the Baltic state.")
    assert record["events"] and all(codes(e["actor"]) == {"CAN"} for e in record["events"]), record["events"]


def test_a_day_after_clause_read_as_a_conjunct_is_background(code_text):
    # ", a day after the government banned rallies": the parser joins the clause as a conjunct;
    # its mark shows it is the setting of the main act, not a second event
    record = code_text("Hundreds of opposition supporters, many of them young men, clashed with riot police in "
                       "the Kenyan capital Nairobi on Monday, a day after the government banned rallies.")
    assert record["events"] and not [e for e in record["events"] if e["cameo"].startswith("17")], record["events"]


@pytest.mark.parametrize("text, cameo", [
    # a sum pledged is aid promised by its kind; money alone is economic aid
    ("Canada pledged $500 million in military aid for Ukraine.", "0332"),
    ("Norway pledged 200 million crowns in humanitarian aid for Gaza.", "0333"),
    ("Qatar pledged $2 billion to Egypt.", "0331"),
])
def test_sums_pledged_are_aid_promised_by_kind(code_text, text, cameo):
    event = only_event(code_text(text), "033")
    assert event["cameo"] == cameo


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # a measure of goods is read through to the goods, as a sum of money is
    ("Japan shipped 200,000 tonnes of rice to the Philippines after the typhoon.", "073", {"JPN"}, {"PHL"}),
    ("Seoul promised to ship 50,000 tons of fertiliser to Pyongyang.", "0333", {"KOR"}, {"PRK"}),
])
def test_measures_of_goods_are_read_through(code_text, text, cameo, actor, recipient):
    event = only_event(code_text(text), cameo[:2])
    assert event["cameo"] == cameo
    assert (codes(event["actor"]), codes(event["recipient"])) == (actor, recipient)
