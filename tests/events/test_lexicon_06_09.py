"""Lexicon for CAMEO roots 06-09 (PLOVER COOPERATE, AID, CONCEDE/RETREAT, ACCUSE 'investigate').

Team-written wire-style sentences: each must yield an event from these roots with the expected
CAMEO code prefix, PLOVER type, actor and recipient; non-political uses of the same verbs must
not yield any event from these roots.
"""

from __future__ import annotations

import pytest

ROOTS = ("06", "07", "08", "09")


def _ours(record: dict) -> list[dict]:
    return [e for e in record["events"] if e["cameo"][:2] in ROOTS]


def _codes(event: dict, role: str) -> set[str]:
    return {a["code"] for a in event[role]}


# sentence, CAMEO prefix, PLOVER type, actor code, recipient code (None: not checked)
POSITIVE = [
    # 06 material cooperation
    ("Norway shared intelligence with Sweden about the smuggling network.", "064", "COOPERATE", "NOR", "SWE"),
    ("Japanese and Australian warships began joint naval exercises off Okinawa on Tuesday.",
     "062", "COOPERATE", "JPN", None),
    ("Brazil extradited a Paraguayan drug trafficker to Paraguay on Friday.", "063", "COOPERATE", "BRA", "PRY"),
    ("Turkey handed over two suspects to Greece.", "063", "COOPERATE", "TUR", "GRC"),
    ("Russia supplied gas to Serbia.", "061", "COOPERATE", "RUS", "SRB"),
    # 07 aid
    ("Germany sent 50 tonnes of medical supplies to Ukraine.", "07", "AID", "DEU", "UKR"),
    ("Japan provided emergency food aid to Bangladesh after the floods.", "073", "AID", "JPN", "BGD"),
    ("The United States delivered anti-tank missiles to Ukraine last month.", "072", "AID", "USA", "UKR"),
    ("France deployed peacekeeping troops to Mali.", "074", "AID", "FRA", "MLI"),
    ("Ecuador granted political asylum to the Swedish activist.", "075", "AID", "ECU", None),
    ("Italian coastguards rescued 300 migrants off Lampedusa on Sunday.", "073", "AID", "ITA", None),
    ("Kenya evacuated its citizens from Sudan.", "073", "AID", "KEN", None),
    ("The Paris Club wrote off Iraq's debt.", "071", "AID", "IGOPRC", "IRQ"),
    # (Training another state's soldiers is military cooperation, 062, as the gold sets code it: sixth session.)
    ("Canada trained Ukrainian soldiers in Britain.", "062", "COOPERATE", "CAN", "UKR"),
    # (grain given is food aid: humanitarian, 073, since the seventh session)
    ("Canada provided 5,000 tonnes of wheat to Afghanistan.", "073", "AID", "CAN", "AFG"),
    ("Australia sent material to help East Timor rebuild its police stations.", "070", "AID", "AUS", None),
    # 08 yield: CONCEDE
    ("The Egyptian government lifted the state of emergency.", "081", "CONCEDE", "EGY", None),
    ("Myanmar's junta ended the curfew in Yangon.", "081", "CONCEDE", "MMR", None),
    ("French unions called off the strike after talks with the government.", "082", "CONCEDE", "FRA", None),
    ("The Nigerian government accepted the demands of the striking doctors.", "083", "CONCEDE", "NGA", None),
    ("Turkey legalised the pro-Kurdish party.", "0812", "CONCEDE", "TUR", None),
    ("The Kenyan electoral commission allowed opposition candidate John Mwangi into the presidential race.",
     "0812", "CONCEDE", "KEN", None),
    # 08 yield: RETREAT
    ("Israel released 40 Palestinian prisoners on Monday.", "0841", "RETREAT", "ISR", None),
    ("Iran freed two French tourists on Friday.", "0841", "RETREAT", "IRN", "FRA"),
    ("Russia and Ukraine exchanged prisoners of war on Saturday.", "0841", "RETREAT", "RUS", None),
    ("China returned the seized fishing boats to Vietnam.", "0842", "RETREAT", "CHN", "VNM"),
    ("The EU unfroze Iranian assets.", "0842", "RETREAT", "IGOEEC", None),
    ("Washington eased the embargo on Cuba.", "085", "RETREAT", "USA", "CUB"),
    ("Iran allowed UN inspectors into the Natanz plant.", "0862", "RETREAT", "IRN", "IGOUNO"),
    ("Sudan allowed aid convoys into Darfur.", "0863", "RETREAT", "SDN", None),
    ("Hamas declared a unilateral ceasefire on Wednesday.", "0871", "RETREAT", "PSEHMS", None),
    ("Israel lifted the blockade of the Gaza Strip.", "0872", "RETREAT", "ISR", None),
    ("Azerbaijan reopened the border crossing with Armenia.", "0872", "RETREAT", "AZE", "ARM"),
    ("Russian troops withdrew from the town of Kherson.", "0874", "RETREAT", "RUS", None),
    ("Some 400 Colombian guerrillas surrendered last month in Antioquia province.", "0874", "RETREAT", "COL", None),
    # (A resignation is 0831, typed RETREAT: sixth session.)
    ("The Pakistani prime minister resigned on Sunday.", "0831", "RETREAT", "PAK", None),
    ("Germany paid compensation to Namibia for colonial-era killings.", "084", "RETREAT", "DEU", "NAM"),
    # 09 investigate
    ("French prosecutors opened an investigation into the death of the journalist.", "091", "ACCUSE", "FRA", None),
    ("The United Nations launched an inquiry into the massacre in Bucha.", "094", "ACCUSE", "IGOUNO", None),
    ("Brazilian police are investigating the killing of the indigenous activist.", "091", "ACCUSE", "BRA", None),
    ("The International Atomic Energy Agency sent inspectors to Iran.", "090", "ACCUSE", "IGOUNOIAE", "IRN"),
    # (Judges, police and prosecutors investigate crime, 091: sixth session.)
    ("Kenyan judges opened a hearing into the deaths of the protesters.", "091", "ACCUSE", "KEN", None),
]


