import io
import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from accord.ingest import Article, InputFailure, Skipped, content_id, read_inputs
from accord.ingest import sources

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

ENGLISH_SCRAPED = "Talks resume in Geneva\n\n28 December 2023\n\nDiplomats from Georgia and Russia met in Geneva on Thursday.\n"


def _read(*inputs: str | Path, **kwargs: object) -> list[Article | InputFailure | Skipped]:
    return list(read_inputs([str(i) for i in inputs], **kwargs))  # type: ignore[arg-type]


def _only(results: list[Article | InputFailure | Skipped]) -> Article | InputFailure | Skipped:
    assert len(results) == 1, results
    return results[0]


# --- formats -------------------------------------------------------------------------------

def test_each_format_by_extension() -> None:
    txt = _only(_read(FIXTURES / "abkhazia_trade.txt"))
    html = _only(_read(FIXTURES / "abkhazia_trade.html"))
    assert isinstance(txt, Article) and isinstance(html, Article)
    assert txt.language == "en" and html.language == "en"
    assert txt.title == html.title == "Abkhazia and Russia sign trade accord"

    results = _read(FIXTURES / "articles.jsonl")
    assert [type(r).__name__ for r in results] == ["Article", "InputFailure", "Article"]
    assert results[0].source.endswith("articles.jsonl:1") and results[0].id == "cd-0001"
    assert results[1].source.endswith("articles.jsonl:2") and "invalid JSON" in results[1].reason
    third = results[2]
    assert isinstance(third, Article)
    assert third.text == "  Azerbaijan hosted energy talks with Turkey on Thursday.\nBoth sides praised the pipeline deal.  "
    assert third.id == content_id(third.text, "Azerbaijan hosts energy talks")


def test_content_sniffing_for_unknown_extension(tmp_path: Path) -> None:
    (tmp_path / "page.dat").write_text((FIXTURES / "abkhazia_trade.html").read_text(encoding="utf-8"))
    (tmp_path / "lines").write_text(json.dumps({"id": "j", "text": "Officials met in Baku on Monday."}) + "\n")
    (tmp_path / "story").write_text(ENGLISH_SCRAPED)
    html, jsonl, scraped = (_only(_read(tmp_path / n)) for n in ("page.dat", "lines", "story"))
    assert isinstance(html, Article) and html.url is not None
    assert isinstance(jsonl, Article) and jsonl.id == "j"
    assert isinstance(scraped, Article) and scraped.date == datetime(2023, 12, 28)


# --- stdin ---------------------------------------------------------------------------------

def test_stdin_scraped() -> None:
    article = _only(_read("-", stdin=io.BytesIO(ENGLISH_SCRAPED.encode())))
    assert isinstance(article, Article)
    assert article.source == "<stdin>" and article.title == "Talks resume in Geneva"


def test_stdin_jsonl_and_html() -> None:
    data = (json.dumps({"id": "s1", "text": "Officials met in Baku."}) + "\n{broken\n").encode()
    results = _read("-", stdin=io.BytesIO(data))
    assert [(r.source, type(r).__name__) for r in results] == [("<stdin>:1", "Article"), ("<stdin>:2", "InputFailure")]
    html = _only(_read("-", stdin=io.BytesIO((FIXTURES / "abkhazia_trade.html").read_bytes())))
    assert isinstance(html, Article) and html.source == "<stdin>"


def test_stdin_too_large_and_empty() -> None:
    assert _read("-", stdin=io.BytesIO(b"x" * 100), max_bytes=10) == [
        InputFailure("<stdin>", "input too large (more than 10 bytes)")
    ]
    assert _read("-", stdin=io.BytesIO(b"")) == [InputFailure("<stdin>", "empty input")]


# --- directories and order -----------------------------------------------------------------

def test_directory_recursion_order_and_hidden(tmp_path: Path) -> None:
    def story(name: str) -> str:
        return f"{name}\n\nOfficials in Tbilisi said on Monday that talks on {name} would continue.\n"

    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(story("alpha"))
    (tmp_path / "b" / "a.txt").write_text(story("bravo"))
    (tmp_path / "b" / "deep" / "z.txt").write_text(story("charlie"))
    (tmp_path / "c.txt").write_text(story("delta"))
    (tmp_path / ".secret.txt").write_text(story("hidden file"))
    (tmp_path / ".hidden" / "x.txt").write_text(story("hidden dir"))
    (tmp_path / "notes.md").write_text("not an input format")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\x00\x00")

    titles = [r.title for r in _read(tmp_path) if isinstance(r, Article)]
    assert titles == ["alpha", "bravo", "charlie", "delta"]
    # Inputs keep their order, and a directory expands in place.
    titles = [r.title for r in _read(tmp_path / "c.txt", tmp_path / "b", tmp_path / "a.txt")]
    assert titles == ["delta", "bravo", "charlie", "alpha"]


def test_fixture_directory() -> None:
    results = _read(FIXTURES)
    names = [os.path.relpath(r.source.split(":")[0], FIXTURES) for r in results]
    assert names[:4] == ["abkhazia_trade.html", "abkhazia_trade.txt", "articles.jsonl", "articles.jsonl"]
    assert os.path.join("nested", "deeper", "c_second.txt") in names
    assert isinstance(results[-1], Skipped) and results[-1].source.endswith("russian.txt")


