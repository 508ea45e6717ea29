"""An "until" clause of an act withheld or only announced is its price, not something that
happened ("Serbia will not join the EU until it recognises Kosovo"): clauses.condition_clause
treats it as it treats "if" and "unless". An "until" clause of a past act still tells what
happened. Team-written sentences."""

from __future__ import annotations

import pytest

from eventkit import dyads


@pytest.mark.parametrize("text", [
    "Serbia will not join the European Union until it recognises Kosovo, the German chancellor said.",
    "Cavusoglu said Turkey would not allow Sweden to join NATO until it extradited the suspects.",
    "The envoy said Armenia would not sign the treaty until Azerbaijan withdrew its troops from the border.",
])
def test_the_price_of_an_act_withheld_is_no_event(code_text, text):
    record = code_text(text)
    asserted = [e for e in record["events"] if not e["modality"]["negated"]]
    assert not [e["cameo"] for e in asserted if e["cameo"].startswith(("05", "06", "08", "19"))], dyads(record)


def test_the_act_withheld_is_still_told_as_withheld(code_text):
    # Only announced, the act withheld is a negated act (bench/data/README.md, convention 5); the
    # "until" clause is its price and gives no event of its own.
    record = code_text("Israel said it would not reopen the crossing until Hamas freed the hostages.")
    assert [(code, actors, e["modality"]["negated"]) for (code, actors, _), e in zip(dyads(record), record["events"])] \
        == [("0872", {"ISR"}, True)]


def test_a_demand_turned_down_until_a_price_is_paid_is_a_refusal(code_text):
    record = code_text("Israel said it would not meet Egypt's demand to reopen the crossing until Hamas freed the hostages.")
    assert [(code[:2], actors, recipients) for code, actors, recipients in dyads(record)] == [("12", {"ISR"}, {"EGY"})]


def test_an_until_clause_of_a_past_act_tells_what_happened(code_text):
    record = code_text("Russian forces shelled Bakhmut for months until Ukraine pulled out its troops.")
    assert any(code.startswith("19") for code, _, _ in dyads(record)), dyads(record)
