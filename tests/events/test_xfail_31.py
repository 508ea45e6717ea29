"""The thirty-first session's rules for the old xfails (helper wt-mend31), each on sentences of the
helper's own, with look-alikes. They came from four strict xfails: probe 34's general handed "over to
the war crimes tribunal in The Hague" and its ambassador recalled "from Belgrade in protest at the
killing of ethnic Albanians", probe 33's offensive "opened ... on UNITA-held towns" and full
probe 32's police warned to "open fire on anyone who joined the ... protests"; all four are plain
probe tests now."""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A particle after the object that the parser hangs as a preposition with no object of its own
    # ("handed X over to"), and the U.N. tribunals named by their seat.
    ("Serbia handed a former police colonel over to the war crimes tribunal in The Hague.", "063", {"SRB"}, {"IGO"}),
    ("Tanzania handed a Rwandan former mayor over to the war crimes tribunal in Arusha.", "063", {"TZA"}, {"IGO"}),
    # "anyone who joined the protests", "those who took part in the march" are protesters: fire
    # threatened on them is repression threatened (137), fire opened on them repression (175).
    ("Belarus's interior minister warned that police would open fire on anyone who joined the banned rallies in Minsk.",
     "137", {"BLR"}, {"BLR"}),
    ("Togolese soldiers opened fire on those who took part in the march in Lome.", "175", {"TGO"}, {"TGO"}),
    # An offensive told as a noun reads its target from the support verb's "on" phrase after it.
    ("Ugandan troops opened an offensive on LRA-held villages in the north.", "190", {"UGA"}, {"UGA"}),
    ("Colombian troops opened an offensive on FARC-held areas in the south.", "190", {"COL"}, {"COL"}),
    # An ambassador recalled "from" a capital, with the actor's own people only in the reason phrase.
    ("Chile recalled its ambassador from Lima in protest at the arrest of Chilean fishermen.", "161", {"CHL"}, {"PER"}),
    ("Hungary recalled its envoy from Bucharest in protest at the beating of ethnic Hungarians in Transylvania.",
     "161", {"HUN"}, {"ROU"}),
])
def test_xfail_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Fire threatened on anyone who joins rebels stays an attack threatened (1384), on anyone who
    # comes near a fence a fight (193).
    ("Belarus's interior minister warned that police would open fire on anyone who joined the rebels.",
     "1384", {"BLR"}, set()),
    ("Togolese soldiers opened fire on anyone who approached the fence.", "193", {"TGO"}, set()),
    # A time after "on" names no target.
    ("Ethiopian troops opened an offensive on Monday near the border town of Zalambessa.", "190", {"ETH"}, set()),
    # A reason phrase that names another state's people still names it; a border closed in
    # retaliation keeps its neighbour.
    ("Chile recalled its ambassador from Peru in protest at the arrest of Peruvian fishermen.", "161", {"CHL"}, {"PER"}),
    ("Chile closed its border with Peru in retaliation for the arrest of Chilean fishermen.", "191", {"CHL"}, {"PER"}),
])
def test_xfail_rules_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text", [
    # A trophy handed over is no suspect handed to justice.
    "The captain handed the trophy over to the Kenyan minister.",
])
def test_xfail_rules_quiet(code_text, text):
    record = code_text(text)
    assert not has_asserted_code(record, "06"), dyads(record)
