"""Turn raw input bytes into text, or say in one line why they are not usable text.

Only UTF-8 (with or without a byte-order mark) is accepted. Guessing other encodings
silently produces mojibake that later stages would code as if it were real text, so a
person is asked to re-encode instead. (charset-normalizer is importable here, but only as
trafilatura's dependency; we deliberately do not rely on it.)
"""

from __future__ import annotations

from dataclasses import dataclass

# How much of the input the "is this text?" heuristics look at.
_SNIFF_BYTES = 8_192
# Control characters other than ordinary whitespace; a text file has almost none.
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\b\x1b")
_CONTROL_RATIO = 0.10


@dataclass(frozen=True)
class Decoded:
    text: str | None = None
    problem: str | None = None  # one-line reason when text is None


def decode_input(data: bytes) -> Decoded:
    """Decode ``data`` as UTF-8 text, or explain why it cannot be treated as text."""
    if not data:
        return Decoded(problem="empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 is full of NUL bytes, so say what it is rather than calling it binary.
        return Decoded(problem="not UTF-8 text (looks like UTF-16; re-encode as UTF-8)")
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return Decoded(problem="binary file (contains NUL bytes), not text")
    if _control_ratio(head) > _CONTROL_RATIO:
        return Decoded(problem="binary file (mostly non-text bytes), not text")
    try:
        text = data.decode("utf-8-sig")  # utf-8-sig also accepts input without a BOM
    except UnicodeDecodeError as err:
        return Decoded(problem=f"not UTF-8 text (invalid byte at offset {err.start}; re-encode as UTF-8)")
    if "\x00" in text:  # NUL beyond the sniffed head
        return Decoded(problem="binary file (contains NUL bytes), not text")
    if not text.strip():
        return Decoded(problem="empty file (only whitespace)")
    return Decoded(text=text)


def _control_ratio(chunk: bytes) -> float:
    if not chunk:
        return 0.0
    controls = sum(1 for b in chunk if (b < 0x20 or b == 0x7F) and b not in _TEXT_CONTROLS)
    return controls / len(chunk)
