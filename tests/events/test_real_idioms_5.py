"""What is done in real news, round 5 (thirteenth session): a verdict in a reported clause (a
party said to be responsible for a deed, or a party's deed said to be unacceptable; also put as
"it was outrageous for X to ..."), a quoted predicate after a long object ("called a report
claiming ... 'outrageous'"), a warning that a party's act would be taken for an act of war, a
motion "of no confidence", a bare refusal of what was put forward, an infinitive's conjuncts
("worked with X to gather ... and patrol ..."), a defence "as" someone, an act avoided or
refrained from (negated). Team-written sentences; each positive row failed before. Sentences
with the same words that tell no act must stay uncoded."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, root, actor, recipient", [
    # Saying a party is responsible (culpable, guilty ...) for a deed is an accusation (112).
    ("The Egyptian foreign minister said Turkey was responsible for the bombing.", "11", {"EGY"}, {"TUR"}),
    ("Ukraine's president insisted that Moscow was responsible for the blackout.", "11", {"UKR"}, {"RUS"}),
    # Saying a party, or its deed, is unacceptable (outrageous, absurd ...) is criticism (111).
    ("The German chancellor said the Russian strikes were unacceptable.", "111", {"DEU"}, {"RUS"}),
    ("The Chilean foreign minister told a conference in Lima that Bolivia's claims to the coast were absurd.", "111", {"CHL"},
     {"BOL"}),
    ("The Kenyan opposition leader said it was outrageous for the Ugandan government to detain the journalists.",
     "111", {"KEN"}, {"UGA"}),
    # Saying a party's act would be taken for an act of war, aggression or a provocation is a
    # threat (13), also with a passive verb of regarding.
    ("Japan said any Chinese landing on the islands would be regarded as an act of aggression.", "13", {"JPN"},
     {"CHN"}),
    ("The Egyptian president warned that a dam built by Ethiopia would be a declaration of war.", "13", {"EGY"},
     {"ETH"}),
    # A quoted predicate after a long object with a clause of its own.
    ("A spokesman for the Kenyan president called a report claiming that donors were given access to the "
     "ministry \"outrageous.\"", "111", {"KEN"}, None),
    # A motion "of no confidence" against a leader (1041), as a "no-confidence motion".
    ("Georgian opposition parties filed a motion of no confidence against Prime Minister Giorgi Kvirikashvili.",
     "1041", {"GEO"}, {"GEO"}),
    # A bare "refused" or "declined" conjoined to what was proposed, offered or asked (12).
    ("The Kenyan president had proposed a ceasefire with the rebels, but the Ugandan government refused.", "12",
     {"UGA"}, None),
    ("Iran was asked to halt the missile tests but refused.", "12", {"IRN"}, None),
    # Working with a party to do several things: the later infinitives count too (06).
    ("Kenyan police worked with Ugandan troops to gather intelligence and patrol the border.", "06", {"KEN"},
     {"UGA"}),
    # Defending someone "as" something is a defence in words (052).
    ("The Kenyan president defended his finance minister as an honest man.", "052", {"KEN"}, None),
])
def test_what_is_done_coded(code_text, text, root, actor, recipient):
    assert_some_event(code_text(text), root, actor, recipient)


@pytest.mark.parametrize("text", [
    # A claim about oneself, a denial, a verdict on no party, a duty: no accusation.
    "Hamas said it was responsible for the attack.",
    "The Iranian minister said Iran was not responsible for the attack.",
    "The coach said the referee's decision was ridiculous.",
    "The ministry said the port authority was responsible for checking the containers.",
    # "refused" with an infinitive of its own, or with nobody with a code.
    "The Iranian foreign minister refused to comment.",
    "The striker was offered a new contract but refused.",
    # A motion of confidence is support, not a demand.
    "The parliament passed a motion of confidence in the government.",
    # A predicate in quotes that is said of the clause's own object, not of the report.
    "The coach called the players' performance \"outstanding.\"",
    "The goalkeeper defended his decision as the right one.",
])
def test_same_words_elsewhere_stay_uncoded(code_text, text):
    assert code_text(text)["events"] == [], dyads(code_text(text))


@pytest.mark.parametrize("text", [
    # Avoiding or refraining from an act: it did not happen.
    "The Kenyan president has avoided criticizing Uganda.",
    "The Kenyan president refrained from criticizing Uganda.",
    "Egypt abstained from condemning Ethiopia's dam.",
])
def test_held_back_acts_are_negated(code_text, text):
    events = [e for e in code_text(text)["events"] if e["cameo"].startswith("11")]
    assert events and all(e["modality"]["negated"] for e in events), dyads(code_text(text))


@pytest.mark.parametrize("text", [
    # What would be taken for an act of war names nobody but the speaker's own: no threat.
    "Moscow warned that any attack on its troops would be considered an act of aggression.",
    # An act of war said of a past deed is no threat.
    "The Kenyan government said the Ugandan raid was an act of war.",
])
def test_no_threat_without_a_party_or_a_future(code_text, text):
    assert not [e for e in code_text(text)["events"] if e["cameo"].startswith("13")], dyads(code_text(text))
