"""The thirtieth session's parse repair (wire_dev_17) on hand-built parses: a verb of giving whose
person and thing the model read as two direct objects ("offered the president an apology"); with
look-alikes left alone."""

from __future__ import annotations

from accord.nlp.parse_repairs import first_of_two_objects_as_dative


def test_the_person_before_the_thing_given_becomes_the_dative(hand_parsed):
    # "Kohl offered Walesa an apology": both read as dobj.
    words = ["Kohl", "offered", "Walesa", "an", "apology", "."]
    heads = [1, 1, 1, 4, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "det", "dobj", "punct"]
    lemmas = ["Kohl", "offer", "Walesa", "an", "apology", "."]
    pos = ["PROPN", "VERB", "PROPN", "DET", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos)
    assert first_of_two_objects_as_dative(doc[:])
    assert doc[2].dep_ == "dative" and doc[4].dep_ == "dobj"


def test_a_verb_that_gives_nothing_is_left_alone(hand_parsed):
    # "Kohl called Walesa a traitor" (a predicate the model may also misread): no verb of giving.
    words = ["Kohl", "called", "Walesa", "a", "traitor", "."]
    heads = [1, 1, 1, 4, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "det", "dobj", "punct"]
    lemmas = ["Kohl", "call", "Walesa", "a", "traitor", "."]
    pos = ["PROPN", "VERB", "PROPN", "DET", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos)
    assert not first_of_two_objects_as_dative(doc[:])
    assert doc[2].dep_ == "dobj"


def test_one_object_is_left_alone(hand_parsed):
    # "Bonn offered an apology": a single object.
    words = ["Bonn", "offered", "an", "apology", "."]
    heads = [1, 1, 3, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct"]
    lemmas = ["Bonn", "offer", "an", "apology", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos)
    assert not first_of_two_objects_as_dative(doc[:])
    assert doc[3].dep_ == "dobj"
