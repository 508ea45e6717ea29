"""Validate pipeline records and flatten them into per-table row tuples.

Kept separate from the DuckDB code so the record contract lives in one place and
can be unit-tested without a database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timezone
from typing import Any

# Column order for each table's INSERT; must match the tuples built below.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "title", "date", "language", "url", "source", "text", "record",
                 "ingested_at", "duplicate_of"),
    "events": ("id", "article_id", "event", "mode", "contexts", "cameo", "goldstein",
               "quad_class", "date", "actor_codes", "recipient_codes", "actor", "recipient",
               "historical", "future", "hypothetical", "negated", "location_name", "lat",
               "lon", "location_country", "sentence_index", "sentence_start",
               "sentence_end", "sentence_text", "trigger_text", "trigger_start",
               "trigger_end", "reported_by_name", "reported_by_quote", "explanation"),
    "event_actors": ("event_id", "article_id", "role", "ordinal", "code", "sector", "name",
                     "text", "start", "end"),
    "quotes": ("id", "article_id", "type", "content_text", "content_start", "content_end",
               "cue_text", "cue_start", "cue_end", "speaker_name", "speaker_mention_text",
               "speaker_mention_start", "speaker_mention_end", "speaker_code",
               "speaker_sector", "speaker_actor_name"),
    "locations": ("article_id", "ordinal", "text", "start", "end", "name", "lat", "lon",
                  "country", "geonameid"),
    "amounts": ("article_id", "ordinal", "value", "unit", "text", "start", "end"),
    "entities": ("article_id", "ordinal", "text", "label", "start", "end"),
}

# Keys that must be present (values may be null unless noted in _validate).
ARTICLE_KEYS = ("id", "title", "date", "language", "url", "text", "source",
                "entities", "events", "quotes", "locations", "amounts")
LIST_KEYS = ("entities", "events", "quotes", "locations", "amounts")
EVENT_KEYS = ("id", "event")
QUOTE_KEYS = ("id", "type", "content")
ENTITY_KEYS = ("text", "label", "start", "end")
SPAN_KEYS = ("text", "start", "end")  # locations and amounts


class RecordError(ValueError):
    """A record violates the contract; message names the article and field."""


def validate(record: Any) -> str:
    """Check required keys; return the article id."""
    if not isinstance(record, Mapping):
        raise RecordError(f"record is {type(record).__name__}, expected a dict")
    art = record.get("id")
    if not isinstance(art, str) or not art:
        raise RecordError("record has missing or empty field 'id'")
    _require(art, record, ARTICLE_KEYS, "")
    if not isinstance(record["text"], str):
        raise RecordError(f"article {art!r}: field 'text' must be a string")
    for key in LIST_KEYS:
        if not isinstance(record[key], list):
            raise RecordError(f"article {art!r}: field {key!r} must be a list")
    for i, ev in enumerate(record["events"]):
        _require(art, ev, EVENT_KEYS, f"events[{i}].")
        _require_id(art, ev, f"events[{i}].id")
    for i, q in enumerate(record["quotes"]):
        _require(art, q, QUOTE_KEYS, f"quotes[{i}].")
        _require_id(art, q, f"quotes[{i}].id")
        _require(art, q["content"], ("text",), f"quotes[{i}].content.")
    for key, required in (("entities", ENTITY_KEYS), ("locations", SPAN_KEYS),
                          ("amounts", SPAN_KEYS)):
        for i, item in enumerate(record[key]):
            _require(art, item, required, f"{key}[{i}].")
    return art


def _require(art: str, obj: Any, keys: Sequence[str], prefix: str) -> None:
    if not isinstance(obj, Mapping):
        raise RecordError(f"article {art!r}: field {prefix.rstrip('.')!r} must be an object")
    for key in keys:
        if key not in obj:
            raise RecordError(f"article {art!r}: missing field {prefix + key!r}")


def _require_id(art: str, obj: Mapping[str, Any], where: str) -> None:
    if not isinstance(obj["id"], str) or not obj["id"]:
        raise RecordError(f"article {art!r}: field {where!r} must be a non-empty string")


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def parse_timestamp(value: Any) -> datetime | None:
    """ISO 8601 (or date/datetime) -> naive UTC datetime; None if absent/unparseable.

    Unparseable dates become NULL rather than failing the batch: the raw string is
    still preserved in ``articles.record``.  Partial dates ("2024-03", "2024") map
    to the first day of the period so they still sort and filter sensibly.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip())
        except ValueError:
            m = _PARTIAL.match(value.strip())
            if not m:
                return None
            return datetime(int(m.group(1)), int(m.group(2) or 1), 1)
    else:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt


