"""The SQL behind the HTTP API. Each function takes a connection and plain values and returns
dicts shaped like the response models.

Only fixed clause templates are put together here; every value from a request is a bound
parameter, and identifiers never come from a request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import duckdb

from accord.export.codes import code_name
from accord.export.selection import ACTOR_VALUE, actor_match, parse_bound


class NotFound(LookupError):
    """A named thing (actor, article) is not in the store; the message says which."""


def fmt_date(value: datetime | date | None) -> str | None:
    """Day-resolution dates as "2024-03-01", others with their time."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    return value.isoformat()


def _where(where: list[str]) -> str:
    return " WHERE " + " AND ".join(where) if where else ""


# ---------------------------------------------------------------------------------------- actors

def require_actor(con: duckdb.DuckDBPyConnection, value: str, role: str | None = None) -> None:
    """Raise NotFound unless some stored event has an actor matching ``value`` (as ``role``)."""
    role_clause = {"actor": " AND ea.role = 'actor'", "recipient": " AND ea.role = 'recipient'"}.get(role or "", "")
    row = con.execute("SELECT 1 FROM event_actors ea WHERE " + ACTOR_VALUE + role_clause + " LIMIT 1",
                      [value] * 4).fetchone()
    if row is None:
        who = f"an {role}" if role else "an actor or recipient"
        raise NotFound(f"unknown actor {value!r}: no stored event has {who} with that code, "
                       "code and sector, or name (see /api/actors)")


def require_code(con: duckdb.DuckDBPyConnection, code: str) -> str:
    """The upper-case actor code, or NotFound when no event has it."""
    code = code.strip().upper()
    row = con.execute("SELECT 1 FROM event_actors WHERE code = ? LIMIT 1", [code]).fetchone()
    if row is None:
        raise NotFound(f"unknown actor code {code!r}: no stored event has it (see /api/actors)")
    return code


def actors(con: duckdb.DuckDBPyConnection, *, q: str | None, role: str | None, limit: int,
           offset: int) -> dict[str, Any]:
    where = ["ea.code IS NOT NULL"]
    params: list[Any] = []
    if q:
        where.append("(contains(lower(ea.code), lower(?)) OR contains(lower(ea.name), lower(?)))")
        params.extend([q, q])
    if role in ("actor", "recipient"):
        where.append("ea.role = ?")
        params.append(role)
    base = "FROM event_actors ea" + _where(where)
    total = con.execute("SELECT count(DISTINCT ea.code) " + base, params).fetchone()[0]
    rows = con.execute(
        "SELECT ea.code, count(DISTINCT ea.event_id),"
        " count(DISTINCT ea.event_id) FILTER (WHERE ea.role = 'actor'),"
        " count(DISTINCT ea.event_id) FILTER (WHERE ea.role = 'recipient'),"
        " list_sort(list(DISTINCT ea.sector) FILTER (WHERE ea.sector IS NOT NULL)),"
        " mode(ea.name) FILTER (WHERE ea.name IS NOT NULL) "
        + base + " GROUP BY ea.code ORDER BY 2 DESC, ea.code LIMIT ? OFFSET ?",
        params + [limit, offset]).fetchall()
    items = [{"code": code, "name": code_name(code) or name, "events": n, "as_actor": n_actor,
              "as_recipient": n_recipient, "sectors": sectors or []}
             for code, n, n_actor, n_recipient, sectors, name in rows]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# ---------------------------------------------------------------------------------------- events

_EVENT_COLUMNS = """
SELECT e.id, e.article_id, e.article_title, e.effective_date, e.event, e.mode, e.contexts, e.cameo,
       e.goldstein, e.quad_class, e.actor, e.recipient, e.historical, e.future, e.hypothetical,
       e.negated, e.location_name, e.lat, e.lon, e.location_country, e.sentence_index,
       e.sentence_start, e.sentence_end, e.sentence_text, e.trigger_text, e.trigger_start,
       e.trigger_end, e.reported_by_name, e.reported_by_quote, e.explanation
FROM v_events e
"""

