"""Root-code + dyad and full-code + dyad F1 on every CAMEO-coded sentence set in bench/data,
each set on one line, and pooled over the groups the team tunes on and holds out.

    .venv/bin/python bench/event_sets.py [--group tuning|blind|fresh|real|real-blind|all] [--pooled-only]
                                         [--in-article]

Groups (see bench/data/README.md for how each set was written and used):
  tuning  wire_dev*.jsonl and wire_heldout.jsonl (the sets whose sentences the team reads);
  blind   wire_heldout_b … wire_heldout_k (never read: with --pooled-only, only the pooled line
          is printed, which is how these sets are meant to be looked at);
  fresh   wire_heldout_l … wire_heldout_ac (written blind on 2026-11-30 to 2026-12-04, L-N
          balanced by root, O-Y in a real day's mix of roots, P-Z mostly body sentences, R-Z
          aimed at the full code, V set in 1998-2016, W in 1990-2010, X in 2000-2020 away from
          the big dyads, Y in 1979-1995, Z on 1995-2025 economic statecraft and international
          organisations, AA on 2003-2024 security and the use of force, AB
          on 2008-2024 in an ordinary news day's mix, AC on 1993-2024 Russia and its neighbours in
          long body sentences;
          measured only at the start and end of a session, never to choose between changes: the
          least used blind figures);
  real        real_dev.jsonl, real_dev_2.jsonl, real_dev_3.jsonl and real_dev_4.jsonl (real news
              sentences the team reads; they need ../shared: PolNeAR, GeoWebNews and BBC 2005
              articles);
  real-blind  real_heldout.jsonl … real_heldout_4.jsonl (real news sentences never read).
With --in-article, a real set's line is scored on the events accord finds in that sentence when it
reads the whole article (`accord eval events --in-article`); the wire sets carry their own text and
are read alone either way.
The pipeline is loaded once, so the whole run takes about a minute and a half.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from accord.evaluation.scoring import LabelScore
from accord.evaluation.wire import evaluate_wire
from accord.pipeline import Pipeline

DATA = Path(__file__).resolve().parent / "data"
GROUPS = {
    "tuning": ["wire_dev"] + [f"wire_dev_{n}" for n in range(2, 24)] + ["wire_heldout"],
    "blind": [f"wire_heldout_{letter}" for letter in "bcdefghijk"],
    "fresh": ["wire_heldout_l", "wire_heldout_m", "wire_heldout_n", "wire_heldout_o",
              "wire_heldout_p", "wire_heldout_q", "wire_heldout_r", "wire_heldout_s",
              "wire_heldout_t", "wire_heldout_u", "wire_heldout_v", "wire_heldout_w",
              "wire_heldout_x", "wire_heldout_y",
              "wire_heldout_z", "wire_heldout_aa", "wire_heldout_ab", "wire_heldout_ac"],
    "real": ["real_dev", "real_dev_2", "real_dev_3", "real_dev_4"],
    "real-blind": ["real_heldout", "real_heldout_2", "real_heldout_3", "real_heldout_4"],
}


def _line(name: str, root: LabelScore, full: LabelScore) -> str:
    return (f"{name:<22} root + dyad F1 {root.f1:.4f} (tp {root.tp}, fp {root.fp}, fn {root.fn})   "
            f"full + dyad F1 {full.f1:.4f} (tp {full.tp}, fp {full.fp}, fn {full.fn})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--group", choices=[*GROUPS, "all"], default="all")
    parser.add_argument("--pooled-only", action="store_true", help="print only each group's pooled line")
    parser.add_argument("--in-article", action="store_true", help="read real sets' sentences in their articles")
    args = parser.parse_args()
    pipeline = Pipeline()
    groups = list(GROUPS) if args.group == "all" else [args.group]
    for group in groups:
        pooled = {"root": [0, 0, 0], "full": [0, 0, 0]}
        for name in GROUPS[group]:
            path = DATA / f"{name}.jsonl"
            try:
                result = evaluate_wire(path, pipeline, args.in_article)
            except ValueError as missing:
                # The real sets point into ../shared, which a clone elsewhere does not have.
                if "article not found" not in str(missing):
                    raise
                print(f"{name:<22} skipped: {missing}", file=sys.stderr)
                continue
            for failure in result.failures:  # (ids and errors only: no sentence is printed)
                print(f"{name}: could not code {failure}", file=sys.stderr)
            for key, score in (("root", result.root), ("full", result.full)):
                pooled[key] = [a + b for a, b in zip(pooled[key], (score.tp, score.fp, score.fn))]
            if not args.pooled_only:
                print(_line(name, result.root, result.full))
        print(_line(f"{group} (pooled)", LabelScore("root", *pooled["root"]), LabelScore("full", *pooled["full"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
