"""Each construction the quote stage handles, on team-written sentences (table-driven)."""

from __future__ import annotations

import unicodedata

import pytest

from accord.quotes import load_cues
from accord.quotes.marks import find_marked_quotes
from accord.quotes.model import Quote

from quotekit import find


def plain(name: str | None) -> str | None:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() if name else name


def quotes_of(record: dict) -> list[dict]:
    return record["quotes"]


# -- quote marks -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, parts", [
    # two apostrophes standing for a double mark (some newspapers)
    ("''We will win,'' she said.", [["We will win,"]]),
    # straight quotes inside a curly quotation are not quotations of their own
    ("“He told me \"no\" twice,” she said.", [['He told me "no" twice,']]),
    # a block wrapped in straight marks around curly ones
    ('"“We stay,” he said."', [["We stay,"]]),
    # apostrophes and decades are not marks
    ("“It’s the ’90s again,” he said.", [["It’s the ’90s again,"]]),
    # single marks are quotations only where no double marks are used
    ("‘Carnage on the road’ in Nice", [["Carnage on the road"]]),
    # mixed closing style in scraped text
    ("“We stay,\" he said.", [["We stay,"]]),
])
def test_quote_marks_styles(text, parts):
    assert [[text[s:e] for s, e in q.parts] for q in find_marked_quotes(text)] == parts


# -- direct quotations ---------------------------------------------------------------------------
DIRECT = [
    # (text, fragment of the quote, speaker name, mention text)
    ("Chancellor Olaf Scholz spoke in Berlin. “We will keep supporting Ukraine,” Scholz said.",
     "keep supporting Ukraine", "Olaf Scholz", "Scholz"),
    ("“The budget is balanced,” said Italian Prime Minister Giorgia Meloni.",
     "budget is balanced", "Giorgia Meloni", "Italian Prime Minister Giorgia Meloni"),
    ("Indian Prime Minister Narendra Modi told reporters: “Our growth will continue.”",
     "growth will continue", "Narendra Modi", "Indian Prime Minister Narendra Modi"),
    ("President Cyril Ramaphosa said, «Our doors remain open to investors.»",
     "doors remain open", "Cyril Ramaphosa", "President Cyril Ramaphosa"),
    ('"We are ready for the vote," Moldovan President Maia Sandu said on Friday.',
     "ready for the vote", "Maia Sandu", "President Maia Sandu"),
    # several sentences inside one quotation
    ("“Prices are falling. Wages are rising. People feel it,” Australian Prime Minister Anthony Albanese said.",
     "Wages are rising", "Anthony Albanese", "Australian Prime Minister Anthony Albanese"),
]


@pytest.mark.parametrize("text, fragment, name, mention", DIRECT)
def test_direct_quotations(code_text, text, fragment, name, mention):
    quote = find(code_text(text), fragment)
    assert quote["type"] == "direct"
    assert plain(quote["speaker"]["name"]) == name
    assert quote["speaker"]["mention"]["text"] == mention


def test_multi_paragraph_quote_is_one_quote(code_text):
    text = ("French President Emmanuel Macron spoke in Paris on Monday.\n\n"
            "“Europe must be able to defend itself. This is not a slogan.\n\n"
            "“It is a duty to our children,” Macron said.")
    direct = [q for q in code_text(text)["quotes"] if q["type"] == "direct"]
    assert len(direct) == 1
    assert [p["text"] for p in direct[0]["parts"]] == [
        "Europe must be able to defend itself. This is not a slogan.", "It is a duty to our children,"]
    assert direct[0]["speaker"]["name"] == "Emmanuel Macron"


def test_quote_then_sentence_then_quote_is_one_attribution(code_text):
    text = ("“The harvest was poor,” said Meloni. “We will help the farmers.”")
    direct = [q for q in code_text(text)["quotes"] if q["type"] == "direct"]
    assert len(direct) == 1
    assert [p["text"] for p in direct[0]["parts"]] == ["The harvest was poor,", "We will help the farmers."]


def test_colon_on_the_line_before_introduces_the_quote(code_text):
    text = "Prime Minister Narendra Modi continued:\n\n“The reforms will go on.”"
    quote = find(code_text(text), "reforms will go on")
    assert quote["speaker"]["name"] == "Narendra Modi"


@pytest.mark.parametrize("text, fragment, mention", [
    ("WALLACE: Do you accept the result of the election?", "accept the result", "WALLACE"),
    ("Albanese: Budget Will Bring Relief To Families", "Budget Will Bring Relief", "Albanese"),
])
def test_transcript_lines_and_headlines(code_text, text, fragment, mention):
    quote = find(code_text(text), fragment)
    assert quote["speaker"]["mention"]["text"] == mention


@pytest.mark.parametrize("text", [
    "The minister called the plan a “historic step” for the region and left.",
    "Critics dismissed the so-called “reform” as cosmetic.",
    "Photo: a crowd in the square.",
])
def test_scare_quotes_and_labels_are_not_direct_quotes(code_text, text):
    assert not [q for q in code_text(text)["quotes"] if q["type"] == "direct"]


def test_unbalanced_marks_still_give_a_quote(code_text):
    text = "“The border stays open and trade goes on, Sandu said.\n\nThe talks ended late."
    record = code_text(text)
    assert any("border stays open" in q["content"]["text"] for q in record["quotes"])


