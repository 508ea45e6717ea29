"""More constructions, each on sentences the team wrote: quotations whose cue verb is not in the
lexicon, quotations that go on after an aside, and further attitude and statement cues."""

from __future__ import annotations

import pytest

from quotekit import find


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


@pytest.mark.parametrize("text, content, mention", [
    ("After saying he was tired of the commute, the driver moved to the capital.",
     "he was tired of the commute", "the driver"),
    ("The senator erred in claiming that the port had been sold.", "that the port had been sold", "The senator"),
])
def test_a_cue_after_a_preposition_takes_the_subject_of_its_clause(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["mention"]["text"] == mention


def test_inverted_cue_after_a_quotation_takes_the_name_after_it(code_text):
    text = ("“The harbour will be dredged by spring,” said Tomas Rivera, a port engineer who heads the "
            "dredging board Clear the Channel.")
    quote = find(code_text(text), "dredged by spring")
    assert quote["speaker"]["mention"]["text"] == "Tomas Rivera"


def test_inverted_cue_when_the_parser_gives_the_name_to_another_verb():
    """A hand-built parse with the parser's mistake: "Fox" as the subject of "Save" (a group's
    name read as a verb), not of "said"."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from accord.quotes.cues import load_cues
    from accord.quotes.direct import DirectFinder
    from accord.quotes.index import TokenIndex
    from accord.quotes.marks import find_marked_quotes

    words = ["“", "Stay", "home", ",", "”", "said", "Ann", "Fox", ",", "who", "runs", "Save", "the", "Bay", "."]
    spaces = [False, True, False, False, True, True, True, False, True, True, True, True, True, False, False]
    heads = [5, 5, 1, 5, 5, 5, 7, 11, 7, 10, 7, 5, 13, 11, 5]
    deps = ["punct", "ccomp", "advmod", "punct", "punct", "ROOT", "compound", "nsubj", "punct", "nsubj", "relcl",
            "ccomp", "det", "dobj", "punct"]
    pos = ["PUNCT", "VERB", "ADV", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "VERB",
           "DET", "PROPN", "PUNCT"]
    lemmas = ["“", "stay", "home", ",", "”", "say", "Ann", "Fox", ",", "who", "run", "save", "the", "Bay", "."]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    (found,), _ = DirectFinder(load_cues()).find(doc, TokenIndex(doc), find_marked_quotes(doc.text))
    assert found.speaker.text == "Fox"


@pytest.mark.parametrize("text, content, mention", [
    ("The treasurer is likely to argue that the levy should stay.", "that the levy should stay", "The treasurer"),
    ("The police chief was pressed to admit that the cameras had failed.", "that the cameras had failed",
     "The police chief"),
])
def test_controlled_cues_take_the_controllers_subject(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["mention"]["text"] == mention


@pytest.mark.parametrize("text, content, mention", [
    ("The bishop quoted the old charter of the town.", "the old charter of the town", "The bishop"),
    ("The coach congratulated the young players on a brave season.",
     "the young players on a brave season", "The coach"),
    ("The historian wrote about the famine of 1847.", "the famine of 1847", "The historian"),
])
def test_more_statement_frames(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["mention"]["text"] == mention


@pytest.mark.parametrize("text, content, mention", [
    ("The new dam drew sharp criticism from fishermen along the river.", "The new dam", "fishermen"),
    ("The mayor has the support of the teachers' union.", "The mayor", "union"),
])
def test_an_evaluation_someone_receives(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert mention in quote["speaker"]["mention"]["text"]


def test_a_received_evaluation_needs_a_source(code_text):
    record = code_text("The new dam drew sharp criticism last year.")
    assert not any(q["content"]["text"] == "The new dam" for q in record["quotes"])


def test_headline_name_colon_quotation(code_text):
    text = "Harbour Master: ‘The Tram Will Run Again by June.’\n\nThe city council met on Monday."
    quote = find(code_text(text), "Tram Will Run")
    assert quote["speaker"]["mention"]["text"] == "Harbour Master"


@pytest.mark.parametrize("text, content, mention", [
    ("In her view, the tunnel is a waste of money.", "the tunnel is a waste of money", "her"),
    ("In the opinion of the auditors, the accounts are sound.", "the accounts are sound", "the auditors"),
])
def test_a_view_named_with_in(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["mention"]["text"] == mention


def test_a_dateline_is_not_the_source(code_text):
    record = code_text("PORT ELLEN, Scotland — Moira Campbell on Saturday questioned the safety of the new ferry.")
    quote = find(record, "safety of the new ferry")
    assert quote["speaker"]["mention"]["text"] == "Moira Campbell"


def test_mixed_marks_close_before_an_attribution():
    from accord.quotes.marks import find_marked_quotes

    text = '“The ferry is late again," she said. "We have waited since noon.”'
    parts = [text[s:e] for q in find_marked_quotes(text) for s, e in q.parts]
    assert parts == ["The ferry is late again,", "We have waited since noon."]


@pytest.mark.parametrize("text, mention", [
    ("The union's letter makes a blunt case: “The mine must stay open until a new employer is found.”",
     "The union's letter"),
    ("Ellen Ward, a retired teacher, put it plainly:\n\n“Nobody in this valley trusts the water board.”",
     "Ellen Ward"),
])
def test_a_clause_ending_in_a_colon_introduces_the_quotation(code_text, text, mention):
    quote = find(code_text(text), "")
    assert quote["type"] == "direct"
    assert mention in quote["speaker"]["mention"]["text"]


def test_a_stance_phrase_stands_for_the_for_frame(code_text):
    quote = find(code_text("The council voted in favor of the new bus lanes."), "bus lanes")
    assert quote["content"]["text"] == "the new bus lanes"
    assert quote["speaker"]["mention"]["text"] == "The council"


@pytest.mark.parametrize("text, content, mention", [
    ("Asked about the tunnel, most residents said yes.", "yes", "residents"),
    ("Half of the nurses said so in a survey last spring.", "so", "Half"),
])
def test_a_reported_answer(code_text, text, content, mention):
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content
    assert quote["speaker"]["mention"]["text"] == mention


def test_a_passive_with_an_agent_takes_the_passive_subject_as_object(code_text):
    quote = find(code_text("The harbour plan was criticised by the fishermen's union."), "harbour plan")
    assert quote["content"]["text"] == "The harbour plan"
    assert "union" in quote["speaker"]["mention"]["text"]


@pytest.mark.parametrize("text", [
    "Editor’s note: This story was corrected on Monday to fix the name of the harbour.",
    "Ana Torres: 1,204.\n\nMark Olsen: 987.",
    "Twitter: @harbourwatch",
])
def test_labels_and_tallies_are_not_transcript_lines(code_text, text):
    assert code_text(text)["quotes"] == []


def test_a_no_break_space_before_a_quotation_does_not_hide_it(code_text):
    record = code_text("“We stay,” the mayor said on Tuesday.\u00a0“The river is ours and the bridge is ours.”")
    quote = find(record, "We stay")
    assert "The river is ours" in quote["content"]["text"]
    assert quote["speaker"]["mention"]["text"] == "the mayor"


def test_a_one_word_answer_after_its_cue_is_a_quotation(code_text):
    quote = find(code_text("Asked whether he would resign, the mayor said, “Never.”"), "Never")
    assert quote["type"] == "direct"
    assert quote["speaker"]["mention"]["text"] == "the mayor"
