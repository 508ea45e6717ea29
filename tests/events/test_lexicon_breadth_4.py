"""Lexicon breadth, round 4 (sixth session): money given "in aid", relief workers and food
sent or flown in, troops sent or landed to protect or restore order, peoples driven across a
border, crimes looked into, blocked web services, people handed over to a state; with the
everyday uses of the same words that must not code.

Team-written sentences: the CAMEO code, the PLOVER type, and the actor/recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_event, dyads


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # 07: money released or sent "in aid", relief workers and food.
    ("The World Bank released 45 million dollars in emergency aid for flood victims in Malawi.", "073", "AID",
     {"IGOUNOWBK"}, {"MWI"}),
    ("Japan sent a team of medical specialists to cyclone-hit Myanmar on Tuesday.", "073", "AID", {"JPN"}, {"MMR"}),
    ("UNICEF airlifted nutritional biscuits to displaced children in Chad.", "073", "AID", None, {"TCD"}),
    # 03: troops to be sent to protect a country are an intent to protect it (0334), not a threat.
    ("France said it would send 600 marines to the Ivory Coast to protect foreign nationals.", "0334", "AGREE",
     {"FRA"}, {"CIV"}),
    # 20: peoples driven across a border.
    ("Sudanese militias drove thousands of Masalit villagers across the border into Chad.", "201", "ASSAULT",
     {"SDN"}, None),
    ("Israeli troops forced hundreds of Palestinians out of a village near Hebron.", "201", "ASSAULT",
     {"ISR"}, {"PSE"}),
    # 09: crimes looked into.
    ("A U.N. commission began looking into war crimes committed by Ethiopian forces in Tigray.", "094", "ACCUSE",
     {"IGOUNO"}, None),
    # 17: web services blocked.
    ("Iranian authorities blocked access to the Yahoo search engine before the election.", "1721", "COERCE",
     {"IRN"}, None),
])
def test_round_4_frames(code_text, text, cameo, plover, actor, recipient):
    record = code_text(text)
    found = [e for e in record["events"] if e["cameo"][:2] == cameo[:2]]
    assert len(found) == 1, dyads(record)
    assert found[0]["cameo"] == cameo, found[0]["explanation"]
    if actor is not None:
        assert_event(record, cameo[:2], plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "The band released 12 million copies in its first year, a record for the label.",
    "The chef sent a team of cooks to the festival in Lyon.",
    "The farmer drove his cattle across the border road every morning.",
    "The detective looked into the crime novel's sales figures.",
])
def test_round_4_everyday_uses_code_nothing(code_text, text):
    record = code_text(text)
    assert not record["events"], dyads(record)