@pytest.mark.parametrize("sentence,cameo,plover,actor,recipient", POSITIVE, ids=[p[0][:40] for p in POSITIVE])
def test_codes_event(code_text, sentence, cameo, plover, actor, recipient):
    events = [e for e in _ours(code_text(sentence)) if e["cameo"].startswith(cameo)]
    assert events, f"no {cameo} event in {sentence!r}"
    event = events[0]
    assert event["event"] == plover
    assert actor in _codes(event, "actor")
    if recipient is not None:
        assert recipient in _codes(event, "recipient")


# Announced cooperation and yielding are intentions: recoded to CAMEO's "express intent" codes
# (03x, AGREE); "will release prisoners" is 0353.
FUTURE = [
    ("Spain will send medical supplies and two field hospitals to Morocco, the defence ministry said.", "AGREE"),
    ("Israel will release 30 Palestinian prisoners next week, officials said.", "AGREE"),
]


@pytest.mark.parametrize("sentence, plover", FUTURE, ids=[s[:40] for s, _ in FUTURE])
def test_future_becomes_intent_or_concession(code_text, sentence, plover):
    events = code_text(sentence)["events"]
    assert events and all(e["event"] == plover and e["modality"]["future"] for e in events)


# The same verbs outside politics: no event from roots 06-09.
NEGATIVE = [
    "England released their squad for the autumn internationals on Monday.",
    "The singer released her third album in Germany last week.",
    "Wales lifted the trophy after beating France in Cardiff.",
    "Italy returned to the top of the table with a win over Spain.",
    "The Spanish champions withdrew from the tournament with a knee injury to their captain.",
    "Brazil gave a debut to two young strikers against Argentina.",
    "The Scottish club provided the perfect start for their new coach.",
    "Ireland conceded two goals in the second half.",
    "Microsoft shared details of its new games console with reporters.",
    "Apple opened its first store in China.",
    "The French film opened the festival in Cannes.",
    "Chelsea have sent the striker to a Dutch club on loan.",
    "New Zealand surrendered a ten-point lead against Australia in the final quarter.",
    "Japan exchanged shirts with Mexico after the match.",
    "The Argentine champion surrendered his world title on points in Las Vegas.",
]


