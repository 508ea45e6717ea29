"""Round 8 rules (team-written sentences): "according to X" before a quotation, two cues between
the parts of a quotation, prepositional phrases after an object, and gerunds in a series."""

from __future__ import annotations

import pytest

from quotekit import find, quotes


@pytest.mark.parametrize("text, speaker", [
    ("According to a police spokesman, “the suspect was armed and had fled on foot.”", "spokesman"),
    ("Ortega spoke first. According to Lindqvist, “the reform would close every rural clinic by spring.”",
     "Lindqvist"),
])
def test_according_to_before_a_quotation(code_text, text, speaker):
    quote = next(q for q in code_text(text)["quotes"] if q["type"] == "direct")
    assert quote["speaker"]["mention"]["text"].endswith(speaker)
    assert quote["cue"]["text"] == "According to"


def test_a_quotation_after_according_to_is_not_the_previous_speakers(code_text):
    record = code_text("“We expect a close vote,” Mook said.\n\n"
                       "According to Limbaugh, “if it were left to her, she would never say anything positive.”")
    inner = find(record, "never say anything positive")
    assert inner["speaker"]["mention"]["text"] == "Limbaugh"
    assert "close vote" not in inner["content"]["text"]


def test_second_cue_between_parts_splits_the_quotation(code_text):
    # "said, adding later, “…”": two statements, each with its own cue
    record = code_text("“We cannot pay for this any longer,” Varga said, adding later, "
                       "“The alliance costs us a fortune.”")
    first, second = find(record, "cannot pay"), find(record, "costs us a fortune")
    assert first is not second, quotes(record)
    assert first["cue"]["text"] == "said" and second["cue"]["text"] == "adding"
    assert second["speaker"]["mention"]["text"] == "Varga"


def test_one_cue_between_parts_keeps_one_quotation(code_text):
    record = code_text("“We will stay,” the mayor said, “until the water is clean.”")
    quote = find(record, "We will stay")
    assert "until the water is clean" in quote["content"]["text"]


@pytest.mark.parametrize("text, content", [
    ("Voters in the north favoured Moreau by a wide margin.", "Moreau by a wide margin"),
    ("The memo described crass behaviour by the minister.", "crass behaviour by the minister"),
])
def test_prepositional_phrase_after_the_object(code_text, text, content):
    assert find(code_text(text), content.split()[0])["content"]["text"] == content


def test_time_phrase_after_the_object_stays_out(code_text):
    record = code_text("The memo described crass behaviour by the minister during the talks.")
    assert find(record, "crass")["content"]["text"] == "crass behaviour by the minister"


def test_gerunds_in_a_series_continue_the_content(code_text):
    record = code_text("The senator supported abolishing the caucuses, capping the number of "
                       "superdelegates and binding delegates to the popular vote.")
    content = find(record, "abolishing")["content"]["text"]
    assert content.startswith("abolishing the caucuses") and content.endswith("to the popular vote")


def test_a_participle_tail_after_a_noun_content_stays_out(code_text):
    # the series rule is for gerund contents only: "smiling" describes the speaker
    record = code_text("The minister talked about the budget, smiling at the cameras.")
    assert find(record, "budget")["content"]["text"] == "the budget"


def test_what_a_passive_accuses_of_hangs_on_the_agent(code_text):
    # the parser hangs "of founding the movement" on the agent
    record = code_text("Obama was accused by Okafor of founding the movement.")
    quote = find(record, "Obama")
    assert quote["content"]["text"] == "Obama of founding the movement"
    assert quote["speaker"]["mention"]["text"] == "Okafor"
