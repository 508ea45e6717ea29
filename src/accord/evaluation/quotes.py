"""`accord eval quotes`: quote and attribution extraction against PolNeAR (brat standoff).

Each article's gold attributions are read from one annotator's ``.ann`` file (the first by
name when several annotated it). A predicted quote *matches* a gold content span when their
token overlap is at least a threshold share of the longer of the two (0.3 by default; 1.0 is
an exact token match); matching is one-to-one, best overlap first. The speaker mention of a
matched quote is right when it shares a token with the gold source span.

PolNeAR is univocal (a word is the content of at most one attribution), so a statement
reported inside a quotation is never in its gold: its words are already the outer quote's
content. Quotes nested that way (``reported_by`` set) are left out of the scoring; the outer
quote is scored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from accord.evaluation.scoring import LabelScore
from accord.ingest import Article

WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution]


@dataclass
class QuoteEvaluation:
    articles: int
    partial: LabelScore
    exact: LabelScore
    speaker_right: int
    speaker_matched: int
    sourced_right: int = 0     # the same, over matched quotes whose gold names a source
    sourced_matched: int = 0
    none_agreed: int = 0       # matched quotes where neither the gold nor accord names a source
    misses: list[dict] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_matched if self.speaker_matched else 0.0

    @property
    def sourced_speaker_accuracy(self) -> float:
        """Over matched quotes whose gold attribution names a source at all (some 7% of
        PolNeAR's have none, and no prediction can match an absent source)."""
        return self.sourced_right / self.sourced_matched if self.sourced_matched else 0.0

    @property
    def lenient_speaker_accuracy(self) -> float:
        """Counting as right a matched quote where neither the gold nor accord names a source
        (the strict figure counts it wrong: no mention can share a token with no source)."""
        return (self.speaker_right + self.none_agreed) / self.speaker_matched if self.speaker_matched else 0.0

    def as_dict(self) -> dict:
        def block(s: LabelScore) -> dict:
            return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "fp": s.fp, "fn": s.fn}
        return {"articles": self.articles, "overlap_0.3": block(self.partial), "exact": block(self.exact),
                "speaker_mention_accuracy": round(self.speaker_accuracy, 4), "speaker_matched": self.speaker_matched,
                "speaker_mention_accuracy_gold_with_source": round(self.sourced_speaker_accuracy, 4),
                "speaker_matched_gold_with_source": self.sourced_matched,
                "speaker_mention_accuracy_no_source_agreed": round(self.lenient_speaker_accuracy, 4)}


def _spans(field_text: str) -> list[tuple[int, int]]:
    spans = []
    for part in field_text.split(";"):
        start, end = part.split()
        spans.append((int(start), int(end)))
    return spans


def read_brat(ann: Path) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if re.match(r"T\d+\t", line):
            # A span's text may run over a line break: only the first line has the offsets.
            ident, middle = line.split("\t", 2)[:2]
            label, _, offsets = middle.partition(" ")
            spans[ident] = (label, _spans(offsets))
        elif re.match(r"E\d+\t", line):
            _ident, body = line.split("\t", 1)
            relations.append(dict(part.split(":", 1) for part in body.split()))
    out = []
    for relation in relations:
        content = [s for key in ("Content", "Content2") if key in relation for s in spans[relation[key]][1]]
        if not content:
            continue
        out.append(GoldAttribution(
            content=content,
            source=spans[relation["Source"]][1] if "Source" in relation else [],
            cue=spans[relation["Cue"]][1] if "Cue" in relation else [],
        ))
    return out


