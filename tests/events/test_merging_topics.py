"""Criticism of an inquiry is criticism: the inquiry is what it is about, not the same act said
twice (PLOVER files both under ACCUSE)."""

from __future__ import annotations

import pytest

from eventkit import dyads


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenyan opposition leader Raila Odinga criticised the Kenyan police's investigation into the killings.",
     "KEN", "KEN"),
    ("Senator Ted Cruz blasted the FBI's investigation into the leaks.", "USA", "USA"),
    ("Amnesty International condemned the Saudi inquiry into the journalist's death as a whitewash.",
     "NGOAMN", "SAU"),
])
def test_criticism_of_an_inquiry(code_text, text, actor, recipient):
    found = [(c[:2], a, r) for c, a, r in dyads(code_text(text))]
    assert found == [("11", {actor}, {recipient})], found
