"""`accord eval events`: the event coder against the PLOVER gold standard records.

Each gold record is one sentence with one event type and its source actors. accord codes the
sentence; its *primary* event (the one whose trigger is nearest the root of the parse, then
the earliest) is compared with the gold type. Types in the gold's PLOVER v0.5b1 names are mapped
to current names (DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from accord.evaluation.scoring import LabelScore, macro_f1, score_labels
from accord.events.ontology import load_ontology, normalise_plover_type
from accord.ingest import Article

# CAMEO country codes that differ from ISO 3166-1 alpha-3 (the gold writes Italy "ITL").
CAMEO_TO_ISO = {"JAP": "JPN", "VTN": "VNM", "ROM": "ROU", "GMY": "DEU", "UK": "GBR", "ZAR": "COD", "SER": "SRB",
                "ITL": "ITA"}
GENERIC_PREFIXES = ("IGO", "NGO", "MNC", "IMG")


@dataclass
class GoldRecord:
    id: str
    text: str
    event: str
    sources: list[str]
    targets: list[str]


@dataclass
class EventEvaluation:
    scores: list[LabelScore]
    macro_f1: float
    records: int
    source_primary: float   # gold source code among the primary event's actors
    source_any: float       # gold source code among any actor accord found in the sentence
    no_event: int
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "records": self.records, "macro_f1": round(self.macro_f1, 4),
            "source_country_primary_event": round(self.source_primary, 4),
            "source_country_any_actor": round(self.source_any, 4),
            "sentences_without_event": self.no_event,
            "per_type": {s.label: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                                   "f1": round(s.f1, 4), "support": s.support} for s in self.scores},
        }


def _codes(side) -> list[str]:
    if not isinstance(side, list):
        return []
    return [CAMEO_TO_ISO.get(a.get("code", ""), a.get("code", "")) for a in side if isinstance(a, dict) and a.get("code")]


def read_gold(path: Path) -> list[GoldRecord]:
    records = []
    for item in json.loads(Path(path).read_text(encoding="utf-8")):
        if item.get("event") == "DOCUMENT" or not item.get("text"):
            continue
        records.append(GoldRecord(item["id"], item["text"], normalise_plover_type(item["event"]),
                                  _codes(item.get("source")), _codes(item.get("target"))))
    return records


def code_matches(gold: str, found: str | None) -> bool:
    if not found:
        return False
    # "IGO" matches any IGO code; "PSE" matches a Palestinian group such as "PSEHMS".
    return found[: len(gold)] == gold


def primary_event(record: dict) -> dict | None:
    events = record["events"]
    if not events:
        return None
    return min(events, key=lambda e: (e["trigger"].get("depth", 0), e["trigger"]["start"]))


def evaluate_events(gold_path: Path, pipeline) -> EventEvaluation:
    gold = read_gold(gold_path)
    articles = [Article(id=g.id, text=g.text, language="en", source=g.id) for g in gold]
    pairs: list[tuple[str, str | None]] = []
    hit_primary = hit_any = no_event = 0
    errors = []
    for g, coded in zip(gold, pipeline.code(articles)):
        record = coded.record or {"events": []}
        primary = primary_event(record)
        predicted = primary["event"] if primary else None
        if primary is None:
            no_event += 1
        pairs.append((g.event, predicted))
        primary_codes = [a["code"] for a in primary["actor"]] if primary else []
        any_codes = [a["code"] for e in record["events"] for a in e["actor"] + e["recipient"]]
        any_codes += [a["code"] for a in record.get("actors", []) if a["code"]]
        if g.sources and any(code_matches(s, c) for s in g.sources for c in primary_codes):
            hit_primary += 1
        if g.sources and any(code_matches(s, c) for s in g.sources for c in any_codes):
            hit_any += 1
        if predicted != g.event:
            errors.append({"id": g.id, "gold": g.event, "predicted": predicted, "text": g.text,
                           "explanation": primary["explanation"] if primary else None})
    with_source = sum(1 for g in gold if g.sources)
    labels = sorted(load_ontology().plover_types())
    labels = [label for label in labels if any(g.event == label for g in gold)]
    scores = score_labels(pairs, labels)
    return EventEvaluation(scores, macro_f1(scores), len(gold), hit_primary / with_source, hit_any / with_source,
                           no_event, errors)
