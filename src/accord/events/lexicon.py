"""The event lexicon: which word in which syntactic frame codes which CAMEO event.

Entries live in ``accord/data/lexicon/*.tsv``, one file per group of CAMEO roots (format
documented in each header), plus imported files (``imported_*.tsv``, converted from other
projects' dictionaries) whose entries are tried only after every hand-written entry of the same
word. This module loads them and gives a trigger its entries in the order they are tried. The
entry and its frame language are in ``entries``; checking a frame at a trigger is ``frames``
(with ``slots``, where the constrained words are in the parse, and ``counts``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from accord.actors.tables import data_dir
from accord.events.entries import PLACEHOLDERS, LexiconEntry, parse_frame


# Lexicon files converted from other dictionaries: a lower tier than the hand-written ones.
IMPORTED_PREFIX = "imported_"


class Lexicon:
    def __init__(self, entries: list[LexiconEntry]):
        self.entries = entries
        self._index: dict[tuple[str, str], list[LexiconEntry]] = {}
        for entry in entries:
            self._index.setdefault((entry.lemma, entry.pos), []).append(entry)
        for options in self._index.values():
            # Hand-written entries before imported ones; then most constraints first; among as
            # many, word lists before placeholders ("ordered the newspaper to suspend" is a
            # closure before "ordered an actor to act"); then file order.
            options.sort(key=lambda e: (e.tier, -len(e.frame), sum(values in PLACEHOLDERS for _, values in e.frame)))

    def lemmas(self) -> set[str]:
        return {lemma for lemma, _ in self._index}

    def entries_for(self, lemma: str, pos: str) -> list[LexiconEntry]:
        """A word's entries in the order they are tried."""
        return list(self._index.get((lemma, pos), []))

    def candidates(self, token: Token) -> list[LexiconEntry]:
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") \
            else "ADJ" if token.pos_ == "ADJ" else None
        if pos is None:
            return []
        lemma = token.lemma_.lower()
        found = self._index.get((lemma, pos), [])
        if not found and pos == "VERB" and lemma.endswith("ie") and token.lower_.endswith("ied"):
            # The model leaves unknown "-ied" verbs half-lemmatised ("reoccupied" → "reoccupie").
            found = self._index.get((lemma[:-2] + "y", pos), [])
        # ("Fighting between the army and the rebels killed dozens", a gerund subject the model
        # tags as a verb, is a noun in the repaired parse: parse_repairs.gerund_subject_as_noun.)
        return found


def lexicon_files(directory: Path | None = None) -> list[Path]:
    """The lexicon: one TSV per group of CAMEO roots in ``data/lexicon/``."""
    directory = directory or data_dir() / "lexicon"
    return sorted(directory.glob("*.tsv"))


@lru_cache(maxsize=4)
def load_lexicon(directory: Path | None = None) -> Lexicon:
    entries = []
    for path in lexicon_files(directory):
        entries.extend(read_lexicon_file(path))
    return Lexicon(entries)


def read_lexicon_file(path: Path) -> list[LexiconEntry]:
    entries = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [cell.strip() for cell in line.rstrip("\n").split("\t")]
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            if len(cells) < 4 or not row.get("lemma") or not row.get("cameo"):
                raise ValueError(f"{path.name} line {number}: expected lemma, pos, frame, cameo[, note]")
            entries.append(LexiconEntry(
                lemma=row["lemma"].lower(), pos=row["pos"].upper(), frame=parse_frame(row["frame"]),
                cameo=row["cameo"], note=row.get("note", ""), line=number, file=path.name,
                tier=1 if path.name.startswith(IMPORTED_PREFIX) else 0,
            ))
    return entries
