"""Who a mention is in real political prose (eleventh session): bare surnames of one country
where a person acts or is acted on, people who act for a person, unknown persons named beside
persons and parties of one country, and US bodies named without the country."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, words, code", [
    # A bare surname that only persons of one country in the table bear, acted on.
    ("Several columnists accused Clinton of hiding the emails.", "Clinton", "USA"),
    ("The governor sided with Sanders on the trade bill.", "Sanders", "USA"),
    # The tagger reads the surname as a plural noun ("sanders").
    ("Sanders praises the union.", "Sanders", "USA"),
    # People who act for a person of known country.
    ("The Clinton campaign said nothing.", "campaign", "USA"),
    ("Sanders's allies were furious.", "allies", "USA"),
    ("Trump supporters gathered outside.", "supporters", "USA"),
    # Party committees and federal departments.
    ("The DNC apologized.", "DNC", "USADEM"),
    ("The Republican National Committee met.", "Republican National Committee", "USAREP"),
    ("The Commerce Department imposed new tariffs.", "Commerce Department", "USA"),
    ("Border Patrol agents arrested 12 people.", "Border Patrol", "USA"),
])
def test_american_political_actors(mentions_of, text, words, code):
    assert mentions_of(text).get(words, (None,))[0] == code


@pytest.mark.parametrize("text, words", [
    # Not a news outlet that is told something, nor a place after "of".
    ("The minister told Bloomberg that the talks had failed.", "Bloomberg"),
    # A country's allies are not that country.
    ("Russia's allies were furious.", "allies"),
])
def test_not_coded_as_the_surname_country(mentions_of, text, words):
    assert mentions_of(text).get(words, (None,))[0] is None


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A person the tables do not know, beside persons and parties of one country, in a sentence
    # that names no country or place.
    ("Senator Wendell Ashcombe praised Obama for his patience.", "051", {"USA"}, {"USA"}),
])
def test_unknown_person_beside_compatriots(code_text, text, cameo, actor, recipient):
    events = code_text(text)["events"]
    assert [(e["cameo"], {a["code"] for a in e["actor"]}, {a["code"] for a in e["recipient"]})
            for e in events] == [(cameo, actor, recipient)]


def test_the_country_named_decides_before_the_persons(code_text):
    # The sentence names a state: its context, not the persons beside, places the unknown person.
    events = code_text("Gbagbo met Obama in Abidjan.")["events"]
    assert events and {a["code"] for a in events[0]["actor"]} != {"USA"}
