"""A bare verb in the that-clause of a verb of demanding, read by the model as an adjective of its
object ("demanded that Baku free Armenian prisoners"), becomes the clause's verb."""

from __future__ import annotations

from accord.nlp.parse_repairs import subjunctive_read_as_adjective

# "Yerevan demanded that Baku free Armenian captives": the model's misreading, by hand (the
# captives hung on "that", "free" an adjective of them).
WORDS = ["Yerevan", "demanded", "that", "Baku", "free", "Armenian", "captives", "."]
LEMMAS = ["Yerevan", "demand", "that", "Baku", "free", "armenian", "captive", "."]
POS = ["PROPN", "VERB", "SCONJ", "PROPN", "ADJ", "ADJ", "NOUN", "PUNCT"]
TAGS = ["NNP", "VBD", "IN", "NNP", "JJ", "JJ", "NNS", "."]


def test_the_bare_verb_takes_its_clause(hand_parsed):
    heads = [1, 1, 1, 6, 6, 6, 2, 1]
    deps = ["nsubj", "ROOT", "mark", "nmod", "amod", "amod", "prep", "punct"]
    doc = hand_parsed(WORDS, heads, deps, LEMMAS, POS, TAGS)
    assert subjunctive_read_as_adjective(doc[:])
    free = doc[4]
    assert (free.pos_, free.head.i, free.dep_) == ("VERB", 1, "ccomp")
    assert {(c.i, c.dep_) for c in free.children} >= {(2, "mark"), (3, "nsubj"), (6, "dobj")}


def test_no_verb_of_demanding_or_a_noun_with_its_own_verb_stay(hand_parsed):
    # "Yerevan said that Baku free Armenian captives": "say" takes no bare verb
    words = ["Yerevan", "said", "that", "Baku", "free", "Armenian", "captives", "."]
    lemmas = ["Yerevan", "say", "that", "Baku", "free", "armenian", "captive", "."]
    doc = hand_parsed(words, [1, 1, 1, 6, 6, 6, 2, 1], ["nsubj", "ROOT", "mark", "nmod", "amod", "amod", "prep", "punct"],
                      lemmas, POS, TAGS)
    assert not subjunctive_read_as_adjective(doc[:])
    # "Moscow demanded that Tbilisi free speech be curbed": the speech has its own verb
    words = ["Moscow", "demanded", "that", "Tbilisi", "free", "speech", "be", "curbed", "."]
    doc = hand_parsed(words, [1, 1, 7, 5, 5, 7, 7, 1, 1],
                      ["nsubj", "ROOT", "mark", "compound", "amod", "nsubjpass", "auxpass", "ccomp", "punct"],
                      ["Moscow", "demand", "that", "Tbilisi", "free", "speech", "be", "curb", "."],
                      ["PROPN", "VERB", "SCONJ", "PROPN", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"],
                      ["NNP", "VBD", "IN", "NNP", "JJ", "NN", "VB", "VBN", "."])
    assert not subjunctive_read_as_adjective(doc[:])
