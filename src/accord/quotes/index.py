"""Character-offset lookups on a Doc without scanning every token (bisect on token starts)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token


class TokenIndex:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def first_at_or_after(self, char: int) -> int:
        """Index of the first token starting at or after ``char`` (len(doc) if none)."""
        return bisect_left(self.starts, char)

    def token_at(self, char: int) -> Token | None:
        """The token covering ``char`` (or the next one)."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.starts[i] + len(self.doc[i].text):
            return self.doc[i]
        j = i + 1
        return self.doc[j] if j < len(self.doc) else None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens starting inside [start, end)."""
        return [self.doc[i] for i in range(bisect_left(self.starts, start), bisect_left(self.starts, end))]

    def range_in(self, start: int, end: int) -> range:
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))
