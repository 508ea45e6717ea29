"""Fixtures: one store built with `accord ingest` per session, and apps over it."""

from __future__ import annotations

import shutil

import pytest

from servekit import TOKEN, build_store


def pytest_configure(config):
    # Starlette's TestClient asks for the httpx2 package; httpx (installed with FastAPI) still works.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="session")
def store_db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("serve-store"))


@pytest.fixture(scope="session")
def app(store_db):
    from accord.serve import create_app

    return create_app(store_db)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client



@pytest.fixture()
def writable_client(store_db, tmp_path):
    """An app that accepts articles, over a copy of the store (a file is opened either read-only
    or writable within one process, not both)."""
    from fastapi.testclient import TestClient

    from accord.serve import create_app

    copy = tmp_path / "writable.duckdb"
    shutil.copy(store_db, copy)
    with TestClient(create_app(copy, token=TOKEN, max_body_bytes=20_000)) as test_client:
        yield test_client
