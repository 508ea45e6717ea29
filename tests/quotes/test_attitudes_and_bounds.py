"""Constructions added for PolNeAR's wider notion of attribution (team-written sentences):
attitudes stated by adjectives, objects that belong to the content, participial reports,
polls as sources, statement nouns with light verbs, and where a content starts and ends."""

from __future__ import annotations

import pytest

from quotekit import find


# (text, the whole content expected, the speaker mention)
CONSTRUCTIONS = [
    # predicate adjectives of attitude
    ("The governor is confident that the new bridge will open in May.",
     "that the new bridge will open in May", "The governor"),
    ("The mayor is willing to meet the striking nurses next week.",
     "to meet the striking nurses next week", "The mayor"),
    ("The fishermen were skeptical of the new quota system.", "the new quota system", "The fishermen"),
    # "called X Y", "described X as Y", "blamed X for Y": the object is part of the content
    ("The senator called the pension plan a disgrace.", "the pension plan a disgrace", "The senator"),
    ("The minister described the trade deal as a victory for exporters.",
     "the trade deal as a victory for exporters", "The minister"),
    ("Opposition leaders blamed the government for the power cuts.",
     "the government for the power cuts", "Opposition leaders"),
    # a poll or study named with "in" is the source of the clause around it
    ("In the new survey, the governor leads her rival by nine points.",
     "the governor leads her rival by nine points", "the new survey"),
    # a sentence-opening connective is not part of the content
    ("But the ceasefire will hold, officials said.", "the ceasefire will hold", "officials"),
]


@pytest.mark.parametrize("text, content, mention", CONSTRUCTIONS)
def test_new_constructions(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["mention"]["text"] == mention


def test_participial_report_is_a_second_attribution_by_the_same_source(code_text):
    record = code_text("The minister said the fuel tax would fall, promising to cut road tolls as well.")
    first, second = find(record, "fuel tax"), find(record, "road tolls")
    assert first is not second
    assert first["content"]["text"] == "the fuel tax would fall"
    assert second["content"]["text"] == "to cut road tolls as well"
    assert second["speaker"]["mention"]["text"] == "The minister"


def test_statement_noun_after_a_light_verb_takes_the_verbs_subject(code_text):
    quote = find(code_text("The mayor voiced concern that the river would flood the old town."),
                 "the river would flood")
    assert quote["speaker"]["mention"]["text"] == "The mayor"


def test_quotation_after_an_attribution_in_its_paragraph_is_the_same_sources(code_text):
    text = "The minister rejected the offer. “We gave everything we had and got nothing back.”"
    record = code_text(text)
    quote = find(record, "got nothing back")
    assert quote["type"] == "direct"
    assert quote["speaker"]["mention"]["text"] == "The minister"
    assert find(record, "the offer") is not quote


def test_quotation_opening_the_paragraph_after_reported_speech_is_left_out(code_text):
    text = ("The minister said the talks had failed.\n\n"
            "“We gave everything we had and got nothing back.”")
    record = code_text(text)
    assert not any("got nothing back" in q["content"]["text"] for q in record["quotes"])


@pytest.mark.parametrize("text", [
    "In the new survey, the governor said she would lead the party into the election.",
    "Make sure that the doors are locked.",
])
def test_no_extra_attribution(code_text, text):
    record = code_text(text)
    assert not any(q["speaker"]["mention"] and q["speaker"]["mention"]["text"] == "the new survey"
                   for q in record["quotes"])
    assert not any(q["cue"] and q["cue"]["text"] in ("sure", "Make") for q in record["quotes"])


def test_adjective_cues_are_in_the_lexicon():
    from accord.quotes import load_cues

    cues = load_cues()
    assert cues.adjectives["confident"].takes("clause")
    assert cues.adjectives["willing"].takes("inf")
