"""Parse repairs, round 13: a subject taken by the phrase that opens the sentence, a present tense
read as a plural noun, and the lemma of a verb that drops a silent e."""

from __future__ import annotations

import pytest

from accord.nlp.parse_repairs import (
    free_subject_from_fronted_phrase,
    restore_silent_e_lemmas,
    verb_read_as_plural_noun,
)


def _codes(event, side):
    return [a["code"] for a in event[side]]


@pytest.mark.parametrize("text, cameo, dyad", [
    # The subject after an opening phrase, read as that phrase's apposition: nothing was coded.
    ("At a press briefing in Lima, Bolivia's foreign minister, David Choquehuanca, criticised Chile.",
     "111", ("BOL", "CHL")),
    ("During a visit to Hanoi, Australia's prime minister, John Howard, invited Vietnam's president to Canberra.",
     "036", ("AUS", "VNM")),
    ("After a meeting with Kenyan officials in Nairobi, Somalia's president, Abdullahi Yusuf, accused Eritrea "
     "of arming the Islamists.", "112", ("SOM", "ERI")),
    ("Speaking at a rally in Caracas, Venezuela's president, Hugo Chavez, accused Colombia of provoking a war.",
     "112", ("VEN", "COL")),
    ("In a letter to the Security Council, Eritrea's envoy, Araya Desta, accused Ethiopia of occupying its "
     "territory.", "112", ("ERI", "ETH")),
    # A present tense read as a plural noun ("Hezbollah thanks" like "Hezbollah officials").
    ("Hezbollah thanks Iran for its help.", "051", ("LBNHEZ", "IRN")),
    ("Hamas thanks Qatar for its support.", "051", ("PSEHMS", "QAT")),
    ("The EU sanctions Belarusian officials over the election.", "163", ("IGOEEC", "BLR")),
    # A verb that drops a silent e, lemmatised as a shorter verb ("sniped" as "snip", "waged" as "wag").
    ("Serb gunmen sniped at French peacekeepers in Sarajevo.", "193", ("SRB", "FRA")),
    ("Taliban fighters waged a fierce offensive against Afghan troops.", "190", ("AFGTAL", "AFG")),
])
def test_the_repaired_sentence_is_coded(code_text, text, cameo, dyad):
    events = [e for e in code_text(text)["events"] if e["cameo"].startswith(cameo)]
    assert events, text
    assert (_codes(events[0], "actor")[0], _codes(events[0], "recipient")[0]) == dyad


