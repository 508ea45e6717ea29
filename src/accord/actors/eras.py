"""Codes that depend on the era: Kosovo before its independence is Serbia's, the SPLA before South
Sudan's is Sudan's, Abkhazia in the wire of the 1990s is Georgia (``data/era_codes.tsv``).

The article's date decides. A sentence read without a date is dated by its own words: a former
state named as a living one ("Yugoslav troops", ``former_states.tsv``), the words of an era ("the
Serbian province of Kosovo", "southern Sudan", ``era_cues.tsv``) and the terms of the office-holders
it names ("Indonesian President B.J. Habibie", ``persons.tsv``). With neither, the table's
``undated`` column says which code the name keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from accord.actors.model import ActorMention
from accord.actors.people import PersonBase, parse_day
from accord.actors.tables import data_dir, read_tsv, split_list, word_sets

Era = tuple[date | None, date | None]  # first and last day; None is open
# The word sets are data: each one's words and why are in accord/data/words/actors_eras.tsv.
WORD_SETS = word_sets("actors_eras")
PAST_MARKERS = WORD_SETS["PAST_MARKERS"]
PAST_FOLLOWERS = WORD_SETS["PAST_FOLLOWERS"]


@dataclass(frozen=True)
class EraCode:
    """``code`` (a country code, or an organisation's full code) is ``era_code`` from ``start`` to ``end``."""

    code: str
    era_code: str
    start: date | None
    end: date | None
    undated: str  # "era" or "today": the code of a sentence nothing dates

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def holds(self, era: Era) -> bool | None:
        """True when the era lies within this row's years, False when it lies outside them, None
        when it straddles a bound (the words date the sentence too loosely to choose)."""
        first, last = era
        if (self.end is not None and first is not None and first > self.end) \
                or (self.start is not None and last is not None and last < self.start):
            return False
        if (self.start is None or (first is not None and first >= self.start)) \
                and (self.end is None or (last is not None and last <= self.end)):
            return True
        return None

    def recode(self, code: str) -> str:
        return self.era_code + code[len(self.code):]


@dataclass(frozen=True)
class EraCue:
    form: str
    era: Era


@dataclass(frozen=True)
class EraTable:
    codes: tuple[EraCode, ...]
    cues: tuple[EraCue, ...]
    former_names: frozenset[str] = frozenset()  # lower-case names and demonyms of former states

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {r.code: r for r in self.codes})

    def row(self, code: str | None) -> EraCode | None:
        """The row for a mention's code: its own (an organisation: SSDSPL), else its country's
        (SSD also covers "South Sudanese troops", SSDMIL) unless the organisation has a row."""
        if not code:
            return None
        by_code = self._by_code
        if code in by_code:
            return by_code[code]
        if len(code) > 3 and code[3:4].isupper() and code[:3] in by_code:
            return by_code[code[:3]]
        return None


def load_era_table(directory: Path | None = None) -> EraTable:
    return _read(directory) if directory is not None else _packaged()


@lru_cache(maxsize=1)
def _packaged() -> EraTable:
    return _read(data_dir())


def _read(directory: Path) -> EraTable:
    codes: tuple[EraCode, ...] = ()
    cues: list[EraCue] = []
    former: set[str] = set()
    if (directory / "era_codes.tsv").exists():
        codes = tuple(EraCode(row["code"], row["era_code"], parse_day(row["start"], end=False),
                              parse_day(row["end"], end=True), row["undated"])
                      for row in read_tsv(directory / "era_codes.tsv"))
    if (directory / "former_states.tsv").exists():
        for row in read_tsv(directory / "former_states.tsv"):
            era = (parse_day(row["start"], end=False), parse_day(row["end"], end=True))
            for form in (row["name"], *split_list(row.get("aliases", "")), *split_list(row.get("demonyms", ""))):
                cues.append(EraCue(form, era))
                former.add(form.lower())
    if (directory / "era_cues.tsv").exists():
        for row in read_tsv(directory / "era_cues.tsv"):
            era = (parse_day(row["start"], end=False), parse_day(row["end"], end=True))
            cues += [EraCue(form, era) for form in split_list(row["forms"])]
    return EraTable(codes, tuple(cues), frozenset(former))


