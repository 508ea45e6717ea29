"""Who acts in real news sentences: mechanisms found by coding real sentences (bench/data/real_dev.jsonl)
where accord found no actor, each tried on team-written sentences of the same shape with persons the
tables do not know."""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A state in the person's own title places the person (no country is named).
    ("Vermont Senator Paul Oakes criticized the Justice Department.", "11", {"USA"}, {"USA"}),
    ("Former Ohio Gov. Carl Brenner met Mexican President Enrique Pena Nieto on Wednesday.", "04", {"USA"}, {"MEX"}),
    # A party–state tag after a legislator's name.
    ("Sen. Dana Whitfield (R-Ohio) accused China of manipulating its currency.", "11", {"USA"}, {"CHN"}),
    # A party word in the title, or in an apposition.
    ("Republican Senator Tom Hadley criticized Iran over the missile test.", "11", {"USA"}, {"IRN"}),
    ("Tom Hadley, a Texas Republican, criticized Iran over the missile test.", "11", {"USA"}, {"IRN"}),
    # A surname the tagger reads as a common noun is still the person the table knows.
    ("Trump blasted China over its trade practices.", "11", {"USA"}, {"CHN"}),
    # A surname too common for an alias that the table's persons of one country share.
    ("Clinton criticized the Syrian government over the siege.", "11", {"USA"}, {"SYR"}),
    # US federal bodies named without the country, and a party's members.
    ("The Justice Department charged two Russian hackers with fraud.", "11", {"USA"}, {"RUS"}),
    ("Senate Democrats accused Russia of meddling in the election.", "11", {"USADEM"}, {"RUS"}),
])
def test_american_politicians_and_bodies(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, not_actor", [
    # Other parties' members and other guards are not American.
    ("The Social Democrats criticized Chancellor Angela Merkel.", "USA"),
    ("Sweden Democrats leader Jimmie Akesson criticized the government.", "USA"),
    ("Republican Guard commander Ali Hassan attacked Kurdish villages.", "USA"),
])
def test_party_words_of_other_names(code_text, text, not_actor):
    assert not any(code.startswith(not_actor) for _cameo, actors, _recipients in dyads(code_text(text))
                   for code in actors)


def test_a_place_named_like_a_surname_is_no_person(code_text):
    # "Kono" is a Japanese minister's surname and a district of Sierra Leone.
    record = code_text("Sierra Leonean rebels and militiamen fought running gun battles in the district of Kono.")
    assert dyads(record) and all("JPN" not in recipients for _c, _a, recipients in dyads(record))


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Idioms of criticism and support in political prose.
    ("Senator Tom Hadley (R-Texas) ripped into China over its steel exports.", "111", {"USA"}, {"CHN"}),
    ("Turkish President Recep Tayyip Erdogan went after Israel in a speech on Tuesday.", "111", {"TUR"}, {"ISR"}),
])
def test_idioms_of_political_prose(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


def test_lining_up_behind_is_support(code_text):
    assert [e["cameo"] for e in code_text("Senate Republicans lined up behind Jeb Bush.")["events"]] == ["051"]
