"""`accord serve` refuses what it cannot serve, with one clear line."""

from __future__ import annotations

from servekit import accord


def test_serve_needs_an_existing_store(tmp_path):
    result = accord("serve", "--db", str(tmp_path / "missing.duckdb"))
    assert result.returncode == 1 and "no such store" in result.stderr


def test_serve_refuses_an_empty_token(store_db):
    result = accord("serve", "--db", str(store_db), "--token", " ")
    assert result.returncode == 1 and "--token is empty" in result.stderr


def test_serve_help_names_its_options():
    result = accord("serve", "--help")
    assert result.returncode == 0
    for option in ("--db", "--host", "--port", "--token", "--max-body"):
        assert option in result.stdout
