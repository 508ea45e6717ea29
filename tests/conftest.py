"""Shared fixtures: one pipeline per test session (the model loads once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.ingest import Article, content_id

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_f6572cd3f2c05bf0.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

needs_seed = pytest.mark.skipif(not SEED.is_file(), reason=f"../shared is not beside the repository ({SEED} missing)")


@pytest.fixture(scope="session")
def pipeline():
    from accord.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def code_text(pipeline):
    """Code a team-written text and return its record."""

    def run(text: str, *, title: str | None = None, date=None) -> dict:
        article = Article(id=content_id(text, title), text=text, title=title, date=date, language="en",
                          source="<test>")
        return pipeline.code_one(article)

    return run
