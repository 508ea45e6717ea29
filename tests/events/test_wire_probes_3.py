"""Probes of agency copy, the recipient side (tenth session): who expelled or summoned someone
when a passive names no "by", an office named by its bare title as a counterpart, an armed group
struck abroad, a people the tagger takes for a place.

Team-written sentences (not taken from any tuning or held-out set): the CAMEO code (root or
full), the actor and the recipient codes. Each failed before the change it stands for.
"""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A passive expulsion or summons with no "by": the state they were sent from (or summoned to) acts.
    ("Four Russian diplomats were expelled from the Czech Republic on Saturday.", "16", {"CZE"}, {"RUS"}),
    ("The Israeli ambassador was expelled from Bolivia after the Gaza offensive.", "16", {"BOL"}, {"ISR"}),
    ("Two Iranian diplomats were expelled from Albania over an alleged plot.", "16", {"ALB"}, {"IRN"}),
    ("Ten American diplomats were ordered to leave Russia by the end of the month.", "16", {"RUS"}, {"USA"}),
    ("The Norwegian ambassador was summoned to the Israeli foreign ministry on Monday.", "11", {"ISR"}, {"NOR"}),
    # An office named by its bare title, acted on by a state's official, is of that state.
    ("Israel's defence minister met the prime minister on Sunday to discuss an Egyptian ceasefire proposal.",
     "04", {"ISR"}, {"ISR"}),
    ("Thailand's army chief urged the prime minister to resign to end months of street protests.", "02",
     {"THA"}, {"THA"}),
])
def test_wire_probe_3(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # Nothing to code: a passive with no state behind it, a bare title in a statement.
    "Turkey was expelled from the F-35 programme.",
    "The striker was sent off in the first half and the club was fined by the league.",
    "The prime minister said the economy would recover next year.",
])
def test_wire_probe_3_codes_nothing(code_text, text):
    assert dyads(code_text(text)) == []
