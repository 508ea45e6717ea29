"""Reported speech the parser reads wrongly in a known way (team-written sentences): a cue verb
read as a plural noun after a name, a that-clause hung on the noun of a time or occasion phrase, a
name read into the phrase before its cue, a second object joined to the cue verb; and "as X
pointed out, …" with a cue that takes a clause."""

from __future__ import annotations

import pytest

from quotekit import quotes

CASES = [
    # "projects" read as a noun with "campaign" as its compound
    ("The Rivera campaign projects that the new tax would raise four million dollars a year.",
     [("that the new tax would raise four million dollars a year", "projects", "Rivera campaign")]),
    # the that-clause read as a relative clause of "time" / "conference"
    ("The Herald reported at the time that the mayor had signed the order.",
     [("that the mayor had signed the order", "reported", "The Herald")]),
    ("Lopez said during a press conference that she may run again.",
     [("that she may run again", "said", "Lopez")]),
    # no comma after the opening phrase: the name before the cue is read into the phrase
    ("In an interview with the Gazette Senator Ruiz said that the budget was balanced.",
     [("that the budget was balanced", "said", "Senator Ruiz")]),
    # a true relative clause ("that" its subject) is not a report
    ("The council reported on a plan that cuts taxes.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_parse_slips_in_reported_speech(code_text, text, expected):
    assert quotes(code_text(text)) == expected


def test_as_with_a_cue_that_takes_a_clause(code_text):
    # "as X pointed out, …": a cue that takes a clause, not only one that introduces quotations
    record = code_text("As the mayor pointed out, the bridge is older than the city itself.")
    assert quotes(record) == [("the bridge is older than the city itself", "pointed", "the mayor")]


@pytest.mark.parametrize("words, heads, deps, pos, tags, second", [
    # "stressed safety, and a need": a noun joined to the verb is a second object
    (["She", "stressed", "safety", ",", "and", "a", "need"], [1, 1, 1, 1, 1, 6, 1],
     ["nsubj", "ROOT", "dobj", "punct", "cc", "det", "conj"],
     ["PRON", "VERB", "NOUN", "PUNCT", "CCONJ", "DET", "NOUN"], ["PRP", "VBD", "NN", ",", "CC", "DT", "NN"], True),
    # "mentioned cutting taxes and forcing …": a gerund after a gerund object
    (["He", "mentioned", "cutting", "taxes", "and", "forcing"], [1, 1, 3, 1, 1, 1],
     ["nsubj", "ROOT", "amod", "dobj", "cc", "conj"],
     ["PRON", "VERB", "VERB", "NOUN", "CCONJ", "VERB"], ["PRP", "VBD", "VBG", "NNS", "CC", "VBG"], True),
    # "praised the plan and left": a second verb of the same subject is not an object
    (["He", "praised", "the", "plan", "and", "left"], [1, 1, 3, 1, 1, 1],
     ["nsubj", "ROOT", "det", "dobj", "cc", "conj"],
     ["PRON", "VERB", "DET", "NOUN", "CCONJ", "VERB"], ["PRP", "VBD", "DT", "NN", "CC", "VBD"], False),
])
def test_a_second_object_joined_to_the_cue(words, heads, deps, pos, tags, second):
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from accord.quotes.reported import _second_object

    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    obj = next(t for t in doc if t.dep_ == "dobj")
    conj = next(t for t in doc if t.dep_ == "conj")
    assert _second_object(conj, obj) is second
