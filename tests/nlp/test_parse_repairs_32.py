"""The thirty-second session's parse repairs (wire_dev_19) on hand-built parses: a "to" phrase hung
on the topic of what is handed over, a clause of time made the root, a name particle read as a
verb ("dos Santos"), a second subject joined by "and" and "as mediator in ceasefire talks" read as a
clause; with look-alikes left alone."""

from __future__ import annotations

from spacy.tokens import Span

from accord.nlp.parse_repairs import (
    conjunct_read_as_second_subject,
    name_particle_read_as_verb,
    recipient_hung_on_topic,
    talks_read_as_verb_after_role,
    time_clause_read_as_main,
)


def _passed(hand_parsed, last: str, last_pos: str, last_tag: str, label: str | None):
    # "Britain passed intelligence on movements to LAST ."
    doc = hand_parsed(["Britain", "passed", "intelligence", "on", "movements", "to", last, "."],
                      [1, 1, 1, 1, 3, 4, 5, 1],
                      ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                      ["Britain", "pass", "intelligence", "on", "movement", "to", last, "."],
                      ["PROPN", "VERB", "NOUN", "ADP", "NOUN", "ADP", last_pos, "PUNCT"],
                      ["NNP", "VBD", "NN", "IN", "NNS", "IN", last_tag, "."])
    if label is not None:
        doc.ents = [Span(doc, 6, 7, label=label)]
    return doc


def test_a_named_state_after_the_topic_is_whom_it_was_passed_to(hand_parsed):
    doc = _passed(hand_parsed, "Chile", "PROPN", "NNP", "GPE")
    assert recipient_hung_on_topic(doc[:])
    assert (doc[5].head.i, doc[5].dep_) == (1, "prep")


def test_a_common_noun_after_the_topic_stays_on_it(hand_parsed):
    # "passed intelligence on movements to the front": where the movements go, not a recipient
    doc = _passed(hand_parsed, "front", "NOUN", "NN", None)
    assert not recipient_hung_on_topic(doc[:])
    assert doc[5].head.i == 4


