"""The unit every reader produces and every later stage consumes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Article:
    """One news document, ready for analysis.

    ``text`` is exactly the text that is analysed: every character offset in accord's
    output points into it. For JSON Lines input it is the input's ``text`` unchanged; for
    scraped pages it is the cleaned body (title, dateline and share-widget residue removed).
    """

    id: str
    text: str
    title: str | None = None
    date: datetime | None = None
    language: str | None = None
    url: str | None = None
    source: str = ""  # where it came from: a path, "path:LINE" or "<stdin>"


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be read; ``reason`` is one line for a person to act on."""

    source: str
    reason: str

    def message(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Skipped:
    """An input read fine but deliberately not coded (e.g. not in English)."""

    source: str
    reason: str

    def message(self) -> str:
        return f"{self.source}: skipped: {self.reason}"


def content_id(text: str, title: str | None = None) -> str:
    """A stable id from the content, so re-reading the same article yields the same id."""
    digest = hashlib.sha256()
    digest.update((title or "").encode("utf-8"))
    digest.update(b"\x00")
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()[:16]
