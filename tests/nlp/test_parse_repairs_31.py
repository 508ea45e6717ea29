"""The thirty-first session's parse repair (wire_dev_18) on hand-built parses: "A mob hacked to
death ten people, police said", where the model hangs "hacked" on "mob" as a participle, reads the
victims as a conjunct of the mob and gives "said" two subjects; with look-alikes left alone."""

from __future__ import annotations

from accord.nlp.parse_repairs import finite_verb_read_as_participle_before_source


def test_a_killing_to_death_is_the_clause_said_and_its_victims_the_object(hand_parsed):
    # "Mob hacked to death ten people , police said ."
    doc = hand_parsed(["Mob", "hacked", "to", "death", "ten", "people", ",", "police", "said", "."],
                      [8, 0, 1, 2, 5, 0, 8, 8, 8, 8],
                      ["nsubj", "acl", "prep", "pobj", "nummod", "conj", "punct", "nsubj", "ROOT", "punct"],
                      ["mob", "hack", "to", "death", "ten", "people", ",", "police", "say", "."],
                      ["NOUN", "VERB", "ADP", "NOUN", "NUM", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                      ["NN", "VBN", "IN", "NN", "CD", "NNS", ",", "NNS", "VBD", "."])
    assert finite_verb_read_as_participle_before_source(doc[:])
    assert (doc[1].head.i, doc[1].dep_) == (8, "ccomp")
    assert (doc[0].head.i, doc[0].dep_) == (1, "nsubj")
    assert (doc[5].head.i, doc[5].dep_) == (1, "dobj")


def test_a_participle_without_to_death_and_nothing_of_its_own_stays(hand_parsed):
    # "Mob gathered outside and people , police said .": no "to death", no object or particle
    doc = hand_parsed(["Mob", "gathered", "outside", "and", "people", ",", "police", "said", "."],
                      [7, 0, 1, 0, 0, 7, 7, 7, 7],
                      ["nsubj", "acl", "advmod", "cc", "conj", "punct", "nsubj", "ROOT", "punct"],
                      ["mob", "gather", "outside", "and", "people", ",", "police", "say", "."],
                      ["NOUN", "VERB", "ADV", "CCONJ", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                      ["NN", "VBN", "RB", "CC", "NNS", ",", "NNS", "VBD", "."])
    assert not finite_verb_read_as_participle_before_source(doc[:])
    assert (doc[1].head.i, doc[1].dep_) == (0, "acl")
    assert (doc[4].head.i, doc[4].dep_) == (0, "conj")


def test_a_killing_with_its_own_object_keeps_the_conjunct(hand_parsed):
    # "Mob beat him to death and others , police said .": the participle has an object already,
    # so the conjunct after it is not moved.
    doc = hand_parsed(["Mob", "beat", "him", "to", "death", "and", "others", ",", "police", "said", "."],
                      [9, 0, 1, 1, 3, 0, 0, 9, 9, 9, 9],
                      ["nsubj", "acl", "dobj", "prep", "pobj", "cc", "conj", "punct", "nsubj", "ROOT", "punct"],
                      ["mob", "beat", "he", "to", "death", "and", "other", ",", "police", "say", "."],
                      ["NOUN", "VERB", "PRON", "ADP", "NOUN", "CCONJ", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                      ["NN", "VBN", "PRP", "IN", "NN", "CC", "NNS", ",", "NNS", "VBD", "."])
    assert finite_verb_read_as_participle_before_source(doc[:])
    assert (doc[1].head.i, doc[1].dep_) == (9, "ccomp")
    assert (doc[2].head.i, doc[2].dep_) == (1, "dobj")
    assert (doc[6].head.i, doc[6].dep_) == (0, "conj")
