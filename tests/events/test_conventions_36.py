"""Conventions settled in the thirty-fifth session (helper wt-mend36), where the team's tests, the
tuning gold and the CAMEO code book had disagreed. Each case was decided from chapter 2 of the CAMEO
manual and is numbered among the conventions of bench/data/README.md (19-27). The sentences are the
helper's own; most families have a look-alike that must keep its old code.
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _sole(record: dict, cameo: str) -> dict:
    found = [e for e in record["events"] if e["cameo"] == cameo]
    assert len(found) == 1, [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]
    return found[0]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # 19. A ship, boat, trawler or aircraft taken by force is somebody else's property taken:
    # confiscate (1711), whether it fishes, carries oil or flies; 171 is only the residue.
    ("The Argentine coast guard seized a Chinese fishing boat off Patagonia on Tuesday.", "1711", {"ARG"}, {"CHN"}),
    ("Iranian marines seized a Panamanian-flagged oil tanker near the Strait of Hormuz.", "1711", {"IRN"}, {"PAN"}),
    ("Ghana impounded a Nigerian cargo plane at Accra airport.", "1711", {"GHA"}, {"NGA"}),
    ("Somali pirates commandeered a Greek-owned freighter in the Gulf of Aden.", "1711", {"SOM"}, {"GRC"}),
    # ... and property demolished or razed is destroyed (1712).
    ("Israeli bulldozers demolished several Palestinian homes in Hebron on Monday.", "1712", {"ISR"}, {"PSE"}),
    # 20. People driven out of a region are a mass expulsion (201); ethnic cleansing (203) needs the
    # reporter's own words for it.
    ("Militiamen drove tens of thousands of ethnic Uzbeks out of southern Kyrgyzstan, refugees said.",
     "201", {"KGZ"}, None),
    ("Serbian paramilitaries carried out ethnic cleansing of Albanians in western Kosovo.", "203", {"SRB"}, None),
    # 21. A ceasefire demanded is a demand to de-escalate (1056), also when a third party asks one side.
    ("Turkey demanded that Russia agree to an immediate ceasefire in Idlib.", "1056", {"TUR"}, {"RUS"}),
    ("Ghana demanded an immediate ceasefire in the north of Togo.", "1056", {"GHA"}, None),
    # 22. A ceasefire proposal, plan or call rejected, or a ceasefire ruled out: refuse to de-escalate
    # (1246), as in the code book's own example.
    ("Ukraine rejected a Turkish proposal for a ceasefire along the current front line.", "1246", {"UKR"}, {"TUR"}),
    ("Azerbaijan rejected a ceasefire plan put forward by France.", "1246", {"AZE"}, {"FRA"}),
    ("Mali's army ruled out any ceasefire with the Tuareg rebels.", "1246", {"MLI"}, None),
    # ... while a peace plan, a settlement of the whole conflict, stays 127.
    ("Georgia rejected a Russian peace plan for Abkhazia.", "127", {"GEO"}, {"RUS"}),
    # 23. A strike or hunger strike whose demand is known takes the sub-code of the demand.
    ("Ghana's trade unions launched a general strike to demand that the government restore fuel subsidies.",
     "1432", {"GHA"}, {"GHA"}),
    ("Ghana's trade unions began a nationwide strike on Monday to force the government to reverse a rise in fuel "
     "prices.", "1432", {"GHA"}, {"GHA"}),
    ("A jailed Belarusian activist went on hunger strike to demand that Minsk free all political prisoners.",
     "1422", {"BLR"}, {"BLR"}),
    # 24. A blockade threatened is a threat of blockade (1381), not of a conventional attack (1384).
    ("Iran threatened to blockade the ports of Bahrain.", "1381", {"IRN"}, {"BHR"}),
    # 25. Guam is its own entry in the UN list of country codes the actor code book uses (GUM).
    ("North Korea threatened to fire ballistic missiles into the sea off Guam.", "1384", {"PRK"}, {"GUM"}),
    # 26. A protest against a state's bombing campaign or war disapproves of its military policy (1412).
    ("Thousands of Spaniards demonstrated outside the U.S. embassy in Madrid against the bombing of Iraq.",
     "1412", {"ESP"}, {"USA"}),
    # 27. A demand that a party negotiate is a demand for negotiation (106).
    ("Paraguay demanded that Brazil negotiate a new price for the power of the Itaipu dam.", "106", {"PRY"}, {"BRA"}),
    ("Pakistan demanded that India hold talks on the Kashmir dispute.", "106", {"PAK"}, {"IND"}),
])
def test_settled_conventions(code_text, text, cameo, actor, recipient):
    event = _sole(code_text(text), cameo)
    if actor is not None:
        assert codes(event["actor"]) == actor
    if recipient is not None:
        assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text, wrong", [
    # 19's look-alike: a town seized is ground taken by force (19x), not property confiscated.
    ("Rebels seized the town of Goma in eastern Congo on Tuesday.", {"171", "1711"}),
    # 23's look-alike: a strike with no demand named stays at 143.
    ("Ghanaian nurses went on strike on Monday.", {"1431", "1432", "1433", "1434"}),
    # 27's look-alike: conditions laid down for talks are no demand for talks.
    ("Azerbaijan laid down conditions for talks with Armenia.", {"106"}),
])
def test_look_alikes_keep_their_code(code_text, text, wrong):
    assert not {e["cameo"] for e in code_text(text)["events"]} & wrong
