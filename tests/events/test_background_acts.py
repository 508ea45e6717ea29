"""What an "after", "following" or "amid" phrase tells is the background of the act a sentence
reports, not a second event, also when it is the second of two coordinated nouns ("after a wave of
prison riots and car bombings"). Wire coding leaves such background out: of the 86 events accord
codes in these phrases of the tuning sets and then drops, the gold codes none it would otherwise
miss. An act in such a phrase stays when it is the sentence's only event, when it is a clause of
its own joined by "and", or when it is one of two acts of a switch of ties."""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Kenya deployed hundreds of police officers to the border town of Mandera after a string of "
     "kidnappings and roadside bombings.", "153", {"KEN"}, {"KEN"}),
    ("Ecuador's government deployed 3,000 police officers to Guayaquil on Friday after a wave of prison "
     "riots and car bombings.", "153", {"ECU"}, {"ECU"}),
])
def test_a_coordinated_act_in_the_background_is_dropped(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


def test_the_background_is_coded_when_it_is_the_only_event(code_text):
    record = code_text("The curfew came after a wave of prison riots and car bombings in Guayaquil.")
    assert [cameo for cameo, _, _ in dyads(record)] == ["1832"]


def test_an_act_joined_by_and_is_a_clause_of_its_own(code_text):
    record = code_text("Kenya deployed police officers to Mandera after a string of kidnappings, and Somali "
                       "militants bombed a police post in Wajir.")
    assert ("183", {"SOM"}, {"KEN"}) in dyads(record)


def test_a_switch_of_ties_keeps_both_acts(code_text):
    record = code_text("Honduras established diplomatic relations with China after cutting its ties with Taiwan.")
    assert ("054", {"HND"}, {"CHN"}) in dyads(record)
    assert ("161", {"HND"}, {"TWN"}) in dyads(record)


def test_following_read_as_a_verb_still_sets_the_scene(code_text):
    # (the parser takes "following" for a verb with "a spate" as its object)
    record = code_text("Pakistan closed its border crossings with Afghanistan following a spate of shootings and "
                       "suicide bombings near Peshawar.")
    assert_sole_dyad(record, "191", {"PAK"}, {"AFG"})
