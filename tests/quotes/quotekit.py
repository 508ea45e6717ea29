"""Small helpers shared by the quote tests."""

from __future__ import annotations


def quotes(record: dict) -> list[tuple[str, str, str | None]]:
    """(content, cue, speaker mention) of each quote, for readable failure messages."""
    return [(q["content"]["text"], q["cue"]["text"] if q["cue"] else "",
             q["speaker"]["mention"]["text"] if q["speaker"]["mention"] else None) for q in record["quotes"]]


def find(record: dict, fragment: str) -> dict:
    """The first quote whose content contains ``fragment`` (fails, listing the quotes, if none)."""
    hits = [q for q in record["quotes"] if fragment in q["content"]["text"]]
    assert hits, f"no quote contains {fragment!r}: {quotes(record)}"
    return hits[0]
