"""The cue lexicon: words that attribute content to a source, and the complements they take."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from accord.actors.tables import data_dir, read_tsv

FRAMES = {"clause", "inf", "obj", "oprd", "quote"}  # plus prepositions ("for", "on", ...)


@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: str  # "verb" | "noun"
    frames: frozenset[str]

    def takes(self, frame: str) -> bool:
        return frame in self.frames


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]

    def verb(self, lemma: str) -> Cue | None:
        return self.verbs.get(lemma)

    def introduces_quotes(self, lemma: str) -> bool:
        cue = self.verbs.get(lemma)
        return cue is not None and cue.takes("quote")

    def __contains__(self, lemma: str) -> bool:
        return lemma in self.verbs


@lru_cache(maxsize=4)
def load_cues(path: Path | None = None) -> CueLexicon:
    verbs: dict[str, set[str]] = {}
    nouns: dict[str, set[str]] = {}
    for row in read_tsv(path or data_dir() / "quote_cues.tsv"):
        lemma = row["lemma"].strip().lower()
        frames = {f.strip() for f in (row.get("frames") or "clause,quote").split(",") if f.strip()}
        table = nouns if (row.get("pos") or "verb").strip() == "noun" else verbs
        table.setdefault(lemma, set()).update(frames)
    return CueLexicon({k: Cue(k, "verb", frozenset(v)) for k, v in verbs.items()},
                      {k: Cue(k, "noun", frozenset(v)) for k, v in nouns.items()})
