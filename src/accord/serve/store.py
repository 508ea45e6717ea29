"""The server's handle on a DuckDB store: one database opened at start-up, a cursor (its own
DuckDB connection) per request, and a lock around writes.

DuckDB connections are not safe to share between threads, and FastAPI runs sync endpoints in a
thread pool; ``cursor()`` gives each request a connection of its own to the same database, which
DuckDB supports with MVCC. Without a token the store is opened read-only, so other processes may
read it at the same time (but none may write it while the server runs).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from accord.store import StoreError, open_store
from accord.store.schema import MIGRATIONS


class ServerStore:
    def __init__(self, path: str | Path, *, writable: bool):
        self.path = str(path)
        self.writable = writable
        self.write_lock = threading.Lock()
        if self.path != ":memory:" and not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no such store; create it with `accord ingest INPUT... --db {self.path}`")
        self._lock = threading.Lock()
        self._db: duckdb.DuckDBPyConnection | None = None
        self.open()  # fail at start-up, not on the first request, when the store cannot be opened

    def open(self) -> None:
        """Open the database if it is not open (again after ``close``, e.g. a new app lifespan)."""
        with self._lock:
            if self._db is None:
                self._db = open_store(self.path) if self.writable else self._open_read_only()

    def _open_read_only(self) -> duckdb.DuckDBPyConnection:
        try:
            con = duckdb.connect(self.path, read_only=True)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path} read-only: {exc}") from exc
        pending = self._pending(con)
        if not pending:
            return con
        # An older store: bring its schema up to date once, then reopen read-only.
        con.close()
        open_store(self.path).close()
        return duckdb.connect(self.path, read_only=True)

    @staticmethod
    def _pending(con: duckdb.DuckDBPyConnection) -> list[str]:
        try:
            applied = {r[0] for r in con.execute("SELECT name FROM _migrations").fetchall()}
        except duckdb.Error:
            applied = set()
        return [m.name for m in MIGRATIONS if m.name not in applied]

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one request, closed when the request is done."""
        self.open()
        with self._lock:
            cur = self._db.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
