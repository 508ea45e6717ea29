"""Who met: a pair named inside a clause on the subject ("who has been mediating between the
government and the opposition") does not make the subject two parties meeting at a third place
(044); a pair as the subject still does."""

from __future__ import annotations

from eventkit import assert_sole_dyad


def test_a_pair_inside_the_subjects_clause_is_not_the_subject(code_text):
    record = code_text("Nigerian President Olusegun Obasanjo, who has been mediating between Togo's government "
                       "and its opposition, met Gnassingbe Eyadema in Lome on Friday.")
    assert_sole_dyad(record, "040", {"NGA"}, {"TGO"})


def test_a_pair_as_the_subject_still_meets_as_two(code_text):
    record = code_text("The foreign ministers of Peru and Ecuador met in Brasilia on Friday.")
    (event,) = record["events"]
    assert event["cameo"] == "044"
