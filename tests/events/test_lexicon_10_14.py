"""The lexicon for CAMEO roots 10-14 (PLOVER REQUEST, ACCUSE, REJECT, THREATEN, PROTEST).

Team-written wire-style sentences: each positive case names the CAMEO code prefix expected of
the sentence's event from these roots, its actor and (where the sentence has one) its recipient;
the negative cases use the same verbs outside politics and must give no event from roots 10-14.
"""

from __future__ import annotations

import pytest

ROOTS = ("10", "11", "12", "13", "14")


def _events_from_roots(record: dict) -> list[dict]:
    return [e for e in record["events"] if e["cameo"][:2] in ROOTS]


def _codes(side: list[dict]) -> set[str]:
    return {a["code"] for a in side}


POSITIVE = [
    # sentence, CAMEO prefix, PLOVER type, actor, recipient (None: not checked)
    # a verbal attack is criticism (111), not force
    ("Czech opposition leaders attacked the Slovak government for its handling of the dispute.", "111", "ACCUSE", "CZE", "SVK"),
    ("The Polish opposition attacked the government's budget plan.", "111", "ACCUSE", "POL", None),
    # 10 DEMAND -> REQUEST
    ("Venezuelan opposition leaders demanded the resignation of the interior minister.", "1041", "REQUEST", "VEN", None),
    ("The Chinese government demanded the immediate release of two Canadian businessmen.", "1053", "REQUEST", "CHN", "CAN"),
    ("Iran demanded talks with the United States on the nuclear dispute.", "106", "REQUEST", "IRN", "USA"),
    ("Albanian leaders in Macedonia demanded autonomy from the Macedonian government.", "1044", "REQUEST", "ALB", "MKD"),
    ("Hungary demanded an apology from Slovakia over the remarks.", "100", "REQUEST", "HUN", "SVK"),
    ("The Security Council ordered Syria to hand over the suspects.", "10", "REQUEST", "IGOUNOUSC", "SYR"),
    ("Lithuania insisted on the release of the jailed Belarusian journalists.", "1053", "REQUEST", "LTU", "BLR"),
    ("Germany insisted on the withdrawal of Russian troops from Georgia.", "1056", "REQUEST", "DEU", "RUS"),
    ("Poland reiterated its demand for compensation from Germany.", "1031", "REQUEST", "POL", None),
    # 11 DISAPPROVE -> ACCUSE
    ("Japan sharply criticised North Korea over the missile launch.", "111", "ACCUSE", "JPN", "PRK"),
    ("Egypt condemned the Israeli raid on Gaza.", "111", "ACCUSE", "EGY", "ISR"),
    ("The Turkish government denounced the French parliament's vote.", "111", "ACCUSE", "TUR", "FRA"),
    ("The Chinese foreign ministry slammed Washington over the arms sale.", "111", "ACCUSE", "CHN", "USA"),
    ("The Iranian parliament blasted Britain for its interference.", "111", "ACCUSE", "IRN", "GBR"),
    ("Iran criticised the United Nations for its silence.", "111", "ACCUSE", "IRN", "IGOUNO"),
    ("Pakistan accused India of sponsoring terrorism in Kashmir.", "112", "ACCUSE", "PAK", "IND"),
    ("Pakistan blamed India for the bombing.", "112", "ACCUSE", "PAK", "IND"),
    ("Russia accused Georgia of aggression in South Ossetia.", "1123", "ACCUSE", "RUS", "GEO"),
    ("Iranian officials accused Britain of espionage.", "1125", "ACCUSE", "IRN", "GBR"),
    # A formal charge brought by authorities is a prosecution (173, see test_real_idioms_11); a
    # government calling another side's citizen a spy is the accusation.
    ("Beijing accused the Taiwanese businessman of espionage.", "1125", "ACCUSE", "CHN", "TWN"),
    ("China lodged a formal protest with Japan over the visit.", "114", "ACCUSE", "CHN", "JPN"),
    ("Beijing summoned the American ambassador to protest against the arms sale.", "114", "ACCUSE", "CHN", "USA"),
    ("The Polish government complained to the European Commission about the decision.", "114", "ACCUSE", "POL",
     "IGOEECCOM"),
    ("Ecuador filed a lawsuit against Colombia at the International Court of Justice.", "115", "ACCUSE", "ECU", "COL"),
    ("Greece voiced deep concern over Turkish naval exercises.", "110", "ACCUSE", "GRC", None),
    # 12 REJECT
    ("Argentina rejected the British proposal for talks on the Falklands.", "12", "REJECT", "ARG", "GBR"),
    ("Serbia rejected the peace plan drafted by the mediators.", "127", "REJECT", "SRB", None),
    ("North Korea refused to release the South Korean fishermen.", "1243", "REJECT", "PRK", None),
    ("Israel refused to withdraw its troops from the Golan Heights.", "1246", "REJECT", "ISR", None),
    ("The Venezuelan government refused to meet the American envoy.", "125", "REJECT", "VEN", None),
    ("Russia vetoed the Security Council resolution on Syria.", "129", "REJECT", "RUS", "IGOUNOUSC"),
    ("The Sudanese government turned down the request for peacekeepers.", "12", "REJECT", "SDN", None),
    ("Iran defied the United Nations resolution on uranium enrichment.", "128", "REJECT", "IRN", "IGOUNO"),
    ("Israel dismissed the Palestinian appeal for a ceasefire.", "12", "REJECT", "ISR", "PSE"),
    ("Serbian officials ruled out talks with Kosovo.", "125", "REJECT", "SRB", "XKX"),
    ("Russia opposed the deployment of NATO troops in Poland.", "12", "REJECT", "RUS", None),
    ("Turkish lawmakers voted against the resolution.", "12", "REJECT", "TUR", None),
    # 13 THREATEN
    ("Turkey threatened to impose sanctions on Iraq.", "1312", "THREATEN", "TUR", None),
    ("The Cuban government threatened to expel American diplomats.", "1313", "THREATEN", "CUB", None),
    ("North Korea threatened to attack South Korea.", "1384", "THREATEN", "PRK", None),
    ("The United States threatened Cuba with sanctions.", "1312", "THREATEN", "USA", "CUB"),
    ("Hungary threatened to veto the European Union budget.", "131", "THREATEN", "HUN", None),
    ("Iran vowed to retaliate against Israel.", "138", "THREATEN", "IRN", None),
    ("Kenya warned Somalia of retaliation.", "13", "THREATEN", "KEN", "SOM"),
    ("Washington gave Belgrade an ultimatum to withdraw its forces from Kosovo.", "139", "THREATEN", "USA", None),
    # 14 PROTEST
    ("Thousands of Iranians demonstrated against the government in Tehran.", "141", "PROTEST", "IRN", None),
    ("Hundreds of Palestinians protested against the Israeli barrier.", "141", "PROTEST", "PSE", "ISR"),
    ("Kenyan opposition supporters staged a protest outside parliament.", "141", "PROTEST", "KEN", None),
    ("Chilean students staged mass demonstrations against the education reform.", "141", "PROTEST", "CHL", None),
    ("Indian teachers launched a hunger strike to press for higher pay.", "142", "PROTEST", "IND", None),
    ("Nigerian unions called a general strike over fuel prices.", "143", "PROTEST", "NGA", None),
    ("Bolivian miners went on strike.", "143", "PROTEST", "BOL", None),
    ("Ethiopian doctors staged a strike to demand higher wages.", "143", "PROTEST", "ETH", None),
    ("Egypt boycotted the conference in Tehran.", "143", "PROTEST", "EGY", None),
    ("French farmers blocked roads near the Spanish border.", "144", "PROTEST", "FRA", None),
    ("Palestinian youths rioted in East Jerusalem.", "145", "PROTEST", "PSE", None),
]


