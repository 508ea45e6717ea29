"""WARC input: HTML responses only, streamed, with the record's URL and crawl date."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.ingest import Article, InputFailure, read_inputs

WARC = Path(__file__).resolve().parents[1] / "fixtures" / "warc"


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_become_articles(name):
    results = list(read_inputs([str(WARC / name)]))
    assert all(isinstance(r, Article) for r in results), results
    assert [r.title for r in results] == ["Armenia and Iran sign gas deal", "Estonia protests airspace violation"]
    assert results[0].url == "https://news.example.org/2024/03/01/armenia-iran"
    assert results[0].date.isoformat().startswith("2024-03-02T10:00")
    assert results[0].source.endswith("#https://news.example.org/2024/03/01/armenia-iran")
    assert "Pashinyan" in results[0].text


def test_directories_pick_up_warc_files(tmp_path):
    (tmp_path / "a.warc.gz").write_bytes((WARC / "crawl.warc.gz").read_bytes())
    assert len([r for r in read_inputs([str(tmp_path)]) if isinstance(r, Article)]) == 2


def test_truncated_warc_reports_one_failure_after_the_good_records(tmp_path):
    data = (WARC / "crawl.warc").read_bytes()
    broken = tmp_path / "broken.warc"
    broken.write_bytes(data[: int(len(data) * 0.8)])
    results = list(read_inputs([str(broken)]))
    failures = [r for r in results if isinstance(r, InputFailure)]
    assert len(failures) == 1 and "broken.warc" in failures[0].source
    assert sum(isinstance(r, Article) for r in results) >= 1


def test_not_a_warc(tmp_path):
    fake = tmp_path / "fake.warc.gz"
    fake.write_bytes(b"this is not a crawl file at all")
    (failure,) = list(read_inputs([str(fake)]))
    assert isinstance(failure, InputFailure) and failure.reason.startswith(("broken WARC", "no HTML"))
