"""`accord explain` reads why a coded event was left out from what the event stage recorded
(`doc._.dropped_events`), instead of guessing it again."""

from __future__ import annotations

import pytest

@pytest.fixture(scope="module")
def explain(pipeline):
    from accord.events.explain import explain_text

    def run(text: str) -> list[str]:
        return explain_text(pipeline, text)

    return run


def _status(lines: list[str], word: str) -> str:
    line = next(line for line in lines if line.startswith(f"  '{word}': "))
    return line.split(": lexicon entry")[0]


def test_governed_act_names_the_governing_chain(explain):
    lines = explain("Mexico urged Guatemala to free the detained fishermen.")
    assert _status(lines, "urged") == "  'urged': CODED"
    assert _status(lines, "free") == ("  'free': coded, then merged: one event per governing chain (asked, threatened, refused or agreed to)")


def test_purpose_participle_names_its_pass(explain):
    lines = explain("Students held a rally in Dhaka, calling for reforms from the Bangladeshi government.")
    assert _status(lines, "calling") == ("  'calling': coded, then merged: a participle telling the purpose or manner of the main act")


def test_same_act_told_again_names_the_first_word(explain):
    lines = explain("Farmers held a rally in Lima against the Peruvian government.")
    assert _status(lines, "rally") == "  'rally': coded, then merged: the same act as 'held', told again"


def test_the_stage_records_what_it_left_out(pipeline):
    doc = pipeline.nlp(pipeline._make_doc(_article("Mexico urged Guatemala to free the detained fishermen.")))
    kept = {e.trigger.text for e in doc._.events}
    assert kept == {"urged"}
    assert [doc[i].text for i in doc._.dropped_events] == ["free"]


def test_every_merging_pass_has_its_own_reason():
    from accord.events.merging import _DuplicateSweep

    reasons = [why for _, why in _DuplicateSweep([], None).steps()]
    assert all(reasons) and len(set(reasons)) == len(reasons)


def _article(text: str):
    from accord.ingest import Article, content_id

    return Article(id=content_id(text), text=text, language="en", source="<test>")
