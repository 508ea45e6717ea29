"""The twenty-ninth session's parse repairs (wire_dev_16) on hand-built parses: a weapon kind
read as a verb ("attack helicopters"), a gerund hung as an adverbial clause right after a
particle ("ruled out easing"), and an "as" phrase hung on the object's participle of a verb of
using ("used villagers trapped in X as human shields"); each with a look-alike left alone."""

from __future__ import annotations

from accord.nlp.parse_repairs import (
    gerund_after_particle_as_complement,
    role_phrase_on_object_participle,
    weapon_kind_read_as_verb,
)


def test_attack_before_helicopters_in_a_list_becomes_a_compound(hand_parsed):
    # "Norway halted sales of tanks and attack helicopters": "attack" a verb conjoined to "tanks".
    words = ["Norway", "halted", "sales", "of", "tanks", "and", "attack", "helicopters", "."]
    heads = [1, 1, 1, 2, 3, 4, 4, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "dobj", "punct"]
    lemmas = ["Norway", "halt", "sale", "of", "tank", "and", "attack", "helicopter", "."]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos)
    assert weapon_kind_read_as_verb(doc[:])
    assert doc[6].pos_ == "NOUN" and doc[6].dep_ == "compound" and doc[6].head.i == 7
    assert doc[7].dep_ == "conj" and doc[7].head.i == 4


def test_an_attack_with_its_own_subject_is_left_alone(hand_parsed):
    # "Rebels attack helicopters": a subject makes it a verb.
    words = ["rebels", "attack", "helicopters", "."]
    heads = [1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct"]
    lemmas = ["rebel", "attack", "helicopter", "."]
    pos = ["NOUN", "VERB", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos)
    assert not weapon_kind_read_as_verb(doc[:])
    assert doc[1].pos_ == "VERB"


def test_a_gerund_after_the_particle_becomes_the_complement(hand_parsed):
    # "Paris ruled out lifting the ban": "lifting" hung as an adverbial clause.
    words = ["Paris", "ruled", "out", "lifting", "the", "ban", "."]
    heads = [1, 1, 1, 1, 5, 3, 1]
    deps = ["nsubj", "ROOT", "prt", "advcl", "det", "dobj", "punct"]
    lemmas = ["Paris", "rule", "out", "lift", "the", "ban", "."]
    pos = ["PROPN", "VERB", "ADP", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "RP", "VBG", "DT", "NN", "."]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert gerund_after_particle_as_complement(doc[:])
    assert doc[3].dep_ == "xcomp" and doc[3].head.i == 1


def test_a_participle_after_a_comma_is_left_alone(hand_parsed):
    # "Paris ruled out talks, saying ...": the participle is no complement.
    words = ["Paris", "ruled", "out", ",", "saying", "no", "."]
    heads = [1, 1, 1, 1, 1, 4, 1]
    deps = ["nsubj", "ROOT", "prt", "punct", "advcl", "dobj", "punct"]
    lemmas = ["Paris", "rule", "out", ",", "say", "no", "."]
    pos = ["PROPN", "VERB", "ADP", "PUNCT", "VERB", "DET", "PUNCT"]
    tags = ["NNP", "VBD", "RP", ",", "VBG", "DT", "."]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not gerund_after_particle_as_complement(doc[:])
    assert doc[4].dep_ == "advcl"


def test_the_as_phrase_on_the_objects_participle_moves_to_the_verb(hand_parsed):
    # "militants used villagers trapped in Marja as shields"
    words = ["militants", "used", "villagers", "trapped", "in", "Marja", "as", "shields", "."]
    heads = [1, 1, 1, 2, 3, 4, 3, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "acl", "prep", "pobj", "prep", "pobj", "punct"]
    lemmas = ["militant", "use", "villager", "trap", "in", "Marja", "as", "shield", "."]
    pos = ["NOUN", "VERB", "NOUN", "VERB", "ADP", "PROPN", "ADP", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "NNS", "VBN", "IN", "NNP", "IN", "NNS", "."]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert role_phrase_on_object_participle(doc[:])
    assert doc[6].head.i == 1 and doc[6].dep_ == "prep"


def test_an_as_phrase_of_another_verb_is_left_alone(hand_parsed):
    # "officials praised villagers trapped in Marja as heroes": "praise" is no verb of using.
    words = ["officials", "praised", "villagers", "trapped", "in", "Marja", "as", "heroes", "."]
    heads = [1, 1, 1, 2, 3, 4, 3, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "acl", "prep", "pobj", "prep", "pobj", "punct"]
    lemmas = ["official", "praise", "villager", "trap", "in", "Marja", "as", "hero", "."]
    pos = ["NOUN", "VERB", "NOUN", "VERB", "ADP", "PROPN", "ADP", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "NNS", "VBN", "IN", "NNP", "IN", "NNS", "."]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not role_phrase_on_object_participle(doc[:])
    assert doc[6].head.i == 3
