"""Coding and storing one article posted to the server, the way `accord ingest` does.

The spaCy pipeline loads on the first post (a few seconds) and is used by one request at a
time; writes are serialised by the store's write lock. Near-duplicates are linked to their
first copy against the signatures already in the store.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from typing import Any

from accord.ingest import Article, InputFailure
from accord.ingest.jsonl import parse_line
from accord.ingest.language import detect_language

from .store import ServerStore


class Rejected(ValueError):
    """The article cannot be coded (bad field, not English); the message says why."""


class CodingFailed(RuntimeError):
    pass


@dataclass
class Outcome:
    id: str
    stored: bool
    duplicate_of: str | None
    events: int
    quotes: int
    locations: int


def read_article(fields: dict[str, Any]) -> Article:
    """The posted object as an Article, by the same rules as a line of JSON Lines input."""
    parsed = parse_line(json.dumps(fields, ensure_ascii=False), "POST /api/articles")
    if isinstance(parsed, InputFailure):
        raise Rejected(parsed.reason)
    language = parsed.language
    if language is None:
        sample = f"{parsed.title}\n{parsed.text}" if parsed.title else parsed.text
        language = detect_language(sample)
    if language != "en":
        raise Rejected(f"language is '{language}', not English; only English articles are coded")
    return replace(parsed, language=language)


class Ingester:
    def __init__(self, store: ServerStore):
        self.store = store
        self._pipeline = None
        self._index = None
        self._coding = threading.Lock()

    def _code(self, article: Article) -> dict:
        from accord.pipeline import Pipeline

        with self._coding:
            if self._pipeline is None:
                self._pipeline = Pipeline()
            coded = next(self._pipeline.code([article]))
        if coded.error or coded.record is None:
            raise CodingFailed(coded.error or "no record")
        return coded.record

    def _counts(self, con, article_id: str) -> Outcome:
        row = con.execute(
            "SELECT a.duplicate_of, (SELECT count(*) FROM events WHERE article_id = a.id),"
            " (SELECT count(*) FROM quotes WHERE article_id = a.id),"
            " (SELECT count(*) FROM locations WHERE article_id = a.id) FROM articles a WHERE a.id = ?",
            [article_id]).fetchone()
        return Outcome(article_id, False, row[0], row[1], row[2], row[3])

    def ingest(self, fields: dict[str, Any]) -> Outcome:
        from accord.dedup import NearDuplicates, link_duplicates, remember
        from accord.store import stored_signatures, write_batch

        article = read_article(fields)
        with self.store.connection() as con:
            if con.execute("SELECT 1 FROM articles WHERE id = ?", [article.id]).fetchone():
                return self._counts(con, article.id)
        record = self._code(article)
        with self.store.write_lock, self.store.connection() as con:
            if self._index is None:
                index = NearDuplicates()
                index.load(stored_signatures(con))
                self._index = index
            signatures = link_duplicates([record], self._index)
            result = write_batch(con, [record], signatures)
            remember(self._index, signatures)
            if not result.inserted:  # stored by a concurrent request meanwhile
                return self._counts(con, article.id)
        return Outcome(article.id, True, record.get("duplicate_of"), len(record["events"]),
                       len(record["quotes"]), len(record["locations"]))
