"""The cue lexicon: words that attribute content to a source, and the complements they take."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from accord.actors.tables import data_dir, read_tsv, word_sets

# The word sets are data: each one's words and why are in accord/data/words/quotes_cues.tsv.
WORD_SETS = word_sets("quotes_cues")

FRAMES = WORD_SETS["FRAMES"]


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
    adjectives: dict[str, Cue] = field(default_factory=dict)
    it_verbs: frozenset[str] = frozenset()  # "as X put it, …": words introduced with "it" as object

    def verb(self, lemma: str) -> Cue | None:
        return self.verbs.get(lemma)

    def introduces_quotes(self, lemma: str) -> bool:
        cue = self.verbs.get(lemma)
        return cue is not None and cue.takes("quote")

    def introduces_with_it(self, token) -> bool:
        """"as X put it, …", "X put it: “…”": the verb introduces words when its object is "it"."""
        return token.lemma_.lower() in self.it_verbs and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)

    def __contains__(self, lemma: str) -> bool:
        return lemma in self.verbs


@lru_cache(maxsize=4)
def load_cues(path: Path | None = None) -> CueLexicon:
    tables: dict[str, dict[str, set[str]]] = {"verb": {}, "noun": {}, "adj": {}}
    it_verbs: set[str] = set()
    for row in read_tsv(path or data_dir() / "quote_cues.tsv"):
        lemma = row["lemma"].strip().lower()
        frames = {f.strip() for f in (row.get("frames") or "clause,quote").split(",") if f.strip()}
        pos = (row.get("pos") or "verb").strip()
        if "it" in frames:
            it_verbs.add(lemma)
            frames.discard("it")
            if not frames:
                continue
        tables[pos if pos in tables else "verb"].setdefault(lemma, set()).update(frames)
    built = {pos: {k: Cue(k, pos, frozenset(v)) for k, v in table.items()} for pos, table in tables.items()}
    return CueLexicon(built["verb"], built["noun"], built["adj"], frozenset(it_verbs))