def _num(value: Any, kind: type = float) -> Any:
    """Lenient numeric coercion: bad values become NULL instead of aborting ingest."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return kind(value)
    except (TypeError, ValueError):
        return None


def _obj(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _slice(text: str, start: Any, end: Any) -> str | None:
    s, e = _num(start, int), _num(end, int)
    return text[s:e] if s is not None and e is not None else None


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def record_rows(record: Mapping[str, Any], ingested_at: datetime) -> dict[str, list[tuple]]:
    """Flatten one validated record into rows keyed by table name."""
    art: str = record["id"]
    text: str = record["text"]
    rows: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
    rows["articles"].append((
        art, record.get("title"), parse_timestamp(record.get("date")),
        record.get("language"), record.get("url"), record.get("source"), text,
        _dumps(record), ingested_at, record.get("duplicate_of"),
    ))
    for ev in record["events"]:
        _event_rows(art, text, ev, rows)
    for q in record["quotes"]:
        rows["quotes"].append(_quote_row(art, q))
    for i, loc in enumerate(record["locations"]):
        rows["locations"].append((
            art, i, loc.get("text"), _num(loc.get("start"), int), _num(loc.get("end"), int),
            loc.get("name"), _num(loc.get("lat")), _num(loc.get("lon")), loc.get("country"),
            _num(loc.get("geonameid"), int),
        ))
    for i, am in enumerate(record["amounts"]):
        rows["amounts"].append((
            art, i, _num(am.get("value")), am.get("unit"), am.get("text"),
            _num(am.get("start"), int), _num(am.get("end"), int),
        ))
    for i, ent in enumerate(record["entities"]):
        rows["entities"].append((
            art, i, ent.get("text"), ent.get("label"),
            _num(ent.get("start"), int), _num(ent.get("end"), int),
        ))
    return rows


def _event_rows(art: str, text: str, ev: Mapping[str, Any], rows: dict[str, list[tuple]]) -> None:
    actors = [a for a in (ev.get("actor") or []) if isinstance(a, Mapping)]
    recipients = [a for a in (ev.get("recipient") or []) if isinstance(a, Mapping)]
    modality = _obj(ev.get("modality"))
    loc = _obj(ev.get("location"))
    sent = _obj(ev.get("sentence"))
    trig = _obj(ev.get("trigger"))
    rep = _obj(ev.get("reported_by"))
    sentence_text = sent.get("text") or _slice(text, sent.get("start"), sent.get("end"))
    contexts = [str(c) for c in (ev.get("contexts") or [])]
    rows["events"].append((
        ev["id"], art, ev.get("event"), ev.get("mode"), contexts,
        None if ev.get("cameo") is None else str(ev["cameo"]),
        _num(ev.get("goldstein")), _num(ev.get("quad_class"), int),
        parse_timestamp(ev.get("date")),
        [a.get("code") for a in actors if a.get("code")],
        [a.get("code") for a in recipients if a.get("code")],
        _dumps(actors), _dumps(recipients),
        bool(modality.get("historical", False)), bool(modality.get("future", False)),
        bool(modality.get("hypothetical", False)), bool(modality.get("negated", False)),
        loc.get("name"), _num(loc.get("lat")), _num(loc.get("lon")), loc.get("country"),
        _num(sent.get("index"), int), _num(sent.get("start"), int), _num(sent.get("end"), int),
        sentence_text,
        trig.get("text"), _num(trig.get("start"), int), _num(trig.get("end"), int),
        rep.get("name"), rep.get("quote_id"), ev.get("explanation"),
    ))
    for role, people in (("actor", actors), ("recipient", recipients)):
        for i, a in enumerate(people):
            rows["event_actors"].append((
                ev["id"], art, role, i, a.get("code"), a.get("sector"), a.get("name"),
                a.get("text"), _num(a.get("start"), int), _num(a.get("end"), int),
            ))


def _quote_row(art: str, q: Mapping[str, Any]) -> tuple:
    content = _obj(q.get("content"))
    cue = _obj(q.get("cue"))
    speaker = _obj(q.get("speaker"))
    mention = _obj(speaker.get("mention"))
    actor = _obj(speaker.get("actor"))
    return (
        q["id"], art, q.get("type"),
        content.get("text"), _num(content.get("start"), int), _num(content.get("end"), int),
        cue.get("text"), _num(cue.get("start"), int), _num(cue.get("end"), int),
        speaker.get("name"), mention.get("text"),
        _num(mention.get("start"), int), _num(mention.get("end"), int),
        actor.get("code"), actor.get("sector"), actor.get("name"),
    )
