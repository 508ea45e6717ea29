"""A bare government by the state's own bodies and parties (twenty-ninth session, wt-gov29).

"The government", "ministers", "the cabinet" and "the authorities" named without a state took
their country only from a country or a person in the sentence. A national body or party that the
tables code with its one state (institutions.tsv: "the TUC", "the Bundesbank"; the parties of
organisations.tsv: "Labour", "the CDU") tells it as well: a reader of "The TUC urged the
government to ..." knows whose government is meant. Never a company (it may be a foreign one),
never an international body, and not when the sentence names two states. The sentences are the
helper's own.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted

from accord.actors.model import Actor
from accord.events.places import national_body


@pytest.mark.parametrize("text, code, actor, recipient", [
    # The body or party acts on the government.
    ("The TUC urged the government to scrap the new strike law.", "02", {"GBR"}, {"GBR"}),
    ("Labour accused the government of wasting public money on consultants.", "112", {"GBR"}, {"GBR"}),
    ("The CDU accused the government of neglecting the armed forces.", "112", {"DEU"}, {"DEU"}),
    ("The TUC called on ministers to raise the minimum wage.", "02", {"GBR"}, {"GBR"}),
    ("The Tories urged the cabinet to cut fuel duty.", "02", {"GBR"}, {"GBR"}),
    ("Labour accused the authorities of covering up the scandal.", "112", {"GBR"}, {"GBR"}),
    # The government acts on the body or party.
    ("The government accused the TUC of holding the country to ransom.", "112", {"GBR"}, {"GBR"}),
    ("Ministers accused the Tories of scaremongering.", "112", {"GBR"}, {"GBR"}),
])
def test_bare_government_is_the_bodys_state(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, root=True), dyads(record)


@pytest.mark.parametrize("text, actor", [
    # An international body has no state to lend.
    ("The UN urged the government to protect migrant workers.", {"IGO"}),
    # Two states' bodies: whose government is not told.
    ("The Bundesbank and Poland's central bank criticised the government over its budget.", {"DEU", "POL"}),
    ("Labour and the Irish Labour Party urged the government to act.", {"GBR", "IRL"}),
])
def test_government_stays_uncoded(code_text, text, actor):
    record = code_text(text)
    events = [e for e in record["events"] if {a["code"][:3] for a in e["actor"]} == actor]
    assert events, dyads(record)
    assert all(not e["recipient"] for e in events), dyads(record)


@pytest.mark.parametrize("text", [
    # A company is no state's organ (Toyota is Japan's, the government need not be).
    "The government accused Toyota of hiding safety defects.",
    # Nor an international body.
    "The government accused the IMF of meddling in its budget.",
    # Two states' bodies.
    "The government accused the Bundesbank and the Bank of France of hoarding gold.",
])
def test_government_as_actor_stays_quiet(code_text, text):
    record = code_text(text)
    assert not record["events"], dyads(record)


def test_national_body_kinds():
    assert national_body(Actor("GBR", "LAB", "Trades Union Congress", "organisation"))
    assert national_body(Actor("GBRLAB", "PTY", "Labour Party", "organisation"))
    assert not national_body(Actor("JPN", "BUS", "Toyota", "organisation"))
    assert not national_body(Actor("IGOIMF", "IGO", "International Monetary Fund", "organisation"))
    assert not national_body(Actor("AFGTAL", "REB", "Taliban", "organisation"))
    assert not national_body(Actor("GBR", "GOV", None, "country"))
