"""Amounts: counts and quantities with what they count ("about 130 agreements" → 130 agreements)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

import accord.docext  # noqa: F401

AMOUNT_LABELS = ("CARDINAL", "MONEY", "QUANTITY", "PERCENT")
WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "dozens": 24, "a": 1,
}
SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
CURRENCIES = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "dollar": "USD", "dollars": "USD", "pound": "GBP",
              "pounds": "GBP", "euro": "EUR", "euros": "EUR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
              "rubles": "RUB", "yuan": "CNY", "yen": "JPY"}


@dataclass(frozen=True)
class Amount:
    value: float
    unit: str | None
    text: str
    start: int  # character offsets
    end: int


def parse_number(text: str) -> float | None:
    """The number in an amount's words: '130', '1,200', '2.5 million', 'two', '$3bn'."""
    words = re.findall(r"[\d][\d,]*(?:\.\d+)?|[A-Za-z]+", text.lower())
    value: float | None = None
    for word in words:
        if word[0].isdigit():
            value = float(word.replace(",", ""))
        elif word in SCALES and value is not None:
            value *= SCALES[word]
        elif word in WORD_NUMBERS and value is None:
            value = float(WORD_NUMBERS[word])
        elif word == "hundred" and value is not None:
            value *= 100
    return value


def find_amounts(doc: Doc) -> list[Amount]:
    found = []
    for ent in doc.ents:
        if ent.label_ not in AMOUNT_LABELS:
            continue
        value = parse_number(ent.text)
        if value is None:
            continue
        found.append(Amount(value, _unit(ent), ent.text, ent.start_char, ent.end_char))
    return found


def _unit(ent: Span) -> str | None:
    if ent.label_ == "PERCENT":
        return "percent"
    if ent.label_ == "MONEY":
        for token in [*ent, *ent.doc[ent.end:ent.end + 1]]:
            if token.text in CURRENCIES or token.lower_ in CURRENCIES:
                return CURRENCIES.get(token.text) or CURRENCIES[token.lower_]
        return "money"
    # A count: the noun the number modifies ("130 agreements").
    for token in ent:
        if token.dep_ == "nummod" and token.head.i >= ent.end:
            return token.head.lemma_.lower()
    last = ent[-1]
    if last.head.i >= ent.end and last.head.pos_ == "NOUN":
        return last.head.lemma_.lower()
    return None


def amount_stage(doc: Doc) -> Doc:
    doc._.amounts = find_amounts(doc)
    return doc
