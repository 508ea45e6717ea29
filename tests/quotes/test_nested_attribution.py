"""A second attribution inside another one's content (team-written sentences): PolNeAR is
univocal, so a report with a source and a cue of its own is cut out of the content that holds it
and kept as a quote of its own; what belongs to the first report stays in it."""

from __future__ import annotations

import pytest

from spacy.tokens import Doc
from spacy.lang.en import English

from accord.quotes.nested import _share
from quotekit import find, quotes

# (text, [(content, source mention), …]) — every quote the sentence should give, in order
TWO_REPORTS = [
    # a clause joined by "while", "after", ", but", ", and" with a cue and a subject of its own
    ("The governor accused the senator of lying to voters while the senator insisted the vote was fair.",
     [("the senator of lying to voters", "The governor"), ("the vote was fair", "the senator")]),
    ("Residents said the water tasted strange after the inspectors insisted it was safe.",
     [("the water tasted strange", "Residents"), ("it was safe", "the inspectors")]),
    ("The mayor said the bridge would reopen in May, while engineers warned that repairs could take a year.",
     [("the bridge would reopen in May", "The mayor"), ("that repairs could take a year", "engineers")]),
    ("The mayor said the budget is balanced, and the auditors said the figures were wrong.",
     [("the budget is balanced", "The mayor"), ("the figures were wrong", "the auditors")]),
    # a participle with a cue after a closing quote mark is the same source's second report
    ("The senator said the bill was “a disaster for farmers,” claiming that prices would rise.",
     [("the bill was “a disaster for farmers", "The senator"), ("that prices would rise", "The senator")]),
]


@pytest.mark.parametrize("text, expected", TWO_REPORTS)
def test_an_inner_report_stands_on_its_own(code_text, text, expected):
    got = [(content, mention) for content, _cue, mention in quotes(code_text(text))]
    assert got == expected


ONE_REPORT = [
    # a condition or a time clause is part of what is reported
    ("The minister said the plan would fail if the council rejected it.",
     "the plan would fail if the council rejected it"),
    # a pronoun's report inside the clause is the same report (PolNeAR marks it as one)
    ("Ms. Ortiz says she knew little about the plan before she announced her bid.",
     "she knew little about the plan before she announced her bid"),
]


@pytest.mark.parametrize("text, content", ONE_REPORT)
def test_a_clause_of_the_report_stays_in_it(code_text, text, content):
    assert find(code_text(text), content)["content"]["text"] == content


def test_a_cue_after_the_clause_parsed_as_a_conjunct(code_text):
    record = code_text("The plant is doing well, but it faces pressure from imports, said the company's director.")
    quote = find(record, "The plant")
    assert quote["content"]["text"] == "The plant is doing well, but it faces pressure from imports"
    assert quote["speaker"]["mention"]["text"] == "the company's director"


@pytest.mark.parametrize("words, heads, deps, subject, share", [
    (["35", "percent", "say"], [1, 2, 2], ["nummod", "nsubj", "ROOT"], 1, True),
    (["about", "4", "in", "10", "want"], [1, 4, 1, 2, 4], ["quantmod", "nsubj", "prep", "pobj", "ROOT"], 1, True),
    (["the", "auditors", "say"], [1, 2, 2], ["det", "nsubj", "ROOT"], 1, False),
])
def test_shares_of_a_poll_are_not_sources_of_their_own(words, heads, deps, subject, share):
    # "37 percent say …, while 22 percent say …" is one poll finding in PolNeAR
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps)
    assert _share(doc[subject]) is share


def test_a_first_person_belief_inside_quote_marks_is_not_a_report(code_text):
    # the quoted speaker's "we think" is part of the quotation, not an attribution of its own
    record = code_text("Ruiz said the town has “spent years on this plan. People are tired of it. "
                       "We think the voters will finally approve it.”")
    assert all(mention != "We" for _content, _cue, mention in quotes(record))
    assert find(record, "spent years")["speaker"]["mention"]["text"] == "Ruiz"
