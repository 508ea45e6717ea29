"""Find direct-quotation spans from quote marks, tolerating unbalanced marks.

Handles curly (“ ”), guillemet (« »), low-high („ “) and straight (") quotes; a paragraph
that opens a quote and does not close it continues the quote into the next paragraph that
opens with a mark; a closing mark with no opener, after an attribution, continues the
previous quote ("“A,” he said. - B.”").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STRAIGHT = '"'
# The mark sets are built from OPENERS, CURLY_DOUBLE and STRAIGHT where they can be, so they
# cannot drift apart; CLOSED_BY and the unambiguous marks are choices, listed by hand.
OPENERS = {"“": "”", "«": "»", "„": "“", "‘": "’"}  # opening mark -> its usual closer
CURLY_DOUBLE = {"“", "”", "«", "»", "„"}
CLOSERS = set(OPENERS.values())
DOUBLE_MARKS = CURLY_DOUBLE | {STRAIGHT}
MIN_QUOTE_CHARS = 3
# Which marks may close a quote opened by each mark: scraped text mixes styles ("“A,\"").
CLOSED_BY = {"“": {"”", STRAIGHT}, "«": {"»"}, "„": {"“", "”"}, "‘": {"’"}, STRAIGHT: {STRAIGHT, "”"}}
# Marks whose direction never varies (German-style „…“ is left out: there “ closes).
UNAMBIGUOUS_OPENERS = {"“", "«"}
UNAMBIGUOUS_CLOSERS = {"”", "»"}
# Double marks a quotation's content may begin or end with when it is cut from the parse.
LEADING_MARKS = {mark for mark in OPENERS if mark in DOUBLE_MARKS} | {STRAIGHT}
TRAILING_MARKS = UNAMBIGUOUS_CLOSERS | {STRAIGHT}
SENTENCE_STOP = re.compile(r"[.!?]\s*[-–—]?\s*\"?")
# a full stop that ends a title, a month, a state or an initial, or a dotted initialism:
# "Mr.", "Gen.", "Sept.", "Calif.", "J.", "U.S."
ABBREVIATION = re.compile(
    r"\b(?:Mrs?|Ms|Dr|Sens?|Reps?|Gov|Gens?|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Rev|Prof|Pres|St|Jr|Sr|Mt|No"
    r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec"
    r"|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev"
    r"|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\.$")


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
        # Two apostrophes stand for a double mark in some papers ("''This is crucial,'' he said").
        para = text[p_start:p_end].replace("''", '" ')
        offset = p_start
        stack_open: int | None = None
        opener = ""
        i = 0
        first_part_of_para = True
        # A paragraph that continues an open quote starts with an opening mark (convention).
        if carry is not None and not _starts_with_opener(para):
            quotes.append(carry)
            carry = None
        singles = not any(ch in DOUBLE_MARKS for ch in para)  # ‘…’ quotes only where no double marks
        # Where curly marks are used, straight ones are something else: a block quote wrapped in
        # them ('"“A,” he said."'), or a quotation inside a quotation.
        straight = STRAIGHT if not any(ch in CURLY_DOUBLE for ch in para) else None
        while i < len(para):
            ch = para[i]
            if stack_open is None:
                if ch in OPENERS and ch != "‘" or ch == straight:
                    stack_open, opener = i + 1, ch
                elif ch == "”" and not para[:i].strip() and para[i + 1:i + 2].isalpha():
                    stack_open, opener = i + 1, "“"  # a wrong-way mark opening the paragraph: ”Fear. …”
                elif ch == "‘" and singles and _opens_single(para, i):
                    stack_open, opener = i + 1, ch
                elif ch in ("”", "»") and quotes:
                    # An orphan closing mark: the words since the attribution are still quoted.
                    start = _continuation_start(text, offset, i, quotes[-1])
                    if start is not None:
                        quotes[-1].parts.append((start, offset + i))
                        quotes[-1].continued = True
            else:
                # A straight mark closes a curly quotation only when no curly closer follows.
                closes = ch in CLOSED_BY[opener] and (ch != STRAIGHT or straight is not None or "”" not in para[i:]
                                                      or _before_attribution(para, i))
                if ch == "“" and opener == "“" and _before_attribution(para, i):
                    closes = True  # "“It's unusual,“ said Noble": a wrong-way mark that plainly closes
                if ch == "’" and not _closes_single(para, i):
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


def _before_attribution(para: str, i: int) -> bool:
    """Whether the mark at ``i`` ends a quotation: after a comma or end mark and before a
    lower-case word ('“… the world," he said. "Those …”'), as mixed marks in scraped text do."""
    return i > 0 and para[i - 1] in ",.?!" and re.match(r"\s+[a-z]", para[i + 1:i + 3]) is not None


def _starts_with_opener(para: str) -> bool:
    stripped = para.lstrip()
    return bool(stripped) and (stripped[0] in OPENERS or stripped[0] == STRAIGHT)


def _opens_single(para: str, i: int) -> bool:
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return not before.isalnum() and after.isalpha()


def _closes_single(para: str, i: int) -> bool:
    # don’t, Russia’s, the ’90s: a mark before a letter or digit is an apostrophe.
    after = para[i + 1] if i + 1 < len(para) else " "
    return not after.isalnum()


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
    # the first end mark that ends the attribution sentence: not the full stop of a title or
    # an abbreviation ("said retired Lt. Gen. Mick Ruiz, a U.S. adviser. - B.”")
    for match in SENTENCE_STOP.finditer(between):  # a straight opener in curly text is no word
        if not ABBREVIATION.search(between, 0, match.start() + 1):
            return previous.end + match.end()
    return None


def _trim(quote: MarkedQuote, text: str) -> MarkedQuote:
    parts = []
    for start, end in quote.parts:
        if start > 0 and text[start - 1:start + 1] == "''":
            start += 1  # the second of two apostrophes standing for a double mark
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        parts.append((start, end))
    quote.parts = parts
    return quote