@pytest.mark.parametrize("sentence", NEGATIVE, ids=[s[:40] for s in NEGATIVE])
def test_no_event_outside_politics(code_text, sentence):
    assert not _ours(code_text(sentence)), _ours(code_text(sentence))


# Known failures outside the lexicon (see the lexicon file's notes and the team report).
MECHANISM = [
    pytest.param("The Ethiopian army halted its offensive in Tigray.", "087"),
    # The parser reads 'down' as advmod; a word right after the verb counts as its particle.
    pytest.param("The Peruvian president stepped down after weeks of protests.", "0831"),
    # Fixed in the coder: a dative is a recipient only.
    pytest.param("The European Community gave the Ivory Coast five million dollars of aid.", "071"),
]


@pytest.mark.parametrize("sentence,cameo", MECHANISM)
def test_mechanism_limits(code_text, sentence, cameo):
    assert any(e["cameo"].startswith(cameo) for e in _ours(code_text(sentence)))


# ---------------------------------------------------------------- wire-text families (added with
# the lexicon's wire-text additions): ordinary wire constructions, one family per row. Expected
# codes are what accord produces and what a CAMEO coder would assign.
from eventkit import codes as _kit_codes, only_event as _only_event  # noqa: E402


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # a sum given as humanitarian aid is humanitarian aid (073; 071 before the eighth session read
    # a sum of money through to what it is in)
    ("Japan provided $100 million in humanitarian aid to Ukraine.", "073", "AID", {"JPN"}, {"UKR"}),
    ("China extended $2 billion in loans to Pakistan.", "071", "AID", {"CHN"}, {"PAK"}),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", "071", "AID", {"SAU"}, {"PAK"}),
    ("The World Bank approved a $500 million loan for Kenya.", "071", "AID", {"IGOUNOWBK"}, {"KEN"}),
    ("The UN allocated $100 million to Yemen.", "071", "AID", {"IGOUNO"}, {"YEM"}),
    ("Jordan dropped aid over Gaza on Tuesday.", "073", "AID", {"JOR"}, {"PSE"}),
    ("Germany sent tanks to Ukraine.", "072", "AID", {"DEU"}, {"UKR"}),
    ("Egypt lifted the state of emergency.", "081", "CONCEDE", {"EGY"}, {"EGY"}),  # domestic
    ("Armenia returned four villages to Azerbaijan.", "0842", "RETREAT", {"ARM"}, {"AZE"}),
])
def test_lexicon_06_09_wire_families(code_text, text, cameo, plover, actor, recipient):
    event = _only_event(code_text(text), cameo)
    assert event["event"] == plover
    assert _kit_codes(event["actor"]) == actor
    assert _kit_codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text", [
    'Apple allocated $5 billion to share buybacks.',
    'Toyota deposited $2 billion in a Japanese bank.',
    'Chelsea gave $100 million to Real Madrid for the Brazilian striker.',
    'The board approved a $2 billion loan for the new stadium.',
    'The firm disbursed $40 million to its shareholders.',
    'The Spain coach dropped the veteran striker from the squad.',
])
def test_lexicon_06_09_wire_families_stay_out_of_sport_and_business(code_text, text):
    roots = {f"{n:02d}" for n in range(6, 9 + 1)}
    events = [e for e in code_text(text)["events"] if e["cameo"][:2] in roots]
    assert events == [], [(e["cameo"], e["trigger"]["text"]) for e in events]
