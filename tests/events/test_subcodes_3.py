"""CAMEO sub-codes, ninth session: the exact 3/4-digit code on team-written wire sentences.

None of these sentences comes from a gold set. Each row: the exact CAMEO code, and the actor and
recipient codes (None: not checked). The mechanisms are in ``accord.events.aims``: a code the aims
narrow is split again by its kind ("aid" asked for → food aid), the purpose clause of a team sent to
look into something, new kind words (field hospitals, debt relief, ambassadors, restraint,
reunification plans, conferences, rigging, intruders), what is handed back read without where it
was taken, a protest that demands a policy target as its object, and what a release's object is
"of" left out.
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _has(record: dict, cameo: str, actor: set[str] | None, recipient: set[str] | None) -> None:
    found = [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]
    assert any(code == cameo and (actor is None or who == actor) and (recipient is None or whom == recipient)
               for code, who, whom in found), [(e["cameo"], e["explanation"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # An appeal the aims read as one for "aid" is split by the aid's kind (0233 humanitarian).
    ("Kenya implored Britain to send food aid to drought-stricken areas in the north.", "0233", {"KEN"}, {"GBR"}),
    # Field hospitals are humanitarian aid (0333); debt relief is economic (0231), not relief goods.
    ("Canada pledged to send two field hospitals to quake-hit Turkey.", "0333", {"CAN"}, {"TUR"}),
    ("Zambia made a plea to Britain for debt relief.", "0231", {"ZMB"}, {"GBR"}),
    # A mission sent "to investigate reports of atrocities": the purpose clause says the kind (094).
    ("The United Nations sent a fact-finding mission to investigate reports of atrocities in Myanmar.", "094",
     {"IGOUNO"}, {"MMR"}),
    # A conference turned down is a meeting turned down (125), a reunification plan a settlement (127).
    ("Israel rejected a French proposal for an international peace conference.", "125", {"ISR"}, {"FRA"}),
    ("Greek Cypriot leaders rejected a U.N. reunification plan.", "127", {"CYP"}, {"IGOUNO"}),
    # A protest demanding a policy target as the object of its asking verb (1442).
    ("French farmers blockaded roads around Paris with tractors to demand better prices.", "1442", {"FRA"}, {"FRA"}),
    # The crew of a tanker released are persons (0841), whatever they are the crew "of".
    ("Iran released the crew of a seized British tanker.", "0841", {"IRN"}, {"GBR"}),
    # Pulling an ambassador out threatened is a threat to relations (1313), not to a mission (136).
    ("Turkey threatened to pull its ambassador out of Vienna.", "1313", {"TUR"}, {"AUT"}),
    # Restraint asked for, hung by the parser as an adverbial infinitive: de-escalation (0256).
    ("The United States appealed to Armenia and Azerbaijan on Sunday to show restraint.", "0256", {"USA"},
     {"ARM", "AZE"}),
    # Accusations of election rigging (1121) and of sending armed intruders (1123).
    ("Kenya's opposition accused the government of rigging the presidential election.", "1121", {"KEN"}, {"KEN"}),
    ("Pakistan accused India of sending armed intruders across the border.", "1123", {"PAK"}, {"IND"}),
    # Children to be returned are persons (1053), though the clause says where they were taken.
    ("Kyiv demanded that Moscow return Ukrainian orphans taken to Russian territory.", "1053", {"UKR"}, {"RUS"}),
    # Troops asked for to restore order: protection (0234); the return "of" persons refused (1243).
    ("Haiti asked the United Nations to send troops to restore order.", "0234", {"HTI"}, {"IGOUNO"}),
    ("North Korea rejected Japan's demand for the return of abductees.", "1243", {"PRK"}, {"JPN"}),
    # Police sent or alerted are police power (153, 151), looking through "thousands of".
    ("Egypt sent thousands of riot police reinforcements into Cairo.", "153", {"EGY"}, {"EGY"}),
    ("France raised its terrorism alert to the highest level.", "151", {"FRA"}, None),
    # A strike "to demand" something, the infinitive hung on the noun as a relative clause (1432).
    ("Nigerian unions called a general strike to demand lower fuel prices.", "1432", {"NGA"}, {"NGA"}),
    # Letting one's own women or girls in is a right (0243); lifting restrictions on bloggers an
    # administrative sanction eased (0251); ending blockades or protests, popular dissent eased (0252, 1052).
    ("The European Union urged Iran to let women attend football matches.", "0243", {"IGOEEC"}, {"IRN"}),
    ("The Thai government appealed to farmers to end their blockades of the main highways.", "0252", {"THA"}, {"THA"}),
    ("Beijing demanded that students end their protests in Tiananmen Square.", "1052", {"CHN"}, {"CHN"}),
    # Torpedoing a warship is aggression (1123).
    ("Seoul accused Pyongyang of torpedoing a South Korean warship.", "1123", {"KOR"}, {"PRK"}),
    # A military looking into a killing looks into military action (093).
    ("Israel's military opened an inquiry into the killing of a Palestinian-American journalist.", "093", {"ISR"},
     {"ISR"}),
    # A rejected demand that the rejecter act in a way the aims do not name: policy (1232).
    ("Hungary rejected EU demands that Budapest take in asylum seekers.", "1232", {"HUN"}, {"IGOEEC"}),
])
def test_ninth_session_subcodes(code_text, text, cameo, actor, recipient):
    _has(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A pay claim is no change of policy: the strike stays 143.
    ("South African miners downed tools demanding higher wages.", "143", {"ZAF"}, {"ZAF"}),
    # An army looking into corruption looks into a crime (091).
    ("The Nigerian army opened an investigation into a corruption scandal.", "091", {"NGA"}, {"NGA"}),
])
def test_ninth_session_codes_kept(code_text, text, cameo, actor, recipient):
    _has(code_text(text), cameo, actor, recipient)
