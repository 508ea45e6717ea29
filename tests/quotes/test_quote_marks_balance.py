"""A content that opens a quotation takes in the mark that closes it, even where the parser
hangs that mark outside the content (team-written sentences)."""

from __future__ import annotations

import pytest

from quotekit import find


@pytest.mark.parametrize("text, fragment, content", [
    ('The minister called the ruling "deeply unfair".', "ruling", 'the ruling "deeply unfair"'),
    ("The mayor called the plan \u201ca costly mistake\u201d.", "plan", "the plan \u201ca costly mistake\u201d"),
    # balanced already: nothing is added
    ('The senator called the bill "reckless" on Monday.', "bill", 'the bill "reckless"'),
])
def test_closing_mark_taken_in(code_text, text, fragment, content):
    assert find(code_text(text), fragment)["content"]["text"] == content
