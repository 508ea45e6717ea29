"""Round 9 rules (team-written sentences): a cue verb the parser leaves without a subject, and
a second report joined to a reported clause whose tense sits on an auxiliary."""

from __future__ import annotations

from quotekit import find, quotes


def test_cue_left_without_a_subject_takes_the_name_before_it(code_text):
    # the parser hangs "Tom Reyes, the club's treasurer" on the opening phrase, leaving "said"
    # without a subject
    record = code_text("At the Lakeside Club, where it costs new members $9,000 to join, Tom Reyes, "
                       "the club's 70-year-old treasurer, said that the fees would rise next year.")
    quote = find(record, "the fees would rise")
    assert quote["speaker"]["mention"]["text"] == "Tom Reyes"
    assert quote["speaker"]["name"] == "Tom Reyes"


def _parsed(words, heads, deps, tags, pos, ents):
    """A Doc with the parse given by hand (the slip under test), so the test does not depend on
    the model making it."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_a_time_before_a_stranded_cue_is_not_its_source():
    from accord.quotes.sources import stranded_subject

    # "Majorities of farmers … heading to the polls Tuesday say they would …", with "say" hung
    # on "heading" and no subject of its own: "Tuesday" is not the source
    words = ["Majorities", "of", "farmers", "heading", "to", "the", "polls", "Tuesday", "say", "they", "would", "vote"]
    heads = [3, 0, 1, 3, 3, 6, 4, 3, 3, 11, 11, 8]
    deps = ["nsubj", "prep", "pobj", "ROOT", "prep", "det", "pobj", "npadvmod", "dep", "nsubj", "aux", "ccomp"]
    tags = ["NNS", "IN", "NNS", "VBG", "IN", "DT", "NNS", "NNP", "VBP", "PRP", "MD", "VB"]
    pos = ["NOUN", "ADP", "NOUN", "VERB", "ADP", "DET", "NOUN", "PROPN", "VERB", "PRON", "AUX", "VERB"]
    ents = ["O"] * 7 + ["B-DATE"] + ["O"] * 4
    doc = _parsed(words, heads, deps, tags, pos, ents)
    assert stranded_subject(doc[8]) is None
    # the same slip with a name before the cue: the name is the source
    words[7] = "Ruiz"
    doc = _parsed(words, heads, deps, tags, pos, ["O"] * 7 + ["B-PERSON"] + ["O"] * 4)
    assert stranded_subject(doc[8]).text == "Ruiz"


def test_second_report_with_its_tense_on_an_auxiliary(code_text):
    record = code_text("Ms. Okafor said the tariff was a mistake and did not suggest it would be lifted soon.")
    first = find(record, "the tariff was a mistake")
    assert "lifted" not in first["content"]["text"]
    second = find(record, "it would be lifted soon")
    assert second["speaker"]["mention"]["text"] == "Okafor"


def test_second_report_after_a_perfect_auxiliary(code_text):
    record = code_text("Voters there believe the mill should reopen and have been urging the county to buy it.")
    assert find(record, "the mill should reopen")["content"]["text"] == "the mill should reopen"
    assert find(record, "the county to buy it")["speaker"]["mention"]["text"] == "Voters"


def test_second_report_after_but(code_text):
    record = code_text("Kovac said the vote was rigged but predicted that his party would still win.")
    assert find(record, "the vote was rigged")["content"]["text"] == "the vote was rigged"
    assert find(record, "his party would still win")["speaker"]["mention"]["text"] == "Kovac"
