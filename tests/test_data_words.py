"""The word sets of the coder's modules (``data/words/*.tsv``): every table is bound by one module
(``WORD_SETS = word_sets("<table>")``), which binds every row by its name; every row is clean and in
the case the code compares; and a module with a table keeps no plain-word set literal of its own.

Tables and modules are found from the files, so a new table is checked without editing this test.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

import accord
from accord.actors.tables import data_dir, word_sets
from shared_paths import REPO

PACKAGE = Path(accord.__file__).parent
WORDS = data_dir() / "words"
BINDING = re.compile(r'^WORD_SETS\s*=\s*word_sets\(\s*"([^"]+)"\s*\)', re.MULTILINE)
CODE = re.compile(r"[A-Z]{3}")
MUTATION = r"\b{name}\s*(?:\.\s*(?:add|update|discard|remove|clear|pop|\w+_update)\s*\(|(?:\|=|&=|-=|\^=))"


def _bindings() -> dict[str, list[str]]:
    """table -> the modules (dotted) that bind it."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for table in BINDING.findall(path.read_text(encoding="utf-8")):
            dotted = ".".join(("accord",) + path.relative_to(PACKAGE).with_suffix("").parts)
            found.setdefault(table, []).append(dotted)
    return found


TABLES = sorted(path.stem for path in WORDS.glob("*.tsv"))
BINDINGS = _bindings()


def _lines(table: str) -> list[str]:
    return (WORDS / f"{table}.tsv").read_text(encoding="utf-8").splitlines()


def _rows(table: str) -> list[list[str]]:
    """The raw cells of a table's rows (not stripped, unlike read_tsv, so stray spaces show)."""
    rows = [line.split("\t") for line in _lines(table) if line and not line.startswith("#")]
    assert rows[0] == ["name", "words", "note"]
    return rows[1:]


def _code_sets(table: str) -> set[str]:
    """The rows the table's "# Code sets ...:" line names (sets of PLOVER sector codes, in capitals)."""
    names: set[str] = set()
    inside = False
    for line in _lines(table):
        if line.startswith("# Code sets"):
            inside = True
            line = line.split(":", 1)[1] if ":" in line else ""
        elif not (inside and line.startswith("#   ")):
            inside = False
            continue
        names |= {w for w in line.lstrip("#").split() if re.fullmatch(r"[A-Z_][A-Z0-9_]*", w)}
    return names


def _module(table: str):
    modules = BINDINGS.get(table, [])
    assert len(modules) == 1, f"{table}.tsv is bound by {modules or 'no module'}"
    return importlib.import_module(modules[0])


@lru_cache(maxsize=1)
def _spacy_labels() -> frozenset[str]:
    from spacy.glossary import GLOSSARY
    from spacy.parts_of_speech import IDS

    from accord.nlp import model_package

    labels = set(GLOSSARY) | {tag for tag in IDS if tag}
    meta = Path(importlib.import_module(model_package()).__file__).parent / "meta.json"
    for component in json.loads(meta.read_text(encoding="utf-8")).get("labels", {}).values():
        labels |= set(component)
    return frozenset(labels)


def _plain_word(word: str) -> bool:
    return (bool(word) and word == word.lower() and any(ch.isalpha() for ch in word)
            and not any(ch.isspace() for ch in word))


def test_tables_found():
    assert TABLES, "no tables in data/words"
    assert {"events_words", "aim_words", "argument_words"} <= set(TABLES)


def test_every_binding_has_its_table():
    missing = sorted(table for table in BINDINGS if table not in TABLES)
    assert not missing, f"modules bind tables that are not in data/words: {missing}"


@pytest.mark.parametrize("table", TABLES)
def test_table_header_names_its_module(table):
    module = _module(table)
    first = _lines(table)[0]
    assert first.startswith(f"# {table}.tsv - "), f"{table}: the header does not open with the table's name"
    assert module.__name__ in " ".join(line for line in _lines(table) if line.startswith("#")), \
        f"{table}: the header does not name {module.__name__}"


@pytest.mark.parametrize("table", TABLES)
def test_module_binds_every_row(table):
    module = _module(table)
    sets = word_sets(table)
    assert sets and module.WORD_SETS is sets
    unbound = [name for name, found in sets.items() if getattr(module, name, None) is not found]
    assert not unbound, f"rows of {table}.tsv that {module.__name__} does not bind: {unbound}"


@pytest.mark.parametrize("table", TABLES)
def test_word_sets_are_clean(table):
    module = _module(table)
    rows = _rows(table)
    code_sets = _code_sets(table)
    names = [row[0] for row in rows]
    assert len(names) == len(set(names)), "a name is given twice"
    assert code_sets <= set(names), f"code sets named that are not rows: {sorted(code_sets - set(names))}"
    for row in rows:
        assert len(row) == 3, f"{row[0]}: not (name, words, note)"
        name, cell, note = row
        assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name), f"{name!r}: not a constant's name"
        items = cell.split(" ")
        assert items != [""], f"{name}: no words"
        assert all(items) and not any(ch.isspace() for item in items for ch in item), f"{name}: stray whitespace"
        assert len(items) == len(set(items)), f"{name}: a word given twice"
        assert note == note.strip(), f"{name}: stray whitespace in the note"
        if name in code_sets:
            assert all(CODE.fullmatch(item) for item in items), f"{name}: sector codes are three capitals"
        else:
            assert cell == cell.lower(), f"{name}: the code compares lower-cased words (or list it as a code set)"
        assert getattr(module, name) == frozenset(items)


def _mutated(name: str) -> bool:
    pattern = re.compile(MUTATION.format(name=re.escape(name)))
    return any(pattern.search(path.read_text(encoding="utf-8")) for path in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("table", TABLES)
def test_no_word_literal_left_in_code(table):
    """A module with a table keeps no module-level set literal of plain words (lower-case, no
    space, no punctuation alone, not a spaCy label set, not mutated): those belong in its table."""
    module = _module(table)
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    left = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, value = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            name, value = node.target.id, node.value
        else:
            continue
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in ("set", "frozenset") \
                and len(value.args) == 1 and not value.keywords:
            value = value.args[0]
            if not isinstance(value, (ast.Set, ast.List, ast.Tuple)):
                continue
        elif not isinstance(value, ast.Set):
            continue
        if not value.elts or not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts):
            continue
        words = [e.value for e in value.elts]
        if all(_plain_word(w) for w in words) and not all(w in _spacy_labels() for w in words) \
                and not _mutated(name):
            left.append(name)
    assert not left, f"{module.__name__} keeps word sets in code (move them to {table}.tsv): {left}"


def test_word_tables_are_packaged():
    assert '"data/words/*.tsv"' in (REPO / "pyproject.toml").read_text(encoding="utf-8")
