"""PLOVER JSON Lines: one event per line, in the record format of the PLOVER manual's
"Data Fields" chapter (tables "PLOVER JSON", "Information object for entities", "...for text",
"...for citations" and the location object).

Mapping decisions, all documented in docs/serve.md:

* ``actor``/``recipient`` entity objects carry ``code``, ``sector``, ``entity_text`` (the mention)
  and ``identifier_text`` (accord's canonical name). PLOVER folds partially recognised entities
  into the state that claims them and tags them with the PRE sector, so South Ossetia (accord's
  XSO) is exported as ``code`` GEO with ``sector`` PRE and its own sector, if any, in
  ``other_sectors``; accord's code is kept in ``accord_code``. Kosovo uses PLOVER's "KOS".
* ``event``, ``mode`` and ``context`` are lists, as the manual allows several values.
* ``event_scale`` is the CAMEO Goldstein score of the event (PLOVER's own scores are per type
  and mode, and the manual leaves the scale open); ``quad_code`` is the QuadClass.
* ``event_text`` is the sentence the event was coded from and ``text_info`` its position in
  the article. The full article ``text`` is not written: the manual reserves it for
  providers holding the rights to the text.
* Extra named fields (allowed by the manual): ``cameo``, ``goldstein``, ``modality``,
  ``trigger``, ``article_id``, ``reported_by`` and ``explanation``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any, TextIO

import duckdb

from accord import __version__

from .selection import Selection

# PLOVER manual, "Partially recognized (disputed) entities": associated with the claiming state.
PARTIALLY_RECOGNISED = {"XSO": "GEO", "XAB": "GEO", "XTR": "MDA", "XNC": "CYP", "XSL": "SOM"}
# PLOVER manual, "Country names": Kosovo "does not have an ISO code; we use KOS".
RENAMED = {"XKX": "KOS"}

CODER = f"accord {__version__}"

_SQL = """
SELECT e.id, e.article_id, e.effective_date, e.event, e.mode, e.contexts, e.cameo, e.goldstein,
       e.quad_class, e.actor, e.recipient, e.historical, e.future, e.hypothetical, e.negated,
       e.location_name, e.lat, e.lon, e.location_country, e.sentence_index, e.sentence_start,
       e.sentence_end, e.sentence_text, e.trigger_text, e.trigger_start, e.trigger_end,
       e.reported_by_name, e.reported_by_quote, e.explanation,
       a.title, a.url, a.language, a.source, a.ingested_at,
       (SELECT l.geonameid FROM locations l WHERE l.article_id = e.article_id
          AND l.name = e.location_name ORDER BY l.ordinal LIMIT 1) AS geonameid
FROM v_events e JOIN articles a ON a.id = e.article_id
"""


def plover_entity(actor: dict[str, Any]) -> dict[str, Any]:
    """One accord actor as a PLOVER entity object."""
    code = actor.get("code")
    sector = actor.get("sector")
    entity: dict[str, Any] = {"code": code, "sector": sector}
    if code in PARTIALLY_RECOGNISED:
        entity["code"] = PARTIALLY_RECOGNISED[code]
        entity["sector"] = "PRE"
        entity["other_sectors"] = [sector] if sector else []
        entity["accord_code"] = code
    elif code in RENAMED:
        entity["code"] = RENAMED[code]
        entity["accord_code"] = code
    entity["entity_text"] = actor.get("text")
    entity["identifier_text"] = actor.get("name")
    entity["start"] = actor.get("start")
    entity["end"] = actor.get("end")
    return entity


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value is not None else None


def _time(value: datetime | None) -> str | None:
    if value is None or value.time() == datetime.min.time():
        return None  # day-resolution data: no time rather than a made-up midnight
    return value.time().isoformat()


def plover_records(con: duckdb.DuckDBPyConnection, selection: Selection | None = None,
                   limit: int | None = None) -> Iterator[dict[str, Any]]:
    """PLOVER records of the selected events, by date then id."""
    where, params = (selection or Selection()).where_sql()
    sql = _SQL + where + " ORDER BY e.effective_date NULLS LAST, e.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    cur = con.cursor()  # its own connection: the caller may query while we are streaming
    try:
        result = cur.execute(sql, params)
        while rows := result.fetchmany(500):
            for row in rows:
                yield _record(row)
    finally:
        cur.close()


def _record(row: tuple) -> dict[str, Any]:
    (eid, article_id, when, event, mode, contexts, cameo, goldstein, quad, actor, recipient,
     historical, future, hypothetical, negated, loc_name, lat, lon, loc_country, s_index, s_start,
     s_end, s_text, t_text, t_start, t_end, rep_name, rep_quote, explanation, title, url, language,
     source, ingested_at, geonameid) = row
    record: dict[str, Any] = {
        "id": eid,
        "has_event": True,
        "date": _day(when),
    }
    if (time := _time(when)) is not None:
        record["time"] = time
    record.update({
        "actor": [plover_entity(a) for a in json.loads(actor or "[]")],
        "recipient": [plover_entity(a) for a in json.loads(recipient or "[]")],
        "event": [event] if event else [],
        "event_loc": None if loc_name is None and lat is None else {
            "resolved_place": loc_name,
            "geonameid": geonameid,
            "lat": lat,
            "lon": lon,
            "country_code": PARTIALLY_RECOGNISED.get(loc_country, RENAMED.get(loc_country, loc_country)),
            "accord_country_code": loc_country,
        },
        "event_text": [s_text] if s_text else [],
        "quad_code": quad,
        "event_scale": goldstein,
        "mode": [mode] if mode else [],
        "context": list(contexts or []),
        "text_info": {"sequence": s_index, "start": s_start, "end": s_end},
        "cite_info": {
            "corpus": source,
            "citation": article_id,
            "url": url,
            "title": title,
            "language": language,
            "coder": CODER,
            "codebook": "PLOVER (CAMEO codes via the CAMEO2PLOVER crosswalk)",
        },
        "coder": CODER,
        "coded_date": _day(ingested_at),
        "coded_time": ingested_at.time().isoformat() if ingested_at is not None else None,
        # accord's own fields
        "article_id": article_id,
        "cameo": cameo,
        "goldstein": goldstein,
        "modality": {"historical": bool(historical), "future": bool(future),
                     "hypothetical": bool(hypothetical), "negated": bool(negated)},
        "trigger": {"text": t_text, "start": t_start, "end": t_end},
        "reported_by": {"name": rep_name, "quote_id": rep_quote} if rep_name or rep_quote else None,
        "explanation": explanation,
    })
    return record


def write_plover(con: duckdb.DuckDBPyConnection, out: TextIO, selection: Selection | None = None,
                 limit: int | None = None) -> int:
    """Write PLOVER JSON Lines to ``out``; return the number of events written."""
    count = 0
    for record in plover_records(con, selection, limit):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
