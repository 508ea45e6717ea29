"""Round 7 rules (team-written sentences): what a sourceless passive says of its subject, an
"as" or infinitive complement the parser hung away from the object, and frames added from
PolNeAR train counts."""

from __future__ import annotations

import pytest

from quotekit import find, quotes


@pytest.mark.parametrize("text, fragment", [
    ("Governor Alvarez is widely seen as the favourite to win the nomination.", "the favourite to win"),
    ("Senator Brandt was criticized for skipping the vote on the farm bill.", "skipping the vote"),
    ("The mayor was declared the winner after a recount in the northern wards.", "the winner"),
    ("The judge is best known for her rulings on voting rights.", "her rulings on voting rights"),
])
def test_sourceless_passive_with_a_predicate(code_text, text, fragment):
    quote = find(code_text(text), fragment)
    subject = text.split(" is ")[0].split(" was ")[0]
    assert quote["content"]["text"].startswith(subject)  # the passive subject is part of the content
    assert quote["speaker"]["mention"] is None and quote["speaker"]["name"] is None  # never guessed


@pytest.mark.parametrize("text", [
    "The judge knows for certain that the ballots were counted twice.",  # active "know for" is no frame
    "The new bridge was opened for traffic on Monday.",  # not a cue
    "The bill, which was criticized for its cost, passed on Friday.",  # relative pronoun as subject
])
def test_no_sourceless_passive_without_what_was_said(code_text, text):
    assert not any(q["speaker"]["mention"] is None and "passive" in (q["explanation"] or "")
                   for q in code_text(text)["quotes"]), quotes(code_text(text))


def test_as_clause_after_the_object_belongs_to_the_cue(code_text):
    # the parser makes "as singularly focused …" a clause of the verb
    record = code_text("Clinton spent the week portraying Sanders as singularly focused on economic issues.")
    assert find(record, "Sanders")["content"]["text"] == "Sanders as singularly focused on economic issues"


def test_infinitive_after_a_noun_that_takes_one(code_text):
    # "to raise …" completes "his call", though the parser hangs it on "defended"
    record = code_text("The senator defended his call to raise the minimum wage to $15 an hour.")
    assert find(record, "his call")["content"]["text"] == "his call to raise the minimum wage to $15 an hour"


def test_infinitive_after_a_noun_that_does_not_take_one(code_text):
    # "the figures" take no infinitive: "to reassure markets" is why they were cited
    record = code_text("Officials cited the figures to reassure markets.")
    assert find(record, "the figures")["content"]["text"] == "the figures"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("The governor issued a statement condemning the attack on the clinic.", "a statement", "The governor"),
    ("Okafor lambasted the budget deal negotiated by the council.", "the budget deal", "Okafor"),
    ("Diaz persuaded the committee to delay the vote.", "to delay the vote", "Diaz"),
])
def test_frames_added_from_train_counts(code_text, text, fragment, speaker):
    quote = find(code_text(text), fragment)
    assert quote["speaker"]["mention"]["text"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("The rally grew louder as he urged voters to stay home on polling day.", "voters to stay home on polling day", "he"),
    ("Her voice broke as Mendez spoke of her faith in the voters of the valley.", "her faith in the voters of the valley", "Mendez"),
])
def test_cue_in_an_as_clause_with_its_own_complement(code_text, text, content, speaker):
    # "as X urged …" is no "as X said, CLAUSE": the cue has a complement of its own
    quote = find(code_text(text), content)
    assert quote["content"]["text"] == content and quote["speaker"]["mention"]["text"] == speaker


def test_as_clause_without_a_complement_still_reports_the_clause_around(code_text):
    record = code_text("As the mayor noted, the bridge is older than the city itself.")
    assert quotes(record) == [("the bridge is older than the city itself", "noted", "the mayor")]


def test_how_someone_seems_has_no_source(code_text):
    quote = find(code_text("After the debate Governor Alvarez seemed irritated by the questions."), "irritated")
    assert quote["content"]["text"].startswith("Governor Alvarez")
    assert quote["speaker"]["mention"] is None


def test_it_seems_is_no_appearance(code_text):
    assert not any("appearance" in (q["explanation"] or "") for q in code_text("It seems likely that the vote will pass.")["quotes"])


def test_parenthetical_cue_with_the_one_told(code_text):
    # "…, Trump told CNN, …": the one told is no complement of the cue
    record = code_text("The new tax, Okafor told CNN, would be cut for farmers.")
    assert find(record, "The new tax")["speaker"]["mention"]["text"] == "Okafor"


