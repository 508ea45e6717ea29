"""Political prose, round 3 (twelfth session): the name the parser makes an open complement of
"call" ("calling Trump a fascist"), "call/press for X to act", a name the small model does not tag
as the subject, and a person's rivals or backers named by their party. Team-written sentences;
each positive row failed before."""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # The name as an open complement with the insult as its object, or two object predicates.
    ("The debate turned sour, with former Vermont Gov. Howard Dean calling Trump a demagogue.", "111",
     {"USA"}, {"USA"}),
    ("Senator Elizabeth Warren is calling Trump a bully.", "111", {"USA"}, {"USA"}),
    ("Romney called both Trump and Democratic front-runner Bernie Sanders “dangerous” on Sunday.", "111",
     {"USA"}, {"USA"}),
])
def test_called_names(code_text, text, cameo, actor, recipient):
    found = {(e["cameo"], frozenset(a["code"] for a in e["actor"]), frozenset(r["code"] for r in e["recipient"]))
             for e in code_text(text)["events"]}
    assert (cameo, frozenset(actor), frozenset(recipient)) in found, dyads(code_text(text))


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # "for" opening an infinitive clause with its own subject is the verb's "for"; that subject
    # is asked.
    ("Sanders called for Obama to veto the pipeline bill.", "02", {"USA"}, {"USA"}),
    ("Merkel pressed for Russia to pull its troops out of Crimea.", "02", {"DEU"}, {"RUS"}),
    # A person's rivals named by their party are of the party's country.
    ("Cruz urged his Republican rivals to quit the race.", "02", {"USA"}, {"USA"}),
    # A name the model leaves untagged, as the subject, beside politicians of one country.
    ("Crandall, a veteran talk radio host, accused the Democrats of rigging the primaries.", "112",
     {"USA"}, {"USADEM"}),
])
def test_who_acts(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # Untagged names with nobody of a country beside them: still nobody to code.
    "Federer beat Nadal in the final.",
    "Brightwater criticized the plan.",
    # A plural word at the start of a quote, with a phrase on it, is no name.
    "\"Recipients of these e-mails should know that the agency never asks for passwords,\" the FBI said.",
    # "for" with a noun of time, not a clause: no appeal.
    "The coach called for a minute of silence before the match.",
])
def test_nothing_to_code(code_text, text):
    assert code_text(text)["events"] == [], dyads(code_text(text))


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Physical assault on people named by what they are (not a player or a referee).
    ("Riot police in Minsk punched protesters outside the courthouse.", "182", {"BLR"}, {"BLR"}),
    ("Security guards in Caracas roughed up reporters covering the vote.", "182", {"VEN"}, {"VEN"}),
    # Going to court with nobody named as sued.
    ("The Republicans sued to block the new voting rules.", "115", {"USAREP"}, set()),
    # Criticism levelled or directed at someone.
    ("The Turkish president directed his anger at Germany on Sunday.", "111", {"TUR"}, {"DEU"}),
    ("The Polish premier levelled sharp criticism at Berlin over the pipeline.", "111", {"POL"}, {"DEU"}),
    # A political act or word slammed, blasted, assailed or bashed.
    ("Sanders blasted the Supreme Court's ruling on campaign finance.", "111", {"USA"}, {"USA"}),
    ("Warren slammed the budget deadlock in the Senate.", "111", {"USA"}, {"USA"}),
])
def test_idioms(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # The same verbs in sport: a player, a referee, a shot.
    "Rooney shoved the referee and was sent off.",
    "He blasted a shot over the bar in the second half.",
    "The striker was tackled in the box.",
    "The coach directed his anger at the referee.",
    "The singer sued for breach of contract.",
])
def test_sport_and_arts_stay_uncoded(code_text, text):
    assert code_text(text)["events"] == [], dyads(code_text(text))


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A stance told by an adjective, with whom it is about in its own phrase.
    ("The German chancellor has been sharply critical of Russia's annexation of Crimea.", "111",
     {"DEU"}, {"RUS"}),
    ("Putin was dismissive of the American proposal.", "120", {"RUS"}, {"USA"}),
    ("The senator was scathing about Obama's handling of the crisis.", "111", {"USA"}, {"USA"}),
    ("The French president was apologetic about the remarks.", "055", {"FRA"}, set()),
])
def test_stance_adjectives(code_text, text, cameo, actor, recipient):
    # (Other acts the sentence tells may be coded as well: "Russia's annexation".)
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    "The manager was critical of the referee after the match.",
    "The patient remains in a critical condition.",
])
def test_stance_adjectives_in_sport(code_text, text):
    assert code_text(text)["events"] == [], dyads(code_text(text))


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Whom a frame's "behind" phrase names receives the act.
    ("Senate Republicans lined up behind Trump on Tuesday.", "051", {"USAREP"}, {"USA"}),
    # A past-tense verb the parser hangs on the noun before it, in a sentence left with no
    # finite verb: the noun the sentence starts with is its subject.
    ("A number of Democrats in Congress who serve as superdelegates condemned Trump on Friday.", "111",
     {"USADEM"}, {"USA"}),
])
def test_subjects_and_behind(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Protesters gathering are a demonstration (not a meeting).
    ("Hundreds of protesters gathered outside the Russian embassy in Kiev.", "141", {"UKR"}, {"RUS"}),
    ("About 300 demonstrators congregated outside the parliament in Budapest on Sunday.", "141", {"HUN"}, {"HUN"}),
    # A bare surname of one country whose "of" a noun of what is done to persons names.
    ("Turkey has long called for the ouster of Assad.", "0241", {"TUR"}, {"SYR"}),
])
def test_gatherings_and_ousters(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


def test_fans_gathering_stay_uncoded(code_text):
    record = code_text("Fans gathered outside the stadium before the match.")
    assert record["events"] == [], dyads(record)
