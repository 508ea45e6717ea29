"""Reports the parser reads wrongly in a known way (team-written sentences): a cue verb read as
a plural noun after a name, a that-clause hung on the noun of a time or occasion phrase, and a
name read into the phrase before its cue."""

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
