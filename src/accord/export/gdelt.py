"""GDELT 2.0 Event table rows: tab-separated, the 61 columns of the GDELT Event codebook V2.0 in
order, no header row (as GDELT's own files), optionally one.

GDELT is dyadic (Actor1 did something to Actor2); an accord event can have several actors and
recipients. Each event becomes one row per (actor, recipient) pair; an event of joint actors and
no recipient ("Russia and South Ossetia signed ...") one row per pair of distinct joint actors;
an event with a single actor and no recipient one row with Actor2 empty. Negated, hypothetical
and future events are not exported: GDELT has no field to say so.

Only first copies are exported: events are taken from the store's ``event_clusters`` view (one
event per story, NumMentions/NumSources/NumArticles counted over its near-duplicate copies);
a store without that view gives every event with counts 1/1/1.

Fields accord cannot fill are left empty (or 0 where GDELT's type is numeric) -- see
docs/serve.md: ethnic/religion codes, Actor*Geo_* (accord places the event, not each actor),
ADM1/ADM2 codes, and AvgTone, which is 0 because accord computes no document tone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any, TextIO

import duckdb

from .codes import code_tables
from .selection import Selection

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in _ACTOR_FIELDS)
    + tuple(f"Actor2{f}" for f in _ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in _GEO_FIELDS)
    + tuple(f"Actor2Geo_{f}" for f in _GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in _GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)
assert len(COLUMNS) == 61

# GDELT geo types: 1 country, 2 US state, 3 US city/landmark, 4 world city/landmark, 5 world state.
_COUNTRY, _US_STATE, _US_CITY, _WORLD_CITY, _WORLD_STATE = 1, 2, 3, 4, 5

_FIELDS = """
       e.id, e.article_id, e.effective_date, e.cameo, e.quad_class, e.goldstein, e.actor, e.recipient,
       e.location_name, e.lat, e.lon, e.location_country, e.sentence_start,
       a.url, a.source, a.ingested_at,
       -- the article's first blank line ends its lead paragraph (GDELT's IsRootEvent)
       coalesce(nullif(strpos(a.text, chr(10) || chr(10)), 0), length(a.text) + 1) AS lead_end,
       loc.geonameid, json_extract_string(a.record, '$.locations[' || loc.ordinal || '].feature') AS feature
"""
_LOCATION_JOIN = """
LEFT JOIN LATERAL (SELECT l.geonameid, l.ordinal FROM locations l WHERE l.article_id = e.article_id
                   AND l.name = e.location_name ORDER BY l.ordinal LIMIT 1) loc ON true