# An event counts towards a dyad's figures when it is asserted (not negated, hypothetical or
# about the future) and comes from a first copy of a story (not a near-duplicate article).
_COUNTED = ("NOT coalesce(e.negated, false) AND NOT coalesce(e.hypothetical, false)"
            " AND NOT coalesce(e.future, false)"
            " AND NOT EXISTS (SELECT 1 FROM articles d WHERE d.id = e.article_id AND d.duplicate_of IS NOT NULL)")

# a -> b, b -> a, or a and b acting jointly (both among the actors).
_DYAD = ("((list_contains(e.actor_codes, ?) AND list_contains(e.recipient_codes, ?))"
         " OR (list_contains(e.actor_codes, ?) AND list_contains(e.recipient_codes, ?))"
         " OR (? <> ? AND list_contains(e.actor_codes, ?) AND list_contains(e.actor_codes, ?)))")


def _dyad_params(a: str, b: str) -> list[str]:
    return [a, b, b, a, a, b, a, b]


@dataclass
class EventFilters:
    actor: str | None = None
    recipient: str | None = None
    involving: str | None = None
    event_type: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    article_id: str | None = None
    dyad: tuple[str, str] | None = None
    counted_only: bool = False

    def clauses(self) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        for role, value in (("actor", self.actor), ("recipient", self.recipient), (None, self.involving)):
            if value is not None:
                where.append(actor_match(role))
                params.extend([value] * 4)
        if self.event_type is not None:
            where.append("upper(e.event) = upper(?)")
            params.append(self.event_type)
        if self.cameo is not None:
            where.append("starts_with(e.cameo, ?)")
            params.append(self.cameo)
        if self.quad_class is not None:
            where.append("e.quad_class = ?")
            params.append(self.quad_class)
        if self.since is not None:
            where.append("e.effective_date >= ?")
            params.append(parse_bound(self.since, upper=False))
        if self.until is not None:
            where.append("e.effective_date < ?")
            params.append(parse_bound(self.until, upper=True))
        if self.q is not None:
            where.append("contains(lower(e.sentence_text), lower(?))")
            params.append(self.q)
        if self.article_id is not None:
            where.append("e.article_id = ?")
            params.append(self.article_id)
        if self.dyad is not None:
            where.append(_DYAD)
            params.extend(_dyad_params(*self.dyad))
        if self.counted_only:
            where.append(_COUNTED)
        return where, params


def _actor_list(raw: str | None) -> list[dict[str, Any]]:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def event_dict(row: tuple) -> dict[str, Any]:
    (eid, article_id, title, when, event, mode, contexts, cameo, goldstein, quad, actor, recipient,
     historical, future, hypothetical, negated, loc_name, lat, lon, loc_country, s_index, s_start,
     s_end, s_text, t_text, t_start, t_end, rep_name, rep_quote, explanation) = row
    return {
        "id": eid, "article_id": article_id, "article_title": title, "date": fmt_date(when),
        "event": event, "mode": mode, "contexts": list(contexts or []), "cameo": cameo,
        "goldstein": goldstein, "quad_class": quad,
        "actor": _actor_list(actor), "recipient": _actor_list(recipient),
        "modality": {"historical": bool(historical), "future": bool(future),
                     "hypothetical": bool(hypothetical), "negated": bool(negated)},
        "location": None if loc_name is None and lat is None else
        {"name": loc_name, "lat": lat, "lon": lon, "country": loc_country},
        "sentence": {"index": s_index, "start": s_start, "end": s_end, "text": s_text},
        "trigger": None if t_text is None and t_start is None else {"text": t_text, "start": t_start, "end": t_end},
        "reported_by": {"name": rep_name, "quote_id": rep_quote} if rep_name or rep_quote else None,
        "explanation": explanation,
    }


