"""Sub-codes from the words a trigger's phrase, subject or object names: `data/subcode_words.tsv`.

Each row of the table gives a code a sub-code when its words are found in its scope (the phrase,
the subject without its clauses, the object without what it is "of"), unless its ``unless`` words
are; :func:`word_code` takes the first row that matches, or the row's ``several`` code when rows
with different sub-codes match. :func:`accord.events.aims.refine` asks it last.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from accord.actors.tables import data_dir, read_tsv, word_sets
from accord.events.aim_phrase import bare, phrase_tokens, without_of, word_set
from accord.events.slots import is_infinitive, object_of
from accord.events.syntax import subject_of

# The word sets are data: each one's words and why are in accord/data/words/events_subcode_words.tsv.
WORD_SETS = word_sets("events_subcode_words")


class WordRow(NamedTuple):
    subcode: str
    scope: str     # "phrase", "subject" or "object"
    several: str   # the code when rows with different sub-codes match, or ""
    words: frozenset[str]
    unless: frozenset[str]

    def matches(self, found: set[str]) -> bool:
        return not self.unless & found and any(all(part in found for part in word.split("+"))
                                                for word in self.words)


def _load_word_rows() -> dict[str, tuple[WordRow, ...]]:
    rows: dict[str, list[WordRow]] = {}
    for row in read_tsv(data_dir() / "subcode_words.tsv"):
        rows.setdefault(row["code"], []).append(
            WordRow(row["subcode"], row["scope"], row.get("several", ""), frozenset(row["words"].split("|")),
                   frozenset(filter(None, row.get("unless", "").split("|")))))
    return {code: tuple(found) for code, found in rows.items()}


# code → the rows of subcode_words.tsv for it, in file order
WORD_ROWS = _load_word_rows()


def _scope_words(token: Token, scope: str) -> set[str]:
    if scope == "subject":
        subject, passive = subject_of(token)
        # the subject without its clauses and phrases ("U.S. B-52 bombers", "search and rescue
        # teams"; not "troops backed by warplanes")
        return set() if subject is None or passive else word_set(bare(subject))
    if scope == "object":
        # (not what the object is "of": "released the crew of a seized tanker" releases persons)
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not objects and token.pos_ == "VERB" and any(c.dep_ == "ccomp" and is_infinitive(c) for c in token.children):
            # ("allowed a team of U.N. investigators into the country to look into ...": the object
            # hung as the subject of the infinitive clause)
            objects = [o for o in [object_of(token)] if o is not None]
        return word_set(t for c in objects for t in without_of(c))
    # (the table's words may sit deeper than an aim: "an investigation into the deaths of citizens
    # killed in an Israeli raid")
    found = word_set(phrase_tokens(token, deepest=6))
    if token.lemma_.lower() in STATE_VERBS:
        # "is under investigation for fraud": what the state it is in ("under" ...) is about
        found |= word_set(t for c in token.children if c.dep_ == "prep" and c.lower_ == "under"
                          for p in c.children if p.dep_ == "pobj" for t in p.subtree)
    return found


STATE_VERBS = WORD_SETS["STATE_VERBS"]


def word_code(code: str, token: Token) -> str | None:
    """The sub-code the first matching row of ``subcode_words.tsv`` gives ``code``, or None;
    its ``several`` code when rows with different sub-codes match ("energy and defence
    cooperation" is material cooperation, 031, not one field of it)."""
    rows = WORD_ROWS.get(code, ())
    if not rows:
        return None
    cache: dict[str, set[str]] = {}
    matched = [row for row in rows if row.matches(cache.setdefault(row.scope, _scope_words(token, row.scope)))]
    if not matched:
        return None
    first = matched[0]
    if first.several and len({row.subcode for row in matched if row.several == first.several}) > 1:
        return first.several
    return first.subcode
