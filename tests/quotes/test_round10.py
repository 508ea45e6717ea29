"""Round 10 rules (team-written sentences): the one asked or told is not the source. A passive
"was asked if …" / "were told that …" and an opening participle "Asked whether …, X said" report
a question or a message with no source named."""

from __future__ import annotations

import pytest

from quotekit import find


@pytest.mark.parametrize("sentence, content", [
    ("The minister was asked if the border would reopen before the harvest.", "if the border would reopen"),
    ("Workers at the mill were told that the plant would close in March.", "that the plant would close"),
    ("The mayor was warned that the old bridge was no longer safe.", "that the old bridge was no longer safe"),
    ("Farmers have been assured that the subsidy will be paid on time.", "that the subsidy will be paid"),
])
def test_passive_addressed_clause_has_no_source(code_text, sentence, content):
    quote = find(code_text(sentence), content)
    assert quote["speaker"]["mention"] is None
    assert quote["speaker"]["name"] is None
    assert "passive" in quote["explanation"]


def test_opening_participle_question_is_not_the_main_subjects(code_text):
    record = code_text("Asked whether the governor was fit to serve, Ms. Alvarez declined to answer.")
    question = find(record, "whether the governor was fit to serve")
    assert question["speaker"]["mention"] is None  # Ms. Alvarez was asked; the asker is not named
    refusal = find(record, "to answer")
    assert refusal["speaker"]["mention"]["text"].endswith("Alvarez")


def test_opening_participle_if_clause(code_text):
    record = code_text("Asked if he had ever been bullied at school, the senator laughed.")
    question = find(record, "if he had ever been bullied")
    assert question["speaker"]["mention"] is None


def test_agent_of_the_passive_asks(code_text):
    record = code_text("The candidate was asked by a local reporter whether she would debate her rival.")
    question = find(record, "whether she would debate")
    assert question["speaker"]["mention"]["text"].endswith("reporter")


def test_active_ask_keeps_its_subject(code_text):
    record = code_text("A local reporter asked whether the candidate would debate her rival.")
    question = find(record, "whether the candidate would debate")
    assert question["speaker"]["mention"]["text"].endswith("reporter")


def test_told_to_act_is_not_an_addressed_clause(code_text):
    # an infinitive after a passive "told" is what the subject was told to do; no clause rule
    record = code_text("Residents were told to leave their homes before dawn.")
    assert all("passive 'told' + clause" not in q["explanation"] for q in record["quotes"])
