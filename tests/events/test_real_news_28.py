"""Real-news misses, twenty-eighth session (helper wt-real28): domestic acts between two bodies of
one state. The helper's own sentences, none from bench/data; each rule has sentences it must code
and look-alikes that must stay quiet or keep their code."""

from __future__ import annotations

import pytest

from eventkit import dyads


def _asserted(record: dict) -> list[dict]:
    return [e for e in record["events"] if not e["modality"]["negated"]]


def _has(record: dict, code: str, actor: set[str], recipient: set[str]) -> bool:
    return any(e["cameo"].startswith(code) and {a["code"][:3] for a in e["actor"]} == actor
               and {a["code"][:3] for a in e["recipient"]} == recipient for e in _asserted(record))


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A politician acting on an office of his own state named by its title: a domestic event,
    # the state on both sides (it was dropped as "the recipient is the actor itself").
    ("Gordon Brown met the Home Secretary at Downing Street on Thursday.", "04", {"GBR"}, {"GBR"}),
    # (Refusing to support is rejection, 120.)
    ("Michael Howard said he would not support the Home Secretary's plans for house arrest.", "120",
     {"GBR"}, {"GBR"}),
    # One office acting on another office of the same state, each named by its title.
    ("The Home Office criticised the Foreign Office over the visa delays.", "111", {"GBR"}, {"GBR"}),
])
def test_office_of_own_state(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert _has(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # An opposition figure on the Kremlin was already a domestic event, and stays one.
    ("Navalny accused the Kremlin of rigging the regional vote.", "112", {"RUS"}, {"RUS"}),
    # A state acting on another state keeps that state as the target.
    ("Britain criticised the French interior ministry over the migrant camps.", "111", {"GBR"}, {"FRA"}),
])
def test_look_alike_keeps(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert _has(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text", [
    # The same office named twice, or the state named as such on both sides, is still no party
    # acting on another.
    "The Home Office criticised the Home Office.",
    "Russia called for closer integration with Russia.",
])
def test_same_body_stays_quiet(code_text, text):
    record = code_text(text)
    assert not _asserted(record), dyads(record)
