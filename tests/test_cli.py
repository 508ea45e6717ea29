"""The command line, end to end, as a user runs it (a real subprocess each time)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from shared_paths import FIXTURES, REPO, SEED, needs_seed

CLI = FIXTURES / "cli"
EXAMPLE = REPO / "examples" / "sukhum_briefing.txt"


def accord(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], capture_output=True, text=True,
                          cwd=cwd, input=stdin, timeout=300)


def test_code_jsonl_keeps_input_order_and_text():
    result = accord("code", str(CLI / "wire.jsonl"))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["wire-1", "wire-2"]
    source = [json.loads(line) for line in (CLI / "wire.jsonl").read_text().splitlines()]
    assert records[0]["text"] == source[0]["text"]
    assert records[0]["date"].startswith("2024-02-03")
    assert any(e["cameo"] == "057" for e in records[0]["events"])


def test_bad_inputs_are_one_line_each_and_the_rest_goes_on(tmp_path):
    out = tmp_path / "out.jsonl"
    result = accord("code", str(CLI / "empty.txt"), str(CLI / "binary.txt"), str(CLI / "broken.html"),
                    str(EXAMPLE), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("accord: error:")]
    assert len(errors) == 4, result.stderr
    for name in ("empty.txt", "binary.txt", "broken.html", "missing.txt"):
        assert sum(name in line for line in errors) == 1
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"] for r in records] == [str(EXAMPLE)]


def test_stdin_input():
    result = accord("code", "-", stdin=EXAMPLE.read_text())
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["title"].startswith("Abkhazia and Russia")


def test_ingest_is_idempotent_and_queryable(tmp_path):
    db = tmp_path / "store.duckdb"
    first = accord("ingest", str(EXAMPLE), str(CLI / "wire.jsonl"), "--db", str(db))
    assert first.returncode == 0, first.stderr
    con = duckdb.connect(str(db))
    counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "events", "quotes")}
    con.close()
    assert counts["articles"] == 3 and counts["events"] > 0 and counts["quotes"] > 0
    second = accord("ingest", str(EXAMPLE), str(CLI / "wire.jsonl"), "--db", str(db))
    assert second.returncode == 0
    assert "stored 0 new article(s), 3 already" in second.stderr
    con = duckdb.connect(str(db))
    again = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "events", "quotes")}
    con.close()
    assert again == counts

    events = accord("events", "--db", str(db), "--actor", "GEO", "--recipient", "RUS", "--format", "jsonl")
    assert events.returncode == 0, events.stderr
    rows = [json.loads(line) for line in events.stdout.splitlines()]
    assert rows and all("GEO" in r["actor"] and "RUS" in r["recipient"] for r in rows)
    assert {r["event"] for r in rows} == {"ACCUSE"}
    csv_out = accord("quotes", "--db", str(db), "--speaker", "Bzhania", "--format", "csv", "--since", "2024-05-01")
    assert csv_out.returncode == 0 and "Aslan Bzhania" in csv_out.stdout
    none = accord("quotes", "--db", str(db), "--until", "2000-01-01", "--format", "jsonl")
    assert none.stdout == ""


def test_failed_input_is_not_stored(tmp_path):
    db = tmp_path / "store.duckdb"
    result = accord("ingest", str(CLI / "binary.txt"), str(EXAMPLE), "--db", str(db))
    assert result.returncode == 1
    con = duckdb.connect(str(db))
    assert con.execute("select count(*) from articles").fetchone()[0] == 1
    con.close()


def test_query_without_store_and_bad_date_are_clear_errors(tmp_path):
    missing = accord("events", "--db", str(tmp_path / "nope.duckdb"))
    assert missing.returncode != 0 and "no such store" in missing.stderr and "Traceback" not in missing.stderr
    bad_date = accord("events", "--db", str(tmp_path / "nope.duckdb"), "--since", "yesterday")
    assert bad_date.returncode == 2 and "Traceback" not in bad_date.stderr


def test_table_demo_prints_events_and_quotes():
    result = accord("code", "--format", "table", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    assert "events" in result.stdout and "quotes" in result.stdout and "Aslan Bzhania" in result.stdout


@pytest.mark.shared
@needs_seed
def test_seed_article_end_to_end():
    result = accord("code", str(SEED))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "Allied relations between Russia and South Ossetia have stood the test of time - Gagloev"
    assert record["date"].startswith("2023-12-28T16:00")
    assert "Мой мир" not in record["text"]

    def codes(event):
        return {a["code"] for a in event["actor"] + event["recipient"]}

    dyad = [e for e in record["events"] if {"RUS", "XSO"} <= codes(e) and e["quad_class"] in (1, 2)]
    assert dyad
    (agreements,) = [e for e in record["events"] if e["cameo"].startswith("057")]
    assert agreements["event"] == "AGREE" and agreements["modality"]["historical"]
    assert "130 agreements" in record["text"][agreements["sentence"]["start"]:agreements["sentence"]["end"]]
    assert any(a["value"] == 130 for a in record["amounts"])

    gagloev = [q for q in record["quotes"] if q["speaker"]["name"] == "Alan Gagloev"]
    assert len(gagloev) >= 4
    mentions = {q["speaker"]["mention"]["text"] for q in gagloev if q["speaker"]["mention"]}
    assert {"the head of state", "the President"} <= mentions
    putin = [q for q in record["quotes"] if q["speaker"]["name"] == "Vladimir Putin"]
    assert putin and putin[0]["reported_by"] is not None

    (tskhinval,) = [loc for loc in record["locations"] if loc["text"] == "Tskhinval"]
    assert tskhinval["lat"] == pytest.approx(42.23, abs=0.02) and tskhinval["lon"] == pytest.approx(43.97, abs=0.02)
