"""Opening a store and writing batches of pipeline records.

The connection is always passed in (sqlite-utils style) so callers control its
lifetime and tests can use throwaway files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from .records import COLUMNS, RecordError, record_rows, validate
from .schema import migrate


class StoreError(Exception):
    """Raised when a batch cannot be written; the batch is rolled back."""


@dataclass(frozen=True)
class WriteResult:
    inserted: int
    unchanged: int


def open_store(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date.

    ``":memory:"`` gives an in-memory store, handy for tests and one-off analysis.
    """
    target = str(path)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(target)
    try:
        migrate(con)
    except Exception as exc:
        con.close()
        raise StoreError(f"could not migrate store {target}: {exc}") from exc
    return con


def stored_signatures(con: duckdb.DuckDBPyConnection) -> list[tuple[str, bytes]]:
    """MinHash signatures of the first copies in the store, to seed the duplicate index."""
    return [(row[0], bytes(row[1])) for row in
            con.execute("SELECT article_id, minhash FROM article_signatures ORDER BY article_id").fetchall()]


def _column_types(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = 'main' AND table_name = ?",
        [table],
    ).fetchall()
    # JSON travels as text; DuckDB casts VARCHAR -> JSON on insert.
    return {name: ("VARCHAR" if dtype == "JSON" else dtype) for name, dtype in rows}


def _as_text(values: Iterable[Any]) -> list[str | None]:
    # A whole column is bound as one typed list, so a stray int or dict in a text
    # field (e.g. a numeric title) must become text rather than fail the batch.
    return [
        v if v is None or isinstance(v, str)
        else json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (dict, list))
        else str(v)
        for v in values
    ]


def _bulk_insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Insert rows column-wise: one list parameter per column, zipped by unnest().

    Why: executemany() runs one statement per row (~3 ms/article); binding whole
    columns makes a batch a single statement (~20x faster, measured).  Identifiers and type
    names come from COLUMNS and the catalog, never from user input; values are
    bound parameters.  Columns are quoted because "end" is an SQL keyword.
    """
    cols = COLUMNS[table]
    types = _column_types(con, table)
    values = [
        _as_text(col) if types[name] == "VARCHAR"
        else [None if v is None else _as_text(v) for v in col] if types[name] == "VARCHAR[]"
        else list(col)
        for name, col in zip(cols, zip(*rows))
    ]
    names = ", ".join(f'"{c}"' for c in cols)
    unnests = ", ".join(f'unnest(?::{types[c]}[]) AS "{c}"' for c in cols)
    con.execute(f'INSERT INTO "{table}" ({names}) SELECT {names} FROM (SELECT {unnests})',
                values)


def write_batch(
    con: duckdb.DuckDBPyConnection, records: Iterable[Mapping[str, Any]],
    signatures: Mapping[str, bytes] | None = None,
) -> WriteResult:
    """Insert new articles (and their events, quotes, ...) in one transaction.

    ``signatures`` (article id → MinHash bytes, from :mod:`accord.dedup`) are stored in the
    same transaction, so the near-duplicate index can be rebuilt from the store.

    Articles whose id is already stored, or repeated earlier in the same batch,
    are left untouched and counted as ``unchanged`` -- re-ingesting is a no-op.
    Any failure rolls the whole batch back and raises ``StoreError``.
    """
    records = list(records)
    # Validate everything up front: a bad record should fail fast with a clear
    # message before we touch the database at all.
    ids: list[str] = []
    for record in records:
        try:
            ids.append(validate(record))
        except RecordError as exc:
            raise StoreError(str(exc)) from exc
    if not records:
        return WriteResult(inserted=0, unchanged=0)

    ingested_at = datetime.now(timezone.utc).replace(tzinfo=None)
    try:
        con.begin()
    except duckdb.Error as exc:  # e.g. caller already holds an open transaction
        raise StoreError(f"cannot start write transaction: {exc}") from exc
    try:
        existing = {
            row[0]
            for row in con.execute(
                "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                [sorted(set(ids))],
            ).fetchall()
        }
        batch: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
        seen: set[str] = set(existing)
        inserted = 0
        for art, record in zip(ids, records):
            if art in seen:
                continue
            seen.add(art)
            try:
                rows = record_rows(record, ingested_at)
            except Exception as exc:  # defensive: conversion bug on odd input
                raise StoreError(f"article {art!r}: cannot convert record: {exc}") from exc
            for table, table_rows in rows.items():
                batch[table].extend(table_rows)
            inserted += 1
        for table, table_rows in batch.items():
            if table_rows:
                _bulk_insert(con, table, table_rows)
        new_signatures = [(art, sig) for art, sig in (signatures or {}).items() if art not in existing]
        if new_signatures:
            con.executemany("INSERT INTO article_signatures VALUES (?, ?) ON CONFLICT DO NOTHING", new_signatures)
        con.commit()
    except StoreError:
        con.rollback()
        raise
    except Exception as exc:
        con.rollback()
        raise StoreError(f"batch of {len(records)} record(s) rolled back: {exc}") from exc
    return WriteResult(inserted=inserted, unchanged=len(records) - inserted)
