"""Root-code + dyad scoring on CAMEO-coded sentences (JSON Lines), the way wire-text coders
such as PETRARCH are compared.

Each line: {"id", "text", "events": [{"cameo", "source": [codes], "target": [codes]}]}. A set of
real sentences whose text may not be copied into the repository gives, instead of "text", where
the sentence is: {"doc": path of the article relative to the set's own file, "start", "end"} (character
offsets), and the sentence is read from there. A `doc` that is a collection of articles in one
XML file (GeoWebNews: `<article file="N"><text>…`) also names the article, {"article": "N"}; the
offsets are then into that article's text. A
predicted event matches a gold event of the same sentence when the CAMEO root (first two
digits) agrees (or the full code, for the stricter score) and the dyad agrees: a source
country in common, and a target country in common (or neither has a target). Matching is
one-to-one. Sentences with no gold events measure false alarms.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from accord.evaluation.scoring import LabelScore
from accord.ingest import Article


@dataclass
class WireEvaluation:
    sentences: int
    root: LabelScore
    full: LabelScore
    quiet_sentences: int       # gold says no event
    quiet_false_alarms: int    # events accord found in them
    misses: list[dict] = field(default_factory=list)
    # Lines accord could not code at all ("internal error in accord_events: ..."): a bug, never a
    # quiet sentence, so they are listed rather than scored as silence.
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        def block(s: LabelScore) -> dict:
            return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "fp": s.fp, "fn": s.fn}
        return {"sentences": self.sentences, "root_code_dyad": block(self.root), "full_code_dyad": block(self.full),
                "sentences_without_event": self.quiet_sentences,
                "events_found_in_them": self.quiet_false_alarms, "failed_lines": len(self.failures)}


def _codes(values) -> set[str]:
    return {str(v)[:3] for v in values or [] if v}


def _dyad_fits(pred: dict, gold: dict) -> bool:
    if not (_codes(pred["source"]) & _codes(gold["source"])):
        return False
    gold_targets, pred_targets = _codes(gold["target"]), _codes(pred["target"])
    if not gold_targets:
        return not pred_targets or pred_targets <= _codes(gold["source"])
    return bool(pred_targets & gold_targets)


def _match(predicted: list[dict], gold: list[dict], full: bool) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, p in enumerate(predicted):
            if i in used:
                continue
            same = p["cameo"] == g["cameo"] if full else p["cameo"][:2] == g["cameo"][:2]
            if same and _dyad_fits(p, g):
                used.add(i)
                hits += 1
                break
    return hits


def read_wire(path: Path) -> list[dict]:
    items = []
    articles: dict[tuple, str] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            item = json.loads(line)
            if "doc" in item and "text" not in item:
                item["text"] = _sentence_in(Path(path).parent, item, number, articles)
                item["_article"] = articles[_article_key(Path(path).parent, item)]
            if "text" not in item or "events" not in item:
                raise ValueError(f"line {number}: needs 'text' (or 'doc', 'start', 'end') and 'events'")
            items.append(item)
    return items


def _article_key(base: Path, item: dict) -> tuple:
    return (base / item["doc"]).resolve(), item.get("article")


def _sentence_in(base: Path, item: dict, number: int, articles: dict[tuple, str]) -> str:
    """The sentence a line points at: characters start..end of the article at `doc`."""
    key = _article_key(base, item)
    doc = key[0]
    if key not in articles:
        if not doc.is_file():
            raise ValueError(f"line {number}: article not found: {doc}")
        if key[1] is None:
            articles[key] = doc.read_text(encoding="utf-8")
        else:
            articles.update(_xml_articles(doc))
            if key not in articles:
                raise ValueError(f"line {number}: no article {key[1]!r} in {doc.name}")
    start, end = int(item["start"]), int(item["end"])
    text = articles[key]
    if not 0 <= start < end <= len(text):
        raise ValueError(f"line {number}: offsets {start}..{end} outside {doc.name} ({len(text)} characters)")
    return text[start:end]


def _xml_articles(doc: Path) -> dict[tuple, str]:
    """Every article's text in a GeoWebNews-style XML file, keyed by (file, its `file` attribute)."""
    root = ElementTree.parse(doc).getroot()
    return {(doc, a.get("file")): a.findtext("text") or "" for a in root.iter("article")}


def evaluate_wire(path: Path, pipeline, in_article: bool = False) -> WireEvaluation:
    """Score accord on a CAMEO-coded set. With ``in_article``, a line that points into an article
    is scored on the events accord finds in that sentence when it reads the whole article (the
    way it runs on news), not the sentence alone: who "the government" or "Mr Brown" is may be
    said sentences before. Lines that carry their own text are read alone either way."""
    gold = read_wire(path)
    root = [0, 0, 0]
    full = [0, 0, 0]
    quiet = alarms = 0
    misses = []
    failures: list[str] = []
    for g, events in zip(gold, _events_per_line(gold, pipeline, in_article, failures)):
        # Negated events keep their flag in accord's records; CAMEO wire coding does not code
        # them ("did not meet" has no event), so a consumer comparing with it leaves them out.
        events = [e for e in events if not e["modality"]["negated"]]
        predicted = [{"cameo": e["cameo"], "source": [a["code"] for a in e["actor"]],
                      "target": [a["code"] for a in e["recipient"]]} for e in events]
        if not g["events"]:
            quiet += 1
            alarms += len(predicted)
        for counts, strict in ((root, False), (full, True)):
            hits = _match(predicted, g["events"], strict)
            counts[0] += hits
            counts[1] += len(predicted) - hits
            counts[2] += len(g["events"]) - hits
        if _match(predicted, g["events"], False) != len(g["events"]) or len(predicted) > len(g["events"]):
            misses.append({"id": g.get("id"), "text": g["text"], "gold": g["events"], "predicted": predicted,
                           "explanations": [e["explanation"] for e in events]})
    return WireEvaluation(len(gold), LabelScore("root", *root), LabelScore("full", *full), quiet, alarms, misses,
                          failures)


def _events_per_line(gold: list[dict], pipeline, in_article: bool, failures: list[str]) -> list[list[dict]]:
    """accord's event records for each gold line, in order; articles that could not be coded are
    added to ``failures`` (their id and why)."""
    whole = [in_article and "_article" in g for g in gold]
    articles = []
    for g, w in zip(gold, whole):
        if not w:
            articles.append(Article(id=str(g.get("id")), text=g["text"], language="en", source=str(g.get("id"))))
    by_text: dict[str, int] = {}  # an article's text -> its place among the articles to code
    for text in dict.fromkeys(g["_article"] for g, w in zip(gold, whole) if w):
        by_text[text] = len(articles)
        articles.append(Article(id=f"article{len(articles)}", text=text, language="en", source="in-article"))
    records = []
    for coded in pipeline.code(articles):
        if coded.record is None:
            failures.append(f"{coded.article.id}: {coded.error}")
        records.append((coded.record or {"events": []})["events"])
    out, alone = [], 0
    for g, w in zip(gold, whole):
        if not w:
            out.append(records[alone])
            alone += 1
            continue
        start, end = int(g["start"]), int(g["end"])
        out.append([e for e in records[by_text[g["_article"]]] if start <= e["trigger"]["start"] < end])
    return out
