"""A finite verb the model reads as a participle on its own subject, with the infinitive after it
given that subject ("The leader of the party called on the minister to resign, aides said"),
takes back the clause."""

from __future__ import annotations

from accord.nlp.parse_repairs import finite_verb_read_as_participle

# "The chief of the union called on Lima to quit, aides said": the model's misreading, by hand.
WORDS = ["The", "chief", "of", "the", "union", "called", "on", "Lima", "to", "quit", ",", "aides", "said", "."]
LEMMAS = ["the", "chief", "of", "the", "union", "call", "on", "Lima", "to", "quit", ",", "aide", "say", "."]
POS = ["DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "VERB", "PUNCT", "NOUN", "VERB",
       "PUNCT"]
TAGS = ["DT", "NN", "IN", "DT", "NN", "VBN", "IN", "NNP", "TO", "VB", ",", "NNS", "VBD", "."]


def test_the_participle_takes_back_the_clause(hand_parsed):
    heads = [1, 9, 1, 4, 2, 1, 5, 6, 9, 12, 12, 12, 12, 12]
    deps = ["det", "nsubj", "prep", "det", "pobj", "acl", "prep", "pobj", "aux", "ccomp", "punct", "nsubj", "ROOT",
            "punct"]
    doc = hand_parsed(WORDS, heads, deps, LEMMAS, POS, TAGS)
    assert finite_verb_read_as_participle(doc[:])
    called, quit_ = doc[5], doc[9]
    assert (called.head.i, called.dep_) == (12, "ccomp")
    assert (doc[1].head.i, doc[1].dep_) == (5, "nsubj")
    assert (quit_.head.i, quit_.dep_) == (5, "xcomp")


def test_a_true_participle_stays(hand_parsed):
    # "The soldiers ordered home were told to wait": the infinitive has no subject of its own
    words = ["The", "soldiers", "ordered", "home", "were", "told", "to", "wait", "."]
    doc = hand_parsed(words, [1, 5, 1, 2, 5, 5, 7, 5, 5],
                      ["det", "nsubjpass", "acl", "advmod", "auxpass", "ROOT", "aux", "xcomp", "punct"],
                      ["the", "soldier", "order", "home", "be", "tell", "to", "wait", "."],
                      ["DET", "NOUN", "VERB", "ADV", "AUX", "VERB", "PART", "VERB", "PUNCT"],
                      ["DT", "NNS", "VBN", "RB", "VBD", "VBN", "TO", "VB", "."])
    assert not finite_verb_read_as_participle(doc[:])