@pytest.mark.parametrize("text,cameo,plover,actor,recipient", POSITIVE, ids=[p[0][:48] for p in POSITIVE])
def test_roots_10_14_code(code_text, text, cameo, plover, actor, recipient):
    record = code_text(text)
    events = _events_from_roots(record)
    matching = [e for e in events if e["cameo"].startswith(cameo)]
    assert matching, f"no {cameo} event in {[(e['cameo'], e['event']) for e in record['events']]}"
    event = matching[0]
    assert event["event"] == plover
    assert actor in _codes(event["actor"])
    if recipient is not None:
        assert recipient in _codes(event["recipient"])


NEGATIVE = [
    "England rejected a bid of 10 million pounds for the striker.",
    "The Australian coach criticised the referee after the match.",
    "French fans protested the decision to award a penalty.",
    "Spanish forward Raul struck the ball into the net.",
    "The Japanese company staged a demonstration of its new robot in Tokyo.",
    "The British band warned fans that tickets would sell out quickly.",
    "Scottish voters rallied in the second half to win the match.",
    "The Brazilian midfielder threatened to leave the club unless he is paid more.",
    "Italian tennis player blocked the shot at the net.",
    "The Irish rugby team marched to the final.",
    "Chinese demand for steel rose sharply last year.",
    "The French government issued a warning about the new computer virus.",
    "The Canadian sprinter declined to comment on the result.",
    "The German goalkeeper refused to give up after the first goal.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[n[:48] for n in NEGATIVE])
def test_roots_10_14_not_coded_outside_politics(code_text, text):
    record = code_text(text)
    assert _events_from_roots(record) == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]


def test_sports_demand_is_not_coded(code_text):
    record = code_text("The German striker demanded a new contract from the club.")
    assert _events_from_roots(record) == []


def test_protest_with_self_referring_object(code_text):
    record = code_text("Iranian students protested the arrest of their classmates.")
    assert any(e["cameo"].startswith("14") for e in record["events"])


# ---------------------------------------------------------------- wire-text families (added with
# the lexicon's wire-text additions): ordinary wire constructions, one family per row. Expected
# codes are what accord produces and what a CAMEO coder would assign.
from eventkit import codes as _kit_codes, only_event as _only_event  # noqa: E402


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    ("An Iranian court sentenced a French national to six years in prison.", "116", "ACCUSE", {"IRN"}, {"FRA"}),
    ("Kenyan demonstrators stormed parliament in Nairobi.", "145", "PROTEST", {"KEN"}, {"KEN"}),
    ("Students staged a sit-in outside the Serbian government building.", "141", "PROTEST", {"SRB"}, {"SRB"}),
    ("Algeria slammed France over its stance on Western Sahara.", "111", "ACCUSE", {"DZA"}, {"FRA"}),
    ("The US threatened sanctions against Georgia over the foreign agent law.", "1312", "THREATEN", {"USA"}, {"GEO"}),
])
def test_lexicon_10_14_wire_families(code_text, text, cameo, plover, actor, recipient):
    event = _only_event(code_text(text), cameo)
    assert event["event"] == plover
    assert _kit_codes(event["actor"]) == actor
    assert _kit_codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text", [
    'Fans stormed the pitch after the final whistle in Madrid.',
    'The Brazil forward was sentenced to a three-match ban.',
])
def test_lexicon_10_14_wire_families_stay_out_of_sport_and_business(code_text, text):
    roots = {f"{n:02d}" for n in range(10, 14 + 1)}
    events = [e for e in code_text(text)["events"] if e["cameo"][:2] in roots]
    assert events == [], [(e["cameo"], e["trigger"]["text"]) for e in events]