def test_a_clause_of_time_made_root_gives_the_root_back(hand_parsed):
    # "Junta closed paper , day after Congress approved aid ."
    doc = hand_parsed(["Junta", "closed", "paper", ",", "day", "after", "Congress", "approved", "aid", "."],
                      [1, 7, 1, 7, 7, 7, 7, 7, 7, 7],
                      ["nsubj", "ccomp", "dobj", "punct", "npadvmod", "mark", "nsubj", "ROOT", "dobj", "punct"],
                      ["junta", "close", "paper", ",", "day", "after", "Congress", "approve", "aid", "."],
                      ["NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "SCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
                      ["NN", "VBD", "NN", ",", "NN", "IN", "NNP", "VBD", "NN", "."])
    assert time_clause_read_as_main(doc[:])
    assert (doc[1].head.i, doc[1].dep_) == (1, "ROOT")
    assert (doc[7].head.i, doc[7].dep_) == (1, "advcl")
    assert doc[9].head.i == 1


def test_a_reported_clause_under_a_verb_of_saying_stays(hand_parsed):
    # "Junta closed paper , officials said .": a root with no mark of time is left alone
    doc = hand_parsed(["Junta", "closed", "paper", ",", "officials", "said", "."],
                      [1, 5, 1, 5, 5, 5, 5],
                      ["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct"],
                      ["junta", "close", "paper", ",", "official", "say", "."],
                      ["NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                      ["NN", "VBD", "NN", ",", "NNS", "VBD", "."])
    assert not time_clause_read_as_main(doc[:])
    assert (doc[5].head.i, doc[5].dep_) == (5, "ROOT")


def test_a_name_particle_read_as_verb_joins_the_name(hand_parsed):
    # "Eduardo dos Santos signed accord , agency said ."
    doc = hand_parsed(["Eduardo", "dos", "Santos", "signed", "accord", ",", "agency", "said", "."],
                      [1, 7, 3, 1, 3, 7, 7, 7, 7],
                      ["nsubj", "ccomp", "nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct"],
                      ["Eduardo", "do", "Santos", "sign", "accord", ",", "agency", "say", "."],
                      ["PROPN", "VERB", "PROPN", "VERB", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                      ["NNP", "VBZ", "NNP", "VBD", "NN", ",", "NN", "VBD", "."])
    assert name_particle_read_as_verb(doc[:])
    assert (doc[0].head.i, doc[0].dep_) == (2, "compound")
    assert (doc[1].head.i, doc[1].dep_, doc[1].pos_) == (2, "compound", "PROPN")
    assert (doc[3].head.i, doc[3].dep_) == (7, "ccomp")
    assert (doc[2].head.i, doc[2].dep_) == (3, "nsubj")


def test_a_lower_case_verb_between_common_nouns_stays(hand_parsed):
    # "officials do talks ." : no name on either side
    doc = hand_parsed(["officials", "do", "talks", "."],
                      [1, 1, 1, 1],
                      ["nsubj", "ROOT", "dobj", "punct"],
                      ["official", "do", "talk", "."],
                      ["NOUN", "VERB", "NOUN", "PUNCT"],
                      ["NNS", "VBP", "NNS", "."])
    assert not name_particle_read_as_verb(doc[:])
    assert doc[1].pos_ == "VERB"


def test_a_second_subject_after_and_is_a_conjunct(hand_parsed):
    # "Santos and Savimbi signed accord ."
    doc = hand_parsed(["Santos", "and", "Savimbi", "signed", "accord", "."],
                      [3, 0, 3, 3, 3, 3],
                      ["nsubj", "cc", "nsubj", "ROOT", "dobj", "punct"],
                      ["Santos", "and", "Savimbi", "sign", "accord", "."],
                      ["PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
                      ["NNP", "CC", "NNP", "VBD", "NN", "."])
    assert conjunct_read_as_second_subject(doc[:])
    assert (doc[2].head.i, doc[2].dep_) == (0, "conj")


def test_two_subjects_without_and_between_stay(hand_parsed):
    # "Santos , Savimbi signed accord ."
    doc = hand_parsed(["Santos", ",", "Savimbi", "signed", "accord", "."],
                      [3, 0, 3, 3, 3, 3],
                      ["nsubj", "punct", "nsubj", "ROOT", "dobj", "punct"],
                      ["Santos", ",", "Savimbi", "sign", "accord", "."],
                      ["PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"],
                      ["NNP", ",", "NNP", "VBD", "NN", "."])
    assert not conjunct_read_as_second_subject(doc[:])
    assert (doc[2].head.i, doc[2].dep_) == (3, "nsubj")


def test_talks_after_a_role_read_as_a_clause_is_the_roles_phrase(hand_parsed):
    # "Government accepted bishop as mediator in ceasefire talks with rebels ."
    doc = hand_parsed(["Government", "accepted", "bishop", "as", "mediator", "in", "ceasefire", "talks", "with",
                       "rebels", "."],
                      [1, 1, 1, 7, 7, 4, 5, 1, 7, 8, 1],
                      ["nsubj", "ROOT", "dobj", "mark", "nsubj", "prep", "pobj", "advcl", "prep", "pobj", "punct"],
                      ["government", "accept", "bishop", "as", "mediator", "in", "ceasefire", "talk", "with",
                       "rebel", "."],
                      ["NOUN", "VERB", "NOUN", "SCONJ", "NOUN", "ADP", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
                      ["NN", "VBD", "NN", "IN", "NN", "IN", "NN", "VBZ", "IN", "NNS", "."])
    assert talks_read_as_verb_after_role(doc[:])
    assert (doc[3].head.i, doc[3].dep_) == (1, "prep")
    assert (doc[4].head.i, doc[4].dep_) == (3, "pobj")
    assert (doc[7].head.i, doc[7].dep_, doc[7].pos_) == (5, "pobj", "NOUN")
    assert (doc[6].head.i, doc[6].dep_) == (7, "compound")


def test_talks_as_a_verb_of_its_own_subject_stays(hand_parsed):
    # "As Mandela talks with Botha , police wait .": a real clause, no role's phrase before "talks"
    doc = hand_parsed(["As", "Mandela", "talks", "with", "Botha", ",", "police", "wait", "."],
                      [2, 2, 7, 2, 3, 7, 7, 7, 7],
                      ["mark", "nsubj", "advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
                      ["as", "Mandela", "talk", "with", "Botha", ",", "police", "wait", "."],
                      ["SCONJ", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                      ["IN", "NNP", "VBZ", "IN", "NNP", ",", "NNS", "VBP", "."])
    assert not talks_read_as_verb_after_role(doc[:])
    assert (doc[2].head.i, doc[2].dep_, doc[2].pos_) == (7, "advcl", "VERB")
