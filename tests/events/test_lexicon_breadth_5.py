"""Lexicon breadth, round 5 (seventh session): shared infrastructure opened or joined by two or
more parties (061), defence systems merged (062), high commissioners recalled or expelled (161);
with the everyday uses of the same words that must not code.

Team-written sentences: the CAMEO code, the PLOVER type, and the actor/recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_event, dyads


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # 061: two or more parties open or join a shared piece of infrastructure (joint, no recipient).
    ("Chile and Argentina opened a new mountain border crossing on Thursday.", "061", "COOPERATE",
     {"CHL", "ARG"}, set()),
    ("Georgia and Armenia inaugurated a railway bridge across the Debed river.", "061", "COOPERATE",
     {"GEO", "ARM"}, set()),
    ("Uzbekistan and Tajikistan connected their power grids after a decade apart.", "061", "COOPERATE",
     {"UZB", "TJK"}, set()),
    ("Spain and Portugal synchronised their electricity networks under a new accord.", "061", "COOPERATE",
     {"ESP", "PRT"}, set()),
    # 062: defence systems merged or integrated by two forces.
    ("Armenian and Russian air-defence units integrated their radar systems last year.", "062", "COOPERATE",
     {"ARM", "RUS"}, set()),
    # 161: a high commissioner is the ambassador between Commonwealth states.
    ("Kenya recalled its high commissioner from Tanzania over the border row.", "161", "SANCTION",
     {"KEN"}, {"TZA"}),
    ("Malaysia expelled Singapore's high commissioner.", "161", "SANCTION", {"MYS"}, {"SGP"}),
    # 07: fertiliser and seed are relief goods; loans and credit resumed are economic aid.
    ("The United States shipped fertiliser and seed to Afghan farmers last month.", "073", "AID", {"USA"}, {"AFG"}),
    # 074: troops sent, dispatched or deployed to collect weapons, supervise or escort.
    ("Britain dispatched 200 soldiers to Sierra Leone to supervise the disarmament of rebels.", "074", "AID",
     {"GBR"}, {"SLE"}),
    ("NATO sent 3,000 troops into Macedonia to collect weapons from guerrillas.", "074", "AID",
     {"IGOWSTNAT"}, {"MKD"}),
    # 072: weapons that arrive or reach a place; whom they are "for" receives them.
    ("A first batch of French howitzers for the Ukrainian army arrived at a Polish airport.", "072", "AID",
     {"FRA"}, {"UKR"}),
    # 145: what a crowd does when a protest turns violent.
    ("Opposition protesters burned tyres and fought battles with police in Lusaka.", "145", "PROTEST",
     {"ZMB"}, {"ZMB"}),
    ("Students smashed shop windows in central Santiago after the vote.", "145", "PROTEST", {"CHL"}, {"CHL"}),
    # 07, 06, 09, 16, 17: frames found on wire_dev_8 misses, each with its synonyms.
    ("Pakistani army helicopters dropped food and blankets in flooded villages of Afghanistan.", "073", "AID",
     {"PAK"}, {"AFG"}),
    ("Turkish police handed their Greek counterparts information on the smuggling ring.", "064", "COOPERATE",
     {"TUR"}, {"GRC"}),
    ("Kyrgyzstan allowed Russian warplanes to use an air base near Bishkek.", "062", "COOPERATE",
     {"KGZ"}, {"RUS"}),
    ("Argentina seized two Spanish fishing trawlers off the Falklands.", "1711", "COERCE", {"ARG"}, {"ESP"}),
    ("Germany suspended the delivery of tanks to Turkey on Monday.", "1622", "SANCTION", {"DEU"}, {"TUR"}),
    ("Burundi ordered the staff of the U.N. rights office to leave the country.", "166", "SANCTION", {"BDI"}, None),
    ("Japanese police questioned the captain of a Chinese fishing boat.", "091", "ACCUSE", {"JPN"}, {"CHN"}),
    # 1823: people shot dead by gunmen or assailants are assaulted, not fought with.
    ("Gunmen shot dead a reporter outside a radio station in the Philippine province of Sultan Kudarat.",
     "1823", "ASSAULT", {"PHL"}, {"PHL"}),
    # 175: rounds or tear gas fired at a crowd or a party's supporters is repression.
    ("Police fired rubber bullets and tear gas at opposition supporters in Kampala on Friday.",
     "175", "ASSAULT", {"UGA"}, {"UGA"}),
    ("Japan resumed its loans to Ethiopia after a two-year pause.", "071", "AID", {"JPN"}, {"ETH"}),
])
def test_round_5_frames(code_text, text, cameo, plover, actor, recipient):
    record = code_text(text)
    found = [e for e in record["events"] if e["cameo"][:2] == cameo[:2]]
    assert len(found) == 1, dyads(record)
    assert found[0]["cameo"] == cameo, found[0]["explanation"]
    assert_event(record, cameo[:2], plover, actor, recipient)


def test_one_state_opening_a_crossing_still_eases_a_blockade(code_text):
    # One party opening a crossing is not joint cooperation: the older 0872 frame stays.
    record = code_text("Egypt opened the Rafah crossing for the wounded on Monday.")
    assert [e["cameo"] for e in record["events"]] == ["0872"], dyads(record)


@pytest.mark.parametrize("text", [
    "Apple and Samsung opened new stores in London on Saturday.",
    "The two museums opened a joint exhibition of Dutch painting.",
    "The school recalled its high commissioner of sports for the annual games.",
    "Both clubs merged their youth academies into one.",
    "The museum seized the chance to open a new wing.",
    "The coach questioned the official after the match.",
    "The chef smashed the record for the largest paella.",
    "The hunters arrived with their weapons at the lodge.",
    "The garden centre shipped fertiliser to customers across the county.",
])
def test_round_5_everyday_uses_code_nothing(code_text, text):
    record = code_text(text)
    assert not record["events"], dyads(record)
