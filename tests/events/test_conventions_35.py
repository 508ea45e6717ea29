"""Conventions settled in the thirty-fourth session (helper wt-mend35), where the team's tests, the
tuning gold and the coding conventions had disagreed. Each case was decided from the CAMEO code book
(chapter 2 of the manual) and is numbered among the conventions of bench/data/README.md (11-18).
Sentences are the helper's own; each family has a look-alike that must keep its old code.
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _sole(record: dict, cameo: str) -> dict:
    found = [e for e in record["events"] if e["cameo"] == cameo]
    assert len(found) == 1, [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]
    return found[0]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # 11. An energy supply that already flows, halted or stopped: a reduction of existing relations
    # (160). 1211 is for refusing to start or widen economic ties (the note to 121).
    ("The Russian state gas company halted gas deliveries to Latvia on Saturday.", "160", {"RUS"}, {"LVA"}),
    ("Algeria suspended gas exports to Spain after the row over Western Sahara.", "160", {"DZA"}, {"ESP"}),
    # 12. A complaint lodged with, or a case brought at, the WTO is a dispute case before an
    # adjudicating body: bring lawsuit against (115), aimed at the party complained of.
    ("Brazil lodged a complaint with the World Trade Organization against Canadian aircraft subsidies.",
     "115", {"BRA"}, {"CAN"}),
    ("Japan lodged a complaint with the WTO against South Korea over its port restrictions.", "115", {"JPN"}, {"KOR"}),
    # ... while a complaint lodged with a state or the United Nations stays an official complaint (114).
    ("Peru lodged a formal protest with Chile over the fishing dispute.", "114", {"PER"}, {"CHL"}),
    # 13. Nationalising a foreign firm's property is expropriation: confiscate property (1711).
    ("The Bolivian government nationalised the gas fields of the Spanish energy company.", "1711", {"BOL"}, {"ESP"}),
    ("Argentina nationalized the local unit of a Spanish oil company.", "1711", {"ARG"}, {"ESP"}),
    # 14. Diplomats expelled or ordered out, one or many, of any rank, embassy staff included:
    # reduce or break diplomatic relations (161), never 174.
    ("Estonia expelled a Russian diplomat on Tuesday.", "161", {"EST"}, {"RUS"}),
    ("Norway expelled three Russian embassy staff accused of spying.", "161", {"NOR"}, {"RUS"}),
    ("Sweden ordered two Iranian diplomats to leave the country within a week.", "161", {"SWE"}, {"IRN"}),
    # ... while journalists expelled are individuals (174).
    ("Ethiopia expelled two British journalists on Monday.", "174", {"ETH"}, {"GBR"}),
    # 15. Negotiators holding talks: the report makes clear that negotiations are meant (046).
    ("Sudanese and South Sudanese negotiators held five hours of talks in Addis Ababa on Tuesday.",
     "046", {"SDN", "SSD"}, set()),
    # 16. Insurgents attacking posts or bases with no weapon named: use conventional military force (190).
    ("Islamist insurgents attacked two army posts near the Niger border on Sunday.", "190", {"NER"}, None),
])
def test_settled_conventions(code_text, text, cameo, actor, recipient):
    event = _sole(code_text(text), cameo)
    assert codes(event["actor"]) == actor
    if recipient is not None:
        assert codes(event["recipient"]) == recipient


def test_a_refused_energy_deal_stays_a_rejection(code_text):
    # 11's look-alike: refusing to sign a new supply deal is a rejection of economic cooperation (121x).
    record = code_text("Ukraine rejected a Russian proposal for a new gas supply agreement.")
    assert [e["cameo"][:2] for e in record["events"]] == ["12"]


@pytest.mark.parametrize("text", [
    # 18. Abu Sayyaf is coded by its home state (PHL), also when it acts outside it or against foreigners.
    "Abu Sayyaf gunmen seized two Malaysian fishermen off Sabah.",
    "Abu Sayyaf released three Indonesian sailors on Jolo.",
])
def test_abu_sayyaf_is_a_philippine_group(code_text, text):
    events = code_text(text)["events"]
    assert events
    assert all(codes(e["actor"]) == {"PHLASF"} for e in events), [(e["cameo"], codes(e["actor"])) for e in events]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # 17. The last soldiers of a force stationed in a country leaving the whole country, with no word
    # of war or occupation: a guest force's withdrawal (166, the codebook's note to 166).
    ("Germany pulled its last soldiers out of Afghanistan on Tuesday.", "166", {"DEU"}, {"AFG"}),
    ("Belgium pulled its last troops out of Mali on Wednesday.", "166", {"BEL"}, {"MLI"}),
    # ... while hostile forces yielding ground keep 0874: a region, a city, or a word of occupation.
    ("Israel withdrew its last troops from southern Lebanon, ending years of occupation.", "0874", {"ISR"}, {"LBN"}),
    ("Russia pulled its troops out of the city of Kherson on Friday.", "0874", {"RUS"}, {"UKR"}),
])
def test_forces_leaving_a_host(code_text, text, cameo, actor, recipient):
    event = _sole(code_text(text), cameo)
    assert codes(event["actor"]) == actor
    assert codes(event["recipient"]) == recipient