def test_empty_directory_yields_nothing(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".dot").write_text(ENGLISH_SCRAPED)
    assert _read(tmp_path) == []


# --- bad input -----------------------------------------------------------------------------

def _reason(path: Path, **kwargs: object) -> str:
    result = _only(_read(path, **kwargs))
    assert isinstance(result, InputFailure), result
    assert result.source == str(path)
    assert "\n" not in result.reason
    return result.reason


def test_missing_path(tmp_path: Path) -> None:
    assert _reason(tmp_path / "nope.txt") == "no such file or directory"


def test_invalid_path_string() -> None:
    assert _read("bad\x00name.txt") == [InputFailure("bad\x00name.txt", "not a valid path")]


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t\n")
    assert _reason(tmp_path / "empty.txt") == "empty file"
    assert _reason(tmp_path / "blank.txt") == "empty file (only whitespace)"


def test_binary_files(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"Title\n\nBody\x00\x01\x02 text")
    (tmp_path / "noise.txt").write_bytes(bytes(range(1, 32)) * 20)
    assert _reason(tmp_path / "nul.txt").startswith("binary file")
    assert _reason(tmp_path / "noise.txt").startswith("binary file")


def test_undecodable(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Café talks\n\nLe président a parlé.\n".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(ENGLISH_SCRAPED.encode("utf-16"))
    assert _reason(tmp_path / "latin1.txt").startswith("not UTF-8 text")
    assert _reason(tmp_path / "utf16.txt").startswith("not UTF-8 text")


def test_utf8_bom_is_fine(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(ENGLISH_SCRAPED.encode("utf-8-sig"))
    article = _only(_read(tmp_path / "bom.txt"))
    assert isinstance(article, Article) and article.title == "Talks resume in Geneva"


def test_truncated_jsonl(tmp_path: Path) -> None:
    good = json.dumps({"id": "g", "text": "Officials met in Yerevan."})
    (tmp_path / "cut.jsonl").write_text(good + '\n{"id": "c", "text": "Officials met in Ba')
    first, second = _read(tmp_path / "cut.jsonl")
    assert isinstance(first, Article) and first.id == "g"
    assert isinstance(second, InputFailure) and second.source == f"{tmp_path / 'cut.jsonl'}:2"
    assert second.reason.startswith("truncated JSON")


def test_gigantic_file_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH_SCRAPED * 10)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("a too-large file must not be opened")

    monkeypatch.setattr(sources, "open", no_open, raising=False)
    assert _reason(path, max_bytes=100).startswith("file too large (")


def test_malformed_html(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_text("<html><body><div class=")
    assert _reason(tmp_path / "bad.html") == "no article text found in HTML"


def test_scraped_title_only(tmp_path: Path) -> None:
    (tmp_path / "title.txt").write_text("Only a headline\n")
    assert _reason(tmp_path / "title.txt") == "no body text (only a title)"


def test_permission_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH_SCRAPED)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Simulated, because tests may run as root, for whom chmod 000 changes nothing.
    monkeypatch.setattr(sources, "open", denied, raising=False)
    assert _reason(path) == "permission denied"


def test_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    os.mkfifo(fifo)
    assert _reason(fifo) == "not a regular file"


def test_bad_inputs_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    results = _read(tmp_path / "missing.txt", tmp_path / "empty.txt", FIXTURES / "abkhazia_trade.txt")
    assert [type(r).__name__ for r in results] == ["InputFailure", "InputFailure", "Article"]


# --- language and ids ----------------------------------------------------------------------

def test_non_english_skipped(tmp_path: Path) -> None:
    assert _read(FIXTURES / "russian.txt") == [
        Skipped(str(FIXTURES / "russian.txt"), "language is 'ru', not English")
    ]
    french = "L'Abkhazie et la Russie ont signé mardi un accord commercial qui réduit les droits de douane."
    (tmp_path / "fr.jsonl").write_text(
        json.dumps({"id": "fr", "text": french}) + "\n"
        + json.dumps({"id": "declared", "text": french, "language": "en"}) + "\n"
        + json.dumps({"id": "ru", "text": "Officials met.", "language": "ru"}) + "\n"
    )
    results = _read(tmp_path / "fr.jsonl")
    assert results[0] == Skipped(f"{tmp_path / 'fr.jsonl'}:1", "language is 'fr', not English")
    assert isinstance(results[1], Article) and results[1].language == "en"  # declared wins
    assert isinstance(results[2], Skipped) and results[2].reason == "language is 'ru', not English"


def test_ids_stable_across_runs(tmp_path: Path) -> None:
    first = [r.id for r in _read(FIXTURES) if isinstance(r, Article)]
    second = [r.id for r in _read(FIXTURES) if isinstance(r, Article)]
    assert first == second and len(set(first)) == len(first)
    # The id depends on content, not on where the file lives.
    copy = tmp_path / "copy.txt"
    copy.write_bytes((FIXTURES / "abkhazia_trade.txt").read_bytes())
    assert _only(_read(copy)).id == _only(_read(FIXTURES / "abkhazia_trade.txt")).id
