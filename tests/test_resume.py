"""Crash safety: kill -9 in the middle of an ingest, run the same command again, and the
store equals one from a clean run — no article lost, none stored twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import duckdb

COUNTRIES = ["Armenia", "Georgia", "Turkey", "Iran", "Egypt", "Jordan", "Poland", "Lithuania", "Japan", "Chile"]
TEMPLATES = [
    "{a} and {b} signed a trade agreement in the capital on Monday, officials said.",
    "{a} condemned {b} over a border incident, the foreign ministry said in a statement.",
    "“We expect {b} to respect the ceasefire,” the {a_adj} foreign minister told reporters.",
    "{a} will send humanitarian aid to {b} after the floods, the government announced.",
]
ADJECTIVES = {"Armenia": "Armenian", "Georgia": "Georgian", "Turkey": "Turkish", "Iran": "Iranian",
              "Egypt": "Egyptian", "Jordan": "Jordanian", "Poland": "Polish", "Lithuania": "Lithuanian",
              "Japan": "Japanese", "Chile": "Chilean"}
TABLES = ("articles", "events", "quotes", "locations", "amounts", "entities", "event_actors", "article_signatures")


def write_inputs(path, count=72):
    with open(path, "w", encoding="utf-8") as out:
        for i in range(count):
            a, b = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
            if a == b:
                b = COUNTRIES[(i + 5) % 10]
            text = " ".join(t.format(a=a, b=b, a_adj=ADJECTIVES[a]) for t in TEMPLATES[i % 4:] + TEMPLATES[:i % 4])
            out.write(json.dumps({"id": f"story-{i:03d}", "text": f"{text} Report number {i}.",
                                  "date": f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}"}) + "\n")


def ingest(inputs, db) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "accord.cli", "ingest", str(inputs), "--db", str(db),
                             "--batch-size", "4", "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def snapshot(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for table in TABLES:
        columns = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall() if c[0] != "ingested_at"]
        rows = con.execute(f"SELECT {', '.join(chr(34) + c + chr(34) for c in columns)} FROM {table}").fetchall()
        out[table] = sorted(map(repr, rows))
    con.close()
    return out


def count_articles(db) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_kill_9_then_rerun_equals_a_clean_run(tmp_path):
    inputs = tmp_path / "wire.jsonl"
    write_inputs(inputs)
    clean = tmp_path / "clean.duckdb"
    started = time.monotonic()
    assert ingest(inputs, clean).wait(timeout=600) == 0
    duration = time.monotonic() - started
    expected = snapshot(clean)
    assert len(expected["articles"]) == 72

    # Kill at a point inside the run; try a few points until one lands mid-way.
    for fraction in (0.6, 0.75, 0.45, 0.85):
        crashed = tmp_path / f"crashed-{fraction}.duckdb"
        process = ingest(inputs, crashed)
        time.sleep(duration * fraction)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        stored = count_articles(crashed) if crashed.exists() else 0
        if 0 < stored < 72:
            break
    assert 0 < stored < 72, f"could not kill mid-run (stored {stored})"

    rerun = ingest(inputs, crashed)
    _, stderr = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, stderr
    assert f"stored {72 - stored} new article(s), {stored} already" in stderr
    assert snapshot(crashed) == expected