def _page(con: duckdb.DuckDBPyConnection, source: str, columns_sql: str, clause: str, order_sql: str,
          params: list[Any], limit: int, offset: int, to_dict) -> dict[str, Any]:
    """One page of a listing and the total count, with the same bound filters. ``source``,
    ``columns_sql`` and ``order_sql`` are fixed strings of this module, never user input."""
    total = con.execute(f"SELECT count(*) FROM {source}" + clause, params).fetchone()[0]
    rows = con.execute(columns_sql + clause + order_sql + " LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "items": [to_dict(r) for r in rows]}


def events(con: duckdb.DuckDBPyConnection, filters: EventFilters, *, limit: int, offset: int,
           order: str = "date") -> dict[str, Any]:
    where, params = filters.clauses()
    clause = _where(where)
    order_sql = (" ORDER BY e.sentence_start NULLS LAST, e.trigger_start NULLS LAST, e.id" if order == "text"
                 else " ORDER BY e.effective_date NULLS LAST, e.id")
    return _page(con, "v_events e", _EVENT_COLUMNS, clause, order_sql, params, limit, offset, event_dict)


# ---------------------------------------------------------------------------------------- quotes

_QUOTE_COLUMNS = """
SELECT q.id, q.article_id, q.article_title, q.date, q.type, q.content_text, q.content_start,
       q.content_end, q.cue_text, q.cue_start, q.cue_end, q.speaker_name, q.speaker_mention_text,
       q.speaker_mention_start, q.speaker_mention_end, q.speaker_code, q.speaker_sector,
       q.speaker_actor_name
FROM v_quotes q
"""


def quote_dict(row: tuple) -> dict[str, Any]:
    (qid, article_id, title, when, kind, c_text, c_start, c_end, cue_text, cue_start, cue_end,
     s_name, m_text, m_start, m_end, s_code, s_sector, s_actor) = row
    return {
        "id": qid, "article_id": article_id, "article_title": title, "date": fmt_date(when),
        "type": kind, "content": {"text": c_text, "start": c_start, "end": c_end},
        "cue": None if cue_text is None and cue_start is None else
        {"text": cue_text, "start": cue_start, "end": cue_end},
        "speaker": {"name": s_name,
                    "mention": None if m_text is None and m_start is None else
                    {"text": m_text, "start": m_start, "end": m_end},
                    "code": s_code, "sector": s_sector, "actor_name": s_actor},
    }


def require_speaker_actor(con: duckdb.DuckDBPyConnection, value: str) -> None:
    row = con.execute(
        "SELECT 1 FROM quotes q WHERE upper(q.speaker_code) = upper(?)"
        " OR upper(q.speaker_code || coalesce(q.speaker_sector, '')) = upper(?)"
        " OR contains(lower(q.speaker_actor_name), lower(?)) LIMIT 1", [value] * 3).fetchone()
    if row is None:
        raise NotFound(f"unknown actor {value!r}: no stored quote has a speaker with that code or name")


def quotes(con: duckdb.DuckDBPyConnection, *, speaker: str | None, actor: str | None,
           since: str | None, until: str | None, q: str | None, article_id: str | None,
           limit: int, offset: int, order: str = "date") -> dict[str, Any]:
    where: list[str] = []
    params: list[Any] = []
    if speaker is not None:
        where.append("(contains(lower(q.speaker_name), lower(?)) OR contains(lower(q.speaker_mention_text), lower(?)))")
        params.extend([speaker, speaker])
    if actor is not None:
        where.append("(upper(q.speaker_code) = upper(?) OR upper(q.speaker_code || coalesce(q.speaker_sector, ''))"
                     " = upper(?) OR contains(lower(q.speaker_actor_name), lower(?)))")
        params.extend([actor] * 3)
    if since is not None:
        where.append("q.date >= ?")
        params.append(parse_bound(since, upper=False))
    if until is not None:
        where.append("q.date < ?")
        params.append(parse_bound(until, upper=True))
    if q is not None:
        where.append("contains(lower(q.content_text), lower(?))")
        params.append(q)
    if article_id is not None:
        where.append("q.article_id = ?")
        params.append(article_id)
    clause = _where(where)
    order_sql = (" ORDER BY q.content_start NULLS LAST, q.id" if order == "text"
                 else " ORDER BY q.date NULLS LAST, q.id")
    return _page(con, "v_quotes q", _QUOTE_COLUMNS, clause, order_sql, params, limit, offset, quote_dict)


# -------------------------------------------------------------------------------------- articles

_ARTICLE_COLUMNS = """
SELECT a.id, a.title, a.date, a.url, a.source, a.language, a.duplicate_of,
       (SELECT count(*) FROM events e WHERE e.article_id = a.id),
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
FROM articles a
"""


def _article_summary(row: tuple) -> dict[str, Any]:
    aid, title, when, url, source, language, duplicate_of, n_events, n_quotes = row
    return {"id": aid, "title": title, "date": fmt_date(when), "url": url, "source": source,
            "language": language, "duplicate_of": duplicate_of, "events": n_events, "quotes": n_quotes}


def articles(con: duckdb.DuckDBPyConnection, *, q: str | None, actor: str | None, since: str | None,
             until: str | None, limit: int, offset: int) -> dict[str, Any]:
    where: list[str] = []
    params: list[Any] = []
    if q is not None:
        where.append("(contains(lower(a.title), lower(?)) OR contains(lower(a.text), lower(?)))")
        params.extend([q, q])
    if actor is not None:
        where.append("EXISTS (SELECT 1 FROM event_actors ea WHERE ea.article_id = a.id AND " + ACTOR_VALUE + ")")
        params.extend([actor] * 4)
    if since is not None:
        where.append("a.date >= ?")
        params.append(parse_bound(since, upper=False))
    if until is not None:
        where.append("a.date < ?")
        params.append(parse_bound(until, upper=True))
    clause = _where(where)
    return _page(con, "articles a", _ARTICLE_COLUMNS, clause, " ORDER BY a.date DESC NULLS LAST, a.id", params,
                 limit, offset, _article_summary)


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any]:
    row = con.execute("SELECT id, title, date, url, source, language, duplicate_of, text FROM articles"
                      " WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFound(f"unknown article {article_id!r}")
    aid, title, when, url, source, language, duplicate_of, text = row
    evs = con.execute(_EVENT_COLUMNS + " WHERE e.article_id = ?"
                      " ORDER BY e.sentence_start NULLS LAST, e.trigger_start NULLS LAST, e.id",
                      [aid]).fetchall()
    qts = con.execute(_QUOTE_COLUMNS + " WHERE q.article_id = ? ORDER BY q.content_start NULLS LAST, q.id",
                      [aid]).fetchall()
    locs = con.execute('SELECT text, start, "end", name, lat, lon, country, geonameid FROM locations'
                       " WHERE article_id = ? ORDER BY ordinal", [aid]).fetchall()
    keys = ("text", "start", "end", "name", "lat", "lon", "country", "geonameid")
    return {"id": aid, "title": title, "date": fmt_date(when), "url": url, "source": source,
            "language": language, "duplicate_of": duplicate_of, "text": text or "",
            "events": [event_dict(r) for r in evs], "quotes": [quote_dict(r) for r in qts],
            "locations": [dict(zip(keys, r)) for r in locs]}


# ----------------------------------------------------------------------------------------- dyads

def dyads(con: duckdb.DuckDBPyConnection, *, involving: str | None, since: str | None,
          until: str | None, min_events: int, all_events: bool, limit: int, offset: int) -> dict[str, Any]:
    filters = EventFilters(since=since, until=until, counted_only=not all_events)
    where, params = filters.clauses()
    pair_where: list[str] = []
    pair_params: list[Any] = []
    if involving is not None:
        pair_where.append("(a = ? OR b = ?)")
        pair_params.extend([involving, involving])
    sql = f"""
    WITH ev AS (
        SELECT e.id, e.goldstein, e.quad_class, list_distinct(e.actor_codes) AS ac,
               list_distinct(e.recipient_codes) AS rc
        FROM v_events e {_where(where)}
    ), directed AS (
        SELECT id, goldstein, quad_class, x, y FROM ev, unnest(ev.ac) t1(x), unnest(ev.rc) t2(y)
    ), joint AS (
        SELECT id, goldstein, quad_class, x, y FROM ev, unnest(ev.ac) t1(x), unnest(ev.ac) t2(y) WHERE x < y
    ), pairs AS (
        SELECT id, any_value(goldstein) AS g, any_value(quad_class) AS qc, a, b,
               bool_or(kind = 'directed' AND x = a) AS ab, bool_or(kind = 'directed' AND x = b) AS ba,
               bool_or(kind = 'joint') AS jt
        FROM (SELECT *, least(x, y) AS a, greatest(x, y) AS b, 'directed' AS kind FROM directed
              UNION ALL
              SELECT *, least(x, y) AS a, greatest(x, y) AS b, 'joint' AS kind FROM joint)
        GROUP BY id, a, b
    ), dyads AS (
        SELECT a, b, count(*) AS n, count(*) FILTER (WHERE ab) AS ab, count(*) FILTER (WHERE ba) AS ba,
               count(*) FILTER (WHERE jt) AS jt, count(*) FILTER (WHERE qc IN (1, 2)) AS coop,
               count(*) FILTER (WHERE qc IN (3, 4)) AS conf, sum(g) AS gsum, avg(g) AS gmean
        FROM pairs {_where(pair_where)} GROUP BY a, b HAVING count(*) >= ?
    )
    """
    all_params = params + pair_params + [min_events]
    total = con.execute(sql + "SELECT count(*) FROM dyads", all_params).fetchone()[0]
    rows = con.execute(sql + "SELECT * FROM dyads ORDER BY n DESC, a, b LIMIT ? OFFSET ?",
                       all_params + [limit, offset]).fetchall()
    items = [{"a": a, "b": b, "a_name": code_name(a), "b_name": code_name(b), "events": n, "a_to_b": ab,
              "b_to_a": ba, "joint": jt, "cooperation": coop, "conflict": conf,
              "goldstein_sum": gsum, "goldstein_mean": None if gmean is None else round(gmean, 4)}
             for a, b, n, ab, ba, jt, coop, conf, gsum, gmean in rows]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


MAX_PERIODS = 5000


class TooManyPeriods(ValueError):
    pass


def _next_period(start: date, interval: str) -> date | None:
    """The start of the period after ``start``; None past the last representable date."""
    try:
        return _following(start, interval)
    except (OverflowError, ValueError):
        return None


def _following(start: date, interval: str) -> date:
    if interval == "day":
        return start + timedelta(days=1)
    if interval == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def series(con: duckdb.DuckDBPyConnection, a: str, b: str, *, interval: str, since: str | None,
           until: str | None, all_events: bool) -> dict[str, Any]:
    filters = EventFilters(since=since, until=until, dyad=(a, b), counted_only=not all_events)
    where, params = filters.clauses()
    undated = con.execute("SELECT count(*) FROM v_events e" + _where(where + ["e.effective_date IS NULL"]),
                          params).fetchone()[0]
    rows = con.execute(
        "SELECT CAST(date_trunc(?, e.effective_date) AS DATE) AS p, count(*),"
        " count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),"
        " count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4),"
        " coalesce(sum(e.goldstein), 0), avg(e.goldstein),"
        " count(*) FILTER (WHERE e.quad_class IN (1, 2)), count(*) FILTER (WHERE e.quad_class IS NOT NULL)"
        " FROM v_events e" + _where(where + ["e.effective_date IS NOT NULL"]) + " GROUP BY p ORDER BY p",
        [interval] + params).fetchall()
    by_period = {r[0]: r for r in rows}
    points = []
    if rows:
        first, last = rows[0][0], rows[-1][0]
        span_days = (last - first).days
        per = {"day": 1, "week": 7, "month": 28}[interval]
        if span_days // per + 1 > MAX_PERIODS:
            raise TooManyPeriods(f"{span_days // per + 1} {interval}s between {first} and {last}: more than "
                                 f"{MAX_PERIODS} points; use a coarser interval or since/until")
        current = first
        while current <= last:
            following = _next_period(current, interval)
            row = by_period.get(current)
            n, q1, q2, q3, q4, gsum, gmean, coop, coded = row[1:] if row else (0, 0, 0, 0, 0, 0.0, None, 0, 0)
            points.append({
                "period": current.isoformat(), "start": current.isoformat(),
                "end": (following - timedelta(days=1) if following else date.max).isoformat(), "events": n,
                "verbal_cooperation": q1, "material_cooperation": q2, "verbal_conflict": q3,
                "material_conflict": q4, "goldstein_sum": round(float(gsum), 4),
                "goldstein_mean": None if gmean is None else round(gmean, 4),
                "cooperation_share": round(coop / coded, 4) if coded else None,
            })
            if following is None:
                break
            current = following
    return {"a": a, "b": b, "a_name": code_name(a), "b_name": code_name(b), "interval": interval,
            "tone": "goldstein_mean", "undated": undated, "points": points}


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    from accord.store import count_rows

    return count_rows(con)
