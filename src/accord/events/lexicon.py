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
        if pos == "VERB" and gerund_as_noun(token):
            # "Fighting between the army and the rebels killed dozens": the model tags a
            # sentence-initial "Fighting" as a verb; as the subject with no object or subject of
            # its own it is the noun "fighting", and its noun entries are tried after the verb's.
            found = found + self._index.get((token.lower_, "NOUN"), [])
        return found


# What a gerund subject with any of these has is a clause, not a noun ("Attacking Iran would be ...").
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "aux", "auxpass", "ccomp", "xcomp", "prt"})


def gerund_as_noun(token: Token) -> bool:
    """A verb's -ing form standing as a noun: the subject of a verb, with no object, subject,
    particle or clause of its own ("Fighting between X and Y killed ...").

    Not a parse repair (looked at in the twenty-ninth session): the coder tries such a word's
    verb entries first and its noun entries after them, and both are needed (a gerund whose -ing
    noun has no row, "Raiding ... killed", codes by the verb's bare row; "Fighting between X and Y"
    by the noun's, the verb's rows asking for an object);
    retagging the word a noun in the parse would drop the verb's rows for every stage, so the
    word keeps the model's tag and the lexicon offers both."""
    return token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in CLAUSE_DEPS for c in token.children)


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
