"""CAMEO sub-codes, twenty-fourth session: team-written wire sentences, none from a gold set.

Mechanisms: talks are a consultation (040) when nothing names them as negotiation: "held talks",
"talks between X and Y", "met for talks"; they are negotiation (046) when they are peace or nuclear
talks, talks on a truce, deal or settlement, talks held by negotiators, a round of talks, or talks
one is in or resumes. The frame constraint notobj= sees what a noun trigger hangs from ("a round of
talks", "is in talks with") and what a verb's object was read through ("held a new round of talks").
A seized tanker, ship, fishing boat or aircraft, and assets seized, are confiscated property
(1711; convention 19 of bench/data/README.md, thirty-fifth session). Accused of sponsoring, funding or arming attacks, or of cyber attacks: a plain
accusation (112); of shelling or launching an attack: of aggression (1123).
"""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from accord.events.entries import LexiconEntry, parse_frame
from accord.events.frames import frame_check
from eventkit import codes


def _found(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # plain talks: a consultation
    ("Chinese Foreign Minister Wang Yi held talks with his Brazilian counterpart Mauro Vieira in Beijing "
     "on Thursday.", "040", {"CHN"}, {"BRA"}),
    ("Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung held talks in Tokyo "
     "on Saturday.", "040", {"JPN"}, None),
    ("Talks between Serbia and Kosovo took place in Brussels on Monday under the auspices of the European "
     "Union.", "040", {"SRB", "XKX"}, None),
    ("The leaders of Ghana and Togo met for talks in Accra on Tuesday.", "040", {"GHA", "TGO"}, None),
    # talks on a topic that is no deal or truce stay a consultation
    ("The Iranian foreign minister held talks with his Omani counterpart on regional security in Muscat.",
     "040", {"IRN"}, {"OMN"}),
    # talks named as negotiation
    ("Ethiopia and Eritrea held peace talks in Jeddah on Sunday, Saudi state media reported.",
     "046", {"ETH", "ERI"}, None),
    ("Ukrainian and Russian negotiators held talks in Istanbul on a prisoner exchange.", "046",
     {"UKR", "RUS"}, None),
    ("Sudan's army and the Rapid Support Forces held a new round of talks in Jeddah on Saturday.", "046",
     {"SDN"}, None),
    ("Armenian and Azerbaijani diplomats held another round of talks with U.S. mediators in Washington.",
     "046", {"ARM", "AZE"}, {"USA"}),
    ("Thailand and Cambodia held talks with Malaysian officials on a ceasefire along their disputed border.",
     "046", {"THA", "KHM"}, {"MYS"}),
    ("Peru is in talks with Chile over the maritime boundary, a government spokesman said.", "046",
     {"PER"}, {"CHL"}),
    ("Israel resumed talks with Lebanon on the land border on Monday.", "046", {"ISR"}, {"LBN"}),
    # a ship, tanker, fishing boat or aircraft seized, or assets: 1711 (convention 19, thirty-fifth session)
    ("Iran's Revolutionary Guards seized a foreign oil tanker in the Strait of Hormuz on Thursday.", "1711",
     None, None),
    ("Houthi rebels seized a cargo ship in the Red Sea, the group's spokesman said.", "1711", None, None),
    ("Venezuela impounded an Iranian cargo plane at Caracas airport.", "1711", {"VEN"}, None),
    ("The Argentine coast guard seized two Chinese fishing boats off Patagonia on Wednesday.", "1711",
     {"ARG"}, {"CHN"}),
    ("Indonesia seized three Vietnamese fishing vessels in the Natuna Sea.", "1711", {"IDN"}, {"VNM"}),
    ("Russian authorities seized the assets of a Finnish energy company in St Petersburg.", "1711",
     {"RUS"}, {"FIN"}),
    # accused of sponsoring, funding or cyber attacks: 112; of shelling or an attack: 1123
    ("Afghanistan accused Pakistan of sponsoring attacks by militants in its eastern provinces.", "112",
     {"AFG"}, {"PAK"}),
    ("Iraq accused Iran of funding militia attacks on its oil fields.", "112", {"IRQ"}, {"IRN"}),
    ("The Netherlands accused Russia of cyber attacks on its police and ministries.", "112", {"NLD"}, {"RUS"}),
    ("Pakistan accused India of shelling villages along the Line of Control.", "1123", {"PAK"}, {"IND"}),
    ("Azerbaijan accused Armenia of launching an attack on its border posts.", "1123", {"AZE"}, {"ARM"}),
])
def test_subcodes_24(code_text, text, cameo, actor, recipient):
    found = _found(code_text(text))
    assert any(code == cameo and (actor is None or who == actor) and (recipient is None or recipient <= whom)
               for code, who, whom in found), found
    # one event for the act, not the consultation and the negotiation side by side
    assert sum(code[:2] == cameo[:2] for code, _, _ in found) == 1, found


# (English's vocabulary, so that tokens have their lower-case forms)
VOCAB = English().vocab


def _parse(words, heads, deps, pos, lemmas) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def _entry(lemma: str, pos: str, frame: str) -> LexiconEntry:
    return LexiconEntry(lemma=lemma, pos=pos, frame=parse_frame(frame), cameo="040", note="", line=0)


def _no_actor(_token) -> bool:
    return False


# "They held a round of talks with Iran."
ROUND = _parse(["They", "held", "a", "round", "of", "talks", "with", "Iran", "."],
               [1, 1, 3, 1, 3, 4, 5, 6, 1],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
               ["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
               ["they", "hold", "a", "round", "of", "talk", "with", "Iran", "."])
# "They held talks with Iran."
PLAIN = _parse(["They", "held", "talks", "with", "Iran", "."],
               [1, 1, 1, 2, 3, 1],
               ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
               ["PRON", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
               ["they", "hold", "talk", "with", "Iran", "."])


@pytest.mark.parametrize("doc, index, entry, fits", [
    # the noun trigger "talks" hangs from "round"
    (ROUND, 5, _entry("talk", "NOUN", "prep=with notobj=round"), False),
    (PLAIN, 2, _entry("talk", "NOUN", "prep=with notobj=round"), True),
    # the verb's object is read through "round" to "talks"; notobj still sees "round"
    (ROUND, 1, _entry("hold", "VERB", "obj=talk notobj=round"), False),
    (PLAIN, 1, _entry("hold", "VERB", "obj=talk notobj=round"), True),
])
def test_notobj_sees_what_talks_hang_from(doc, index, entry, fits):
    failed = frame_check(entry, doc[index], _no_actor, _no_actor)
    assert (failed is None) == fits, failed
