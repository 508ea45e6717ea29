"""Find direct-quotation spans from quote marks, tolerating unbalanced marks.

Handles curly (“ ”), guillemet (« »), low-high („ “) and straight (") quotes; a paragraph
that opens a quote and does not close it continues the quote into the next paragraph that
opens with a mark; a closing mark with no opener, after an attribution, continues the
previous quote ("“A,” he said. - B.”").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "”", "«": "»", "„": "“", "‘": "’"}
CLOSERS = {"”", "»", "“", "’"}
STRAIGHT = '"'
MIN_QUOTE_CHARS = 3


@dataclass
class MarkedQuote:
    """One quotation: its parts (start, end) inside the marks, in text order."""

    parts: list[tuple[int, int]]
    continued: bool = False  # a part without an opening mark follows the attribution

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def find_marked_quotes(text: str) -> list[MarkedQuote]:
    quotes: list[MarkedQuote] = []
    carry: MarkedQuote | None = None  # a quote left open at the end of a paragraph
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end]
        offset = p_start
        stack_open: int | None = None
        expected_close = ""
        i = 0
        first_part_of_para = True
        # A paragraph that continues an open quote starts with an opening mark (convention).
        if carry is not None and not _starts_with_opener(para):
            quotes.append(carry)
            carry = None
        while i < len(para):
            ch = para[i]
            if stack_open is None:
                if ch in OPENERS and not _is_apostrophe(para, i):
                    stack_open, expected_close = i + 1, OPENERS[ch]
                elif ch == STRAIGHT:
                    stack_open, expected_close = i + 1, STRAIGHT
                elif ch in CLOSERS and ch != "‘" and not _is_apostrophe(para, i) and quotes:
                    # An orphan closing mark: the words since the attribution are still quoted.
                    start = _continuation_start(text, offset, i, quotes[-1])
                    if start is not None:
                        quotes[-1].parts.append((start, offset + i))
                        quotes[-1].continued = True
            else:
                closes = ch == expected_close or (expected_close != STRAIGHT and ch in CLOSERS and ch != "“" and expected_close != "“")
                if ch == "’" and _is_apostrophe(para, i):
                    closes = False
                if closes:
                    part = (offset + stack_open, offset + i)
                    if part[1] - part[0] >= MIN_QUOTE_CHARS:
                        if carry is not None and first_part_of_para:
                            carry.parts.append(part)
                            quotes.append(carry)
                            carry = None
                        else:
                            quotes.append(MarkedQuote([part]))
                    stack_open = None
                    first_part_of_para = False
            i += 1
        if stack_open is not None:
            part = (offset + stack_open, offset + len(para.rstrip()))
            if carry is not None and first_part_of_para:
                carry.parts.append(part)
            else:
                if carry is not None:
                    quotes.append(carry)
                carry = MarkedQuote([part])
    if carry is not None:
        quotes.append(carry)
    return [_trim(q, text) for q in quotes]


def _starts_with_opener(para: str) -> bool:
    stripped = para.lstrip()
    return bool(stripped) and (stripped[0] in OPENERS or stripped[0] == STRAIGHT)


def _is_apostrophe(para: str, i: int) -> bool:
    # don’t, Russia’s: a mark between letters is an apostrophe, not a quote.
    ch = para[i]
    if ch not in ("’", "‘"):
        return False
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return before.isalnum() and after.isalnum()


def _continuation_start(text: str, offset: int, i: int, previous: MarkedQuote) -> int | None:
    """Where an unopened continuation begins: after the attribution sentence that follows
    the previous quote ('the President said. - In addition ...”')."""
    close_at = offset + i
    if previous.end >= close_at or close_at - previous.end > 3000:
        return None
    between = text[previous.end:close_at]
    if "\n" in between.strip("\n"):
        # Only within the previous quote's paragraph.
        last_para_break = between.rfind("\n")
        if last_para_break != -1 and text[previous.end + last_para_break:close_at].count("\n") > 0:
            return None
    match = re.search(r"[.!?]\s*[-–—]?\s*", between)
    if match is None:
        return None
    return previous.end + match.end()


def _trim(quote: MarkedQuote, text: str) -> MarkedQuote:
    parts = []
    for start, end in quote.parts:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        parts.append((start, end))
    quote.parts = parts
    return quote
