"""How many a trigger's object counts, for the ``objnum`` constraint ("killed at least 110
farmers", "slaughtered hundreds of villagers", "the killing of more than 100 civilians"): numbers
in digits or words, and the vague counts ("dozens of", "thousands of")."""

from __future__ import annotations

from spacy.tokens import Token

from accord.events.slots import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, object_of

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
MULTIPLIERS = {"hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000, "million": 10**6,
               "millions": 10**6, "billion": 10**9}
# A quantity noun heading its object with no number of its own: "dozens of", "scores of".
VAGUE_COUNTS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2 * 10**6}


def _number(words: list[Token]) -> int | None:
    """The value of a number written as words or digits: "110", "8,000", "two million"."""
    value, base = None, None
    for word in words:
        text = word.lower_.replace(",", "")
        if text.isdigit():
            base = (base or 0) + int(text)
        elif text in NUMBER_WORDS:
            base = (base or 0) + NUMBER_WORDS[text]
        elif text in MULTIPLIERS:
            base = (base or 1) * MULTIPLIERS[text]
        else:
            continue
        value = base
    return value


def object_count(token: Token) -> int | None:
    """How many the verb's object counts ("killed at least 110 farmers", "murdered 8,000 men",
    "slaughtered hundreds of villagers", "killed nearly two million Cambodians"), or None."""
    if token.pos_ in ("NOUN", "PROPN"):
        # "the killing of more than 100 civilians": the noun's "of" object.
        raw = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        inner = next((g for c in (raw.children if raw is not None else ()) if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
    else:
        raw = next((c for c in token.children if c.dep_ in OBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        inner = object_of(token)
    if raw is None:
        return None
    heads = [raw]
    if inner is not None and inner is not raw:
        heads.append(inner)
    for head in heads:
        if head.pos_ == "NUM" or head.like_num:
            number = _number(sorted(head.subtree, key=lambda t: t.i))
            if number is not None:
                return number
        for child in head.children:
            if child.dep_ == "nummod":
                number = _number(sorted(child.subtree, key=lambda t: t.i))
                if number is not None:
                    return number
        if head.lower_ in VAGUE_COUNTS:
            return VAGUE_COUNTS[head.lower_]
    return None
