"""What the words around a cue are, for the reported-speech frames: a phrase of time or occasion
("on Friday", "in an interview", "on Twitter") rather than content, a to-infinitive, a relative
pronoun."""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.quotes.sources import EVENT_NOUNS, is_time

# The word sets are data: each one's words and why are in accord/data/words/quotes_complements.tsv.
WORD_SETS = word_sets("quotes_complements")

RELATIVE = WORD_SETS["RELATIVE"]


def prep_is_time(prep: Token) -> bool:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (is_time(pobj) or pobj.lower_ in ("interview", "statement", "speech", "tweet"))


MEDIA = WORD_SETS["MEDIA"]


def prep_is_occasion(prep: Token) -> bool:
    """"in speeches", "on his show", "on Twitter" after an object: the occasion, not the content."""
    if prep.lower_ not in ("in", "on"):
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (pobj.lemma_.lower() in EVENT_NOUNS or pobj.lower_ in MEDIA)


def has_to(xcomp: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)
