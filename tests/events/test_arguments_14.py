"""Who acts and who receives in real news, round 6 (thirteenth session): a bare refusal answers
whoever made the proposal, a politician's campaign manager and lawyer are of the politician's
country, a bare "the front-runner" is the last person named before it, and of two clauses hung
on a verb of saying the one "that" opens is what was said. Team-written sentences; each positive
row failed before."""

from __future__ import annotations

import pytest

from eventkit import assert_dyad


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A bare refusal conjoined to a proposal, an offer or a suggestion is aimed at its author.
    ("Prime Minister Narendra Modi had proposed a joint commission on the river waters, but the Pakistani "
     "government refused.", "12", {"PAK"}, {"IND"}),
    ("Chancellor Olaf Scholz had suggested a cap on gas prices, but the Dutch government refused.", "12",
     {"NLD"}, {"DEU"}),
    ("The Kenyan government offered talks to the rebels, but the Ugandan army refused.", "12", {"UGA"}, {"KEN"}),
    ("Germany proposed a joint patrol and France refused.", "12", {"FRA"}, {"DEU"}),
    # A politician's campaign manager is of the politician's country.
    ("Governor Gavin Newsom praised his campaign manager after the election.", "051", {"USA"}, {"USA"}),
    # A bare "the front-runner" or "the nominee" is the last person named before it, other than
    # whoever acts in its own clause.
    ("As the debate went on and Trump stood by his remarks on trade, Rubio again tried to rebuke the "
     "front-runner.", "111", {"USA"}, {"USA"}),
    ("Trump met Cruz in Iowa, and later Kasich praised the nominee.", "051", {"USA"}, {"USA"}),
    # Of two clauses hung on "said" (the parser takes the one before a colon too), the one "that"
    # opens is what was said, and whom it names receives the warning.
    ("Paris is watching closely: Paris has said that an attack by Iran would be regarded as an act of war.",
     "138", {"FRA"}, {"IRN"}),
    ("Tokyo is following events: Tokyo has said that a launch by North Korea would be seen as a provocation.",
     "13", {"JPN"}, {"PRK"}),
])
def test_who_acts_round_6(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # A refusal of something asked of nobody in particular still has no recipient.
    "The union was asked to end the strike but refused.",
])
def test_refusal_without_proposer_has_no_recipient(code_text, text):
    record = code_text(text)
    assert all(not e["recipient"] for e in record["events"] if e["cameo"].startswith("12"))


@pytest.mark.parametrize("text", [
    # With nobody named before it, "the nominee" stays unnamed (and reading it must not loop).
    "The nominee criticised Obama.",
])
def test_race_anaphor_with_nobody_before(code_text, text):
    record = code_text(text)
    assert record is not None
    assert not any(m["text"].lower() == "the nominee" for e in record["events"] for m in e["actor"] + e["recipient"])
