"""Precision of events on real news, judged by hand.

The wire sets in bench/data are invented sentences; this bench looks at what accord codes in
real articles. It codes a BBC 2005 folder (../shared/corpus/bbc-2005/politics by default, or
business), or the 200 articles of GeoWebNews (`--topic gwn`: ../shared/gold/geo/GWN.xml, web news
from many countries' outlets, read here only as text), and compares each event with the verdicts
in bench/data/<bbc_politics|bbc_business|gwn>_judgments.tsv, a random sample of events judged by
the team (keys and verdicts only: the text stays in ../shared; each sample has two judges'
verdicts). A verdict is

    right      the sentence reports this act, with this root code, by and to these countries
    root-only  the act and root code are right, the actor or recipient countries are not
    wrong      no such act is reported (a metaphor, a generic or background mention, a
               misread verb) or the root code is wrong
    flagged    the event is marked negated or hypothetical and that reading is right

Events are matched on (file, sentence start, root code, actor codes, recipient codes), so a
change that recodes or re-aims an event turns its judged event into a "gone" one and the new
event into an unjudged one; `--judge N` prints unjudged events of a fresh sample to extend the
file.

    .venv/bin/python bench/audit_real_news.py [--topic politics|business|gwn] [--recoded] [--judge 20 --seed 7]
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
import sys
from pathlib import Path

from accord.evaluation.geo import read_gwn
from accord.ingest import Article, read_inputs
from accord.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-2005"
GWN = ROOT.parent / "shared" / "gold" / "geo" / "GWN.xml"
VERDICTS = ("right", "root-only", "wrong", "flagged")


def event_key(name: str, event: dict) -> tuple:
    return (name, event["sentence"]["start"], event["cameo"][:2],
            "|".join(sorted(a["code"] for a in event["actor"] if a["code"])),
            "|".join(sorted(r["code"] for r in event["recipient"] if r["code"])))


def read_judgments(path: Path) -> dict[tuple, tuple[str, str, str]]:
    """key → (first judge's verdict, second judge's verdict or "", note)."""
    out = {}
    if not path.exists():  # a new sample: nothing judged yet
        return out
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            key = (row["file"], int(row["sentence_start"]), row["root"], row["actors"], row["recipients"])
            out[key] = (row["verdict"], row["verdict_2"], row["note"])
    return out


def precision_line(verdicts: list[str]) -> str:
    counts = collections.Counter(v for v in verdicts if v != "flagged")
    scored = sum(counts.values())
    if not scored:
        return "nothing judged is still coded"
    right, root_only = counts["right"], counts["root-only"]
    return (f"{scored} events: right {right}, root-only {root_only}, wrong {counts['wrong']}; precision root + dyad "
            f"{right / scored:.3f}, root code {(right + root_only) / scored:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--topic", default="politics", choices=("politics", "business", "gwn"))
    parser.add_argument("--judgments", type=Path,
                        help="default: bench/data/bbc_<topic>_judgments.tsv (gwn: bench/data/gwn_judgments.tsv)")
    parser.add_argument("--judge", type=int, default=0, help="print this many unjudged events to judge")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", choices=VERDICTS, help="list the judged events still coded with this verdict")
    parser.add_argument("--recoded", action="store_true",
                        help="print unjudged events on judged sentences (what a change re-coded or re-aimed)")
    args = parser.parse_args()
    source = GWN if args.topic == "gwn" else args.corpus / args.topic
    if not source.exists():
        print(f"corpus not found: {source}", file=sys.stderr)
        return 2
    default_name = "gwn_judgments.tsv" if args.topic == "gwn" else f"bbc_{args.topic}_judgments.tsv"
    judged = read_judgments(args.judgments or ROOT / "bench" / "data" / default_name)
    pipeline = Pipeline()
    found: dict[tuple, tuple[dict, str]] = {}
    if args.topic == "gwn":
        # The record's source names the article: GWN.xml#<its file attribute>.
        articles = [Article(id=f"gwn-{g.id}", text=g.text, title=None, language="en", source=f"{GWN.name}#{g.id}")
                    for g in read_gwn(GWN) if g.text.strip()]
    else:
        articles = [a for a in read_inputs([str(source)]) if isinstance(a, Article)]
    for coded in pipeline.code(articles):
        record = coded.record
        if record is None:
            continue
        name = Path(record["source"]).name
        for event in record["events"]:
            text = record["text"][event["sentence"]["start"]:event["sentence"]["end"]]
            found.setdefault(event_key(name, event), (event, " ".join(text.split())))

    kept = [k for k in found if k in judged]
    gone = collections.Counter(v for k, (v, _v2, _note) in judged.items() if k not in found)
    print(f"{len(found)} events in {args.topic}; {len(judged)} judged, {len(kept)} of them still coded, "
          f"{len(found) - len(kept)} events unjudged (flagged events are left out of the figures)")
    print("  first judge, all judged events still coded:  " + precision_line([judged[k][0] for k in kept]))
    sample = [k for k in kept if judged[k][1]]
    if sample:
        print("  the two-judge sample, first judge:            " + precision_line([judged[k][0] for k in sample]))
        print("  the two-judge sample, second judge:           " + precision_line([judged[k][1] for k in sample]))
    print("judged events no longer coded: " + (", ".join(f"{v} {gone[v]}" for v in VERDICTS if gone[v]) or "none"))

    if args.show:
        for key, (event, text) in found.items():
            if judged.get(key, ("",))[0] == args.show:
                print(f"  {key} {event['trigger']['text']!r} | {judged[key][2]}")
    if args.recoded:
        sentences = {k[:2] for k in judged}
        print("\nunjudged events on judged sentences:")
        for key, (event, text) in found.items():
            if key not in judged and key[:2] in sentences:
                print(f"{key[0]}\t{key[1]}\t{key[2]}\t{key[3]}\t{key[4]}\t?\t{event['cameo']} "
                      f"'{event['trigger']['text']}' | {text[:300]}")
    if args.judge:
        fresh = [k for k in found if k not in judged]
        random.Random(args.seed).shuffle(fresh)
        print(f"\n{min(args.judge, len(fresh))} unjudged events (file, sentence start, root, actors, recipients):")
        for key in fresh[:args.judge]:
            event, text = found[key]
            flags = [k for k, v in event["modality"].items() if v]
            print(f"{key[0]}\t{key[1]}\t{key[2]}\t{key[3]}\t{key[4]}\t?\t"
                  f"{event['cameo']} '{event['trigger']['text']}' {flags} | {text[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
