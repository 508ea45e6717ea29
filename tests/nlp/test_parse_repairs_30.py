"""The thirtieth session's parse repair, on hand-built parses: a condition the model hung as the
governing verb's object ("threatened ... if Accra re-exported the crude to Togo"), and the phrase
it left on that verb right after the clause."""

from __future__ import annotations

from accord.nlp.parse_repairs import condition_read_as_complement


def test_a_condition_read_as_the_object_is_adverbial_and_keeps_its_phrase(hand_parsed):
    # "Oslo threatened to halt sales if Riga resold the fuel to Minsk ."
    doc = hand_parsed(["Oslo", "threatened", "to", "halt", "sales", "if", "Riga", "resold", "the", "fuel", "to",
                       "Minsk", "."],
                      [1, 1, 3, 1, 3, 7, 7, 1, 9, 7, 1, 10, 1],
                      ["nsubj", "ROOT", "aux", "xcomp", "dobj", "mark", "nsubj", "dobj", "det", "dobj", "prep",
                       "pobj", "punct"],
                      ["Oslo", "threaten", "to", "halt", "sale", "if", "Riga", "resell", "the", "fuel", "to",
                       "Minsk", "."],
                      ["PROPN", "VERB", "PART", "VERB", "NOUN", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "ADP",
                       "PROPN", "PUNCT"],
                      ["NNP", "VBD", "TO", "VB", "NNS", "IN", "NNP", "VBD", "DT", "NN", "IN", "NNP", "."])
    assert condition_read_as_complement(doc[:])
    assert (doc[7].head.i, doc[7].dep_) == (1, "advcl")
    assert (doc[10].head.i, doc[10].dep_) == (7, "prep")  # "to Minsk" is where the fuel was resold


def test_an_object_clause_without_a_condition_stays(hand_parsed):
    # "Oslo said Riga resold the fuel to Minsk ." (no "if": the parse is left as it is)
    doc = hand_parsed(["Oslo", "said", "Riga", "resold", "the", "fuel", "to", "Minsk", "."],
                      [1, 1, 3, 1, 5, 3, 1, 6, 1],
                      ["nsubj", "ROOT", "nsubj", "dobj", "det", "dobj", "prep", "pobj", "punct"],
                      ["Oslo", "say", "Riga", "resell", "the", "fuel", "to", "Minsk", "."],
                      ["PROPN", "VERB", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                      ["NNP", "VBD", "NNP", "VBD", "DT", "NN", "IN", "NNP", "."])
    assert not condition_read_as_complement(doc[:])
    assert (doc[3].dep_, doc[6].head.i) == ("dobj", 1)


def test_a_phrase_after_a_comma_stays_on_the_verb(hand_parsed):
    # "Oslo threatened to halt sales if Riga objected , in a note ." ("in a note" is not right after)
    doc = hand_parsed(["Oslo", "threatened", "to", "halt", "sales", "if", "Riga", "objected", ",", "in", "a", "note",
                       "."],
                      [1, 1, 3, 1, 3, 7, 7, 1, 1, 1, 11, 9, 1],
                      ["nsubj", "ROOT", "aux", "xcomp", "dobj", "mark", "nsubj", "dobj", "punct", "prep", "det",
                       "pobj", "punct"],
                      ["Oslo", "threaten", "to", "halt", "sale", "if", "Riga", "object", ",", "in", "a", "note", "."],
                      ["PROPN", "VERB", "PART", "VERB", "NOUN", "SCONJ", "PROPN", "VERB", "PUNCT", "ADP", "DET",
                       "NOUN", "PUNCT"],
                      ["NNP", "VBD", "TO", "VB", "NNS", "IN", "NNP", "VBD", ",", "IN", "DT", "NN", "."])
    assert condition_read_as_complement(doc[:])
    assert doc[7].dep_ == "advcl"
    assert doc[9].head.i == 1
