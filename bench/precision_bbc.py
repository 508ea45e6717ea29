"""Events per 1,000 sentences on BBC articles with no political interaction (sport, tech,
entertainment), and the events found there, to hunt false positives.

    .venv/bin/python bench/precision_bbc.py [--topics sport,tech,entertainment] [--show 30] [--file LEXICON.tsv]
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

from accord.ingest import Article, read_inputs
from accord.pipeline import Pipeline

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bbc-2005"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--topics", default="sport,tech,entertainment")
    parser.add_argument("--show", type=int, default=30, help="print this many events")
    parser.add_argument("--file", help="only show events from this lexicon file")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    pipeline = Pipeline()
    shown = 0
    totals = collections.Counter()
    by_entry = collections.Counter()
    for topic in args.topics.split(","):
        articles = [a for a in read_inputs([str(args.corpus / topic)]) if isinstance(a, Article)]
        for coded in pipeline.code(articles):
            record = coded.record
            totals[topic, "docs"] += 1
            totals[topic, "sentences"] += len(re.findall(r"[.!?](?:\s|$)", record["text"]))
            totals[topic, "events"] += len(record["events"])
            for event in record["events"]:
                entry = event["explanation"].split(" matched ")[0].removeprefix("lexicon entry ")
                by_entry[entry] += 1
                if args.file and args.file not in entry:
                    continue
                if shown < args.show:
                    shown += 1
                    sent = record["text"][event["sentence"]["start"]:event["sentence"]["end"]].strip()
                    print(f"[{topic}] {event['event']} {event['cameo']} "
                          f"{[a['code'] for a in event['actor']]}→{[a['code'] for a in event['recipient']]} "
                          f"'{event['trigger']['text']}' | {sent[:160]}")
    print()
    all_events = all_sentences = 0
    for topic in args.topics.split(","):
        e, s = totals[topic, "events"], totals[topic, "sentences"]
        all_events, all_sentences = all_events + e, all_sentences + s
        print(f"{topic:<14} {totals[topic, 'docs']:>5} docs {s:>6} sentences {e:>5} events "
              f"{1000 * e / max(s, 1):6.2f} per 1,000 sentences")
    print(f"{'all':<14} {'':>5}      {all_sentences:>6} sentences {all_events:>5} events "
          f"{1000 * all_events / max(all_sentences, 1):6.2f} per 1,000 sentences")
    print("\nmost frequent lexicon entries:")
    for entry, n in by_entry.most_common(15):
        print(f"  {n:>4} {entry}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
