"""A "while"/"as" clause that only says where someone was is no party to the act ("seized power
while the prime minister was in New York"). Team-written sentences."""

from __future__ import annotations

from eventkit import assert_sole_dyad


def test_where_the_leader_was_is_no_target(code_text):
    record = code_text("Mauritania's army seized power in a coup while President Taya was in Saudi Arabia.")
    assert_sole_dyad(record, "18", {"MRT"}, {"MRT"})


def test_a_clause_that_names_an_act_still_counts(code_text):
    # the "while" clause here tells what the other party did, not where someone was
    record = code_text("Israel struck targets in Gaza while Hamas fired rockets at Sderot.")
    assert any(e["cameo"].startswith("19") for e in record["events"])