def test_stance_phrase_with_a_gerund(code_text):
    record = code_text("She also argued in favor of Britain's remaining in the European Union.")
    assert find(record, "remaining")["content"]["text"] == "Britain's remaining in the European Union"


def test_topic_hung_on_the_one_spoken_to(code_text):
    record = code_text("He has been talking to his inner circle about launching a new organization.")
    assert find(record, "launching")["speaker"]["mention"]["text"] == "He"


def test_participle_after_a_passive_takes_its_subject_as_source(code_text):
    # "'s tacked" is read as a passive; its subject still does the criticizing
    record = code_text("Since May, she's tacked to the left on energy, criticizing the new pipeline.")
    assert find(record, "the new pipeline")["speaker"]["mention"]["text"] == "she"


@pytest.mark.parametrize("text, content", [
    ("Voters consider the governor a safe pair of hands.", "the governor a safe pair of hands"),
    ("The president named Okafor his new envoy to the region.", "Okafor his new envoy to the region"),
    ("The ad contrasts her record in the Senate with his record as governor.",
     "her record in the Senate with his record as governor"),
])
def test_object_frames_from_train_counts(code_text, text, content):
    assert find(code_text(text), content.split()[0])["content"]["text"] == content


def test_participle_with_as_after_a_noun(code_text):
    record = code_text("She won most of the contests known as Super Tuesday.")
    quote = find(record, "Super Tuesday")
    assert quote["content"]["text"] == "the contests as Super Tuesday"  # the noun with what it is taken for
    assert quote["speaker"]["mention"] is None
    record = code_text("The talks also covered an option seen by many organizers as a lifeboat for conservatives.")
    assert find(record, "a lifeboat")["speaker"]["mention"]["text"] == "many organizers"


def test_a_group_called_something_is_a_name_not_a_description(code_text):
    record = code_text("A group called Voters First held a rally in the park.")
    assert not any("Voters First" in q["content"]["text"] for q in record["quotes"]), quotes(record)


def test_quotation_opened_in_a_reported_clause_runs_to_its_closing_mark(code_text):
    record = code_text("Okafor said that farmers “do a fine job. And it is so important. And it is our food.” He left.")
    content = find(record, "fine job")["content"]["text"]
    assert content.endswith("our food.”") and "He left" not in content


def test_passive_of_an_object_cue_with_as(code_text):
    quote = find(code_text("His remarks have been widely condemned as fearmongering."), "fearmongering")
    assert quote["content"]["text"] == "His remarks as fearmongering" and quote["speaker"]["mention"] is None


def test_a_bare_statement_noun_has_content_and_no_source(code_text):
    quote = find(code_text("The rally ended with passionate endorsements of his candidacy."), "his candidacy")
    assert quote["content"]["text"] == "his candidacy" and quote["speaker"]["mention"] is None


def test_a_noun_without_the_bare_flag_still_needs_an_owner(code_text):
    assert not any("the schedule" in q["content"]["text"]
                   for q in code_text("There was a reference to the schedule in the memo.")["quotes"])


def test_gerund_after_a_superlative_takes_the_clause_subject(code_text):
    record = code_text("Cruz has been the most aggressive in the field in denouncing the mainstream media.")
    assert find(record, "the mainstream media")["speaker"]["mention"]["text"] == "Cruz"


def test_title_case_headline_is_read_again_in_sentence_case(code_text):
    record = code_text("Glenn Beck Blasts Drudge For Mocking His Fast\n\nThe host spoke on Monday.")
    quote = find(record, "Mocking His Fast")
    assert quote["speaker"]["mention"]["text"] == "Glenn Beck" and quote["speaker"]["name"] == "Glenn Beck"
    assert "sentence case" in quote["explanation"]


def test_sentence_case_keeps_offsets_names_and_acronyms():
    from accord.quotes import load_cues
    from accord.quotes.headlines import sentence_case
    text = "GOP Leaders Blast Trump For Mocking The Judge"
    cased = sentence_case(text, load_cues())
    assert len(cased) == len(text)
    assert cased == "GOP Leaders blast Trump for mocking the Judge"


def test_statement_noun_in_a_phrase_of_the_verb_is_its_subjects(code_text):
    record = code_text("Okafor opened the rally with an assertion that the new tax would hurt farmers.")
    quote = find(record, "the new tax would hurt farmers")
    assert quote["speaker"]["mention"]["text"] == "Okafor"
    # a relative clause on the noun is no content of it
    assert not any("surprised" in q["content"]["text"]
                   for q in code_text("In a statement that surprised many, the mayor said little.")["quotes"])
