"""Idioms of political prose (eleventh session): what is said of someone ("called the senator a
liar", "described the deal as a historic victory"), criticism and support in the words of
political reporting, and who acts in it. Team-written sentences of the shapes the real news
sentences of bench/data/real_dev.jsonl showed; each failed before."""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # What the verb says its object is: an insult is criticism, a compliment praise.
    ('Governor Dale Pruitt called Trump "reckless" on Thursday.', "111", {"USA"}, {"USA"}),
    ("Obama called the French president a courageous leader.", "051", {"USA"}, {"FRA"}),
    ("The Chinese foreign ministry described the American sanctions as illegal.", "111", {"CHN"}, {"USA"}),
    ("Trump knocked the Democrats as weak on crime.", "111", {"USA"}, {"USADEM"}),
    # A place word or another prepositional phrase before the verb does not make it an appeal.
    ('On Twitter, Sen. Walt Hardin (R-Ky.) called Clinton "dishonest."', "111", {"USA"}, {"USA"}),
])
def test_what_is_said_of_someone(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Iranian officials mocked the American sanctions.", "111", {"IRN"}, {"USA"}),
    ("Putin ripped the Pentagon for its missile plans.", "111", {"RUS"}, {"USA"}),
    ("Republicans pounced on Clinton's remarks.", "111", {"USAREP"}, {"USA"}),
    ("Senator Mike Lee took issue with the Pentagon's budget request.", "111", {"USA"}, {"USA"}),
    ("Putin railed about NATO's expansion.", "111", {"RUS"}, {"IGOWSTNAT"}),
    ("Sen. Ron Wyden called into question the CIA's account.", "111", {"USA"}, {"USA"}),
    ("Erdogan questioned the European Union's sincerity.", "111", {"TUR"}, {"IGOEEC"}),
    ("Obama fired back at the Kremlin.", "111", {"USA"}, {"RUS"}),
    # An attack in words: its modifier says so, also after "mounted".
    ("Sanders's allies mounted a blistering attack on the White House.", "111", {"USA"}, {"USA"}),
    ("Russia blocked Japan's attempts to join the council.", "120", {"RUS"}, {"JPN"}),
    # (Shunning a visitor reduces relations: 160, codebook "reductions in normal ... relations".)
    ("Israeli leaders shunned the former American president during his visit.", "160", {"ISR"}, {"USA"}),
    ("Merkel sat with Putin for two hours.", "040", {"DEU"}, {"RUS"}),
    # (The "with" phrase hung on "had", after a time word.)
    ("Erdogan had a meeting on Friday with Putin.", "04", {"TUR"}, {"RUS"}),
])
def test_idioms_of_political_prose(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A bare surname of one country, acted on.
    ("Senate Republicans accused Clinton of lying about the server.", "112", {"USAREP"}, {"USA"}),
    ("The Clinton campaign criticized Sanders over his tax plan.", "111", {"USA"}, {"USA"}),
    ("Sanders's allies criticized the White House.", "111", {"USA"}, {"USA"}),
    ("Sanders praises Obama after a long meeting.", "051", {"USA"}, {"USA"}),
    ("The DNC sued the Trump campaign.", "115", {"USADEM"}, {"USA"}),
])
def test_who_acts_in_campaign_news(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # Sport and culture: what is said of a referee or an album is no political event.
    "The coach called the referee a disgrace.",
    "The band called the new album a triumph.",
    "Critics described the film as a disaster.",
    "The judges called it an impressive piece of scholarship.",
    "The singer mocked the drummer as a hopeless romantic.",
    # A compliment in a condolence is no act of praise toward the speaker's country.
    # Whose honesty is questioned must be named ("their" is no party).
    "The pop singer attacked the US tabloids, questioning their honesty after the story.",
    # Sitting with friends is no meeting of parties.
    "The singer sat with her friends at the game.",
    "The prime minister was saddened by the death of the former leader, describing him as a friend of Australia.",
])
def test_no_event_in_other_news(code_text, text):
    assert dyads(code_text(text)) == []
