"""Lexicon group 02-05 (appeal, intent to cooperate, consult, diplomatic cooperation) on
team-written wire sentences: each sentence names the expected CAMEO code (prefix), actor and
recipient; the negative sentences use the same words outside politics and must code nothing
from these roots."""

from __future__ import annotations

import pytest

ROOTS = ("02", "03", "04", "05")


def codes(side: list[dict]) -> set[str]:
    return {a["code"] for a in side}


def events_with(record: dict, cameo_prefix: str) -> list[dict]:
    return [e for e in record["events"] if e["cameo"].startswith(cameo_prefix)]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # 02 appeal (PLOVER REQUEST)
    # 04 meet a named mediator or negotiator
    ("Sudanese rebel leaders met African Union mediator Thabo Mbeki in Addis Ababa.", "040", {"SDN"}, {"IGOAFU", "ZAF"}),
    ("Hungary called on Serbia to release the two detained border guards.", "0253", {"HUN"}, {"SRB"}),
    ("The Turkish government urged Armenia to resume negotiations without preconditions.", "026", {"TUR"}, {"ARM"}),
    ("Japan appealed to China for restraint after the naval incident.", "0256", {"JPN"}, {"CHN"}),
    ("Kenya has asked Britain for emergency food aid after the floods.", "023", {"KEN"}, {"GBR"}),
    ("Poland called for the immediate release of the jailed Belarusian journalists.", "0253", {"POL"}, set()),
    ("Sweden urged Iran to exercise restraint in the Gulf.", "0256", {"SWE"}, {"IRN"}),
    ("Ghana has asked Britain to extradite a former minister.", "0213", {"GHA"}, {"GBR"}),
    ("Bangladesh has requested the extradition of two former army officers.", "0213", {"BGD"}, set()),
    ("Iranian officials asked Iraq to hand over the suspects.", "0213", {"IRN"}, {"IRQ"}),
    ("Canada urged Venezuela to hold free elections.", "0241", {"CAN"}, {"VEN"}),
    # 03 intent to cooperate (PLOVER AGREE)
    ("Ethiopia and Eritrea agreed to a ceasefire on Tuesday.", "0356", {"ETH", "ERI"}, set()),
    ("Norway has offered to mediate in the conflict in Colombia.", "039", {"NOR"}, set()),
    ("Germany pledged 50 million euros to Ukraine.", "033", {"DEU"}, {"UKR"}),
    ("The Greek government agreed to reopen its consulate in Izmir.", "03", {"GRC"}, set()),
    ("Pakistan and India reached an agreement on the release of fishermen.", "03", {"PAK", "IND"}, set()),
    ("Egypt accepted a proposal from Qatar to end the dispute.", "037", {"EGY"}, {"QAT"}),
    ("Chile offered humanitarian assistance to Peru after the earthquake.", "033", {"CHL"}, {"PER"}),
    # 04 consult (PLOVER CONSULT)
    ("Iranian officials held talks with Saudi Arabia in Baghdad on Sunday.", "040", {"IRN"}, {"SAU"}),
    ("The Thai foreign minister met with his Cambodian counterpart on Friday.", "040", {"THA"}, {"KHM"}),
    # (ninth session: hosting talks between two others is mediating them, 045, as the wire gold codes it)
    ("Vietnam hosted talks between the United States and North Korea.", "045", {"VNM"}, {"USA", "PRK"}),
    ("The Indian foreign minister visited Nepal on Monday.", "042", {"IND"}, {"NPL"}),
    ("The Mexican president spoke by telephone with the Brazilian president on Saturday.", "041", {"MEX"}, {"BRA"}),
    ("Algeria resumed negotiations with Mali over the border.", "046", {"DZA"}, {"MLI"}),
    ("Kuwait launched a mediation effort between Bahrain and Qatar.", "045", {"KWT"}, {"BHR", "QAT"}),
    ("The Spanish prime minister hosted Moroccan King Mohammed VI in Madrid on Monday.", "043", {"ESP"}, {"MAR"}),
    ("The Austrian chancellor met Slovak Prime Minister Robert Fico in Vienna.", "040", {"AUT"}, {"SVK"}),
    ("Indonesia and Malaysia agreed to resume border talks next month.", "036", {"IDN", "MYS"}, set()),
    # 05 diplomatic cooperation (PLOVER SUPPORT)
    ("France welcomed Morocco's decision to release the activists.", "051", {"FRA"}, {"MAR"}),
    ("Russia praised Serbia's position on Kosovo.", "051", {"RUS"}, {"SRB"}),
    ("Italy expressed support for the Libyan government.", "051", {"ITA"}, {"LBY"}),
    ("Japan apologized to South Korea for the remarks of its envoy.", "055", {"JPN"}, {"KOR"}),
    ("Vanuatu established diplomatic relations with Georgia.", "054", {"VUT"}, {"GEO"}),
    ("Bolivia and Chile restored diplomatic relations after a long break.", "050", {"BOL", "CHL"}, set()),
    ("Croatia and Slovenia signed a border treaty in Brussels.", "057", {"HRV", "SVN"}, set()),
    ("Uruguay formally recognised Palestine as a state.", "054", {"URY"}, {"PSE"}),
    ("The Portuguese government defended the decision to expel the Angolan diplomats.", "052", {"PRT"}, set()),
])
def test_wire_sentences(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    found = events_with(record, cameo)
    assert found, [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]
    event = found[0]
    assert codes(event["actor"]) == actor
    assert recipient <= codes(event["recipient"]), codes(event["recipient"])


@pytest.mark.parametrize("text", [
    "England meet Wales at Twickenham on Saturday.",
    "The Spanish champion will meet the Russian in the final.",
    "Japan will host the tournament in 2019.",
    "The French striker has signed a new contract with the club.",
    "Ireland's coach praised his players after the win.",
    "The Welsh winger agreed a new deal with the club on Monday.",
    "The Greek sprinters will appeal against the ban.",
    "The US firm offers a cheaper broadband service.",
    "The band thanked their fans at the end of the concert.",
    "The English actor welcomed the award.",
    "Scotland backed their goalkeeper after the mistake.",
    "The Irish manager met the players on Monday to discuss the new season.",
    "Britain's first mobile phone call was made in 1985.",
    "Johansson received strong crowd support on Saturday.",
])
def test_non_political_uses_code_nothing_from_these_roots(code_text, text):
    record = code_text(text)
    found = [(e["cameo"], e["trigger"]["text"]) for e in record["events"] if e["cameo"][:2] in ROOTS]
    assert not found


def test_future_visit_becomes_intent_to_meet(code_text):
    found = events_with(code_text("The Chinese premier will visit Australia next month."), "03")
    assert found and found[0]["event"] == "AGREE"


def test_appeal_for_aid_is_request(code_text):
    found = events_with(code_text("Malawi appealed for international food aid after the drought."), "02")
    assert found and found[0]["event"] == "REQUEST"
    assert codes(found[0]["actor"]) == {"MWI"}


def test_away_fixture_is_not_a_state_visit(code_text):
    record = code_text("Italy will visit Dublin for the opening match of the championship.")
    assert not [e for e in record["events"] if e["cameo"][:2] in ROOTS]


def test_mediator_is_the_only_actor(code_text):
    found = events_with(code_text("Norway has offered to mediate between Colombia and the rebels."), "039")
    assert found and codes(found[0]["actor"]) == {"NOR"}
    assert "COL" in codes(found[0]["recipient"])


# (An xfail until the thirtieth session: "on his ankle" fitted the bare "call on" row. A row for
# the "on" of a body part or an injury, before it, codes 010, which no PLOVER type takes; look-alikes
# in test_xfail_30.py.)
def test_athlete_calling_for_treatment_is_not_an_appeal(code_text):
    record = code_text("The Russian called for treatment on his ankle in the third set.")
    assert not [e for e in record["events"] if e["cameo"][:2] in ROOTS]


# ---------------------------------------------------------------- wire-text families (added with
# the lexicon's wire-text additions): ordinary wire constructions, one family per row. Expected
# codes are what accord produces and what a CAMEO coder would assign.
from eventkit import codes as _kit_codes, only_event as _only_event  # noqa: E402


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    ("Ukraine requested additional air defence systems from the United States.", "0232", "REQUEST", {"UKR"}, {"USA"}),
    ("Kyiv requested more Patriot batteries from Germany.", "0232", "REQUEST", {"UKR"}, {"DEU"}),
    # (In Brussels, the country of neither party: a meeting at a third location, 044.)
    ("Serbia and Kosovo met for talks in Brussels.", "044", "CONSULT", {"SRB", "XKX"}, set()),
    # A summit named as where two leaders met is a venue, not a party (joint actors, no recipient).
    ("The Chinese and US presidents met on the sidelines of the G20 summit.", "044", "CONSULT", {"CHN", "USA"}, set()),
    ("Morocco hosted Jordan's king for a two-day visit.", "043", "CONSULT", {"MAR"}, {"JOR"}),
    ("Qatar mediated talks between Israel and Hamas.", "045", "CONSULT", {"QAT"}, {"ISR", "PSEHMS"}),
    ("Germany apologised to Namibia for colonial-era killings.", "055", "SUPPORT", {"DEU"}, {"NAM"}),
])
def test_lexicon_02_05_wire_families(code_text, text, cameo, plover, actor, recipient):
    event = _only_event(code_text(text), cameo)
    assert event["event"] == plover
    assert _kit_codes(event["actor"]) == actor
    assert _kit_codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text", [
    'Barcelona and Real Madrid met in the Spanish Cup final on Saturday.',
    'Germany and France met in the World Cup semi-final.',
])
def test_lexicon_02_05_wire_families_stay_out_of_sport_and_business(code_text, text):
    roots = {f"{n:02d}" for n in range(2, 5 + 1)}
    events = [e for e in code_text(text)["events"] if e["cameo"][:2] in roots]
    assert events == [], [(e["cameo"], e["trigger"]["text"]) for e in events]
