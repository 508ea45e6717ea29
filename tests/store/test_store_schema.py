from __future__ import annotations

import pytest

from accord.store import count_rows, open_store
from accord.store.schema import MIGRATIONS, TABLES, Migration, applied_migrations, migrate


def _tables(con) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {r[0] for r in rows}


def test_open_creates_file_and_schema(tmp_path):
    path = tmp_path / "sub" / "store.duckdb"
    con = open_store(path)
    try:
        assert path.exists()
        assert set(TABLES) | {"_migrations", "v_events", "v_quotes"} <= _tables(con)
        assert applied_migrations(con) == [m.name for m in MIGRATIONS]
        assert count_rows(con) == {t: 0 for t in TABLES}
    finally:
        con.close()


def test_migrations_idempotent_across_opens(tmp_path):
    path = tmp_path / "store.duckdb"
    open_store(path).close()
    con = open_store(path)
    try:
        assert migrate(con) == []  # nothing left to apply
        n = con.execute("SELECT count(*) FROM _migrations").fetchone()[0]
        assert n == len(MIGRATIONS)
        names = [r[0] for r in con.execute("SELECT name FROM _migrations").fetchall()]
        assert len(names) == len(set(names))
    finally:
        con.close()


def test_events_columns_present(store):
    cols = {r[0] for r in store.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"
    ).fetchall()}
    for col in ("actor_codes", "recipient_codes", "contexts", "goldstein", "quad_class",
                "historical", "future", "hypothetical", "negated", "sentence_text",
                "trigger_text", "reported_by_quote", "explanation", "lat", "lon"):
        assert col in cols


def test_failed_migration_rolls_back(store):
    bad = (Migration("9999_bad", ("CREATE TABLE half_done (x INT)", "THIS IS NOT SQL")),)
    with pytest.raises(Exception):
        migrate(store, bad)
    assert "half_done" not in _tables(store)
    assert "9999_bad" not in applied_migrations(store)
