"""Parse repairs, round 14: a passive's agent after an inserted phrase, a hyphenated verb read as
its parts, what a verb of calling says of its object read as the object's apposition, and an
object read as a second subject after its verb."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from accord.nlp.parse_repairs import (
    agent_after_inserted_phrase,
    hyphenated_verb_as_verb,
    object_read_as_second_subject,
    predicate_read_as_apposition,
)


def _first_code(event, side):
    codes = [a["code"] for a in event[side]]
    return codes[0] if codes else None


@pytest.mark.parametrize("text, cameo, dyad", [
    # "by" hung on the noun of the phrase set between verb and agent: nothing was coded.
    ("Zambia was criticised on Thursday in a statement by the British Foreign Office for jailing "
     "opposition leaders.", "111", ("GBR", "ZMB")),
    ("Nigeria was accused last month in a letter to the Security Council by Cameroon of sheltering armed "
     "separatists.", "112", ("CMR", "NGA")),
    ("Mozambique was praised on Tuesday at a donors' conference in Lisbon by Portuguese Prime Minister "
     "Antonio Guterres for its reforms.", "051", ("PRT", "MOZ")),
    # A hyphenated verb split by the tokenizer and read as an adjective of its object.
    ("North Korea test-fired two short-range missiles off its east coast on Sunday, Seoul said.", "150",
     ("PRK", None)),
    ("India test-fires nuclear-capable missile.", "150", ("IND", None)),
    ("Japan re-imposed sanctions on North Korea after the rocket launch.", "163", ("JPN", "PRK")),
    # What a verb of calling says, read as its object's apposition.
    ('Tokyo called Seoul\'s island survey "a farce".', "111", ("JPN", "KOR")),
    ('Moscow called Kiev\'s election law "a disgrace".', "111", ("RUS", "UKR")),
    ('Ankara called the Dutch parliament\'s vote "a travesty".', "111", ("TUR", "NLD")),
    # The object after a long subject read as a second subject.
    ("On Tuesday, the Iranian foreign minister welcomed Hamas leader Khaled Meshaal to Tehran.", "043",
     ("IRN", "PSEHMS")),
    ("On March 2, 2007, Israel's defence minister, Amir Peretz, welcomed Palestinian leader Mahmoud Abbas "
     "to Jerusalem.", "043", ("ISR", "PSE")),
])
def test_the_repaired_sentence_is_coded(code_text, text, cameo, dyad):
    events = [e for e in code_text(text)["events"] if e["cameo"].startswith(cameo)]
    assert events, text
    assert (_first_code(events[0], "actor"), _first_code(events[0], "recipient")) == dyad


# "Chile was criticised in a statement by Peru ." with "by" on "statement".
PASSIVE_WORDS = ["Chile", "was", "criticised", "in", "a", "statement", "by", "Peru", "."]
PASSIVE_TAGS = ["NNP", "VBD", "VBN", "IN", "DT", "NN", "IN", "NNP", "."]
PASSIVE_POS = ["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]


def test_the_agent_goes_back_to_the_passive_verb(hand_parsed):
    heads = [2, 2, 2, 2, 5, 3, 5, 6, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"]
    lemmas = ["Chile", "be", "criticise", "in", "a", "statement", "by", "Peru", "."]
    doc = hand_parsed(PASSIVE_WORDS, heads, deps, lemmas, PASSIVE_POS, PASSIVE_TAGS)
    assert agent_after_inserted_phrase(doc[:])
    assert doc[6].head.i == 2 and doc[6].dep_ == "agent"
    assert doc[5].head.i == 3


def test_a_by_of_means_or_of_an_answered_request_is_left_alone(hand_parsed):
    # "The meeting was held in Geneva by video link .": a means, not a doer.
    words = ["The", "meeting", "was", "held", "in", "Geneva", "by", "video", "link", "."]
    heads = [1, 3, 3, 3, 3, 4, 5, 8, 6, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "compound", "pobj", "punct"]
    lemmas = ["the", "meeting", "be", "hold", "in", "Geneva", "by", "video", "link", "."]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "NNP", "IN", "NN", "NN", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "ADP", "NOUN", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not agent_after_inserted_phrase(doc[:])
    assert doc[6].head.i == 5
    # "The step was taken in response to a request by Peru .": Peru asked; it did not take the step.
    words = ["The", "step", "was", "taken", "in", "response", "to", "a", "request", "by", "Peru", "."]
    heads = [1, 3, 3, 3, 3, 4, 5, 8, 6, 8, 9, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"]
    lemmas = ["the", "step", "be", "take", "in", "response", "to", "a", "request", "by", "Peru", "."]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "NN", "IN", "DT", "NN", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not agent_after_inserted_phrase(doc[:])
    assert doc[9].head.i == 8


def _hyphenated(words, spaces, heads, deps, lemmas, pos, tags) -> Doc:
    """A hand-built Doc with its spacing: a hyphenated word is written without spaces."""
    from accord.nlp import load_model

    return Doc(load_model().vocab, words=words, spaces=spaces, heads=heads, deps=deps, lemmas=lemmas, pos=pos,
               tags=tags)


def test_a_hyphenated_verb_takes_its_clause():
    # "Iran test-fired missiles.": "fired" an adjective of "missiles", the root; "Iran" its compound.
    words = ["Iran", "test", "-", "fired", "missiles", "."]
    spaces = [True, False, False, True, False, False]
    heads = [4, 3, 3, 4, 4, 4]
    deps = ["compound", "npadvmod", "punct", "amod", "ROOT", "punct"]
    lemmas = ["Iran", "test", "-", "fire", "missile", "."]
    tags = ["NNP", "NN", "HYPH", "VBD", "NNS", "."]
    pos = ["PROPN", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT"]
    doc = _hyphenated(words, spaces, heads, deps, lemmas, pos, tags)
    assert hyphenated_verb_as_verb(doc[:])
    assert doc[3].dep_ == "ROOT" and doc[3].head.i == 3
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 3)
    assert (doc[4].dep_, doc[4].head.i) == ("dobj", 3)
    assert doc[5].head.i == 3 and doc[1].head.i == 3


def test_a_hyphenated_participle_before_its_noun_is_left_alone():
    # "The re-elected president spoke.": an adjective, after a determiner.
    words = ["The", "re", "-", "elected", "president", "spoke", "."]
    spaces = [True, False, False, True, True, False, False]
    heads = [4, 3, 3, 4, 5, 5, 5]
    deps = ["det", "advmod", "punct", "amod", "nsubj", "ROOT", "punct"]
    lemmas = ["the", "re", "-", "elect", "president", "speak", "."]
    tags = ["DT", "AFX", "HYPH", "VBN", "NN", "VBD", "."]
    pos = ["DET", "ADJ", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"]
    doc = _hyphenated(words, spaces, heads, deps, lemmas, pos, tags)
    assert not hyphenated_verb_as_verb(doc[:])
    assert doc[3].dep_ == "amod" and doc[3].head.i == 4


def test_what_is_said_of_the_object_becomes_its_predicate(hand_parsed):
    # 'Peru called Chile's plan "a farce" .': "farce" an apposition of "plan".
    words = ["Peru", "called", "Chile", "'s", "plan", '"', "a", "farce", '"', "."]
    heads = [1, 1, 4, 2, 1, 7, 7, 4, 1, 1]
    deps = ["nsubj", "ROOT", "poss", "case", "dobj", "punct", "det", "appos", "punct", "punct"]
    lemmas = ["Peru", "call", "Chile", "'s", "plan", '"', "a", "farce", '"', "."]
    tags = ["NNP", "VBD", "NNP", "POS", "NN", "``", "DT", "NN", "''", "."]
    pos = ["PROPN", "VERB", "PROPN", "PART", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert predicate_read_as_apposition(doc[:])
    assert (doc[7].dep_, doc[7].head.i) == ("oprd", 1)
    assert doc[4].dep_ == "dobj"


def test_an_apposition_after_a_comma_is_left_alone(hand_parsed):
    # "Peru called Chile's envoy, a veteran diplomat .": a true apposition.
    words = ["Peru", "called", "Chile", "'s", "envoy", ",", "a", "veteran", "diplomat", "."]
    heads = [1, 1, 4, 2, 1, 4, 8, 8, 4, 1]
    deps = ["nsubj", "ROOT", "poss", "case", "dobj", "punct", "det", "amod", "appos", "punct"]
    lemmas = ["Peru", "call", "Chile", "'s", "envoy", ",", "a", "veteran", "diplomat", "."]
    tags = ["NNP", "VBD", "NNP", "POS", "NN", ",", "DT", "JJ", "NN", "."]
    pos = ["PROPN", "VERB", "PROPN", "PART", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not predicate_read_as_apposition(doc[:])
    assert (doc[8].dep_, doc[8].head.i) == ("appos", 4)


def test_an_object_read_as_a_second_subject_becomes_the_object(hand_parsed):
    # "On Monday , Peru 's president met Chile 's leader .": "leader" a second subject of "met".
    words = ["On", "Monday", ",", "Peru", "'s", "president", "met", "Chile", "'s", "leader", "."]
    heads = [6, 0, 6, 5, 3, 6, 6, 9, 7, 6, 6]
    deps = ["prep", "pobj", "punct", "poss", "case", "nsubj", "ROOT", "poss", "case", "nsubj", "punct"]
    lemmas = ["on", "Monday", ",", "Peru", "'s", "president", "meet", "Chile", "'s", "leader", "."]
    tags = ["IN", "NNP", ",", "NNP", "POS", "NN", "VBD", "NNP", "POS", "NN", "."]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert object_read_as_second_subject(doc[:])
    assert (doc[9].dep_, doc[9].head.i) == ("dobj", 6)
    assert doc[5].dep_ == "nsubj"


def test_a_subject_of_another_clause_after_a_comma_is_left_alone(hand_parsed):
    # "Peru 's president met , Chile 's leader said .", read with "leader" on "met".
    words = ["Peru", "'s", "president", "met", ",", "Chile", "'s", "leader", "said", "."]
    heads = [2, 0, 3, 3, 3, 7, 5, 3, 3, 3]
    deps = ["poss", "case", "nsubj", "ROOT", "punct", "poss", "case", "nsubj", "conj", "punct"]
    lemmas = ["Peru", "'s", "president", "meet", ",", "Chile", "'s", "leader", "say", "."]
    tags = ["NNP", "POS", "NN", "VBD", ",", "NNP", "POS", "NN", "VBD", "."]
    pos = ["PROPN", "PART", "NOUN", "VERB", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not object_read_as_second_subject(doc[:])
    assert doc[7].dep_ == "nsubj"
