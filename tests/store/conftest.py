"""Fixtures for store tests."""

from __future__ import annotations

import pytest

from accord.store import open_store


@pytest.fixture
def store(tmp_path):
    con = open_store(tmp_path / "accord.duckdb")
    yield con
    con.close()
