"""Throughput of accord against a bare spaCy parse of the same texts, in one run.

For the articles of a corpus (default: ../shared/corpus/bbc-2005), each measurement runs in
its own process so peak memory is its own:
  bare spaCy   nlp.pipe over the article bodies with the same model, nothing else
  accord code  the command-line tool end to end (read, parse, code, write JSON Lines), 1 and 2 workers
  accord ingest  end to end into a fresh DuckDB store (default workers)
It prints docs/s, sentences/s, words/s and peak RSS for each, and the ratios. Machines are
noisy: quote the ratios of one run, not absolute figures across runs.

    .venv/bin/python bench/throughput.py [--limit 600] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bbc-2005"
BARE = """
import json, sys, time
from accord.ingest import Article, read_inputs
from accord.nlp import load_model
paths = json.load(open(sys.argv[1]))
texts = [a.text for a in read_inputs(paths) if isinstance(a, Article)]
nlp = load_model()
started = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=16):
    pass
print(json.dumps({"seconds": time.perf_counter() - started}))
"""


def run(command: list[str]) -> tuple[float, float]:
    """Wall-clock seconds and peak RSS (MB) of the largest process of the command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="at most this many articles (0: all)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    paths = sorted(str(p) for p in args.corpus.glob("*/*.txt"))
    if args.limit:
        paths = paths[:: max(1, len(paths) // args.limit)][: args.limit]
    work = Path(tempfile.mkdtemp(prefix="accord-bench-"))
    corpus = work / "corpus"
    corpus.mkdir()
    for i, path in enumerate(paths):  # one flat folder, so the CLI reads exactly these
        shutil.copy(path, corpus / f"{i:05d}.txt")
    listing = work / "paths.json"
    listing.write_text(json.dumps([str(p) for p in sorted(corpus.iterdir())]))
    texts = [p.read_text(encoding="utf-8", errors="replace").split("\n", 1)[-1] for p in sorted(corpus.iterdir())]
    docs = len(texts)
    sentences = sum(len(re.findall(r"[.!?](?:\s|$)", t)) for t in texts)
    words = sum(len(t.split()) for t in texts)
    python = sys.executable
    accord = [python, "-m", "accord.cli"]
    print(f"{docs} articles, ~{sentences} sentences, ~{words} words; {os.cpu_count()} CPU cores")

    rows = []
    # The bare parse and accord each load the model in their own process; the timings above
    # include reading the files and loading the model for accord (end to end), only the parse
    # for spaCy (its best case).
    bare_script = work / "bare.py"
    bare_script.write_text(BARE)
    result = subprocess.run([python, str(bare_script), str(listing)], capture_output=True, text=True, check=True)
    bare_seconds = json.loads(result.stdout.strip().splitlines()[-1])["seconds"]
    rows.append(("bare spaCy nlp.pipe (parse only)", bare_seconds,
                 resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
    for workers in (1, 2):
        seconds, peak = run(accord + ["code", str(corpus), "-o", str(work / f"out{workers}.jsonl"),
                                      "--workers", str(workers)])
        rows.append((f"accord code, {workers} worker{'s' if workers > 1 else ''}", seconds, peak))
    seconds, peak = run(accord + ["ingest", str(corpus), "--db", str(work / "store.duckdb")])
    rows.append((f"accord ingest, default workers ({os.cpu_count()})", seconds, peak))

    print(f"{'':<40} {'seconds':>8} {'docs/s':>8} {'sent/s':>8} {'words/s':>9} {'peak RSS MB':>12}")
    for name, seconds, peak in rows:
        print(f"{name:<40} {seconds:8.1f} {docs / seconds:8.2f} {sentences / seconds:8.1f} {words / seconds:9.0f}"
              f" {peak:12.0f}")
    bare = rows[0][1]
    print()
    for name, seconds, _ in rows[1:]:
        print(f"{name} vs bare spaCy: {bare / seconds:.2f}x the speed")
    print(f"2 workers vs 1 worker: {rows[1][1] / rows[2][1]:.2f}x")
    print("(peak RSS is the largest single process: one worker, or the parent)")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
