"""Acts a sentence names but does not report as done: a purpose, a bid, a possibility, an act
someone was kept from or asked to do (found hand-judging events in real web news,
bench/audit_real_news.py --topic gwn). They keep their event, with the flag and its reason."""

from __future__ import annotations

import pytest


def _flags(record: dict, trigger: str) -> dict:
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return event["modality"]


@pytest.mark.parametrize("text, trigger", [
    # a purpose
    ("Beijing opened a dispute procedure at the WTO to defend its rights against Washington.", "defend"),
    # a bid
    ("Malaysia's former premier Mahathir Mohamad returned to politics in a bid to oust Prime Minister Najib Razak.",
     "oust"),
])
def test_unrealised_acts_are_hypothetical(code_text, text, trigger):
    assert _flags(code_text(text), trigger)["hypothetical"] is True


def test_an_act_only_asked_for_is_not_reported_as_done(code_text):
    # What one is asked to do, when the appeal itself is not coded (the president and the
    # parliament are both Ukraine's government), is not told as done: it has no event, or a
    # hypothetical one. (Since the thirtieth session the coder drops it: an act only asked for
    # whose request is no event is nobody's act; see `coder.asked_by_nobody_known`.)
    record = code_text("President Petro Poroshenko called on the Verkhovna Rada to repeal the requirement for activists.")
    assert all(e["modality"]["hypothetical"] for e in record["events"] if e["trigger"]["text"] == "repeal")


def test_an_act_someone_is_kept_from_is_negated(code_text):
    assert _flags(code_text("Israel blocked the UN envoy from meeting Hamas leaders."), "meeting")["negated"] is True


@pytest.mark.parametrize("text, trigger", [
    # the purpose of a trip is reported as done
    ("Putin flew to Ankara on Monday to meet Turkish President Recep Tayyip Erdogan.", "meet"),
    # an order reports the act decided
    ("Obama ordered the Pentagon to withdraw all troops from Iraq.", "withdraw"),
])
def test_trips_and_orders_stay_reported(code_text, text, trigger):
    flags = _flags(code_text(text), trigger)
    assert flags["hypothetical"] is False and flags["negated"] is False


def test_an_aimed_act_is_not_turned_into_a_threat(code_text):
    # A purpose is flagged, but it is not a conditional blow, so it keeps its code (no 13x threat).
    record = code_text("China introduced new controls to block overseas news websites.")
    assert [e["cameo"][:2] for e in record["events"]] == ["17"]
