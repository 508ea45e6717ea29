import json
from datetime import datetime, timezone

from accord.ingest.article import Article, InputFailure, content_id
from accord.ingest.jsonl import read_jsonl


def _results(*lines: str) -> list[Article | InputFailure]:
    return list(read_jsonl("\n".join(lines), "f.jsonl"))


def test_text_preserved_exactly() -> None:
    text = "  Officials met.\r\n\u2028Second line\u00a0with odd spacing  \n"
    (article,) = _results(json.dumps({"id": "x1", "text": text}, ensure_ascii=False))
    assert isinstance(article, Article)
    assert article.text == text
    assert article.id == "x1" and article.source == "f.jsonl:1"


def test_fields_and_dates() -> None:
    line = json.dumps({
        "id": "a", "text": "Body.", "title": "T", "url": "https://e.example/a",
        "language": "EN-us", "date": "2024-02-15T09:45:00Z",
    })
    (article,) = _results(line)
    assert article == Article(
        id="a", text="Body.", title="T", url="https://e.example/a", language="en",
        date=datetime(2024, 2, 15, 9, 45, tzinfo=timezone.utc), source="f.jsonl:1",
    )
    second = _results(json.dumps({"id": "b", "text": "Body.", "date": "2024-02-14"}))[0]
    assert isinstance(second, Article) and second.date == datetime(2024, 2, 14)


def test_missing_or_empty_id_uses_content_id() -> None:
    results = _results(
        json.dumps({"text": "Body.", "title": "T"}),
        json.dumps({"id": "", "text": "Body.", "title": "T"}),
        json.dumps({"id": 42, "text": "Body."}),
    )
    assert [r.id for r in results if isinstance(r, Article)] == [content_id("Body.", "T")] * 2 + ["42"]


def test_each_bad_line_fails_alone() -> None:
    results = _results(
        json.dumps({"id": "ok1", "text": "First."}),
        "not json at all",
        "",  # blank lines are ignored
        "[1, 2]",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "num", "text": 5}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "d", "text": "x", "date": "last Tuesday"}),
        json.dumps({"id": "t", "text": "x", "title": ["a"]}),
        json.dumps({"id": "ok2", "text": "Second."}),
        '{"id": "cut", "text": "Officials sig',
    )
    summary = [(r.source, r.reason if isinstance(r, InputFailure) else r.id) for r in results]
    assert summary == [
        ("f.jsonl:1", "ok1"),
        ("f.jsonl:2", "invalid JSON: Expecting value at column 1"),
        ("f.jsonl:4", "expected a JSON object, got an array"),
        ("f.jsonl:5", "missing 'text'"),
        ("f.jsonl:6", "'text' must be a string, got a number"),
        ("f.jsonl:7", "empty 'text'"),
        ("f.jsonl:8", "unparseable date 'last Tuesday' (expected ISO 8601)"),
        ("f.jsonl:9", "'title' must be a string, got an array"),
        ("f.jsonl:10", "ok2"),
        ("f.jsonl:11", "truncated JSON: the line ends before the object is complete"),
    ]
    assert all("\n" not in r.reason for r in results if isinstance(r, InputFailure))


def test_truncated_after_key() -> None:
    (result,) = _results('{"id": "cut", "text": "complete", "title":')
    assert isinstance(result, InputFailure) and result.reason.startswith("truncated JSON")
