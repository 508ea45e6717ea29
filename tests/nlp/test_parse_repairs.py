"""A charge set off after an accusation and turned down by the accused ("…, a charge Iran
denies") is not a denial of the accusation: the writer asserts the accusation, and it is not
the accused's speech."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from accord.nlp.parse_repairs import reattach_rebutted_charge


def _events(code_text, text):
    return code_text(text)["events"]


@pytest.mark.parametrize("text, cameo_root, dyad", [
    ("London has long accused Moscow of poisoning defectors abroad, a charge Russia denies.", "11", ("GBR", "RUS")),
    ("Bogota blames Caracas for sheltering FARC commanders, a charge Venezuela denies.", "11", ("COL", "VEN")),
    ("Turkey accuses Greece of harbouring Kurdish militants, allegations Athens has always denied.", "11", ("TUR", "GRC")),
    ("Uganda has been accused by Congo of backing rebels in Ituri, a charge Kampala denies.", "11", ("COD", "UGA")),
])
def test_the_accusation_stands_and_is_the_writers(code_text, text, cameo_root, dyad):
    events = [e for e in _events(code_text, text) if e["cameo"].startswith(cameo_root)]
    assert events, text
    event = events[0]
    assert (event["actor"][0]["code"], event["recipient"][0]["code"]) == dyad
    assert not event["modality"]["negated"]
    assert event.get("reported_by") is None


@pytest.mark.parametrize("text", [
    "Sudan denied that its troops had crossed into Chad.",
    "Beijing denies that it restricts exports of rare earths to South Korea.",
])
def test_a_plain_denial_still_negates_what_it_denies(code_text, text):
    events = _events(code_text, text)
    assert events and all(e["modality"]["negated"] for e in events)


def test_the_repair_makes_the_accusation_the_root(hand_parsed):
    # The misreading as the small model gives it: "denies" the root, the accusation its ccomp.
    words = ["Oslo", "accused", "Minsk", "of", "spying", ",", "a", "charge", "Belarus", "denies", "."]
    heads = [1, 9, 1, 1, 3, 9, 7, 9, 9, 9, 9]
    deps = ["nsubj", "ccomp", "dobj", "prep", "pcomp", "punct", "det", "dobj", "nsubj", "ROOT", "punct"]
    lemmas = ["Oslo", "accuse", "Minsk", "of", "spy", ",", "a", "charge", "Belarus", "deny", "."]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "VERB", "PUNCT", "DET", "NOUN", "PROPN", "VERB", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos)
    assert reattach_rebutted_charge(doc[:])
    assert doc[1].dep_ == "ROOT" and doc[1].head.i == 1
    assert doc[9].dep_ == "relcl" and doc[9].head.i == 7
    assert doc[7].head.i == 1
    assert doc[10].head.i == 1 and doc[5].head.i == 1


def test_a_denial_with_its_object_after_the_subject_is_left_alone(hand_parsed):
    # "Belarus denies the charge that it spied": the subject comes first; nothing to repair.
    words = ["Belarus", "denies", "the", "charge", "that", "it", "spied", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "acl", "punct"]
    lemmas = ["Belarus", "deny", "the", "charge", "that", "it", "spy", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos)
    assert not reattach_rebutted_charge(doc[:])
    assert doc[1].dep_ == "ROOT"


@pytest.mark.parametrize("text, dyad", [
    ("Chinese President Hu Jintao met here Tuesday with visiting Pakistani Prime Minister Shaukat Aziz.", ("CHN", "PAK")),
    ("Indonesian President Susilo Bambang Yudhoyono met on Friday with visiting Malaysian Prime Minister Najib Razak.",
     ("IDN", "MYS")),
])
def test_a_visiting_guest_is_met_not_visited(code_text, text, dyad):
    # "with visiting X": X is the guest; the sentence tells a meeting (040), not a visit by the host.
    events = _events(code_text, text)
    assert [(e["cameo"], e["actor"][0]["code"], e["recipient"][0]["code"]) for e in events] == [("040", *dyad)]


def test_visiting_a_place_stays_a_gerund(pipeline):
    from accord.nlp.parse_repairs import guest_participle_as_modifier

    doc = pipeline.nlp("The activist was charged with visiting Taiwan without permission.")
    visiting = next(t for t in doc if t.lower_ == "visiting")
    assert not guest_participle_as_modifier(visiting.sent)
    assert visiting.dep_ != "amod"


def test_the_guest_repair_on_a_hand_built_parse(hand_parsed):
    from accord.nlp.parse_repairs import guest_participle_as_modifier

    words = ["Lula", "met", "with", "visiting", "Chilean", "President", "Bachelet", "."]
    heads = [1, 1, 1, 2, 6, 6, 3, 1]
    deps = ["nsubj", "ROOT", "prep", "pcomp", "amod", "compound", "dobj", "punct"]
    lemmas = ["Lula", "meet", "with", "visit", "chilean", "President", "Bachelet", "."]
    pos = ["PROPN", "VERB", "ADP", "VERB", "ADJ", "PROPN", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos)
    doc.ents = [Span(doc, 6, 7, label="PERSON")]
    assert guest_participle_as_modifier(doc[:])
    assert (doc[6].dep_, doc[6].head.i) == ("pobj", 2)
    assert (doc[3].dep_, doc[3].head.i) == ("amod", 6)


def test_a_headline_subject_read_as_a_compound_acts(code_text):
    # "Turkey shells ...": the model hung "Turkey" on the verb as a compound; the attacker was lost
    # and the place of the attack stood in for it (SYR→SYR).
    events = code_text("Turkey shells Kurdish positions in Syria.")["events"]
    assert [(e["cameo"][:2], e["actor"][0]["code"], e["recipient"][0]["code"]) for e in events] == [("19", "TUR", "SYR")]


def test_the_compound_subject_repair_on_a_hand_built_parse(hand_parsed):
    from accord.nlp.parse_repairs import compound_before_verb_as_subject

    words = ["Armenia", "shells", "Azeri", "positions", "."]
    heads = [1, 1, 3, 1, 1]
    deps = ["compound", "ROOT", "amod", "dobj", "punct"]
    doc = hand_parsed(words, heads, deps, ["Armenia", "shell", "azeri", "position", "."],
                  ["PROPN", "VERB", "ADJ", "NOUN", "PUNCT"])
    doc[1].tag_ = "VBZ"
    assert compound_before_verb_as_subject(doc[:])
    assert doc[0].dep_ == "nsubj"
    # A verb with a subject of its own keeps its parse.
    words = ["The", "Armenia", "office", "shells", "out", "cash", "."]
    doc = hand_parsed(words, [2, 2, 3, 3, 3, 3, 3], ["det", "compound", "nsubj", "ROOT", "prt", "dobj", "punct"],
                  ["the", "Armenia", "office", "shell", "out", "cash", "."],
                  ["DET", "PROPN", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"])
    doc[3].tag_ = "VBZ"
    assert not compound_before_verb_as_subject(doc[:])


@pytest.mark.parametrize("text, cameo, dyad", [
    ("Armenian President Serzh Sargsyan received visiting Georgian Prime Minister Irakli Garibashvili on Monday.",
     "043", ("ARM", "GEO")),
    ("Indian Prime Minister Atal Bihari Vajpayee met visiting Nepalese King Gyanendra in New Delhi on Tuesday.",
     "040", ("IND", "NPL")),
])
def test_a_visiting_guest_after_the_host_is_received(code_text, text, cameo, dyad):
    # "received visiting X": the model read the host as visiting the guest (042 host→guest).
    events = _events(code_text, text)
    assert [(e["cameo"], e["actor"][0]["code"], e["recipient"][0]["code"]) for e in events] == [(cameo, *dyad)]


def test_the_host_repair_on_a_hand_built_parse(hand_parsed):
    from accord.nlp.parse_repairs import guest_participle_after_host

    words = ["Aliyev", "received", "visiting", "Turkish", "President", "Gul", "in", "Baku", "."]
    heads = [1, 1, 1, 5, 5, 2, 2, 6, 1]
    deps = ["nsubj", "ROOT", "xcomp", "amod", "compound", "dobj", "prep", "pobj", "punct"]
    lemmas = ["Aliyev", "receive", "visit", "turkish", "President", "Gul", "in", "Baku", "."]
    pos = ["PROPN", "VERB", "VERB", "ADJ", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos)
    doc.ents = [Span(doc, 5, 6, label="PERSON")]
    assert guest_participle_after_host(doc[:])
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 1)
    assert (doc[2].dep_, doc[2].head.i) == ("amod", 5)
    assert doc[6].head.i == 1  # where the host received the guest


def test_a_host_verb_before_a_place_visited_is_left_alone(hand_parsed):
    from accord.nlp.parse_repairs import guest_participle_after_host

    # "welcomed visiting Crimea": a place is no guest; the gerund stays as the model read it
    words = ["Lavrov", "welcomed", "visiting", "Crimea", "."]
    heads = [1, 1, 1, 2, 1]
    deps = ["nsubj", "ROOT", "xcomp", "dobj", "punct"]
    lemmas = ["Lavrov", "welcome", "visit", "Crimea", "."]
    pos = ["PROPN", "VERB", "VERB", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, lemmas, pos)
    doc.ents = [Span(doc, 3, 4, label="GPE")]
    assert not guest_participle_after_host(doc[:])
    assert (doc[2].dep_, doc[3].head.i) == ("xcomp", 2)
