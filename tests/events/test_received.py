"""Acts the subject receives ("drew criticism from Turkey"): the giver is the actor.

Team-written wire-style sentences (not from the dev or held-out sets).
"""

from __future__ import annotations

import pytest

from eventkit import codes, only_event


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Poland's new judicial law drew sharp criticism from the European Union.", "11", {"IGOEEC"}, {"POL"}),
    ("The Georgian government faced criticism from its closest partner, the United States.", "11", {"USA"},
     {"GEO"}),
    ("Belgrade came under criticism from Berlin over its arms sales.", "11", {"DEU"}, {"SRB"}),
    ("Zambia's debt deal won praise from the International Monetary Fund.", "05", {"IGOIMF"}, {"ZMB"}),
])
def test_giver_is_the_actor(code_text, text, cameo, actor, recipient):
    event = only_event(code_text(text), cameo)
    assert (codes(event["actor"]), codes(event["recipient"])) == (actor, recipient)


@pytest.mark.parametrize("text", [
    "The striker's late goal drew praise from his coach.",
    "The new album drew criticism from reviewers.",
])
def test_no_political_giver_no_event(code_text, text):
    assert code_text(text)["events"] == []


def test_reaction_drawn_by_an_act_is_its_own_event(code_text):
    record = code_text("Serbian police raided two offices in northern Kosovo, drawing condemnation from Pristina.")
    event = only_event(record, "11")
    assert (codes(event["actor"]), codes(event["recipient"])) == ({"XKX"}, {"SRB"})


def test_act_prompted_answers_its_cause(code_text):
    record = code_text("Three Russian warships sailed close to the Latvian coast, prompting Riga to scramble "
                       "fighter jets.")
    event = only_event(record, "15")
    assert (codes(event["actor"]), codes(event["recipient"])) == ({"LVA"}, {"RUS"})
