"""Parquet: one file per store table (``articles.parquet``, ``events.parquet``, ...).

Without filters every row is written. With filters, ``events`` and ``event_actors`` hold the
selected events, and the article-level tables (``articles``, ``quotes``, ``locations``,
``amounts``, ``entities``) the articles those events come from. Column types are the store's:
JSON columns (``articles.record``, ``events.actor``/``recipient``) are JSON text.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from accord.store.schema import TABLES

from .selection import Selection

_BATCH_ROWS = 50_000


def _table_sql(table: str, where: str) -> str:
    # ``table`` comes from the fixed TABLES list, never from the user.
    if not where:
        return f'SELECT * FROM "{table}"'
    chosen = "SELECT e.id FROM v_events e" + where
    articles = "SELECT e.article_id FROM v_events e" + where
    if table == "events":
        return f'SELECT * FROM "{table}" WHERE id IN ({chosen})'
    if table == "event_actors":
        return f'SELECT * FROM "{table}" WHERE event_id IN ({chosen})'
    if table == "articles":
        return f'SELECT * FROM "{table}" WHERE id IN ({articles})'
    return f'SELECT * FROM "{table}" WHERE article_id IN ({articles})'


def write_parquet(con: duckdb.DuckDBPyConnection, directory: str | Path,
                  selection: Selection | None = None) -> dict[str, int]:
    """Write one Parquet file per table into ``directory``; return rows written per table.

    Each file is written beside its target and renamed when complete, so a reader never sees
    half a file.
    """
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    where, params = (selection or Selection()).where_sql()
    counts: dict[str, int] = {}
    cur = con.cursor()
    try:
        for table in TABLES:
            path = target / f"{table}.parquet"
            tmp = target / f".{table}.parquet.tmp"
            reader = cur.sql(_table_sql(table, where), params=list(params) if where else None) \
                .to_arrow_reader(_BATCH_ROWS)
            rows = 0
            try:
                with pq.ParquetWriter(tmp, reader.schema, compression="zstd") as writer:
                    for batch in reader:
                        writer.write_batch(batch)
                        rows += batch.num_rows
                os.replace(tmp, path)
            finally:
                if tmp.exists():
                    tmp.unlink()
            counts[table] = rows
    finally:
        cur.close()
    return counts
