"""Round-3 constructions, each on text the team wrote: signature lines after a quotation,
(more to follow in this file as each construction lands)."""

from __future__ import annotations

import pytest

from quotekit import find, quotes


# -- signature lines ------------------------------------------------------------------------
def test_signature_after_each_quotation_names_its_source(code_text):
    text = ("Readers Tell Us What They Think Of The Bridge Plan.\n\n"
            "“The toll is far too high for families like mine. We will drive around it.” ― Maria Lopez\n"
            "“I love the design, and the jobs will help our town grow again.” ― Peter Okafor.\n\n"
            "Photo/Archive.\n")
    record = code_text(text)
    first, second = find(record, "The toll is far"), find(record, "I love the design")
    assert first["speaker"]["mention"]["text"] == "Maria Lopez"
    assert first["speaker"]["name"] == "Maria Lopez"
    assert second["speaker"]["mention"]["text"] == "Peter Okafor"
    assert "jobs will help" not in first["content"]["text"]  # each signed quotation ends at its signature


def test_signature_in_the_next_paragraph_with_a_description(code_text):
    text = ("The mayor spoke at the council meeting on Monday.\n\n"
            "\"We have waited long enough for this road, and we will not wait another year.\"\n\n"
            "- Helen Marsh, a shop owner from the east side.\n\n"
            "The council votes next week.\n")
    quote = find(code_text(text), "We have waited long enough")
    assert quote["speaker"]["mention"]["text"] == "Helen Marsh"
    assert quote["cue"]["text"] == "-"


def test_a_dash_inside_the_sentence_is_no_signature(code_text):
    text = ("The minister said the budget was “a fair deal for everyone” — a claim the opposition rejects.\n")
    record = code_text(text)
    assert all(q["cue"] is None or q["cue"]["text"] not in ("—", "-") for q in record["quotes"]), quotes(record)


def test_a_wrong_way_mark_opening_the_paragraph_opens_the_quotation(code_text):
    text = ("Voters Speak.\n\n"
            "”I am worried about my pension and nobody answers my letters.” ― Ana Ruiz\n")
    quote = find(code_text(text), "I am worried about my pension")
    assert quote["speaker"]["mention"]["text"] == "Ana Ruiz"
    assert quote["type"] == "direct"


# -- headlines and transcripts -----------------------------------------------------------------
def test_a_one_word_headline_source(code_text):
    text = ("Survey: Most Commuters Want A Second Bridge.\n\n"
            "A majority of commuters would back a second bridge over the river, a new survey found.\n")
    quote = find(code_text(text), "Most Commuters Want")
    assert quote["speaker"]["mention"]["text"] == "Survey"


def test_a_label_heading_the_article_is_still_no_source(code_text):
    record = code_text("Update: The Bridge Will Reopen On Monday.\n\nThe bridge was closed for repairs.\n")
    assert not any("Bridge Will Reopen" in q["content"]["text"] for q in record["quotes"]), quotes(record)


def test_an_interview_set_as_a_block_quotation(code_text):
    text = ("The host pressed the governor on the budget.\n\n"
            "\"HARRIS: Will you raise taxes next year?\n\n"
            "\"MORALES: No. We will balance the budget by cutting waste.\n\n"
            "\"And we will keep every school open.\n\n"
            "\"(CROSSTALK.)\n\n"
            "\"HARRIS: Governor, we are out of time.\n")
    record = code_text(text)
    question = find(record, "Will you raise taxes")
    assert question["speaker"]["mention"]["text"] == "HARRIS"
    assert question["content"]["text"] == "Will you raise taxes next year?"
    answer = find(record, "We will balance the budget")
    assert answer["speaker"]["mention"]["text"] == "MORALES"
    assert "keep every school open" in answer["content"]["text"]  # the next paragraph goes on with it
    assert find(record, "we are out of time")["speaker"]["mention"]["text"] == "HARRIS"
    assert not any("CROSSTALK" in q["content"]["text"] for q in record["quotes"])


# -- cues far after the quotation; one-word answers ----------------------------------------------
def test_cue_after_a_long_description_of_the_source(code_text):
    text = ("“We will not sign this deal in its present form,” Anna Berg, who has led the farmers’ "
            "union in the northern province since the floods of last spring, said on Tuesday.\n")
    quote = find(code_text(text), "We will not sign")
    assert quote["speaker"]["mention"]["text"].startswith("Anna Berg")
    assert quote["cue"]["text"] == "said"


