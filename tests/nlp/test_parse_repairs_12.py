"""Parse repairs, round 12: a subject before a weekday, a charge after a passive's agent, a body's
name in capitals read as a verb, and the rebutted charge read as the rebutting verb's subject."""

from __future__ import annotations

import pytest

from accord.nlp.parse_repairs import (
    free_acronym_subject,
    free_subject_before_weekday,
    reattach_charge_after_agent,
    reattach_rebutted_charge_as_subject,
)


def _events(code_text, text):
    return code_text(text)["events"]


def _codes(event, side):
    return [a["code"] for a in event[side]]


@pytest.mark.parametrize("text, cameo_root, dyad", [
    # The weekday between subject and verb: the model made the subject the weekday's compound.
    ("Morocco Monday recalled its ambassador from Algeria.", "16", ("MAR", "DZA")),
    ("Ukraine Monday accused Russia of sending tanks across the border.", "11", ("UKR", "RUS")),
    ("Peru Thursday broke off diplomatic relations with Venezuela.", "16", ("PER", "VEN")),
    ("Nepal Saturday accused India of blocking fuel shipments.", "11", ("NPL", "IND")),
    ("Kenya Friday deported a Ugandan opposition leader.", "17", ("KEN", "UGA")),
    # A body's name in capitals opening the sentence, read as a verb.
    ("IGAD imposed sanctions on Eritrea.", "16", ("IGOIAD", "ERI")),
    ("ECOWAS imposed sanctions on Togo.", "16", ("IGOWAS", "TGO")),
])
def test_the_repaired_subject_acts(code_text, text, cameo_root, dyad):
    events = [e for e in _events(code_text, text) if e["cameo"].startswith(cameo_root)]
    assert events, text
    assert (_codes(events[0], "actor")[0], _codes(events[0], "recipient")[0]) == dyad


@pytest.mark.parametrize("text, accusers, accused, bystander", [
    ("Eritrea has been accused by U.N. monitors of arming al Shabaab fighters in Somalia.", "IGOUNO", "ERI", "SOMSHB"),
    ("Chad was accused by U.N. investigators of backing Seleka rebels in the Central African Republic.",
     "IGOUNO", "TCD", "CAFSEL"),
])
def test_those_the_accused_is_said_to_back_do_not_join_the_accusers(code_text, text, accusers, accused, bystander):
    events = [e for e in _events(code_text, text) if e["cameo"].startswith("112")]
    assert events, text
    assert _codes(events[0], "actor") == [accusers]
    assert _codes(events[0], "recipient")[0] == accused
    assert bystander not in _codes(events[0], "actor")


@pytest.mark.parametrize("text, dyad", [
    ("Kinshasa accuses Kigali of backing the rebels, a charge Rwanda has always denied.", ("COD", "RWA")),
    ("Libya accused Egypt of meddling in its affairs, a charge Cairo has strongly rejected.", ("LBY", "EGY")),
])
def test_a_charge_always_denied_still_stands(code_text, text, dyad):
    events = [e for e in _events(code_text, text) if e["cameo"].startswith("112")]
    assert events, text
    assert (_codes(events[0], "actor")[0], _codes(events[0], "recipient")[0]) == dyad
    assert not events[0]["modality"]["negated"]


