"""A lexicon entry and the frame language it is written in.

An entry names a lemma, a part of speech, a frame and a CAMEO code. The frame is a list of
constraints ``key=value|value`` separated by spaces ("obj=talks|negotiations prep=with"); ``-``
is no constraint. Placeholders stand for a class of words rather than a word: ``__ACTOR__`` (the
word must name an actor), ``__PERSON__`` (a person), ``__PLACE__`` (the word is itself a place: a town,
region or country, not what a place owns), ``*`` (any word in the slot) and, for
``xcomp``, ``to`` (any governed infinitive). What each key means, and how it is checked at a
trigger, is in ``frames.py``."""

from __future__ import annotations

from dataclasses import dataclass

ACTOR_OBJECT = "__ACTOR__"    # the object must name an actor
PERSON_OBJECT = "__PERSON__"  # the object must name a person
PLACE_OBJECT = "__PLACE__"    # the object must itself be a place (a town, a region, a country)

PLACEHOLDERS = ((ACTOR_OBJECT,), (PERSON_OBJECT,), (PLACE_OBJECT,), ("*",), ("to",))

# CAMEO roots that rules share: force used (18 assault, 19 fight, 20 mass violence), and appeals
# and demands (02, 10), whose "from" phrase names whom they are asked of.
VIOLENT_ROOTS = ("18", "19", "20")
REQUEST_ROOTS = ("02", "10")
DISAPPROVAL_ROOT = "11"
FIGHT_ROOT = "19"
ABDUCTION_CODE = "181"  # abduct, hijack or take hostage


@dataclass(frozen=True)
class LexiconEntry:
    lemma: str
    pos: str
    frame: tuple[tuple[str, tuple[str, ...]], ...]  # (constraint, allowed values)
    cameo: str
    note: str
    line: int
    file: str = ""
    tier: int = 0  # 0 hand-written, 1 imported: a lower tier is tried first


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
