"""What the words around a cue are, for the reported-speech frames: a phrase of time or occasion
("on Friday", "in an interview", "on Twitter") rather than content, a to-infinitive, a relative
pronoun."""

from __future__ import annotations

from spacy.tokens import Token

from accord.quotes.sources import EVENT_NOUNS, is_time

RELATIVE = {"who", "that", "which", "whom"}


def prep_is_time(prep: Token) -> bool:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (is_time(pobj) or pobj.lower_ in ("interview", "statement", "speech", "tweet"))


# Where something was said, not what: "defended the plan on his radio show", "mentions her
# granddaughter in speeches", "praised him on Twitter".
MEDIA = {"twitter", "facebook", "instagram", "television", "tv", "radio", "air", "camera", "stage", "trail", "floor"}


def prep_is_occasion(prep: Token) -> bool:
    """"in speeches", "on his show", "on Twitter" after an object: the occasion, not the content."""
    if prep.lower_ not in ("in", "on"):
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (pobj.lemma_.lower() in EVENT_NOUNS or pobj.lower_ in MEDIA)


def has_to(xcomp: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)
