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
    assert not [d for d in dyads(record) if d[0].startswith(("05", "06", "08", "19"))], dyads(record)


def test_the_act_withheld_is_still_coded(code_text):
    record = code_text("Israel said it would not reopen the crossing until Hamas freed the hostages.")
    assert [(code, actors) for code, actors, _ in dyads(record)] == [("1246", {"ISR"})]


def test_an_until_clause_of_a_past_act_tells_what_happened(code_text):
    record = code_text("Russian forces shelled Bakhmut for months until Ukraine pulled out its troops.")
    assert any(code.startswith("19") for code, _, _ in dyads(record)), dyads(record)
