"""A readable summary of one coded article, for people at a terminal."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text


def _actors(items: list[dict]) -> str:
    return ", ".join(f"{a['code']}{a['sector'] or ''}" + (f" ({a['name']})" if a.get("name") else "") for a in items) or "—"


def print_record(record: dict, out: TextIO) -> None:
    console = Console(file=out, width=max(100, Console(file=out).width), soft_wrap=False)
    console.print(Text(f"{record['title'] or record['id']}", style="bold"))
    console.print(Text(f"{record['date'] or 'undated'} · {record['language']} · {record['source']}"))
    events = Table(title="events", show_lines=True)
    for column in ("event", "cameo", "quad", "actor", "recipient", "flags", "where", "said by", "trigger"):
        events.add_column(column, overflow="fold")
    for e in record["events"]:
        flags = ", ".join(k for k, v in e["modality"].items() if v) or "—"
        events.add_row(Text(e["event"]), Text(e["cameo"]), str(e["quad_class"]), Text(_actors(e["actor"])),
                       Text(_actors(e["recipient"])), Text(flags), Text(e["location"]["name"] if e["location"] else "—"),
                       Text((e["reported_by"] or {}).get("name") or "—"), Text(e["trigger"]["text"]))
    console.print(events)
    quotes = Table(title="quotes", show_lines=True)
    for column in ("type", "speaker", "mention", "quote"):
        quotes.add_column(column, overflow="fold")
    for q in record["quotes"]:
        content = q["content"]["text"]
        quotes.add_row(Text(q["type"]), Text(q["speaker"]["name"] or "(unresolved)"),
                       Text((q["speaker"]["mention"] or {}).get("text") or "—"),
                       Text(content if len(content) < 160 else content[:157] + "…"))
    console.print(quotes)
    places = ", ".join(f"{p['text']} → {p['name']} ({p['lat']:.2f}, {p['lon']:.2f})" for p in record["locations"])
    console.print(Text(f"places: {places or '—'}"))
    amounts = ", ".join(f"{a['value']} {a['unit'] or ''}".strip() for a in record["amounts"])
    console.print(Text(f"amounts: {amounts or '—'}"))
    console.print()
