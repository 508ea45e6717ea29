"""More constructions, each on sentences the team wrote: quotations whose cue verb is not in the
lexicon, quotations that go on after an aside, and further attitude and statement cues."""

from __future__ import annotations

import pytest


def find(record: dict, fragment: str) -> dict:
    hits = [q for q in record["quotes"] if fragment in q["content"]["text"]]
    assert hits, f"no quote contains {fragment!r}: {[q['content']['text'] for q in record['quotes']]}"
    return hits[0]


@pytest.mark.parametrize("text, mention", [
    ("“Get out of my office,” the mayor snapped.", "the mayor"),
    ("“We will win this county by ten points,” beamed Maria Lopez.", "Maria Lopez"),
])
def test_verb_in_the_place_of_a_cue_after_a_quotation(code_text, text, mention):
    quote = find(code_text(text), "")
    assert quote["type"] == "direct"
    assert quote["speaker"]["mention"]["text"] == mention


def test_a_participle_after_the_quotation_is_not_its_cue(code_text):
    record = code_text("“The harbour is closed,” read the sign, now faded by the sun.")
    assert not any(q["cue"] and q["cue"]["text"] == "faded" for q in record["quotes"])


def test_quotation_goes_on_after_a_relative_clause_report(code_text):
    text = ("“The bridge is a disgrace,” said Anna Berg, a retired engineer who believes the council "
            "ignored the warnings. “Nobody listened to us for ten years.”")
    record = code_text(text)
    quote = find(record, "Nobody listened")
    assert quote["speaker"]["mention"]["text"] == "Anna Berg"
    assert quote["speaker"]["name"] == "Anna Berg"


def test_quotation_in_the_paragraph_of_a_report_goes_on_with_it(code_text):
    text = "The mayor said the budget left no room for new parks. “We cannot pay for grass and swings.”"
    record = code_text(text)
    quote = find(record, "no room for new parks")
    assert "grass and swings" in quote["content"]["text"]
    assert len(quote["parts"]) == 2
    assert quote["speaker"]["mention"]["text"] == "The mayor"
