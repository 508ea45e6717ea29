"""Precision, recall and F1 per label, and their macro average."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelScore:
    label: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


def score_labels(pairs: list[tuple[str, str | None]], labels: list[str]) -> list[LabelScore]:
    """Single-label classification scores: ``pairs`` are (gold, predicted-or-None)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold, predicted in pairs:
        if predicted == gold:
            tp[gold] += 1
        else:
            fn[gold] += 1
            if predicted is not None:
                fp[predicted] += 1
    return [LabelScore(label, tp[label], fp[label], fn[label]) for label in labels]


def macro_f1(scores: list[LabelScore]) -> float:
    return sum(s.f1 for s in scores) / len(scores) if scores else 0.0
