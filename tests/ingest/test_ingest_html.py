from datetime import datetime, timedelta, timezone
from pathlib import Path

from accord.ingest.article import Article, InputFailure
from accord.ingest.html import read_html

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_fixture_page() -> None:
    markup = (FIXTURES / "abkhazia_trade.html").read_text(encoding="utf-8")
    article = read_html(markup, "page.html")
    assert isinstance(article, Article)
    assert article.title == "Abkhazia and Russia sign trade accord"
    assert article.date == datetime(2024, 3, 5, 11, 30, tzinfo=timezone(timedelta(hours=3)))
    assert article.url == "https://caucasus-daily.example/news/abkhazia-russia-trade-accord"
    assert article.language == "en"
    assert article.text.startswith("Abkhazia and Russia signed a trade accord in Sukhum")
    assert article.text.endswith("by the end of the year.")
    # Boilerplate and the headline are not part of the analysed text.
    assert "Home" not in article.text and "rights reserved" not in article.text
    assert not article.text.startswith(article.title)


def test_page_without_metadata() -> None:
    para = "Delegations from Armenia and Azerbaijan met in Almaty on Friday to continue talks. " * 3
    article = read_html(f"<html><body><article><p>{para}</p></article></body></html>", "p.html")
    assert isinstance(article, Article)
    assert article.url is None and article.date is None and article.language is None
    assert article.text.startswith("Delegations from Armenia")


def test_malformed_html_is_failure() -> None:
    for markup in ("<html><body><div", "<<<>>>", "<html><head><title>x</title></head><body></body></html>"):
        assert read_html(markup, "bad.html") == InputFailure("bad.html", "no article text found in HTML")


def test_a_page_of_navigation_only_is_failure() -> None:
    # What trafilatura keeps of a page with no article is its menu: a few words, no sentence.
    failure = read_html("<html><body><nav>Menu</nav><script>var x=1;</script></body></html>", "nav.html")
    assert isinstance(failure, InputFailure)
    assert failure.reason.startswith("no article text found in HTML")


def test_a_short_article_with_a_sentence_is_kept() -> None:
    article = read_html("<html><body><article><p>Kenya recalled its envoy.</p></article></body></html>", "s.html")
    assert isinstance(article, Article) and article.text == "Kenya recalled its envoy."
