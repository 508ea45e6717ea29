"""Analyst queries over the store, returning flat dicts ready for table/CSV output.

Every user-supplied value travels as a bound parameter; the only SQL assembled in
Python is a fixed set of clause templates chosen by which filters are present.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any

import duckdb

from .schema import TABLES

DateLike = date | datetime | str


def _bound(value: DateLike, *, upper: bool) -> datetime:
    """Turn a since/until value into a timestamp bound (the store's one date parser; the
    exports and the server use it too).

    A bare date for ``until`` means "through the end of that day" (inclusive), so
    it becomes the next midnight and is compared with ``<``.
    """
    if isinstance(value, str):
        text = value.strip()
        try:
            parsed: date | datetime = (
                date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
            )
        except ValueError as exc:
            raise ValueError(f"not an ISO 8601 date: {value!r} (expected e.g. 2024-03-01)") from exc
        value = parsed
    try:
        if isinstance(value, datetime):
            if value.tzinfo is not None:  # stored timestamps are naive UTC
                value = value.astimezone(timezone.utc).replace(tzinfo=None)
            return value + timedelta(microseconds=1) if upper else value
        start = datetime(value.year, value.month, value.day)
        return start + timedelta(days=1) if upper else start
    except OverflowError:
        # 9999-12-31 as an upper bound: nothing is later, so the end of time will do.
        return datetime.max


date_bound = _bound


def _date_clauses(column: str, since: DateLike | None, until: DateLike | None,
                  where: list[str], params: list[Any]) -> None:
    if since is not None:
        where.append(f"{column} >= ?")
        params.append(_bound(since, upper=False))
    if until is not None:
        where.append(f"{column} < ?")
        params.append(_bound(until, upper=True))


def _actor_clause(role: str, value: str, where: list[str], params: list[Any]) -> None:
    # Code match ("RUS", or code+sector "RUSGOV") or name/text substring.  contains()
    # is used instead of LIKE so '%' and '_' in user input are literal.
    where.append(
        "EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND ea.role = ?"
        " AND (upper(ea.code) = upper(?)"
        " OR upper(ea.code || coalesce(ea.sector, '')) = upper(?)"
        " OR contains(lower(ea.name), lower(?)) OR contains(lower(ea.text), lower(?))))"
    )
    params.extend([role, value, value, value, value])


def _fmt_date(value: datetime | None) -> str | None:
    # Most event data is day-resolution; show "2024-03-01" rather than a midnight time.
    if value is None:
        return None
    if value.time() == datetime.min.time():
        return value.date().isoformat()
    return value.isoformat()


def _limit(sql: str, limit: int | None, params: list[Any]) -> str:
    if limit is None:
        return sql
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit must be a non-negative int, got {limit!r}")
    params.append(limit)
    return sql + " LIMIT ?"


_EVENT_SQL = """
SELECT e.id, e.effective_date, e.event, e.mode, e.cameo, e.quad_class, e.goldstein,
       (SELECT string_agg(ea.code || coalesce(ea.sector, ''), '; ' ORDER BY ea.ordinal)
          FROM event_actors ea WHERE ea.event_id = e.id AND ea.role = 'actor') AS actor,
       (SELECT string_agg(ea.code || coalesce(ea.sector, ''), '; ' ORDER BY ea.ordinal)
          FROM event_actors ea WHERE ea.event_id = e.id AND ea.role = 'recipient')
          AS recipient,
       e.historical, e.future, e.hypothetical, e.negated,
       e.location_name, e.sentence_text, e.article_id, e.explanation
FROM v_events e
"""

_EVENT_KEYS = ("id", "date", "event", "mode", "cameo", "quad_class", "goldstein", "actor",
               "recipient", "historical", "future", "hypothetical", "negated", "location",
               "sentence", "article_id", "explanation")


def query_events(
    con: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    event: str | Sequence[str] | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events matching all given filters, ordered by date (event, else article) then id.

    ``actor``/``recipient``: actor code (case-insensitive, "RUS" or "RUSGOV") or a
    case-insensitive substring of the actor's name or mention text.
    ``event``: PLOVER type(s), case-insensitive.  ``since``/``until`` are inclusive.
    """
    where: list[str] = []
    params: list[Any] = []
    if actor is not None:
        _actor_clause("actor", actor, where, params)
    if recipient is not None:
        _actor_clause("recipient", recipient, where, params)
    _date_clauses("e.effective_date", since, until, where, params)
    if event is not None:
        types = [event] if isinstance(event, str) else list(event)
        where.append("upper(e.event) IN (SELECT upper(unnest(?::VARCHAR[])))")
        params.append(types)
    sql = _EVENT_SQL + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY e.effective_date NULLS LAST, e.id"
    sql = _limit(sql, limit, params)
    rows = con.execute(sql, params).fetchall()
    out = []
    for row in rows:
        item = dict(zip(_EVENT_KEYS, row))
        item["date"] = _fmt_date(item["date"])
        out.append(item)
    return out


_QUOTE_SQL = """
SELECT q.id, q.date, q.speaker_name, q.speaker_code, q.speaker_sector, q.type,
       q.content_text, q.cue_text, q.article_id
FROM v_quotes q
"""

_QUOTE_KEYS = ("id", "date", "speaker", "speaker_code", "speaker_sector", "type", "content",
               "cue", "article_id")


def query_quotes(
    con: duckdb.DuckDBPyConnection,
    *,
    speaker: str | None = None,
    actor: str | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quotes matching all given filters, ordered by article date then id.

    ``speaker``: case-insensitive substring of the speaker name or mention text.
    ``actor``: the speaker's actor code ("RUS" or "RUSGOV") or a substring of the
    speaker's actor name.  Quotes carry no date of their own; the article date is used.
    """
    where: list[str] = []
    params: list[Any] = []
    if speaker is not None:
        where.append("(contains(lower(q.speaker_name), lower(?))"
                     " OR contains(lower(q.speaker_mention_text), lower(?)))")
        params.extend([speaker, speaker])
    if actor is not None:
        where.append("(upper(q.speaker_code) = upper(?)"
                     " OR upper(q.speaker_code || coalesce(q.speaker_sector, '')) = upper(?)"
                     " OR contains(lower(q.speaker_actor_name), lower(?)))")
        params.extend([actor, actor, actor])
    _date_clauses("q.date", since, until, where, params)
    sql = _QUOTE_SQL + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY q.date NULLS LAST, q.id"
    sql = _limit(sql, limit, params)
    out = []
    for row in con.execute(sql, params).fetchall():
        item = dict(zip(_QUOTE_KEYS, row))
        item["date"] = _fmt_date(item["date"])
        out.append(item)
    return out


def count_rows(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count for each data table (names come from the fixed TABLES list)."""
    counts: dict[str, int] = {}
    for table in TABLES:
        result = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        counts[table] = int(result[0]) if result else 0
    return counts
