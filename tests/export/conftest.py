"""Fixtures: a store built with `accord ingest` from the same inputs as the server tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The store recipe (team-written articles, example, fixtures) lives with the server tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "serve"))

from servekit import build_store  # noqa: E402


@pytest.fixture(scope="session")
def export_db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("export-store"))
