from __future__ import annotations

from datetime import date, datetime

import pytest

from accord.store import query_events, query_quotes, write_batch
from store_records import make_record


@pytest.fixture
def corpus(store):
    a1 = make_record("a1", date="2024-03-01", event_date="2024-03-01")
    a2 = make_record("a2", date="2024-04-02", event_date="2024-04-01",
                     actor=("USA", "GOV", "United States", "Washington"),
                     recipient=("RUS", "MIL", "Russian armed forces", "Russia"))
    a2["events"][0]["event"] = "ACCUSE"
    a2["events"][0]["cameo"] = "112"
    a2["events"][0]["modality"]["negated"] = True
    a2["quotes"][0]["speaker"] = {"name": "Antony Blinken", "mention": None,
                                  "actor": {"code": "USA", "sector": "GOV",
                                            "name": "United States"}}
    # No event date: falls back to the article date (2024-05-10).
    a3 = make_record("a3", date="2024-05-10", event_date=None)
    # No dates at all: sorts last, excluded by any date filter.
    a4 = make_record("a4", date=None, event_date=None,
                     actor=("GEO", "GOV", "Georgia", "Georgia"))
    write_batch(store, [a4, a3, a2, a1])
    return store


def ids(rows):
    return [r["id"] for r in rows]


def test_all_events_ordered_by_date_then_id(corpus):
    rows = query_events(corpus)
    assert ids(rows) == ["a1:e1", "a2:e1", "a3:e1", "a4:e1"]
    first = rows[0]
    assert first["date"] == "2024-03-01"
    assert first["actor"] == "RUSGOV" and first["recipient"] == "XSOGOV"
    assert first["event"] == "AGREE" and first["cameo"] == "057"
    assert first["quad_class"] == 1 and first["goldstein"] == 8.0
    assert first["negated"] is False and first["article_id"] == "a1"
    assert first["sentence"].endswith("budget support.")
    assert first["location"] == "Tskhinval"
    assert "explanation" in first
    assert rows[2]["date"] == "2024-05-10"  # article-date fallback
    assert rows[3]["date"] is None


@pytest.mark.parametrize("value", ["RUS", "rus", "RusGov", "russia", "RUSSIA"])
def test_actor_filter_by_code_or_name(corpus, value):
    assert ids(query_events(corpus, actor=value)) == ["a1:e1", "a3:e1"]


def test_actor_substring_of_mention_text(corpus):
    assert ids(query_events(corpus, actor="washing")) == ["a2:e1"]
    assert ids(query_events(corpus, actor="united")) == ["a2:e1"]


def test_recipient_filter(corpus):
    assert ids(query_events(corpus, recipient="rus")) == ["a2:e1"]
    assert ids(query_events(corpus, recipient="XSO")) == ["a1:e1", "a3:e1", "a4:e1"]
    assert ids(query_events(corpus, actor="RUS", recipient="xso")) == ["a1:e1", "a3:e1"]
    assert query_events(corpus, actor="USA", recipient="XSO") == []


def test_since_until_inclusive(corpus):
    assert ids(query_events(corpus, since="2024-04-01")) == ["a2:e1", "a3:e1"]
    assert ids(query_events(corpus, until="2024-04-01")) == ["a1:e1", "a2:e1"]
    assert ids(query_events(corpus, since=date(2024, 3, 1), until=date(2024, 3, 1))) \
        == ["a1:e1"]
    assert ids(query_events(corpus, since=datetime(2024, 5, 10))) == ["a3:e1"]
    assert ids(query_events(corpus, since="2024-05-11")) == []


def test_event_type_and_limit(corpus):
    assert ids(query_events(corpus, event="accuse")) == ["a2:e1"]
    assert ids(query_events(corpus, event=["AGREE", "ACCUSE"], limit=2)) == ["a1:e1", "a2:e1"]
    assert query_events(corpus, limit=0) == []
    with pytest.raises(ValueError):
        query_events(corpus, limit=-1)


def test_negated_flag_surfaces(corpus):
    row = query_events(corpus, event="ACCUSE")[0]
    assert row["negated"] is True and row["actor"] == "USAGOV" and row["recipient"] == "RUSMIL"


@pytest.mark.parametrize("evil", [
    "RUS' OR 1=1 --",
    "'; DROP TABLE events; --",
    "%",
    "_",
    "\" OR \"\"=\"",
])
def test_injection_looking_values_match_nothing(corpus, evil):
    assert query_events(corpus, actor=evil) == []
    assert query_events(corpus, recipient=evil) == []
    assert query_events(corpus, event=evil) == []
    assert query_quotes(corpus, speaker=evil) == []
    assert query_quotes(corpus, actor=evil) == []
    assert len(query_events(corpus)) == 4  # tables intact


def test_bad_date_raises_value_error(corpus):
    with pytest.raises(ValueError):
        query_events(corpus, since="last tuesday")


def test_query_quotes(corpus):
    rows = query_quotes(corpus)
    assert ids(rows) == ["a1:q1", "a2:q1", "a3:q1", "a4:q1"]
    q = rows[0]
    assert q["speaker"] == "Alan Gagloev" and q["speaker_code"] == "XSO"
    assert q["type"] == "direct" and q["cue"] == "said"
    assert q["content"].startswith("We are grateful") and q["date"] == "2024-03-01"
    assert q["article_id"] == "a1"

    assert ids(query_quotes(corpus, speaker="gagloev")) == ["a1:q1", "a3:q1", "a4:q1"]
    assert ids(query_quotes(corpus, speaker="BLINKEN")) == ["a2:q1"]
    assert ids(query_quotes(corpus, actor="usa")) == ["a2:q1"]
    assert ids(query_quotes(corpus, actor="XSOGOV", since="2024-04-01")) == ["a3:q1"]
    assert ids(query_quotes(corpus, actor="ossetia", until="2024-03-31")) == ["a1:q1"]
    assert ids(query_quotes(corpus, limit=1)) == ["a1:q1"]
