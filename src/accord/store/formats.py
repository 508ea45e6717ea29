"""Render query rows (flat dicts) as a rich table, JSON Lines or CSV.

Library-level: writes to any text stream so the CLI, notebooks and tests share it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "jsonl", "csv")
_WIDE = 1000  # console width when not writing to a terminal
_LONG_TEXT = 60  # columns with longer values wrap at this width
_SHORT_KEEP = 12  # short columns are never squeezed below this


def _columns(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None) -> list[str]:
    if columns is not None:
        return list(columns)
    # Union of keys in first-seen order, so heterogeneous rows still line up.
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def _cell(value: Any) -> str:
    """Flat text for table/CSV cells: empty for null, lists joined, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    out: TextIO,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    width: int | None = None,
) -> int:
    """Write ``rows`` to ``out`` as ``table``, ``jsonl`` or ``csv``; return the row count.

    ``columns`` selects/orders columns (default: all keys, first-seen order).
    ``title``/``width`` only affect ``table`` (width defaults to the terminal's).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    materialised = list(rows)
    cols = _columns(materialised, columns)
    if fmt == "jsonl":
        for row in materialised:
            record = {c: row.get(c) for c in cols} if columns is not None else dict(row)
            out.write(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        if cols:
            writer.writerow(cols)
        for row in materialised:
            writer.writerow([_cell(row.get(c)) for c in cols])
    else:
        _write_table(materialised, cols, out, title, width)
    return len(materialised)


def _write_table(rows: Sequence[Mapping[str, Any]], cols: Sequence[str], out: TextIO,
                 title: str | None, width: int | None) -> None:
    # A Console bound to `out` keeps colour detection honest: plain text for files
    # and pipes, styled on a terminal.  Off a terminal there is no screen to fit, so
    # use a generous width rather than rich's default 80, which crushes wide tables.
    is_tty = bool(getattr(out, "isatty", lambda: False)())
    console = Console(file=out, soft_wrap=False,
                      width=width if width is not None else (None if is_tty else _WIDE))
    if not rows:
        console.print("(no rows)", markup=False, highlight=False)
        return
    cells = [[_cell(row.get(c)) for c in cols] for row in rows]
    table = Table(title=Text(title) if title else None, show_lines=False)
    for i, col in enumerate(cols):
        longest = max(len(line[i]) for line in cells)
        if longest > _LONG_TEXT:
            # Free text (sentences, quotes) wraps in a bounded column instead of
            # squeezing every short column (ids, codes, dates) to nothing.
            table.add_column(Text(col), max_width=_LONG_TEXT, overflow="fold", ratio=1)
        else:
            # Keep short values (ids, codes, dates) whole; fold rather than hide data.
            table.add_column(Text(col), min_width=max(1, min(longest, _SHORT_KEEP)),
                             overflow="fold")
    for line in cells:
        # Text() rather than str: article text like "[AFP]" must not parse as markup.
        table.add_row(*(Text(value) for value in line))
    console.print(table)