def test_the_subject_before_a_weekday_becomes_the_verbs_subject(hand_parsed):
    # The misreading: "Malta" a compound of "Friday", "Friday" the verb's adverb, no subject.
    words = ["Malta", "Friday", "expelled", "two", "diplomats", "."]
    heads = [1, 2, 2, 4, 2, 2]
    deps = ["compound", "npadvmod", "ROOT", "nummod", "dobj", "punct"]
    lemmas = ["Malta", "Friday", "expel", "two", "diplomat", "."]
    tags = ["NNP", "NNP", "VBD", "CD", "NNS", "."]
    pos = ["PROPN", "PROPN", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert free_subject_before_weekday(doc[:])
    assert doc[0].head.i == 2 and doc[0].dep_ == "nsubj"
    assert doc[1].head.i == 2 and doc[1].dep_ == "npadvmod"


def test_a_weekday_after_a_subject_already_read_is_left_alone(hand_parsed):
    # "Malta Airlines Friday cancelled flights": "Airlines" is the subject; "Malta" its compound.
    words = ["Malta", "Airlines", "Friday", "cancelled", "flights", "."]
    heads = [1, 3, 3, 3, 3, 3]
    deps = ["compound", "nsubj", "npadvmod", "ROOT", "dobj", "punct"]
    lemmas = ["Malta", "Airlines", "Friday", "cancel", "flight", "."]
    tags = ["NNP", "NNPS", "NNP", "VBD", "NNS", "."]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not free_subject_before_weekday(doc[:])
    assert doc[0].head.i == 1 and doc[1].dep_ == "nsubj"


def test_a_charge_hung_on_the_agent_goes_back_to_the_verb(hand_parsed):
    # "Fiji was accused by U.N. experts of arming militias": "of" on "experts".
    words = ["Fiji", "was", "accused", "by", "U.N.", "experts", "of", "arming", "militias", "."]
    heads = [2, 2, 2, 2, 5, 3, 5, 6, 7, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "prep", "pcomp", "dobj", "punct"]
    lemmas = ["Fiji", "be", "accuse", "by", "U.N.", "expert", "of", "arm", "militia", "."]
    tags = ["NNP", "VBD", "VBN", "IN", "NNP", "NNS", "IN", "VBG", "NNS", "."]
    pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "NOUN", "ADP", "VERB", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert reattach_charge_after_agent(doc[:])
    assert doc[6].head.i == 2


def test_a_gerund_read_as_an_adjective_becomes_the_charge(hand_parsed):
    # "... by rights groups of burning villages": "burning" an adjective of "villages".
    words = ["Tonga", "was", "accused", "by", "rights", "groups", "of", "burning", "villages", "."]
    heads = [2, 2, 2, 2, 5, 3, 5, 8, 6, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "prep", "amod", "pobj", "punct"]
    lemmas = ["Tonga", "be", "accuse", "by", "right", "group", "of", "burn", "village", "."]
    tags = ["NNP", "VBD", "VBN", "IN", "NNS", "NNS", "IN", "VBG", "NNS", "."]
    pos = ["PROPN", "AUX", "VERB", "ADP", "NOUN", "NOUN", "ADP", "VERB", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert reattach_charge_after_agent(doc[:])
    assert doc[6].head.i == 2
    assert doc[7].head.i == 6 and doc[7].dep_ == "pcomp"
    assert doc[8].head.i == 7 and doc[8].dep_ == "dobj"


def test_a_name_with_of_after_the_agent_is_left_alone(hand_parsed):
    # "... by the Organization of American States": "of" + a name is part of the agent.
    words = ["Peru", "was", "criticised", "by", "the", "Organization", "of", "American", "States", "."]
    heads = [2, 2, 2, 2, 5, 3, 5, 8, 6, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "prep", "compound", "pobj", "punct"]
    lemmas = ["Peru", "be", "criticise", "by", "the", "Organization", "of", "American", "States", "."]
    tags = ["NNP", "VBD", "VBN", "IN", "DT", "NNP", "IN", "NNP", "NNPS", "."]
    pos = ["PROPN", "AUX", "VERB", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not reattach_charge_after_agent(doc[:])
    assert doc[6].head.i == 5


def test_capitals_read_as_an_auxiliary_become_the_subject(hand_parsed):
    words = ["SICA", "condemned", "the", "coup", "."]
    heads = [1, 1, 3, 1, 1]
    deps = ["aux", "ROOT", "det", "dobj", "punct"]
    lemmas = ["SICA", "condemn", "the", "coup", "."]
    tags = ["VB", "VBN", "DT", "NN", "."]
    pos = ["AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert free_acronym_subject(doc[:])
    assert doc[0].dep_ == "nsubj" and doc[0].pos_ == "PROPN"
    assert doc[1].tag_ == "VBD"


def test_capitals_read_as_the_root_give_the_root_to_the_verb(hand_parsed):
    # "SICA lifted sanctions ...": "SICA" the root, "lifted" an adjective of "sanctions".
    words = ["SICA", "lifted", "sanctions", "on", "Belize", "."]
    heads = [0, 2, 0, 2, 3, 0]
    deps = ["ROOT", "amod", "dobj", "prep", "pobj", "punct"]
    lemmas = ["SICA", "lift", "sanction", "on", "Belize", "."]
    tags = ["VBG", "VBD", "NNS", "IN", "NNP", "."]
    pos = ["VERB", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert free_acronym_subject(doc[:])
    assert doc[1].dep_ == "ROOT" and doc[1].head.i == 1
    assert doc[0].head.i == 1 and doc[0].dep_ == "nsubj"
    assert doc[2].head.i == 1 and doc[2].dep_ == "dobj"
    assert doc[5].head.i == 1


def test_capitals_before_a_participle_under_a_real_verb_are_left_alone(hand_parsed):
    # "ANC elected officials resigned": the sentence has its verb; "elected" is an adjective.
    words = ["ANC", "elected", "officials", "resigned", "."]
    heads = [2, 2, 3, 3, 3]
    deps = ["compound", "amod", "nsubj", "ROOT", "punct"]
    lemmas = ["ANC", "elect", "official", "resign", "."]
    tags = ["NNP", "VBN", "NNS", "VBD", "."]
    pos = ["PROPN", "VERB", "NOUN", "VERB", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not free_acronym_subject(doc[:])
    assert doc[3].dep_ == "ROOT"


def test_the_charge_read_as_the_denials_subject_is_repaired(hand_parsed):
    # "Oslo accused Minsk of spying, a charge Belarus has always denied": "charge" the subject of
    # "denied", "Belarus" its apposition, the accusation the root's clause.
    words = ["Oslo", "accused", "Minsk", "of", "spying", ",", "a", "charge", "Belarus", "has", "always",
             "denied", "."]
    heads = [1, 11, 1, 1, 3, 11, 7, 11, 7, 11, 11, 11, 11]
    deps = ["nsubj", "ccomp", "dobj", "prep", "pcomp", "punct", "det", "nsubj", "appos", "aux", "advmod",
            "ROOT", "punct"]
    lemmas = ["Oslo", "accuse", "Minsk", "of", "spy", ",", "a", "charge", "Belarus", "have", "always",
              "deny", "."]
    tags = ["NNP", "VBD", "NNP", "IN", "VBG", ",", "DT", "NN", "NNP", "VBZ", "RB", "VBN", "."]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "VERB", "PUNCT", "DET", "NOUN", "PROPN", "AUX", "ADV", "VERB",
           "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert reattach_rebutted_charge_as_subject(doc[:])
    assert doc[1].dep_ == "ROOT" and doc[1].head.i == 1
    assert doc[11].dep_ == "relcl" and doc[11].head.i == 7
    assert doc[8].head.i == 11 and doc[8].dep_ == "nsubj"
    assert doc[7].head.i == 1
    assert doc[12].head.i == 1 and doc[5].head.i == 1


def test_a_charge_that_is_the_subject_of_a_plain_denial_is_left_alone(hand_parsed):
    # "Belarus has always denied the charge": the charge is the object, no accusation before it.
    words = ["Belarus", "has", "always", "denied", "the", "charge", "."]
    heads = [3, 3, 3, 3, 5, 3, 3]
    deps = ["nsubj", "aux", "advmod", "ROOT", "det", "dobj", "punct"]
    lemmas = ["Belarus", "have", "always", "deny", "the", "charge", "."]
    tags = ["NNP", "VBZ", "RB", "VBN", "DT", "NN", "."]
    pos = ["PROPN", "AUX", "ADV", "VERB", "DET", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not reattach_rebutted_charge_as_subject(doc[:])
    assert doc[3].dep_ == "ROOT"


def test_a_weekday_after_its_verb_is_left_alone(hand_parsed):
    # "Speaking to Radio Malta Monday, ...": the weekday follows the verb it modifies.
    words = ["Speaking", "to", "Radio", "Malta", "Monday", ",", "Vella", "warned", "Libya", "."]
    heads = [7, 0, 3, 4, 0, 7, 7, 7, 7, 7]
    deps = ["advcl", "prep", "compound", "compound", "npadvmod", "punct", "nsubj", "ROOT", "dobj", "punct"]
    lemmas = ["speak", "to", "Radio", "Malta", "Monday", ",", "Vella", "warn", "Libya", "."]
    tags = ["VBG", "IN", "NNP", "NNP", "NNP", ",", "NNP", "VBD", "NNP", "."]
    pos = ["VERB", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos, tags)
    assert not free_subject_before_weekday(doc[:])
    assert doc[3].head.i == 4 and doc[6].dep_ == "nsubj"
