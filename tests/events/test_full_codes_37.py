"""Full CAMEO codes, thirty-fourth session (helper wt-full37): sentences written for these tests,
none taken from a gold set.

Mechanisms (rows of data/subcode_words.tsv): forces or weapons systems asked to be stationed on
one's own territory or soil are basing, military cooperation (020/0232 -> 0212); a threat to
review, rethink or reassess a relationship is a non-military threat (130 -> 131); a promise to
reach a deal or agreement, when no trade, energy or arms field is named, is an intent to settle a
dispute (030 -> 037). Look-alikes keep their codes.
"""

from __future__ import annotations

import pytest

from eventkit import dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # stationing on one's own soil: basing, military cooperation
    ("Estonia called on its NATO allies to station long-range air defence batteries on its territory.",
     "0212", {"EST"}, {"IGOWSTNAT"}),
    ("Romania called on the alliance to station more fighter squadrons on its soil.", "0212", {"ROU"}, None),
    # relationship to be reviewed: a non-military threat
    ("Canada threatened to review its whole relationship with Saudi Arabia over the jailing of activists.",
     "131", {"CAN"}, {"SAU"}),
    ("Brazil threatened to reassess its relationship with Paraguay over the killing of two Brazilian farmers.", "131", {"BRA"}, {"PRY"}),
    # a deal promised over a dispute: intent to settle
    ("Sudan and South Sudan pledged to reach an agreement on the status of Abyei within six months.",
     "037", {"SDN", "SSD"}, None),
])
def test_full_code(code_text, text, cameo, actor, recipient):
    found = dyads(code_text(text))
    assert any(c == cameo and actor <= a and (recipient is None or recipient <= r) for c, a, r in found), found


@pytest.mark.parametrize("text, cameo", [
    # arms given, not forces stationed: military aid stays
    ("Ukraine called on its allies to send more air defence systems.", "0232"),
    # severing ties stays a threat to break relations
    ("Qatar threatened to sever diplomatic ties with Egypt over the arrests.", "1313"),
    # a trade deal promised stays with economic cooperation
    ("Kenya and Uganda pledged to reach a trade agreement on sugar imports within a year.", "0311"),
])
def test_look_alike_keeps_code(code_text, text, cameo):
    found = dyads(code_text(text))
    assert any(c == cameo for c, _, _ in found), found
