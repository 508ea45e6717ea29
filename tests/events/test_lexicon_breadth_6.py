"""Lexicon breadth, round 6 (eighth session): captured airmen and crews handed back (0841), joint
investigation teams (063), warnings of force by their verb (138); with everyday uses of the same
words that must not code.

Team-written sentences: the CAMEO code, the PLOVER type, and the actor/recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_event, dyads


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # 0841: captured pilots, crews and guards handed back or over.
    ("Syria handed back a captured Jordanian pilot at the Nasib crossing.", "0841", "RETREAT", {"SYR"}, {"JOR"}),
    ("Iran handed over two detained British seamen to the British ambassador in Tehran.", "0841", "RETREAT",
     {"IRN"}, {"GBR"}),
    # 063: two states' prosecutors or police set up a joint investigation team (joint, no recipient).
    ("French and Belgian prosecutors set up a joint investigation team to track the arms dealers.", "063",
     "COOPERATE", {"FRA", "BEL"}, set()),
    ("Spanish and Moroccan police formed a joint investigation team to fight people smuggling.", "063",
     "COOPERATE", {"ESP", "MAR"}, set()),
    # 138: a warning that one could resort to or unleash force (the weapon picks the sub-code).
    ("North Korea warned that it could unleash its nuclear arsenal if South Korea crossed the line.", "138",
     "THREATEN", {"PRK"}, {"KOR"}),
])
def test_round_6_frames(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "The club handed back the trophy to the league.",
    "The two coaches set up a joint training camp.",
    "The forecaster warned that the storm could unleash heavy rain across the region.",
])
def test_round_6_everyday_uses_code_nothing(code_text, text):
    record = code_text(text)
    assert record["events"] == [], dyads(record)