def test_the_apposition_of_an_opening_phrase_becomes_the_subject(hand_parsed):
    # "At talks in Geneva, Peru's president, Alan Garcia, criticised Chile.": "president" an
    # apposition of "Geneva", "criticised" without a subject.
    words = ["At", "talks", "in", "Geneva", ",", "Peru", "'s", "president", ",", "Alan", "Garcia", ",",
             "criticised", "Chile", "."]
    heads = [12, 0, 1, 2, 3, 7, 5, 3, 7, 10, 7, 7, 12, 12, 12]
    deps = ["prep", "pobj", "prep", "pobj", "punct", "poss", "case", "appos", "punct", "compound", "appos",
            "punct", "ROOT", "dobj", "punct"]
    lemmas = ["at", "talk", "in", "Geneva", ",", "Peru", "'s", "president", ",", "Alan", "Garcia", ",",
              "criticise", "Chile", "."]
    tags = ["IN", "NNS", "IN", "NNP", ",", "NNP", "POS", "NN", ",", "NNP", "NNP", ",", "VBD", "NNP", "."]
    pos = ["ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT",
           "VERB", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert free_subject_from_fronted_phrase(doc[:])
    assert doc[7].head.i == 12 and doc[7].dep_ == "nsubj"
    assert doc[10].head.i == 7 and doc[10].dep_ == "appos"


def test_the_title_taken_by_the_opening_phrase_goes_back_to_its_name(hand_parsed):
    # "In Lima, Peru's president, Alan Garcia, criticised Chile.": the name is the verb's subject
    # but its title an apposition of "Lima".
    words = ["In", "Lima", ",", "Peru", "'s", "president", ",", "Alan", "Garcia", ",", "criticised", "Chile", "."]
    heads = [10, 0, 1, 5, 3, 1, 1, 8, 10, 1, 10, 10, 10]
    deps = ["prep", "pobj", "punct", "poss", "case", "appos", "punct", "compound", "nsubj", "punct", "ROOT",
            "dobj", "punct"]
    lemmas = ["in", "Lima", ",", "Peru", "'s", "president", ",", "Alan", "Garcia", ",", "criticise", "Chile", "."]
    tags = ["IN", "NNP", ",", "NNP", "POS", "NN", ",", "NNP", "NNP", ",", "VBD", "NNP", "."]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PROPN",
           "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert free_subject_from_fronted_phrase(doc[:])
    assert doc[5].head.i == 10 and doc[5].dep_ == "nsubj"
    assert doc[8].head.i == 5 and doc[8].dep_ == "appos"


def test_a_true_apposition_of_the_opening_phrase_is_left_alone(hand_parsed):
    # "In Lima, the capital, police arrested two men.": the verb has its subject; "capital" is
    # Lima's apposition.
    words = ["In", "Lima", ",", "the", "capital", ",", "police", "arrested", "two", "men", "."]
    heads = [7, 0, 1, 4, 1, 1, 7, 7, 9, 7, 7]
    deps = ["prep", "pobj", "punct", "det", "appos", "punct", "nsubj", "ROOT", "nummod", "dobj", "punct"]
    lemmas = ["in", "Lima", ",", "the", "capital", ",", "police", "arrest", "two", "man", "."]
    tags = ["IN", "NNP", ",", "DT", "NN", ",", "NNS", "VBD", "CD", "NNS", "."]
    pos = ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not free_subject_from_fronted_phrase(doc[:])
    assert doc[4].head.i == 1 and doc[6].dep_ == "nsubj"


def test_a_present_tense_read_as_a_plural_noun_becomes_the_verb(hand_parsed):
    # "Hamas thanks Egypt for its help.": "thanks" a plural noun, "Hamas" its compound.
    words = ["Hamas", "thanks", "Egypt", "for", "its", "help", "."]
    heads = [1, 1, 1, 1, 5, 3, 1]
    deps = ["compound", "ROOT", "npadvmod", "prep", "poss", "pobj", "punct"]
    lemmas = ["Hamas", "thank", "Egypt", "for", "its", "help", "."]
    tags = ["NNP", "NNS", "NNP", "IN", "PRP$", "NN", "."]
    pos = ["PROPN", "NOUN", "PROPN", "ADP", "PRON", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert verb_read_as_plural_noun(doc[:])
    assert doc[1].pos_ == "VERB" and doc[1].tag_ == "VBZ"
    assert doc[0].dep_ == "nsubj" and doc[2].dep_ == "dobj"


def test_a_plural_noun_with_an_apposition_after_a_comma_is_left_alone(hand_parsed):
    # "The EU sanctions, a new round.": a noun phrase with its apposition, no verb.
    words = ["The", "EU", "sanctions", ",", "a", "new", "round", "."]
    heads = [2, 2, 2, 2, 6, 6, 2, 2]
    deps = ["det", "compound", "ROOT", "punct", "det", "amod", "appos", "punct"]
    lemmas = ["the", "EU", "sanction", ",", "a", "new", "round", "."]
    tags = ["DT", "NNP", "NNS", ",", "DT", "JJ", "NN", "."]
    pos = ["DET", "PROPN", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not verb_read_as_plural_noun(doc[:])
    assert doc[2].pos_ == "NOUN" and doc[1].dep_ == "compound"


def test_a_silent_e_verb_gets_its_lemma_back(hand_parsed):
    words = ["The", "court", "fined", "the", "editor", "."]
    heads = [1, 2, 2, 4, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "punct"]
    lemmas = ["the", "court", "fin", "the", "editor", "."]
    tags = ["DT", "NN", "VBD", "DT", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert restore_silent_e_lemmas(doc[:])
    assert doc[2].lemma_ == "fine"


def test_a_doubled_consonant_keeps_the_short_lemma(hand_parsed):
    # "rapped": the doubled consonant says the verb is "rap".
    words = ["The", "EU", "rapped", "Warsaw", "."]
    heads = [1, 2, 2, 2, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "punct"]
    lemmas = ["the", "EU", "rap", "Warsaw", "."]
    tags = ["DT", "NNP", "VBD", "NNP", "."]
    pos = ["DET", "PROPN", "VERB", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not restore_silent_e_lemmas(doc[:])
    assert doc[2].lemma_ == "rap"
