from __future__ import annotations

import csv
import io
import json

import pytest

from accord.store import query_events, write_batch, write_rows
from store_records import make_record

ROWS = [
    {"id": "a1:e1", "date": "2024-03-01", "actor": "RUSGOV", "negated": False,
     "goldstein": 8.0, "sentence": 'Russia said "yes", [AFP] agreed'},
    {"id": "a2:e1", "date": None, "actor": "USAGOV", "negated": True, "goldstein": -2.0,
     "sentence": "line one\nline two"},
]


def test_jsonl():
    out = io.StringIO()
    assert write_rows(ROWS, "jsonl", out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == ROWS


def test_csv_round_trip():
    out = io.StringIO()
    write_rows(ROWS, "csv", out)
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["id"] for r in parsed] == ["a1:e1", "a2:e1"]
    assert parsed[0]["sentence"] == ROWS[0]["sentence"]
    assert parsed[1]["sentence"] == "line one\nline two"
    assert parsed[1]["date"] == "" and parsed[1]["negated"] == "true"


def test_columns_select_and_order():
    out = io.StringIO()
    write_rows(ROWS, "csv", out, columns=["actor", "id"])
    assert out.getvalue().splitlines()[0] == "actor,id"
    out = io.StringIO()
    write_rows(ROWS, "jsonl", out, columns=["id"])
    assert json.loads(out.getvalue().splitlines()[0]) == {"id": "a1:e1"}


def test_table_plain_text_and_no_markup():
    out = io.StringIO()
    write_rows(ROWS, "table", out)
    text = out.getvalue()
    assert "\x1b[" not in text  # no ANSI codes when not writing to a terminal
    for needle in ("id", "actor", "RUSGOV", "USAGOV", "a1:e1", "[AFP]"):
        assert needle in text


def test_empty_rows():
    for fmt, expected in (("jsonl", ""), ("csv", "")):
        out = io.StringIO()
        assert write_rows([], fmt, out) == 0
        assert out.getvalue() == expected
    out = io.StringIO()
    write_rows([], "table", out)
    assert "no rows" in out.getvalue()


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown format"):
        write_rows(ROWS, "xml", io.StringIO())


def test_query_results_render_in_all_formats(store):
    write_batch(store, [make_record("a1")])
    rows = query_events(store)
    for fmt in ("table", "jsonl", "csv"):
        out = io.StringIO()
        assert write_rows(rows, fmt, out) == 1
        assert "a1:e1" in out.getvalue()
