"""Lexicon breadth, round 7 (ninth session): the verbs, light-verb nouns and idioms of agency copy
for roots 04-19 that no frame read yet, and parse shapes the frame checker now reads (a phrase hung
on a second object or on the object looked through, "out of" under a particle, a particle read as an
adjective, a named word read as a clause); with everyday uses of the same words that must not code.

Team-written sentences (none from a gold set): the CAMEO code (prefix), the PLOVER type, and the
actor/recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_event, dyads


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # 04 consult: two parties convening, a host receiving officials, hosting talks between others
    # (mediation, 045), a visit by "jetting into" a capital.
    ("Israeli and Palestinian security officials convened in Aqaba, Jordan, to discuss ways to calm tensions.",
     "04", "CONSULT", {"ISR", "PSE"}, set()),
    ("Jordan's King Abdullah received a delegation of Iraqi officials in Amman.", "043", "CONSULT", {"JOR"}, {"IRQ"}),
    ("Oman hosted talks between Iran and the United States in Muscat.", "045", "CONSULT", {"OMN"}, {"IRN", "USA"}),
    ("Secretary of State Antony Blinken jetted into Kyiv for talks with President Volodymyr Zelenskiy.", "042",
     "CONSULT", {"USA"}, {"UKR"}),
    # 05: defending another's act; two parties striking a deal (057, an agreement concluded).
    ("Beijing defended Pyongyang's missile launches as legitimate self-defence.", "052", "SUPPORT", {"CHN"}, {"PRK"}),
    ("Israel and Jordan struck a deal to swap water for solar power.", "057", "SUPPORT", {"ISR", "JOR"}, set()),
    # 06: joint exercises "conducted" (the hand-written frame goes before PETRARCH2's show of force),
    # parties "working together".
    ("U.S. and Philippine marines conducted joint amphibious exercises near Subic Bay.", "062", "COOPERATE",
     {"USA", "PHL"}, set()),
    ("Greece and Cyprus have been working together on energy and defence.", "060", "COOPERATE", {"GRC", "CYP"}, set()),
    ("Kazakhstan handed over a wanted Uzbek dissident to Tashkent.", "063", "COOPERATE", {"KAZ"}, {"UZB"}),
    # 07: money handed "in budget support" (the phrase hangs on the second object), armoured
    # vehicles, weapons funnelled, a sum chipped in for relief.
    ("The European Union handed Tunisia 100 million euros in budget support.", "071", "AID", {"IGOEEC"}, {"TUN"}),
    ("Britain provided Kenya with armoured vehicles.", "072", "AID", {"GBR"}, {"KEN"}),
    ("Washington funnelled weapons to Syrian rebels.", "072", "AID", {"USA"}, {"SYR"}),
    ("Denmark chipped in $20 million for flood relief in Pakistan.", "073", "AID", {"DNK"}, {"PAK"}),
    ("Saudi Arabia injected $2 billion into Yemen's central bank.", "071", "AID", {"SAU"}, {"YEM"}),
    ("Washington supplied Kyiv with Patriot missile batteries.", "072", "AID", {"USA"}, {"UKR"}),
    # 08: stepping aside and relinquishing power (0831), a seized tanker let go (announced: 0353),
    # a force let in (0861).
    ("Yemen's president stepped aside under a Gulf-brokered deal.", "0831", "RETREAT", {"YEM"}, {"YEM"}),
    ("Peru's president quit amid a corruption scandal.", "0831", "RETREAT", {"PER"}, {"PER"}),
    ("Nepal's King Gyanendra relinquished power.", "0831", None, {"NPL"}, {"NPL"}),
    ("Iran is prepared to let the seized British tanker go.", "0353", "AGREE", {"IRN"}, {"GBR"}),
    ("Indonesia opened the door to a multinational peacekeeping force in East Timor.", "0861", "RETREAT", {"IDN"},
     None),
    # 07: police landing to lead a force that restores order give protection (074).
    ("The first contingent of 300 Rwandan police officers landed in Bangui to lead a regional force.", "074", "AID",
     {"RWA"}, {"CAF"}),
    # 13: threatening to reduce a city to ashes is a threat of force, not of cutting aid.
    ("North Korea threatened to reduce Seoul to ashes.", "138", "THREATEN", {"PRK"}, {"KOR"}),
    # 11-12: crying foul; ruling out a return to the negotiating table.
    ("Moscow cried foul over the expulsion of its diplomats from Poland.", "111", "ACCUSE", {"RUS"}, {"POL"}),
    ("Pyongyang ruled out any return to the negotiating table with Washington.", "125", "REJECT", {"PRK"}, {"USA"}),
    # 14: truck drivers blockading crossings protest (144), they are not a state's blockade.
    ("Serbian truck drivers blockaded border crossings.", "144", "PROTEST", {"SRB"}, {"SRB"}),
    # 15: a military presence or troops beefed up (154, armed forces, not police).
    ("Turkey beefed up its military presence on the Syrian border.", "154", "MOBILIZE", {"TUR"}, {"SYR"}),
    ("Iraq beefed up its troops along the Kuwaiti border.", "154", "MOBILIZE", {"IRQ"}, {"KWT"}),
    # 16: imports suspended (a trade ban, 163), a walk-out from talks (164: the codebook's "failed
    # negotiations and walk-outs"), peacekeepers kicked out, mediation dropped or put on hold.
    ("China suspended imports of Australian beef.", "163", "SANCTION", {"CHN"}, {"AUS"}),
    ("Argentina walked out of talks with Britain.", "164", None, {"ARG"}, {"GBR"}),
    ("Eritrea kicked out U.N. peacekeepers.", "1661", None, {"ERI"}, {"IGOUNO"}),
    ("Qatar pulled out of mediating between Israel and Hamas.", "165", None, {"QAT"}, None),
    ("Egypt put its role as mediator between Israel and Hamas on hold.", "165", None, {"EGY"}, None),
    # 17: protesters dispersed with water cannon or batons (175); a newspaper taken over (1711);
    # export controls imposed (163).
    ("Police dispersed protesters with water cannon in Istanbul.", "175", None, {"TUR"}, {"TUR"}),
    ("Zimbabwean police cracked down on opposition supporters in Harare with tear gas and water cannon.", "175",
     None, {"ZWE"}, {"ZWE"}),
    ("Turkish authorities took over an opposition newspaper in Istanbul.", "1711", None, {"TUR"}, None),
    ("Belarusian police hauled away dozens of protesters in Minsk.", "173", None, {"BLR"}, {"BLR"}),
    ("South Korean prosecutors indicted former President Park Geun-hye on bribery charges.", "173", None, {"KOR"},
     {"KOR"}),
    ("Ethiopian authorities slapped a curfew on the town of Gondar.", "1723", None, {"ETH"}, {"ETH"}),
    ("Chinese coast guard ships blocked two Philippine supply boats near Second Thomas Shoal.", "191", None, {"CHN"},
     {"PHL"}),
    ("Japan imposed export controls on chemicals bound for South Korea.", "163", "SANCTION", {"JPN"}, {"KOR"}),
    # 18: beheading and stabbing to death (1823, kill by physical assault); hostages taken.
    ("Militants beheaded a Japanese hostage in Syria.", "1823", "ASSAULT", {"SYR"}, {"JPN"}),
    ("An assailant stabbed a French teacher to death near Paris.", "1823", "ASSAULT", {"FRA"}, {"FRA"}),
    # 19: ground fights with rebels (193), artillery duels (194), gunships rocketing targets (195).
    ("Chadian troops battled rebels on the outskirts of N'Djamena.", "193", "ASSAULT", {"TCD"}, None),
    ("Armenian and Azerbaijani troops traded artillery fire along the border.", "194", "ASSAULT", {"ARM", "AZE"},
     set()),
    ("Israeli helicopter gunships rocketed targets in Gaza City.", "195", "ASSAULT", {"ISR"}, {"PSE"}),
])
def test_round_7_frames(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "Shares rocketed after the company beat profit forecasts.",
    "The team struck a deal with a new sponsor.",
    "The singer walked out of the interview.",
    "The striker cried foul after the referee's decision.",
    "The chef stepped aside after twenty years at the restaurant.",
    "Investors chipped in $20 million for the start-up.",
    "The company beefed up its presence in Asia.",
    "The coach battled the flu before the final.",
    "Mourners dispersed peacefully after the funeral.",
    "The airline slapped a surcharge on flights.",
    "The striker was indicted for tax fraud.",
    "The coach quit after the defeat.",
])
def test_round_7_everyday_uses_code_nothing(code_text, text):
    record = code_text(text)
    assert record["events"] == [], dyads(record)
