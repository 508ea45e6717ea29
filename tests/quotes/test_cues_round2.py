"""Round-2 constructions, each on sentences the team wrote: a second statement verb the parser
hangs on the reported clause, "called for X to …", "referred to X as Y", and the place where
something was said left out of an object's content."""

from __future__ import annotations

import pytest

from quotekit import find, quotes


@pytest.mark.parametrize("text, first, second, cue, mention", [
    ("The governor says she trusts the auditor and calls him an honest man.",
     "she trusts the auditor", "him an honest man", "calls", "The governor"),
    ("The senator said the vote was fair and predicted a narrow win for his party.",
     "the vote was fair", "a narrow win for his party", "predicted", "The senator"),
])
def test_second_statement_verb_is_a_report_of_its_own(code_text, text, first, second, cue, mention):
    record = code_text(text)
    one, two = find(record, first), find(record, second)
    assert one["content"]["text"] == first
    assert two["content"]["text"] == second
    assert two["cue"]["text"] == cue
    assert one["speaker"]["mention"]["text"] == two["speaker"]["mention"]["text"] == mention


def test_second_report_with_a_pronoun_subject(code_text):
    record = code_text("The coach said the team played badly, and he blamed the referee for the loss.")
    assert find(record, "the team played")["content"]["text"].rstrip(" ,") == "the team played badly"
    assert find(record, "the referee")["content"]["text"] == "the referee for the loss"


def test_verbs_joined_inside_the_reported_clause_stay_in_it(code_text):
    record = code_text("The mayor said the city would repair and expand the old library.")
    quote = find(record, "the city would")
    assert quote["content"]["text"] == "the city would repair and expand the old library"
    assert quote["speaker"]["mention"]["text"] == "The mayor"


@pytest.mark.parametrize("text, content, mention", [
    ("The senator is calling for the United States to step up military efforts in the region.",
     "the United States to step up military efforts in the region", "The senator"),
    ("The union pushed for wages to rise by five percent.", "wages to rise by five percent", "The union"),
])
def test_call_for_someone_to_act(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert quote["cue"]["text"].endswith("for")
    assert quote["speaker"]["mention"]["text"] == mention


def test_referred_to_x_as_y(code_text):
    quote = find(code_text("The governor referred to the senator as a bright leader."), "the senator")
    assert quote["content"]["text"] == "the senator as a bright leader"
    assert quote["speaker"]["mention"]["text"] == "The governor"


@pytest.mark.parametrize("text, content, mention", [
    ("The governor defended the new budget on his weekly radio show.", "the new budget", "The governor"),
    ("The candidate often mentions her grandmother in speeches.", "her grandmother", "The candidate"),
])
def test_where_it_was_said_is_not_content(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["mention"]["text"] == mention


def test_positioned_as(code_text):
    quote = find(code_text("The mayor has positioned herself as the candidate of change."), "herself")
    assert quote["content"]["text"].startswith("herself")
    assert quote["content"]["text"].endswith("the candidate of change")
    assert quote["speaker"]["mention"]["text"] == "The mayor"


def test_statement_noun_equated_with_a_clause(code_text):
    quote = find(code_text("The mayor's response was that the tax code is unfair to renters."), "tax code")
    assert quote["content"]["text"] == "that the tax code is unfair to renters"
    assert quote["speaker"]["mention"]["text"] == "The mayor"


def test_a_problem_is_not_a_statement(code_text):
    record = code_text("The problem is that nobody reads the reports.")
    assert not any("nobody reads" in q["content"]["text"] for q in record["quotes"])


def test_urged_takes_the_one_urged(code_text):
    quote = find(code_text("The pastor is urging his parishioners to vote for him."), "to vote")
    assert quote["content"]["text"] == "his parishioners to vote for him"
    assert quote["speaker"]["mention"]["text"] == "The pastor"


def test_told_to_keeps_the_infinitive_alone(code_text):
    quote = find(code_text("The officer told the reporters to leave the room."), "to leave")
    assert quote["content"]["text"] == "to leave the room"


def test_second_report_after_a_perfect_or_emphatic_cue(code_text):
    record = code_text("The mayor has said the budget is balanced and warned that taxes could rise.")
    assert find(record, "the budget")["content"]["text"] == "the budget is balanced"
    warned = find(record, "taxes could rise")
    assert warned["cue"]["text"] == "warned"
    assert warned["speaker"]["mention"]["text"] == "The mayor"