def read_polnear(directory: Path) -> list[GoldArticle]:
    directory = Path(directory)
    texts = directory / "text"
    chosen: dict[str, Path] = {}
    for ann in sorted((directory / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        chosen.setdefault(name, ann)  # one annotator per article: the first by name
    articles = []
    for name, ann in sorted(chosen.items()):
        text_path = texts / f"{name}.txt"
        if text_path.exists():
            articles.append(GoldArticle(name, text_path.read_text(encoding="utf-8"), read_brat(ann)))
    return articles


def _tokens(spans: list[tuple[int, int]], text: str) -> set[int]:
    """Token positions (by start offset) covered by the spans."""
    return {m.start() for s, e in spans for m in WORD.finditer(text, s, e)}


def _overlap(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


class QuoteScorer:
    """Accumulates the figures article by article (predicted quotes as output records)."""

    def __init__(self, threshold: float = 0.3):
        self.threshold = threshold
        self.articles = 0
        self.partial = [0, 0, 0]
        self.exact = [0, 0, 0]
        self.speaker_right = self.speaker_matched = 0
        self.sourced_right = self.sourced_matched = 0
        self.none_agreed = 0
        self.misses: list[dict] = []
        self.outcomes: list[tuple[str, dict, bool]] = []  # (article, predicted quote, matched)

    def add(self, g: GoldArticle, quotes: list[dict]) -> None:
        self.articles += 1
        text = g.text
        predicted = []
        for quote in quotes:
            if quote.get("reported_by"):
                continue  # nested inside another quote: not representable in a univocal gold
            parts = [(p["start"], p["end"]) for p in quote.get("parts") or [quote["content"]]]
            mention = quote["speaker"]["mention"]
            predicted.append((_tokens(parts, text), _tokens([(mention["start"], mention["end"])], text)
                              if mention else set(), quote))
        gold_items = [(_tokens(a.content, text), _tokens(a.source, text), a) for a in g.attributions]
        for counts, cut in ((self.partial, self.threshold), (self.exact, 1.0)):
            pairs = sorted(((_overlap(p[0], q[0]), i, j) for i, p in enumerate(predicted)
                            for j, q in enumerate(gold_items) if p[0] & q[0]), reverse=True)
            used_p, used_g = set(), set()
            for score, i, j in pairs:
                if score < cut or i in used_p or j in used_g:
                    continue
                used_p.add(i)
                used_g.add(j)
                if cut == self.threshold:
                    self.speaker_matched += 1
                    self.sourced_matched += bool(gold_items[j][1])
                    if predicted[i][1] & gold_items[j][1]:
                        self.speaker_right += 1
                        self.sourced_right += 1
                    else:
                        self.none_agreed += not predicted[i][1] and not gold_items[j][1]
                        mention = predicted[i][2]["speaker"]["mention"]
                        self.misses.append({"article": g.name, "kind": "speaker",
                                            "content": predicted[i][2]["content"]["text"][:300],
                                            "predicted": mention["text"] if mention else None,
                                            "source": " ".join(text[s:e] for s, e in gold_items[j][2].source),
                                            "explanation": predicted[i][2].get("explanation")})
            counts[0] += len(used_g)
            counts[1] += len(predicted) - len(used_p)
            counts[2] += len(gold_items) - len(used_g)
            if cut == self.threshold:
                for j, item in enumerate(gold_items):
                    if j not in used_g:
                        a = item[2]
                        near = max(((_overlap(p[0], item[0]), p[2]["content"]["text"]) for p in predicted
                                    if p[0] & item[0]), default=None)
                        miss = {"article": g.name, "kind": "missed", "start": a.content[0][0],
                                "content": " … ".join(text[s:e] for s, e in a.content)[:300],
                                "source": " ".join(text[s:e] for s, e in a.source),
                                "cue": " ".join(text[s:e] for s, e in a.cue)}
                        if near:
                            miss["nearest"] = {"overlap": round(near[0], 2), "content": near[1][:300]}
                        self.misses.append(miss)
                self.outcomes.extend((g.name, item[2], i in used_p) for i, item in enumerate(predicted))
                for i, item in enumerate(predicted):
                    if i not in used_p:
                        self.misses.append({"article": g.name, "kind": "spurious",
                                            "start": item[2]["content"]["start"],
                                            "content": item[2]["content"]["text"][:300],
                                            "explanation": item[2].get("explanation")})

    def result(self) -> QuoteEvaluation:
        return QuoteEvaluation(self.articles, LabelScore("quote", *self.partial), LabelScore("quote", *self.exact),
                               self.speaker_right, self.speaker_matched, self.sourced_right,
                               self.sourced_matched, self.none_agreed, self.misses)


def evaluate_quotes(directory: Path, pipeline, threshold: float = 0.3) -> QuoteEvaluation:
    gold = read_polnear(directory)
    articles = [Article(id=g.name, text=g.text, language="en", source=g.name) for g in gold]
    scorer = QuoteScorer(threshold)
    for g, coded in zip(gold, pipeline.code(articles)):
        record = coded.record or {"quotes": []}
        scorer.add(g, record["quotes"])
    return scorer.result()
