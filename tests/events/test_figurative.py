"""Words of war used of speech, and violence named only in general (accord.events.figurative).

Team-written sentences in the manner of political reporting; the real-text audit
(bench/audit_real_news.py) found these among the commonest wrong events in BBC politics pages.
"""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, actor, recipient", [
    # A politician "goes on the offensive", "attacks" a party or a rival, "fires a broadside":
    # criticism (111), not military force.
    ("British opposition leader Michael Howard went on the offensive over the home secretary's remarks on asylum.",
     {"GBR"}, set()),
    ("German Chancellor Gerhard Schroeder attacked the opposition Christian Democrats over their tax proposals.",
     {"DEU"}, {"DEU"}),
    ("Kenya's President Mwai Kibaki attacked the opposition leader Raila Odinga over his calls for mass protests.",
     {"KEN"}, {"KEN"}),
])
def test_war_words_of_speech_are_criticism(code_text, text, actor, recipient):
    assert_sole_dyad(code_text(text), "111", actor, recipient)


@pytest.mark.parametrize("text", [
    # A threat named in general: nobody carries it out, nobody named suffers it.
    "Britain's home secretary said Britons must be prepared for a possible terrorist attack.",
    "The French president said citizens had the right to live free from terrorist attack.",
])
def test_violence_named_in_general_is_no_event(code_text, text):
    assert dyads(code_text(text)) == []


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A state, an armed body, a weapon or a crowd keeps the violence real.
    ("Russian President Vladimir Putin attacked Georgia in August 2008.", "190", {"RUS"}, {"GEO"}),
    ("U.S. President George W. Bush ordered an offensive against Taliban positions in southern Afghanistan.", "190",
     {"USA"}, {"AFGTAL"}),
    ("Hamas attacked Israel with rockets fired from Gaza.", "19", {"PSEHMS"}, {"ISR"}),
    ("Supporters of the opposition attacked the offices of the ruling party in Tbilisi.", "190", {"GEO"}, {"GEO"}),
    ("A suicide attack on a market in Baghdad killed 20 people.", "1831", {"IRQ"}, {"IRQ"}),
])
def test_real_violence_keeps_its_code(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)
