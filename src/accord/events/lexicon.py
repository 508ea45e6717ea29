"""The event lexicon: which word in which syntactic frame codes which CAMEO event.

Entries live in ``accord/data/lexicon/*.tsv``, one file per group of CAMEO roots (format
documented in each header). This
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
    file: str = ""

    @property
    def label(self) -> str:
        if not self.line:
            return f"{self.file} ('{self.lemma}')"
        frame = " ".join(f"{k}={'|'.join(v)}" for k, v in self.frame) or "-"
        return f"{self.lemma}/{self.pos} [{frame}] ({self.file} line {self.line})"


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
            ))
    return entries


QUANTITY_NOUNS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
                  "number", "part", "some", "many", "all", "most", "group", "batch", "wave", "series",
                  "couple", "handful", "lot", "lots", "team", "contingent", "unit", "total"}


def object_of(token: Token) -> Token | None:
    """The verb's direct object, or its passive subject (what was signed, attacked, ...).

    A quantity is looked through: in "mobilised thousands of reservists" the object is
    "reservists"."""
    for child in token.children:
        if child.dep_ in OBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS:
            if child.lemma_.lower() in QUANTITY_NOUNS or child.lower_ in QUANTITY_NOUNS:
                of = next((g for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), None)
                if of is not None:
                    return of
            return child
    return None


def _plural_parties(subject: Token) -> bool:
    return any(t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN", "ADJ") for t in subject.subtree) or any(
        c.lower_ in ("both", "two") for c in subject.children)


def frame_fits(entry: LexiconEntry, token: Token, is_actor, is_person) -> bool:
    return frame_check(entry, token, is_actor, is_person) is None


def frame_check(entry: LexiconEntry, token: Token, is_actor, is_person) -> str | None:
    """None when every constraint of the entry's frame holds at this trigger, else the
    first constraint that failed, in words (for `accord explain`)."""
    obj = object_of(token) if entry.pos == "VERB" else None
    for key, values in entry.frame:
        allowed = set(values)
        if key == "obj":
            if obj is None:
                return "no object"
            if values == ("*",):
                continue
            if values == (ACTOR_OBJECT,):
                if not is_actor(obj):
                    return f"object '{obj.text}' is not an actor"
            elif values == (PERSON_OBJECT,):
                if not is_person(obj):
                    return f"object '{obj.text}' is not a person"
            elif obj.lemma_.lower() not in allowed and obj.lower_ not in allowed:
                return f"object '{obj.text}' is not one of {'|'.join(values)}"
        elif key == "objmod":
            head = obj if obj is not None else token
            mods = {c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "compound")}
            if not mods & allowed:
                return f"'{head.text}' has no modifier {'|'.join(values)}"
        elif key == "prep":
            # "fired on Tuesday" has no "on" target: a preposition governing a date is ignored.
            preps = {c.lower_ for c in token.children if c.dep_ in ("prep", "agent", "dative")
                     and not all(g.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj")
                     or c.dep_ in ("prep", "agent", "dative") and not any(g.dep_ == "pobj" for g in c.children)}
            if not preps & allowed:
                return f"no preposition {'|'.join(values)}"
        elif key == "xcomp":
            # "agree to sign", "refuse to meet": the verb governs an infinitive.
            governed = [c for c in token.children if c.dep_ == "xcomp"]
            if not governed:
                return "governs no infinitive"
            if values != ("to",) and not any(c.lemma_.lower() in allowed for c in governed):
                return f"governed verb is not one of {'|'.join(values)}"
        elif key == "subj":
            # subj=plural: two or more parties act together ("Iran and Iraq met", "officials
            # from Bangladesh and Myanmar met", "both sides met").
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                return "no subject"
            if values == ("plural",) and not _plural_parties(subject):
                return f"subject '{subject.text}' is not two or more parties"
        elif key == "prt":
            if not {c.lower_ for c in token.children if c.dep_ == "prt"} & allowed:
                return f"no particle {'|'.join(values)}"
        elif key == "pobj":
            prep, _, first = values[0].partition(":")
            words = {first, *values[1:]}
            if not any(child.dep_ in ("prep", "agent") and child.lower_ == prep
                       and any(g.lemma_.lower() in words for g in child.children if g.dep_ == "pobj")
                       for child in token.children):
                return f"no '{prep}' + {'|'.join(sorted(words))}"
        else:
            raise ValueError(f"unknown frame constraint {key!r} in lexicon entry {entry.label}")
    return None