"""
# One row per cluster: its earliest-placed mention in the first copy of the story. The cluster is
# matched on its key (first article, CAMEO code, sorted actor and recipient codes) rather than on
# the view's ``id`` column, which can name a mention in a near-duplicate copy.
_CLUSTERED = ("SELECT" + _FIELDS + ", c.num_mentions, c.num_sources, c.num_articles"
              " FROM v_events e JOIN articles a ON a.id = e.article_id"
              " JOIN event_clusters c ON c.article_id = e.article_id AND c.cameo IS NOT DISTINCT FROM e.cameo"
              " AND c.actor_codes = list_sort(e.actor_codes) AND c.recipient_codes = list_sort(e.recipient_codes)"
              + _LOCATION_JOIN)
_ONE_PER_CLUSTER = (" QUALIFY row_number() OVER (PARTITION BY e.article_id, e.cameo, list_sort(e.actor_codes),"
                    " list_sort(e.recipient_codes) ORDER BY e.sentence_start NULLS LAST, e.id) = 1")
_ASSERTED = ("NOT coalesce(e.negated, false) AND NOT coalesce(e.hypothetical, false)"
             " AND NOT coalesce(e.future, false)")
_UNCLUSTERED = ("SELECT" + _FIELDS + ", 1, 1, 1 FROM v_events e JOIN articles a ON a.id = e.article_id"
                + _LOCATION_JOIN)


def _has_clusters(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'"
                      " AND table_name = 'event_clusters'").fetchone()
    return bool(row and row[0])


def global_event_id(event_id: str, pair: int) -> int:
    """A stable positive integer id (GDELT's GlobalEventID is an integer) for an event's pair."""
    digest = hashlib.sha256(f"{event_id}\x00{pair}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 11  # 53 bits: exact in any JSON/JS reader too


def gdelt_rows(con: duckdb.DuckDBPyConnection, selection: Selection | None = None,
               limit: int | None = None) -> Iterator[list[Any]]:
    """Rows of 61 values (None for empty) for the selected events, by date then event id."""
    cur = con.cursor()
    try:
        clauses, params = (selection or Selection()).clauses()
        # GDELT rows assert that something happened; it has no field for negated, hypothetical or
        # future events, so they are left out (the PLOVER export keeps them with their modality).
        clauses.append(_ASSERTED)
        where = " WHERE " + " AND ".join(clauses)
        clustered = _has_clusters(cur)
        sql = (_CLUSTERED if clustered else _UNCLUSTERED) + where + (_ONE_PER_CLUSTER if clustered else "")
        sql += " ORDER BY e.effective_date NULLS LAST, e.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        result = cur.execute(sql, params)
        while batch := result.fetchmany(500):
            for row in batch:
                yield from _rows(row)
    finally:
        cur.close()


def _distinct(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple] = set()
    out = []
    for actor in actors:
        key = (actor.get("code"), actor.get("sector"))
        if actor.get("code") and key not in seen:
            seen.add(key)
            out.append(actor)
    return out


def _pairs(actors: list[dict], recipients: list[dict]) -> list[tuple[dict | None, dict | None]]:
    if recipients:
        return [(a, r) for a in actors or [None] for r in recipients]
    joint = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1:] if a["code"] != b["code"]]
    if joint:
        return joint
    return [(actors[0] if actors else None, None)]


def _rows(row: tuple) -> Iterator[list[Any]]:
    (eid, _article, when, cameo, quad, goldstein, actor_json, recipient_json, loc_name, lat, lon,
     loc_country, sentence_start, url, source, ingested_at, lead_end, geonameid, feature,
     mentions, sources, articles) = row
    actors = _distinct(json.loads(actor_json or "[]"))
    recipients = _distinct(json.loads(recipient_json or "[]"))
    cameo = cameo or ""
    date_fields = _date_fields(when)
    is_root = int(sentence_start is not None and lead_end is not None and sentence_start < lead_end)
    action_geo = _geo(loc_name, lat, lon, loc_country, geonameid, feature)
    tail = [ingested_at.strftime("%Y%m%d%H%M%S") if ingested_at else None, url or source]
    for i, (a1, a2) in enumerate(_pairs(actors, recipients)):
        yield ([global_event_id(eid, i), *date_fields, *_actor(a1), *_actor(a2),
                is_root, cameo or None, cameo[:3] or None, cameo[:2] or None, quad, goldstein,
                mentions, sources, articles, 0,
                *_NO_GEO, *_NO_GEO, *action_geo, *tail])


_NO_GEO = [0, None, None, None, None, None, None, None]


def _date_fields(when: datetime | None) -> list[Any]:
    if when is None:
        return [None, None, None, None]
    # The codebook prints (MONTH * 30 + DAY) / 365, which passes 1.0 in December; GDELT's own files
    # use the month's zero-based index (20150218 -> 2015.1315), and so does this.
    fraction = round(when.year + ((when.month - 1) * 30 + when.day) / 365, 4)
    return [int(when.strftime("%Y%m%d")), int(when.strftime("%Y%m")), when.year, fraction]


def _actor(actor: dict[str, Any] | None) -> list[Any]:
    if actor is None:
        return [None] * len(_ACTOR_FIELDS)
    countries, organisations, _ = code_tables()
    code = actor.get("code") or ""
    sector = actor.get("sector") or ""
    name = actor.get("name") or countries.get(code) or organisations.get(code) or actor.get("text")
    return [code + sector or None, name.upper() if name else None,
            code if code in countries else None, code if code in organisations else None,
            None, None, None, sector or None, None, None]


def _geo(name: str | None, lat: float | None, lon: float | None, country: str | None,
         geonameid: int | None, feature: str | None) -> list[Any]:
    if name is None and lat is None:
        return list(_NO_GEO)
    countries, _, fips = code_tables()
    country_fips = fips.get(country or "")
    feature = feature or ""
    us = country == "USA"
    if feature.startswith("PCL") or (name is not None and name == countries.get(country or "")):
        kind = _COUNTRY
    elif feature == "ADM1":
        kind = _US_STATE if us else _WORLD_STATE
    else:
        kind = _US_CITY if us else _WORLD_CITY
    country_name = countries.get(country or "")
    if kind == _COUNTRY or not country_name or name == country_name:
        full = name
    else:
        full = f"{name}, {country_name}"
    # FeatureID: a GeoNames id for places (GDELT uses GNS ids), the country code for countries.
    feature_id = country_fips or country if kind == _COUNTRY else geonameid
    return [kind, full, country_fips, None, None, lat, lon, feature_id]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    # GDELT fields never hold tabs or newlines; a stray one would shift every later column.
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def gdelt_lines(con: duckdb.DuckDBPyConnection, selection: Selection | None = None,
                limit: int | None = None, header: bool = False) -> Iterator[str]:
    if header:
        yield "\t".join(COLUMNS) + "\n"
    for row in gdelt_rows(con, selection, limit):
        yield "\t".join(_cell(v) for v in row) + "\n"


def write_gdelt(con: duckdb.DuckDBPyConnection, out: TextIO, selection: Selection | None = None,
                limit: int | None = None, header: bool = False) -> int:
    """Write GDELT 2.0 event rows to ``out``; return the number of rows (header excluded)."""
    count = 0
    for line in gdelt_lines(con, selection, limit, header):
        out.write(line)
        count += 1
    return count - (1 if header else 0)

