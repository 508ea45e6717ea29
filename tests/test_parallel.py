"""Coding in several worker processes gives the same records, in the same order."""

from __future__ import annotations

from accord.ingest import Article, content_id
from accord.pipeline import Options, Pipeline, code_articles

SENTENCES = [
    "Armenia and Iran signed a gas agreement in Yerevan on Friday.",
    "Estonia summoned the Russian ambassador over an airspace violation.",
    "“We will not give in,” Ukrainian President Volodymyr Zelensky said in Kyiv.",
    "The Turkish army shelled Kurdish positions in northern Iraq, officials said.",
    "Japan and South Korea agreed to resume security talks next month.",
]


def articles() -> list[Article]:
    out = []
    for i in range(12):
        text = SENTENCES[i % len(SENTENCES)] + f" The report was filed on day {i}."
        out.append(Article(id=content_id(text), text=text, language="en", source=f"article-{i}"))
    return out


def test_two_workers_match_one_process():
    local = [c.record for c in Pipeline(Options(batch_size=2)).code(articles())]
    parallel = list(code_articles(articles(), Options(batch_size=2, workers=2)))
    assert [c.article.source for c in parallel] == [f"article-{i}" for i in range(12)]
    assert [c.record for c in parallel] == local
