"""The event lexicon: which word in which syntactic frame codes which CAMEO event.

Entries live in ``accord/data/event_lexicon.tsv`` (format documented in its header). This
module parses them and checks a candidate trigger token against an entry's frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from accord.actors.tables import data_dir

ACTOR_OBJECT = "__ACTOR__"    # the object must name an actor
PERSON_OBJECT = "__PERSON__"  # the object must name a person

OBJECT_DEPS = ("dobj", "obj", "attr")
PASSIVE_SUBJECT_DEPS = ("nsubjpass",)


@dataclass(frozen=True)
class LexiconEntry:
    lemma: str
    pos: str
    frame: tuple[tuple[str, tuple[str, ...]], ...]  # (constraint, allowed values)
    cameo: str
    note: str
    line: int

    @property
    def label(self) -> str:
        frame = " ".join(f"{k}={'|'.join(v)}" for k, v in self.frame) or "-"
        return f"{self.lemma}/{self.pos} [{frame}] (event_lexicon.tsv line {self.line})"


def parse_frame(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if text.strip() in ("", "-"):
        return ()
    parts = []
    for item in text.split():
        key, _, values = item.partition("=")
        parts.append((key, tuple(values.split("|"))))
    return tuple(parts)


class Lexicon:
    def __init__(self, entries: list[LexiconEntry]):
        self.entries = entries
        self._index: dict[tuple[str, str], list[LexiconEntry]] = {}
        for entry in entries:
            self._index.setdefault((entry.lemma, entry.pos), []).append(entry)
        for options in self._index.values():
            options.sort(key=lambda e: -len(e.frame))

    def lemmas(self) -> set[str]:
        return {lemma for lemma, _ in self._index}

    def candidates(self, token: Token) -> list[LexiconEntry]:
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else None
        if pos is None:
            return []
        return self._index.get((token.lemma_.lower(), pos), [])


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    path = path or data_dir() / "event_lexicon.tsv"
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
            entries.append(LexiconEntry(
                lemma=row["lemma"].lower(), pos=row["pos"].upper(), frame=parse_frame(row["frame"]),
                cameo=row["cameo"], note=row.get("note", ""), line=number,
            ))
    return Lexicon(entries)


def object_of(token: Token) -> Token | None:
    """The verb's direct object, or its passive subject (what was signed, attacked, ...)."""
    for child in token.children:
        if child.dep_ in OBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS:
            return child
    return None


def frame_fits(entry: LexiconEntry, token: Token, is_actor, is_person) -> bool:
    """Whether every constraint of the entry's frame holds at this trigger."""
    obj = object_of(token) if entry.pos == "VERB" else None
    for key, values in entry.frame:
        if key == "obj":
            if obj is None:
                return False
            if values == (ACTOR_OBJECT,):
                if not is_actor(obj):
                    return False
            elif values == (PERSON_OBJECT,):
                if not is_person(obj):
                    return False
            elif obj.lemma_.lower() not in values and obj.lower_ not in values:
                return False
        elif key == "objmod":
            head = obj if obj is not None else token
            mods = {c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "compound")}
            if not mods & set(values):
                return False
        elif key == "prep":
            preps = {c.lower_ for c in token.children if c.dep_ in ("prep", "agent", "dative")}
            if not preps & set(values):
                return False
        elif key == "xcomp":
            # "agree to sign", "refuse to meet": the verb governs a to-infinitive.
            if not any(c.dep_ == "xcomp" for c in token.children):
                return False
        elif key == "prt":
            if not {c.lower_ for c in token.children if c.dep_ == "prt"} & set(values):
                return False
        elif key == "pobj":
            prep, _, allowed = values[0].partition(":")
            allowed_set = set(allowed.split("|")) | set(values[1:])
            found = False
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == prep:
                    found = any(g.lemma_.lower() in allowed_set for g in child.children if g.dep_ == "pobj")
            if not found:
                return False
        else:
            raise ValueError(f"unknown frame constraint {key!r} in lexicon entry {entry.label}")
    return True
