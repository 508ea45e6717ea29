"""Where a reported content ends (team-written sentences): asides and the setting of a
statement that PolNeAR leaves out of a content, and what stays in."""

from __future__ import annotations

import pytest

from quotekit import find


# (text, a fragment of the content, the whole content expected)
BOUNDARIES = [
    # a relative clause set off by a comma after a noun content is the writer's aside
    ("The mayor denounced the new parking fees, which the council passed in March.",
     "parking fees", "the new parking fees"),
    ("The clerk praised the auditors, who found the missing funds in May.",
     "the auditors", "the auditors"),
    # an apposition stays
    ("The union criticized Mr. Lopez, the new finance minister.", "Lopez", "Mr. Lopez, the new finance minister"),
    # a preposition after the object stays ("compared X to Y")
    ("The senator compared the tax to a toll on the poor.", "the tax", "the tax to a toll on the poor"),
    # a summing-up apposition (an indefinite noun with a phrase or clause of its own) is an aside
    ("The mayor rejected the council's proposal, a plan that would close two libraries.",
     "proposal", "the council's proposal"),
    ("The governor praised the new budget, a document of over 900 pages.", "budget", "the new budget"),
    # a relative clause without a comma restricts the noun and stays
    ("The mayor denounced the fees that the council passed in March.",
     "the fees", "the fees that the council passed in March"),
]


@pytest.mark.parametrize("text, fragment, content", BOUNDARIES)
def test_content_boundaries(code_text, text, fragment, content):
    assert find(code_text(text), fragment)["content"]["text"] == content


def test_an_aside_inside_a_reported_clause_stays(code_text):
    quote = find(code_text("The mayor said the fees, which the council passed in March, would be cut."),
                 "would be cut")
    assert quote["content"]["text"] == "the fees, which the council passed in March, would be cut"


def test_quotation_resuming_after_a_conjunction_is_one_quote(code_text):
    record = code_text("“I respect the governor,” the senator said, but “on schools she is simply wrong.”")
    quote = find(record, "I respect the governor")
    assert len(quote["parts"]) == 2
    assert "simply wrong" in quote["content"]["text"]


def test_a_new_sentence_after_a_conjunction_is_not_joined(code_text):
    record = code_text("“I respect the governor,” the senator said. But “on schools she is simply wrong.”")
    quote = find(record, "I respect the governor")
    assert len(quote["parts"]) == 1
    assert "simply wrong" not in quote["content"]["text"]
