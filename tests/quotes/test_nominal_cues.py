"""Round 6 (team-written sentences): "according to X, …" where the parser hangs the clause on X,
a poll hung on the object of the clause it reports, someone named as a supporter or critic of
something, and a cue verb in a title-case headline read as a word of a name."""

from __future__ import annotations

import pytest

from quotekit import find, quotes


def test_according_to_with_the_clause_hung_on_the_source(code_text):
    # the parser makes "According" the root and the clause an apposition of the source
    record = code_text("According to harbor master Elena Voss, the pier reeks of diesel and neglect.")
    quote = find(record, "the pier reeks")
    assert quote["content"]["text"] == "the pier reeks of diesel and neglect"
    assert "Voss" in quote["speaker"]["mention"]["text"]


def test_according_to_with_a_parsed_clause(code_text):
    record = code_text("According to the inspectors, the ferry company ignored three warnings.")
    assert quotes(record) == [("the ferry company ignored three warnings", "According to", "the inspectors")]


@pytest.mark.parametrize("text, content, source", [
    # the poll hung on the object ("lead … in a Gazette poll")
    ("Senator Marsh held a 12-point lead over her rival in a Gazette poll.",
     "Senator Marsh held a 12-point lead over her rival", "a Gazette poll"),
    ("Dunn had 38 percent support in a Harbor Institute survey.",
     "Dunn had 38 percent support", "a Harbor Institute survey"),
])
def test_poll_named_with_in(code_text, text, content, source):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["mention"]["text"] == source


@pytest.mark.parametrize("text, content, cue, source", [
    ("Marta Cole is a longtime supporter of the new harbor plan.",
     "the new harbor plan", "a longtime supporter of", "Marta Cole"),
    ("She has been a vocal opponent of the toll since 2010.", "the toll", "a vocal opponent of", "She"),
    ("Ruiz, a fierce critic of the mayor, left the meeting early.", "the mayor", "a fierce critic of", "Ruiz"),
])
def test_someone_named_as_a_supporter_or_critic(code_text, text, content, cue, source):
    assert (content, cue, source) in quotes(code_text(text))


@pytest.mark.parametrize("text", [
    # "Ortiz's supporters cheered" names no stance of theirs
    "Ortiz's supporters cheered loudly at the docks.",
    # a label without "of" is left out (PolNeAR rarely marks it)
    "Dan Pike, a longtime Ortiz supporter, spoke at the rally.",
])
def test_supporters_without_a_stance_report_nothing(code_text, text):
    assert quotes(code_text(text)) == []


def test_headline_verb_read_as_a_name(code_text):
    record = code_text("Harbor Union Chief Lena Ortiz Praises Mayor Dunn’s Ferry Plan.\n\n"
                       "The union leader spoke on Monday at the docks.")
    quote = find(record, "Ferry Plan")
    assert quote["cue"]["text"] == "Praises"
    assert quote["speaker"]["mention"]["text"] == "Harbor Union Chief Lena Ortiz"
    assert quote["content"]["text"] == "Mayor Dunn’s Ferry Plan"


def test_headline_in_sentence_case_is_left_to_the_parse(code_text):
    record = code_text("Lena Ortiz praises the ferry plan.\n\nThe union leader spoke on Monday.")
    assert quotes(record) == [("the ferry plan", "praises", "Lena Ortiz")]


@pytest.mark.parametrize("text, expected", [
    # "praised" hung on "keep": a finite verb in the cue's tense is the cue's conjunct
    ("Governor Ruiz has promised to keep the clinics open and praised the court ruling Friday.",
     [("to keep the clinics open", "promised", "Governor Ruiz"), ("the court ruling", "praised", "Governor Ruiz")]),
    # two infinitives joined stay one intention
    ("Ortiz wants to cut the toll and raise wages.", [("to cut the toll and raise wages", "wants", "Ortiz")]),
])
def test_finite_verb_joined_to_an_infinitive(code_text, text, expected):
    assert quotes(code_text(text)) == expected


@pytest.mark.parametrize("headline, expected", [
    # a plural source takes the plain form of the verb
    ("Harbor Workers Rip Mayor Dunn As A ‘Failure.’", ("Mayor Dunn As A ‘Failure", "Rip", "Harbor Workers")),
    # a plural noun followed by its verb is no cue
    ("Harbor Ferry Rules Face Key Test In County Court.", None),
])
def test_headline_verb_forms(code_text, headline, expected):
    record = code_text(headline + "\n\nThe council met on Monday at the docks.")
    found = [q for q in quotes(record) if q[1] in ("Rip", "Rules")]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    # what a survey finds is its report, with an object too
    ("A recent Gazette survey found 80 percent support for the new ferry.",
     [("80 percent support for the new ferry", "found", "A recent Gazette survey")]),
    # a person finding something is no report
    ("She found the keys in the car.", []),
])
def test_what_a_document_finds(code_text, text, expected):
    assert quotes(code_text(text)) == expected

