"""A that-clause the model hangs on the noun after a verb of telling ("told reporters after the
meeting that ...", "told a visiting delegation that ...") goes back to the verb."""

from __future__ import annotations

from accord.nlp.parse_repairs import that_clause_of_telling_verb

# "Lula told visiting envoys that Brazil would mediate": the model's misreading, by hand.
WORDS = ["Lula", "told", "visiting", "envoys", "that", "Brazil", "would", "mediate", "."]
POS = ["PROPN", "VERB", "VERB", "NOUN", "SCONJ", "PROPN", "AUX", "VERB", "PUNCT"]
LEMMAS = ["Lula", "tell", "visit", "envoy", "that", "Brazil", "would", "mediate", "."]


def test_the_clause_goes_back_to_the_telling_verb(hand_parsed):
    heads = [1, 1, 3, 1, 7, 7, 7, 3, 1]
    deps = ["nsubj", "ROOT", "amod", "dobj", "mark", "nsubj", "aux", "acl", "punct"]
    doc = hand_parsed(WORDS, heads, deps, LEMMAS, POS)
    assert that_clause_of_telling_verb(doc[:])
    assert (doc[7].head.i, doc[7].dep_) == (1, "ccomp")


def test_a_relative_that_and_a_content_noun_keep_their_clause(hand_parsed):
    # "told envoys that arrived": "that" is the clause's subject, a relative clause on the envoys
    words = ["Lula", "told", "envoys", "that", "arrived", "."]
    doc = hand_parsed(words, [1, 1, 1, 4, 2, 1], ["nsubj", "ROOT", "dobj", "nsubj", "relcl", "punct"],
                      ["Lula", "tell", "envoy", "that", "arrive", "."], ["PROPN", "VERB", "NOUN", "PRON", "VERB", "PUNCT"])
    assert not that_clause_of_telling_verb(doc[:])
    # "told the news that Brazil won": a noun whose own clause says what it holds keeps it
    words = ["Lula", "told", "the", "news", "that", "Brazil", "won", "."]
    doc = hand_parsed(words, [1, 1, 3, 1, 6, 6, 3, 1], ["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "acl", "punct"],
                      ["Lula", "tell", "the", "news", "that", "Brazil", "win", "."],
                      ["PROPN", "VERB", "DET", "NOUN", "SCONJ", "PROPN", "VERB", "PUNCT"])
    assert not that_clause_of_telling_verb(doc[:])


def test_what_was_told_is_coded_end_to_end(code_text):
    record = code_text("Blair told reporters after the meeting that he had urged Mugabe to hold free elections.")
    assert any(e["cameo"].startswith("02") and {a["code"] for a in e["actor"]} == {"GBR"}
               and {r["code"] for r in e["recipient"]} == {"ZWE"} for e in record["events"])