class EraReader:
    """Which code an era-dependent name has at a place in one Doc: by the article's date ``on``,
    else by the era the words of its own clause name, else by the era the document's office-holders
    put the whole text in, else by the table's ``undated`` column."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], table: EraTable, people: PersonBase,
                 on: date | None):
        self.doc, self.mentions, self.table, self.people, self.on = doc, mentions, table, people, on
        self._eras: dict[tuple[int, int], tuple[Era, str | None]] = {}
        self._document: tuple[Era, str | None] | None = None

    def code(self, index: int, code: str | None) -> tuple[str, str] | None:
        """(the era's code, why) for ``code`` said at token ``index``; None when it stays."""
        row = self.table.row(code)
        if row is None:
            return None
        if self.on is not None:
            use, why = row.covers(self.on), f"the article's date {self.on.isoformat()}"
        else:
            sent, head = _sentence(self.doc, index), clause_head(self.doc[index])
            key = (sent.start, head.i)
            if key not in self._eras:
                self._eras[key] = sentence_era(sent, self.mentions, self.table, self.people, head)
            era, cue = self._eras[key]
            if cue is None:
                # ("President of Abkhazia X met Lavrov. Abkhazia signed a customs agreement ...":
                # one undated text is one era; its office-holders date the sentences with no cue.)
                if self._document is None:
                    self._document = document_era(self.doc, self.mentions, self.people)
                era, cue = self._document
            fits = row.holds(era) if cue else None
            use, why = (row.undated == "era", "an undated sentence") if fits is None else (fits, f"'{cue}'")
        return (row.recode(code), why) if use else None


def era_coded(doc: Doc, mentions: list[ActorMention], table: EraTable, people: PersonBase,
              on: date | None) -> list[ActorMention]:
    """``mentions`` with the code of each era-dependent name as it was on the article's date
    ``on``, or in the era its sentence names, and without the former states the sentence only
    looks back on ("a former Soviet republic"); the changes are kept in ``doc._.era_codes``
    (mention start → (today's code, the era's, why)) for ``accord explain``."""
    mentions = [m for m in mentions if not _looked_back_on(doc, m, table)]
    reader = EraReader(doc, mentions, table, people, on)
    out, notes = [], {}
    for mention in mentions:
        found = reader.code(mention.start, mention.actor.code)
        if found is not None:
            notes[mention.start] = (mention.actor.code, *found)
            mention = replace(mention, actor=replace(mention.actor, code=found[0]))
        out.append(mention)
    doc._.era_codes = notes
    return out


def _looked_back_on(doc: Doc, mention: ActorMention, table: EraTable) -> bool:
    """A former state's name after "former" or "ex-" ("a former Soviet republic", "ex-Soviet
    states", "the former Yugoslav republic"): what another state once was, no party."""
    words = doc[mention.start:mention.end]
    if words.text.lower().removeprefix("the ") not in table.former_names:
        return False
    before = [t.lower_ for t in doc[max(mention.start - 2, 0):mention.start]]
    return bool(before) and (before[-1] in PAST_MARKERS or before[-2:] == ["ex", "-"])


def sentence_era(sent: Span, mentions: list[ActorMention], table: EraTable,
                 people: PersonBase, head=None) -> tuple[Era, str | None]:
    """The years a sentence's own words put it in (the overlap of its cues) and the words that
    did; (open, None) when nothing dates it or its cues disagree. Given a clause ``head``, only the
    cues of that clause count: "Kosovo accused Serbia of hiding the remains of Albanians killed by
    Yugoslav forces in 1999" is not dated by the forces of a clause about the past."""
    eras: list[tuple[Era, str]] = []
    for cue in table.cues:
        for start, said in _said(sent.text, cue.form):
            token = _token_at(sent, start, len(said))
            if token is not None and _in_clause(token, head) and not _followed_by_past(sent.doc, token):
                eras.append((cue.era, said))
    eras += _office_holder_terms(sent.doc, [m for m in mentions if sent.start <= m.start < sent.end
                                            and _in_clause(sent.doc[m.end - 1], head)], people)
    return _overlap(eras)


def document_era(doc: Doc, mentions: list[ActorMention], people: PersonBase) -> tuple[Era, str | None]:
    """The years the office-holders named anywhere in an undated text share (their terms'
    overlap); (open, None) when it names none or their terms do not meet."""
    return _overlap(_office_holder_terms(doc, mentions, people))


def _office_holder_terms(doc: Doc, mentions: list[ActorMention], people: PersonBase) -> list[tuple[Era, str]]:
    """The terms of the office-holders among ``mentions`` (not "the late President", "former ...")
    with the words that name them."""
    eras: list[tuple[Era, str]] = []
    for mention in mentions:
        if mention.actor.kind == "person" and mention.actor.name \
                and not any(t.lower_ in PAST_MARKERS for t in doc[max(mention.start - 2, 0):mention.end]):
            term = people.term(mention.actor.name)
            if term is not None:
                eras.append((term, doc[mention.start:mention.end].text))
    return eras


def _overlap(eras: list[tuple[Era, str]]) -> tuple[Era, str | None]:
    if not eras:
        return (None, None), None
    starts = [e[0][0] for e in eras if e[0][0] is not None]
    ends = [e[0][1] for e in eras if e[0][1] is not None]
    first, last = (max(starts) if starts else None), (min(ends) if ends else None)
    if first is not None and last is not None and first > last:
        return (None, None), None
    return (first, last), ", ".join(dict.fromkeys(e[1] for e in eras))


def clause_head(token: Token) -> Token:
    """The verb whose clause a word belongs to (the sentence's root when none is above it)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _in_clause(token: Token, head: Token | None) -> bool:
    return head is None or clause_head(token).i == head.i


def _token_at(sent: Span, start: int, length: int) -> Token | None:
    span = sent.doc.char_span(sent.start_char + start, sent.start_char + start + length, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _followed_by_past(doc: Doc, token: Token) -> bool:
    # "a KLA veteran", "Soviet-era depots": a word after the cue that looks back on its years.
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in PAST_FOLLOWERS


def _said(text: str, form: str) -> list[tuple[int, str]]:
    """Where a sentence says a cue as a living name: as written, or with its first letter
    capitalised ("Southern Sudan"); not after "former" or "ex-" ("the former Soviet Union") nor as
    a compound's first part ("Soviet-era depots", "Yugoslav-made rifles")."""
    found = []
    for variant in dict.fromkeys((form, form[:1].upper() + form[1:])):
        for match in re.finditer(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", text):
            before = text[:match.start()].rstrip().rsplit(None, 1)
            if (before and before[-1].lower().rstrip("-") in PAST_MARKERS) or text[:match.start()].endswith("-"):
                continue
            found.append((match.start(), match.group()))
    return found


def _sentence(doc: Doc, index: int) -> Span:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return doc[index].sent
    return doc[:]
