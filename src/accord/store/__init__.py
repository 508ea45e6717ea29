"""Embedded DuckDB store for accord records: schema, batch writes, queries, export."""

from .db import StoreError, WriteResult, open_store, stored_signatures, write_batch
from .formats import write_rows
from .query import count_rows, query_events, query_quotes

__all__ = [
    "open_store",
    "write_batch",
    "stored_signatures",
    "WriteResult",
    "StoreError",
    "query_events",
    "query_quotes",
    "count_rows",
    "write_rows",
]
