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


def _actor_mentions(pipeline, text: str) -> list:
    doc = pipeline.nlp(pipeline._make_doc(Article(id="t", text=text)))
    return [(doc[m.start:m.end].text, m.actor) for m in doc._.actors]


@pytest.fixture(scope="session")
def mentions_of(pipeline):
    """The actors recognised in a text: {mention words: (code, sector)}."""
    return lambda text: {words: (actor.code, actor.sector) for words, actor in _actor_mentions(pipeline, text)}


@pytest.fixture(scope="session")
def mentions_with_kind(pipeline):
    """The same as `mentions_of`, with the actor's kind: {mention words: (code, sector, kind)}."""
    return lambda text: {words: (actor.code, actor.sector, actor.kind) for words, actor in _actor_mentions(pipeline, text)}
