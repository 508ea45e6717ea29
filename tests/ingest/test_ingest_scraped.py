from datetime import datetime
from pathlib import Path

from accord.ingest.article import Article, InputFailure, content_id
from accord.ingest.scraped import read_scraped

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_fixture_article() -> None:
    text = (FIXTURES / "abkhazia_trade.txt").read_text(encoding="utf-8")
    article = read_scraped(text, "abkhazia_trade.txt")
    assert isinstance(article, Article)
    assert article.title == "Abkhazia and Russia sign trade accord"
    assert article.date == datetime(2024, 3, 5, 11, 30)
    assert article.text.startswith("Abkhazia and Russia signed a trade accord in Sukhum")
    assert article.text.endswith("by the end of the year.")
    assert "Мой мир" not in article.text and "«" not in article.text
    assert "\n\n“This agreement" in article.text  # paragraphs kept as written
    assert article.id == content_id(article.text, article.title)
    assert article.source == "abkhazia_trade.txt"


def test_no_dateline_body_starts_after_title() -> None:
    article = read_scraped("Talks resume\nDiplomats met in Geneva on Monday.\nMore talks follow.\n", "s")
    assert isinstance(article, Article)
    assert article.date is None
    assert article.title == "Talks resume"
    assert article.text == "Diplomats met in Geneva on Monday.\nMore talks follow."


def test_leading_blank_lines_and_crlf() -> None:
    article = read_scraped("\r\n\r\nTalks resume\r\n\r\n28 December 2023\r\n\r\nDiplomats met.\r\nShare\r\n", "s")
    assert isinstance(article, Article)
    assert article.date == datetime(2023, 12, 28)
    assert article.text == "Diplomats met."


def test_title_only_is_failure() -> None:
    result = read_scraped("Just a headline\n\n", "s")
    assert result == InputFailure("s", "no body text (only a title)")


def test_title_and_dateline_only_is_failure() -> None:
    result = read_scraped("Just a headline\n\nThu, 28/12/2023 - 16:00\n«Мой мир»", "s")
    assert isinstance(result, InputFailure)
    assert result.reason.startswith("no body text")
