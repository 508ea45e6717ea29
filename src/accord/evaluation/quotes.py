"""`accord eval quotes`: quote and attribution extraction against PolNeAR (brat standoff).

Each article's gold attributions are read from one annotator's ``.ann`` file (the first by
name when several annotated it). A predicted quote *matches* a gold content span when their
token overlap is at least a threshold share of the longer of the two (0.3 by default; 1.0 is
an exact token match); matching is one-to-one, best overlap first. The speaker mention of a
matched quote is right when it shares a token with the gold source span.
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
    misses: list[dict] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_matched if self.speaker_matched else 0.0

    def as_dict(self) -> dict:
        def block(s: LabelScore) -> dict:
            return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "fp": s.fp, "fn": s.fn}
        return {"articles": self.articles, "overlap_0.3": block(self.partial), "exact": block(self.exact),
                "speaker_mention_accuracy": round(self.speaker_accuracy, 4), "speaker_matched": self.speaker_matched}


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
        if line.startswith("T"):
            ident, middle, _text = line.split("\t", 2)
            label, _, offsets = middle.partition(" ")
            spans[ident] = (label, _spans(offsets))
        elif line.startswith("E"):
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


def evaluate_quotes(directory: Path, pipeline, threshold: float = 0.3) -> QuoteEvaluation:
    gold = read_polnear(directory)
    articles = [Article(id=g.name, text=g.text, language="en", source=g.name) for g in gold]
    partial = [0, 0, 0]
    exact = [0, 0, 0]
    speaker_right = speaker_matched = 0
    misses: list[dict] = []
    for g, coded in zip(gold, pipeline.code(articles)):
        record = coded.record or {"quotes": []}
        text = g.text
        predicted = []
        for quote in record["quotes"]:
            parts = [(p["start"], p["end"]) for p in quote.get("parts") or [quote["content"]]]
            mention = quote["speaker"]["mention"]
            predicted.append((_tokens(parts, text), _tokens([(mention["start"], mention["end"])], text)
                              if mention else set(), quote))
        gold_items = [(_tokens(a.content, text), _tokens(a.source, text), a) for a in g.attributions]
        for counts, cut in ((partial, threshold), (exact, 1.0)):
            pairs = sorted(((_overlap(p[0], q[0]), i, j) for i, p in enumerate(predicted)
                            for j, q in enumerate(gold_items)), reverse=True)
            used_p, used_g = set(), set()
            for score, i, j in pairs:
                if score < cut or i in used_p or j in used_g:
                    continue
                used_p.add(i)
                used_g.add(j)
                if cut == threshold:
                    speaker_matched += 1
                    if predicted[i][1] & gold_items[j][1]:
                        speaker_right += 1
            counts[0] += len(used_g)
            counts[1] += len(predicted) - len(used_p)
            counts[2] += len(gold_items) - len(used_g)
            if cut == threshold:
                for j, item in enumerate(gold_items):
                    if j not in used_g:
                        a = item[2]
                        misses.append({"article": g.name, "kind": "missed",
                                       "content": " … ".join(text[s:e] for s, e in a.content)[:300],
                                       "source": " ".join(text[s:e] for s, e in a.source),
                                       "cue": " ".join(text[s:e] for s, e in a.cue)})
                for i, item in enumerate(predicted):
                    if i not in used_p:
                        misses.append({"article": g.name, "kind": "spurious",
                                       "content": item[2]["content"]["text"][:300],
                                       "explanation": item[2].get("explanation")})
    return QuoteEvaluation(len(gold), LabelScore("quote", *partial), LabelScore("quote", *exact),
                           speaker_right, speaker_matched, misses)
