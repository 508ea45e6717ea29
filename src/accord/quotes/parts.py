"""Character spans of a quotation's content from the tokens an attribution chose: runs of
content words, bridged over punctuation, trimmed of punctuation but keeping the quote marks
that open or close the quotation (which marks those are lives in ``marks``)."""

from __future__ import annotations

from spacy.tokens import Doc

from accord.quotes.marks import (
    LEADING_MARKS, STRAIGHT, TRAILING_MARKS, UNAMBIGUOUS_CLOSERS, UNAMBIGUOUS_OPENERS,
)


def token_parts(doc: Doc, tokens: set[int]) -> list[tuple[int, int]]:
    """Character spans of runs of content tokens (gaps of punctuation or space are bridged)."""
    if not tokens:
        return []
    order = sorted(tokens)
    runs: list[list[int]] = [[order[0], order[0]]]
    for i in order[1:]:
        if all(doc[j].is_punct or doc[j].is_space for j in range(runs[-1][1] + 1, i)):
            runs[-1][1] = i
        else:
            runs.append([i, i])
    parts = []
    for a, b in runs:
        while a < b and (doc[a].is_punct or doc[a].is_space) and doc[a].text not in LEADING_MARKS:
            a += 1
        while b > a and (doc[b].is_punct or doc[b].is_space) and doc[b].text not in TRAILING_MARKS:
            b -= 1
        if not any(doc[j].is_alpha or doc[j].like_num for j in range(a, b + 1)):
            continue
        a, b = balanced_marks(doc, a, b)
        parts.append((doc[a].idx, doc[b].idx + len(doc[b].text)))
    return parts


def balanced_marks(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Take in the mark that closes a quotation the run opens ('called the burning "deeply
    disrespectful"'), or opens one it closes, when the parser left that mark outside."""
    texts = [doc[j].text for j in range(a, b + 1)]
    straight_open = texts.count(STRAIGHT) % 2 == 1
    opened = sum(t in UNAMBIGUOUS_OPENERS for t in texts) - sum(t in UNAMBIGUOUS_CLOSERS for t in texts)
    after = doc[b + 1].text if b + 1 < len(doc) else ""
    before = doc[a - 1].text if a > 0 else ""
    if (straight_open and after == STRAIGHT and texts.index(STRAIGHT) < len(texts) - 1) or (opened > 0 and after in UNAMBIGUOUS_CLOSERS):
        return a, b + 1
    if (straight_open and before == STRAIGHT and texts.index(STRAIGHT) > 0) or (opened < 0 and before in UNAMBIGUOUS_OPENERS):
        return a - 1, b
    return a, b
