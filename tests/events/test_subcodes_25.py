"""CAMEO sub-codes, twenty-fifth session: team-written wire sentences, none from a gold set.

Mechanisms (rows of data/subcode_words.tsv, one word set in aim_words): an accusation of war
crimes, genocide or atrocities is 1124, not a common crime (1121). Aid or cooperation another party
offered and turned down is cooperation rejected (1211, 1212), not a request for aid refused (122x).
Faster delivery of arms, trainers or instructors asked for or promised is military cooperation
(0212, 0312), not military aid (0232, 0332). Railways, pipelines and other economic projects asked
for are economic cooperation (0211). Urged to change or amend a policy or law: 0242. Asked to end
protests, strikes or roadblocks: an appeal to ease dissent (0252), not a change of policy. Promised
respect for rights and freedoms: 0343. A protest against imports, exports or quotas is a protest
for a change of policy (1442).
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _found(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # economic projects and arms bought: cooperation asked for
    ("Kenya urged China to speed up construction of the Mombasa railway extension, the transport minister "
     "said.", "0211", {"KEN"}, {"CHN"}),
    ("Nepal asked India to help build a cross-border oil pipeline, the foreign ministry said.", "0211",
     {"NPL"}, {"IND"}),
    ("Poland asked the United States to speed up delivery of the Abrams tanks it bought last year.", "0212",
     {"POL"}, {"USA"}),
    ("The Philippines asked Japan to send military trainers to help modernise its coast guard.", "0212",
     {"PHL"}, {"JPN"}),
    ("Britain will send military instructors to Ghana to train its special forces.", "0312", {"GBR"}, {"GHA"}),
    # a policy or law to be changed; protests to be ended
    ("Japan urged China to change its policy on rare earth exports.", "0242", {"JPN"}, {"CHN"}),
    ("The European Commission called on Slovakia to amend its new media law.", "0242", None, {"SVK"}),
    ("Prime Minister Pashinyan called on opposition supporters to end their street protests.", "0252",
     {"ARM"}, {"ARM"}),
    ("Bolivia's president urged truckers to halt their strike and lift the roadblocks.", "0252", {"BOL"}, None),
    # rights promised
    ("Egypt's president pledged to respect freedom of the press.", "0343", {"EGY"}, None),
    ("Zimbabwe's new government promised to respect human rights and the rule of law.", "0343", {"ZWE"}, None),
    # war crimes alleged
    ("Ukraine accused Russia of war crimes in Bucha.", "1124", {"UKR"}, {"RUS"}),
    # offers turned down
    ("Ghana rejected an offer of a Chinese loan for the railway.", "1211", {"GHA"}, {"CHN"}),
    ("Sri Lanka turned down a Japanese offer of emergency relief after the floods.", "1211", {"LKA"}, {"JPN"}),
    ("The Solomon Islands rejected a Chinese offer to build a new port in Honiara.", "1211", {"SLB"}, {"CHN"}),
    ("Switzerland rejected a Polish offer of military training for its army.", "1212", {"CHE"}, {"POL"}),
    # protests against imports and quotas
    ("Farmers blocked highways in Poland to protest against grain imports.", "1442", {"POL"}, {"POL"}),
    ("Truck drivers blocked the main border crossing in Hungary to protest against new fuel quotas.", "1442",
     {"HUN"}, {"HUN"}),
    # contrasts: arms asked for as aid, a halt that is no protest, a change of government, withdrawal,
    # a common crime alleged, a loan requested and refused, genocide alleged (already 1124)
    ("Ukraine asked Germany to supply more Patriot air defence systems.", "0232", {"UKR"}, {"DEU"}),
    ("The United States urged Israel to halt settlement expansion in the West Bank.", "0242", {"USA"}, {"ISR"}),
    ("The European Union urged Georgia to change its government through free elections.", "0241", None,
     {"GEO"}),
    ("Russia urged Azerbaijan to pull its troops back from the Armenian border.", "0256", {"RUS"}, {"AZE"}),
    ("Kenya's opposition leader accused President Ruto's government of rigging the election.", "1121",
     {"KEN"}, {"KEN"}),
    ("Lebanon rejected Egypt's request for an emergency loan to repay its debts.", "1221", {"LBN"}, {"EGY"}),
    ("Bosnia accused Serbia of genocide at the International Court of Justice.", "1124", {"BIH"}, {"SRB"}),
])
def test_subcodes_25(code_text, text, cameo, actor, recipient):
    found = _found(code_text(text))
    assert any(code == cameo and (actor is None or who == actor) and (recipient is None or whom == recipient)
               for code, who, whom in found), found
