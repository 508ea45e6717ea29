"""Shared fixtures: one pipeline per test session (the model loads once)."""

from __future__ import annotations

import pytest

from accord.ingest import Article, content_id


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
