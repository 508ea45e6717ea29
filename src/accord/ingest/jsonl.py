"""Read JSON Lines: one article object per line, each line succeeding or failing on its own.

Line shape: {"id": str, "text": str, "title"?: str, "date"?: ISO 8601, "url"?: str,
"language"?: str}. ``text`` is kept byte-for-byte (no stripping or newline changes): users
hold character offsets into it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from accord.ingest.article import Article, InputFailure, content_id
from accord.ingest.language import normalize_declared

_OPTIONAL_STRINGS = ("title", "url", "language")


def read_jsonl(content: str, source: str) -> Iterator[Article | InputFailure]:
    """Yield one Article or InputFailure per non-blank line; ``source`` names the file."""
    # Split on "\n" only: str.splitlines() would also split on U+2028 and friends, which
    # JSON allows unescaped inside strings.
    for lineno, raw in enumerate(content.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        yield parse_line(line, f"{source}:{lineno}")


def parse_line(line: str, source: str) -> Article | InputFailure:
    """Turn one JSON Lines record into an Article, or say what is wrong with it."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        if err.pos >= len(line.rstrip()) or err.msg.startswith("Unterminated string"):
            # The parser ran off the end of the line (an unterminated string also runs to the
            # end): the object was cut short, typically by a truncated download or write.
            return InputFailure(source, "truncated JSON: the line ends before the object is complete")
        return InputFailure(source, f"invalid JSON: {err.msg} at column {err.colno}")
    if not isinstance(obj, dict):
        return InputFailure(source, f"expected a JSON object, got {_json_type(obj)}")
    return _article_from(obj, source)


def _article_from(obj: dict[str, Any], source: str) -> Article | InputFailure:
    if "text" not in obj or obj["text"] is None:
        return InputFailure(source, "missing 'text'")
    text = obj["text"]
    if not isinstance(text, str):
        return InputFailure(source, f"'text' must be a string, got {_json_type(text)}")
    if not text.strip():
        return InputFailure(source, "empty 'text'")

    fields: dict[str, str | None] = {}
    for key in _OPTIONAL_STRINGS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return InputFailure(source, f"'{key}' must be a string, got {_json_type(value)}")
        fields[key] = value or None

    date = None
    raw_date = obj.get("date")
    if raw_date not in (None, ""):
        if not isinstance(raw_date, str) or (date := _parse_iso(raw_date)) is None:
            return InputFailure(source, f"unparseable date {raw_date!r} (expected ISO 8601)")

    raw_id = obj.get("id")
    if raw_id is None or raw_id == "":
        article_id = content_id(text, fields["title"])
    elif isinstance(raw_id, str):
        article_id = raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        article_id = str(raw_id)  # numeric ids are common in exports; keep them as written
    else:
        return InputFailure(source, f"'id' must be a string or integer, got {_json_type(raw_id)}")

    return Article(
        id=article_id,
        text=text,
        title=fields["title"],
        date=date,
        language=normalize_declared(fields["language"]),
        url=fields["url"],
        source=source,
    )


def _parse_iso(value: str) -> datetime | None:
    # Python 3.11's fromisoformat reads dates, datetimes, "Z" and offsets.
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