# -- reported speech and attributed beliefs --------------------------------------------------
REPORTED = [
    # (text, content fragment, content must not contain, speaker mention)
    ("Scholz said that the coalition would survive the winter.", "the coalition would survive", "Scholz said",
     "Scholz"),
    ("Meloni noted on Thursday that exports had grown by ten percent.", "exports had grown", "Thursday", "Meloni"),
    ("Modi has added that the railway will open next year.", "the railway will open", "added", "Modi"),
    ("Ramaphosa told reporters the power cuts would end by June.", "power cuts would end", "reporters",
     "Ramaphosa"),
    ("According to Albanese, the new mine will create four thousand jobs.", "new mine will create", "According",
     "Albanese"),
    ("The minister warned that the drought could cut the harvest in half.", "drought could cut", "warned",
     "The minister"),
    ("Sandu insisted the referendum had been fair.", "referendum had been fair", "insisted", "Sandu"),
    ("The ministry denied the report about troop movements.", "the report about troop movements", "denied",
     "The ministry"),
    ("The opposition called for early elections in the spring.", "early elections", "called", "The opposition"),
    ("Macron wants to reform the pension system before the summer.", "to reform the pension system", "wants",
     "Macron"),
    ("The government plans to raise the minimum wage.", "to raise the minimum wage", "plans", "The government"),
    ("Scholz criticised the bank for its slow response.", "the bank for its slow response", "criticised",
     "Scholz"),
    ("The senator accused the agency of hiding the documents.", "the agency of hiding", "accused",
     "The senator"),
    ("A new poll shows that most voters favour the treaty.", "most voters favour the treaty", "poll",
     "A new poll"),
    ("The study found that rents had doubled in ten years.", "rents had doubled", "study", "The study"),
    ("Many economists believe the recession is over.", "the recession is over", "believe", "Many economists"),
    ("The union argued that the reform hurt young workers.", "the reform hurt young workers", "argued",
     "The union"),
    ("Meloni cited the unemployment figures as proof of success.", "the unemployment figures", "cited", "Meloni"),
    ("The trade deal, the minister said, will be signed in May.", "will be signed in May", "minister said",
     "the minister"),
    ("Talks on the dam will resume next week, officials said.", "Talks on the dam will resume", "officials",
     "officials"),
    ("The president's proposal to cut fuel taxes angered the unions.", "to cut fuel taxes", "proposal",
     "The president's"),
]


@pytest.mark.parametrize("text, fragment, absent, mention", REPORTED)
def test_reported_speech(code_text, text, fragment, absent, mention):
    quote = find(code_text(text), fragment)
    assert quote["type"] == "indirect"
    assert absent not in quote["content"]["text"]
    assert quote["speaker"]["mention"]["text"].lower().startswith(mention.lower().rstrip("'s")) or \
        mention.lower() in quote["speaker"]["mention"]["text"].lower()


def test_report_inside_a_report_is_one_attribution(code_text):
    record = code_text("Scholz said the minister believes the plan will fail.")
    assert len(record["quotes"]) == 1
    assert record["quotes"][0]["speaker"]["mention"]["text"] == "Scholz"


def test_passive_expectation_has_no_source(code_text):
    quote = find(code_text("The bill is expected to pass the senate on Tuesday."), "pass the senate")
    assert quote["speaker"]["mention"] is None and quote["speaker"]["name"] is None


def test_participle_speaker_is_the_subject(code_text):
    quote = find(code_text("Meloni spoke to the farmers, adding that the subsidy would stay."), "subsidy would stay")
    assert plain(quote["speaker"]["name"]) == "Giorgia Meloni"


# -- speakers ------------------------------------------------------------------------------
def test_pronoun_resolves_to_the_last_named_person(code_text):
    text = "Moldovan President Maia Sandu arrived in Brussels.\n\n“We came to talk about energy,” she said."
    assert find(code_text(text), "talk about energy")["speaker"]["name"] == "Maia Sandu"


def test_pronoun_skips_a_person_of_the_other_gender(code_text):
    text = ("Ms. Maia Sandu met Mr. Olaf Scholz in Berlin.\n\n"
            "“The meeting was useful,” she said.")
    assert find(code_text(text), "meeting was useful")["speaker"]["name"] == "Maia Sandu"


def test_title_refers_to_the_office_holder_not_the_last_person(code_text):
    text = ("South African President Cyril Ramaphosa met trade unionist Zwelinzima Vavi on Monday.\n\n"
            "“We agreed on a plan for jobs,” the head of state said.")
    quote = find(code_text(text), "plan for jobs")
    assert quote["speaker"]["name"] == "Cyril Ramaphosa"
    assert quote["speaker"]["mention"]["text"] == "the head of state"
    assert quote["speaker"]["actor"]["code"] == "ZAF"


def test_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(code_text):
    quote = find(code_text("Scholz, who said the budget was safe, left early."), "budget was safe")
    assert quote["speaker"]["mention"]["text"] == "who"
    assert quote["speaker"]["name"] == "Olaf Scholz"


def test_unknown_title_is_not_guessed(code_text):
    quote = find(code_text("“The river is rising,” a spokesman said."), "river is rising")
    assert quote["speaker"]["name"] is None
    assert quote["speaker"]["mention"]["text"] == "a spokesman"


# -- the lexicon and the model ----------------------------------------------------------------
def test_cue_lexicon_has_frames():
    cues = load_cues()
    assert cues.verb("say").takes("clause") and cues.introduces_quotes("say")
    assert cues.verb("call").takes("for") and cues.verb("want").takes("inf")
    assert "proposal" in cues.nouns


def test_quote_covers_only_its_parts():
    quote = Quote(id="q1", type="direct", content=(0, 30), parts=[(0, 10), (20, 30)])
    assert quote.covers(5) and quote.covers(25) and not quote.covers(15)
    assert Quote(id="q2", type="indirect", content=(3, 9)).parts == [(3, 9)]
