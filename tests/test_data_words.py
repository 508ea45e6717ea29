"""The event coder's word sets (``data/words/*.tsv``): the tables load, the word modules bind
every row by its name, and every set is non-empty, clean and in the case the code compares."""

from __future__ import annotations

import pytest

from accord.actors.tables import data_dir, word_sets
from accord.events import aim_words, argument_words, words
from shared_paths import REPO

MODULES = [(words, "events_words"), (aim_words, "aim_words"), (argument_words, "argument_words")]
# Sets of PLOVER sector codes, compared with an actor's sector, not with a lower-cased lemma.
CODE_SETS = {"STATE_OFFICES", "DOMESTIC_OFFICES", "PLACED_SECTORS", "DOMESTIC_SECTORS", "ARMED_UNKNOWN"}


def _rows(table: str) -> list[list[str]]:
    """The raw cells of a table's rows (not stripped, unlike read_tsv, so stray spaces show)."""
    lines = (data_dir() / "words" / f"{table}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0] == ["name", "words", "note"]
    return rows[1:]


@pytest.mark.parametrize("module, table", MODULES, ids=[t for _m, t in MODULES])
def test_module_binds_every_row(module, table):
    sets = word_sets(table)
    assert sets and module.WORD_SETS is sets
    unbound = [name for name, found in sets.items() if getattr(module, name, None) is not found]
    assert not unbound, f"rows of {table}.tsv the module does not bind: {unbound}"


@pytest.mark.parametrize("module, table", MODULES, ids=[t for _m, t in MODULES])
def test_word_sets_are_clean(module, table):
    rows = _rows(table)
    names = [row[0] for row in rows]
    assert len(names) == len(set(names)), "a name is given twice"
    for row in rows:
        assert len(row) == 3, f"{row[0]}: not (name, words, note)"
        name, cell, note = row
        items = cell.split(" ")
        assert items != [""], f"{name}: no words"
        assert all(items) and not any(ch.isspace() for item in items for ch in item), f"{name}: stray whitespace"
        assert len(items) == len(set(items)), f"{name}: a word given twice"
        assert note == note.strip(), f"{name}: stray whitespace in the note"
        if name in CODE_SETS:
            assert cell == cell.upper(), f"{name}: sector codes are in capitals"
        else:
            assert cell == cell.lower(), f"{name}: the code compares lower-cased words"
        assert getattr(module, name) == frozenset(items)


def test_word_tables_are_packaged():
    assert '"data/words/*.tsv"' in (REPO / "pyproject.toml").read_text(encoding="utf-8")
