"""Twenty-fifth session, false alarms: events coded where the wire convention codes none (or one
where it codes two).

Team-written wire-style sentences (not from the dev, held-out or blind sets).
"""

from __future__ import annotations

import pytest

from eventkit import codes


def asserted(record: dict) -> list[dict]:
    """The events a wire coder would count: negated ones are left out."""
    return [e for e in record["events"] if not e["modality"]["negated"]]


# A verb conjoined with the act an agreement governs is the same agreement, not a second event.
@pytest.mark.parametrize("text, code, actor", [
    ("Ethiopia and Eritrea agreed on Monday to restore diplomatic ties and reopen their border crossings.",
     "03", {"ETH", "ERI"}),
    ("Peru and Chile agreed to resume diplomatic relations and reopen their land border.", "03", {"PER", "CHL"}),
])
def test_a_conjoined_agreed_act_is_one_agreement(code_text, text, code, actor):
    events = asserted(code_text(text))
    assert len(events) == 1, [(e["cameo"], e["trigger"]["text"]) for e in events]
    assert events[0]["cameo"].startswith(code)
    assert {a["code"] for a in events[0]["actor"]} == actor


# A participle hung on the verb of saying restates the refusal the report tells.
def test_a_report_participle_restating_a_refusal_is_no_second_event(code_text):
    record = code_text("Britain refused to lift its sanctions on Syria, a Foreign Office spokesman said, "
                       "rejecting Damascus's call for a gesture of goodwill.")
    # (The call rejected stays a negated 020, which a wire coder leaves out.)
    events = asserted(record)
    assert [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in events] == [("1244", {"GBR"}, {"SYR"})]


def test_a_participle_of_another_kind_after_the_report_stays(code_text):
    # Negative: a participle of another kind (an accusation, not a rejection) is its own event.
    record = code_text("Britain refused to lift its sanctions on Syria, a Foreign Office spokesman said, "
                       "accusing Damascus of torturing detainees.")
    assert {e["cameo"][:2] for e in asserted(record)} >= {"12", "11"}


# Staying away from a summit is not a rejection of talks; refusing to attend is.
def test_will_not_attend_is_no_rejection(code_text):
    record = code_text("Russian President Vladimir Putin will not attend the ASEAN summit in Jakarta next week, "
                       "the Kremlin said.")
    assert not [e for e in asserted(record) if e["cameo"].startswith("12")], asserted(record)


def test_refused_to_attend_is_a_rejection(code_text):
    record = code_text("Iran refused to attend the talks in Vienna on Tuesday.")
    rejections = [e for e in asserted(record) if e["cameo"].startswith("12")]
    assert [codes(e["actor"]) for e in rejections] == [{"IRN"}], asserted(record)


# "visiting" right after a verb that lacks an object names the visitors, not a visit.
def test_visiting_after_told_names_the_visitors(code_text):
    record = code_text("South Korea has forgiven Japan for the colonial era, the South Korean president told "
                       "visiting Japanese students.")
    events = asserted(record)
    assert not [e for e in events if e["cameo"].startswith("04")], events
    assert [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in events] == [("056", {"KOR"}, {"JPN"})]


def test_a_visit_the_subject_makes_stays(code_text):
    # Negative: "is visiting Japan" is a visit.
    record = code_text("The Chinese premier is visiting Japan this week.")
    assert [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in asserted(record)] == [("042", {"CHN"}, {"JPN"})]