def test_a_far_verb_whose_subject_does_not_open_after_the_quotation_is_no_cue(code_text):
    text = ("“A new chapter,” read the banner over the stage, and later that evening the mayor, who had "
            "arrived late from the airport with her staff, said nothing at all.\n")
    record = code_text(text)
    assert not any(q["cue"] and q["cue"]["text"] == "said" and "A new chapter" in q["content"]["text"]
                   for q in record["quotes"]), quotes(record)


def test_a_one_word_quotation_opening_the_paragraph(code_text):
    text = "The committee chair was asked about the report.\n\n\"Misleading,\" she said, and left the room.\n"
    quote = find(code_text(text), "Misleading")
    assert quote["speaker"]["mention"]["text"] == "she"


# -- statement nouns with a preposition; "as X put it" ---------------------------------------------
@pytest.mark.parametrize("text, content, mention", [
    ("The governor made no mention of the pension cuts.", "the pension cuts", "The governor"),
    ("The senator made repeated references to the flooding in the valley.", "the flooding in the valley",
     "The senator"),
    ("The mayor made the case that the tunnel would pay for itself.", "the tunnel would pay for itself",
     "The mayor"),
])
def test_statement_nouns_with_a_preposition(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"].endswith(content)
    assert quote["speaker"]["mention"]["text"] == mention


def test_a_statement_noun_without_an_owner_is_no_attribution(code_text):
    record = code_text("There was no mention of the pension cuts in the budget.")
    assert not any("pension cuts" in q["content"]["text"] for q in record["quotes"]), quotes(record)


def test_as_someone_put_it(code_text):
    record = code_text("As the union leader put it, the strike will go on until the wages rise.")
    quote = find(record, "the strike will go on")
    assert quote["speaker"]["mention"]["text"] == "the union leader"
    assert quote["cue"]["text"].startswith("put")


def test_put_it_before_a_quotation(code_text):
    quote = find(code_text("The economist put it bluntly: “The plan cannot work without new taxes.”"),
                 "The plan cannot work")
    assert quote["speaker"]["mention"]["text"] == "The economist"


@pytest.mark.parametrize("text", [
    "The farmers put it on the table and walked away from the talks.",
    "Let me put it this way, the numbers do not add up.",
])
def test_put_is_no_cue_otherwise(code_text, text):
    record = code_text(text)
    assert not any(q["cue"] and q["cue"]["text"].startswith("put") for q in record["quotes"]), quotes(record)


# -- passive reports and passive subjects ----------------------------------------------------------
def test_passive_report_with_an_agent_takes_what_follows(code_text):
    quote = find(code_text("The mayor was criticized by local farmers for closing the market early."),
                 "The mayor")
    assert quote["content"]["text"] == "The mayor for closing the market early"
    assert quote["speaker"]["mention"]["text"].endswith("farmers")


def test_a_verb_joined_to_a_passive_takes_its_subject(code_text):
    quote = find(code_text("The minister was pushed into a rare apology and said that her words had been "
                           "misunderstood."), "her words had been")
    assert quote["speaker"]["mention"]["text"] == "The minister"


# -- verbs and adjectives with a preposition -------------------------------------------------------
@pytest.mark.parametrize("text, content, mention", [
    ("The bishop came out against the new casino on Sunday.", "the new casino", "The bishop"),
    ("The farmers are skeptical about the promised subsidies.", "the promised subsidies", "The farmers"),
])
def test_frames_with_a_preposition(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["mention"]["text"] == mention


def test_naming_someone_as_something(code_text):
    quote = find(code_text("The candidate named the former judge as her running mate."), "the former judge")
    assert quote["content"]["text"].endswith("her running mate")
    assert quote["speaker"]["mention"]["text"] == "The candidate"


def test_looking_for_something_is_no_attribution(code_text):
    record = code_text("The rescuers are looking for the missing hikers in the hills.")
    assert not any("missing hikers" in q["content"]["text"] for q in record["quotes"]), quotes(record)


# -- parse slips around a cue after the quotation --------------------------------------------------
def test_a_verbless_fragment_ending_the_quotation_is_not_the_source(code_text):
    text = "Intro.\n\n“The campaign is in panic mode. Full panic mode,” said Rosa Delgado, a local organiser.\n"
    quote = find(code_text(text), "The campaign is in panic mode")
    assert quote["speaker"]["mention"]["text"] == "Rosa Delgado"


def test_a_name_after_the_cue_parsed_as_its_object(code_text):
    text = "Intro.\n\n“The problems in this report are the reason for the delay,”\u00a0added Gowdy.\n"
    quote = find(code_text(text), "The problems in this report")
    assert quote["speaker"]["mention"]["text"] == "Gowdy"


def test_a_source_whose_description_starts_at_the_closing_mark(code_text):
    text = ("Intro.\n\n\"I think the tide is turning in the courts,\" J. Peter Hall, director of the Voting "
            "Law Center, said in a recent interview.\n")
    quote = find(code_text(text), "I think the tide is turning")
    assert "Hall" in quote["speaker"]["mention"]["text"]


def test_a_finished_quotation_is_not_merged_with_the_next_one(code_text):
    text = ("Intro.\n\nOn the radio he said, “I never promised to pay.” Asked if he had changed his mind, "
            "the mayor replied, “Maybe so. Maybe I should have.”\n")
    record = code_text(text)
    second = find(record, "Maybe so")
    assert "never promised" not in second["content"]["text"]
    assert second["speaker"]["mention"]["text"] == "the mayor"


def test_a_question_then_asked_by_someone(code_text):
    quote = find(code_text("Intro.\n\n“How long is that bridge?” asked the girl, who wore a red cap.\n"),
                 "How long is that bridge")
    assert quote["speaker"]["mention"]["text"] == "the girl"


def test_an_object_then_a_comma_then_the_quotation(code_text):
    text = "Intro.\n\nThe ambassador told radio host Mark Doyle, “The treaty is dead and everyone knows it.”\n"
    quote = find(code_text(text), "The treaty is dead")
    assert quote["type"] == "direct"
    assert quote["speaker"]["mention"]["text"] == "The ambassador"


# -- unmarked block quotations; quotations inside "NAME: …" lines ----------------------------------
def test_a_paragraph_introduced_by_a_cue_and_a_colon(code_text):
    text = ("The senator spoke to a radio host on Friday.\n\nThe senator added:\n\n"
            "It is typical of this government. They promise everything and deliver nothing at all.\n\n"
            "The interview ran for an hour.\n")
    record = code_text(text)
    quote = find(record, "It is typical of this government")
    assert quote["speaker"]["mention"]["text"] == "The senator"
    assert "deliver nothing at all" in quote["content"]["text"]
    assert not any("interview ran" in q["content"]["text"] for q in record["quotes"])


def test_a_label_with_a_colon_introduces_nothing(code_text):
    text = "Watch the video below:\n\nThe mayor opened the new bridge on Friday with a short speech.\n"
    record = code_text(text)
    assert not any("opened the new bridge" in q["content"]["text"] and q["type"] == "direct"
                   for q in record["quotes"]), quotes(record)


def test_a_quotation_inside_a_name_and_colon_line_is_part_of_the_line(code_text):
    text = ("Harold Finch: ‘No Regrets’ About Leaving The Council After Ten Years.\n\n"
            "Finch left the council in May.\n")
    quote = find(code_text(text), "No Regrets")
    assert quote["content"]["text"].startswith("‘No Regrets’ About Leaving")
    assert quote["speaker"]["mention"]["text"] == "Harold Finch"


def test_an_age_is_a_person_not_a_time(code_text):
    quote = find(code_text("Intro.\n\n“We will keep the bakery open all winter,” said the 52-year-old.\n"),
                 "keep the bakery open")
    assert quote["speaker"]["mention"] is not None
    assert "old" in quote["speaker"]["mention"]["text"]


def test_a_verb_reporting_its_own_clause_after_a_finished_quotation(code_text):
    text = ("Intro.\n\nThe mayor spoke first, to which her rival shot back: \"That is simply not true.\" "
            "He said the mayor would not do enough to fix the roads.\n")
    record = code_text(text)
    report = find(record, "the mayor would not do enough")
    assert report["speaker"]["mention"]["text"] == "He"
    assert "simply not true" not in report["content"]["text"]
