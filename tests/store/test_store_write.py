from __future__ import annotations

import json

import pytest

from accord.store import StoreError, WriteResult, count_rows, open_store, write_batch
from store_records import make_record

EXPECTED = {"articles": 1, "events": 1, "event_actors": 2, "quotes": 1, "locations": 1,
            "amounts": 1, "entities": 3}


def test_write_and_read_back(store):
    rec = make_record()
    assert write_batch(store, [rec]) == WriteResult(inserted=1, unchanged=0)
    assert count_rows(store) == EXPECTED

    row = store.execute(
        "SELECT title, date, language, url, source, text, record FROM articles WHERE id = ?",
        ["art-1"],
    ).fetchone()
    assert row[0] == rec["title"]
    assert row[1].isoformat() == "2024-03-01T00:00:00"
    assert row[5] == rec["text"]
    assert json.loads(row[6]) == rec

    ev = store.execute(
        "SELECT event, cameo, goldstein, quad_class, actor_codes, recipient_codes, contexts,"
        " location_name, lat, lon, sentence_text, trigger_text, reported_by_quote, negated"
        " FROM events WHERE id = ?", ["art-1:e1"],
    ).fetchone()
    assert ev[:7] == ("AGREE", "057", 8.0, 1, ["RUS"], ["XSO"], ["economic", "diplomatic"])
    assert ev[7:10] == ("Tskhinval", 42.2276, 43.9686)
    assert ev[10].startswith("TSKHINVAL, March 1, 2024 - Russia signed")
    assert ev[10].endswith("budget support.")
    assert ev[11:] == ("signed", "art-1:q1", False)

    actors = store.execute(
        'SELECT role, code, sector, name, text, start, "end" FROM event_actors'
        " ORDER BY role"
    ).fetchall()
    assert [a[:4] for a in actors] == [("actor", "RUS", "GOV", "Russia"),
                                       ("recipient", "XSO", "GOV", "South Ossetia")]
    assert rec["text"][actors[0][5]:actors[0][6]] == "Russia"

    q = store.execute(
        "SELECT type, content_text, cue_text, speaker_name, speaker_mention_start,"
        " speaker_code, speaker_sector FROM quotes"
    ).fetchone()
    assert q[0] == "direct" and q[1].startswith("We are grateful")
    assert q[2] == "said" and q[3] == "Alan Gagloev" and q[5:] == ("XSO", "GOV")
    assert rec["text"][q[4]:q[4] + 12] == "Alan Gagloev"

    loc = store.execute("SELECT name, lat, lon, country, geonameid FROM locations").fetchone()
    assert loc == ("Tskhinval", 42.2276, 43.9686, "GE", 611403)
    amt = store.execute("SELECT value, unit, text FROM amounts").fetchone()
    assert amt == (130_000_000.0, "RUB", "130 million rubles")


def test_unknown_extra_fields_kept_losslessly(store):
    rec = make_record(extra={"sentiment": {"score": -0.25}, "topics": ["budget"]})
    rec["events"][0]["confidence"] = 0.91
    write_batch(store, [rec])
    stored = json.loads(store.execute("SELECT record FROM articles").fetchone()[0])
    assert stored["sentiment"] == {"score": -0.25}
    assert stored["events"][0]["confidence"] == 0.91


def test_idempotent_reingest(tmp_path):
    path = tmp_path / "s.duckdb"
    batch = [make_record("a1"), make_record("a2")]
    con = open_store(path)
    assert write_batch(con, batch) == WriteResult(inserted=2, unchanged=0)
    before = count_rows(con)
    stamps = con.execute("SELECT id, ingested_at FROM articles ORDER BY id").fetchall()
    con.close()

    con = open_store(path)  # also across re-open
    try:
        assert write_batch(con, batch) == WriteResult(inserted=0, unchanged=2)
        assert count_rows(con) == before
        assert con.execute("SELECT id, ingested_at FROM articles ORDER BY id").fetchall() \
            == stamps
    finally:
        con.close()


def test_duplicate_within_batch_counted_unchanged(store):
    result = write_batch(store, [make_record("a1"), make_record("a1"), make_record("a2")])
    assert result == WriteResult(inserted=2, unchanged=1)
    assert count_rows(store)["articles"] == 2


def test_empty_batch(store):
    assert write_batch(store, []) == WriteResult(0, 0)


@pytest.mark.parametrize("breaker, field", [
    (lambda r: r.pop("text"), "'text'"),
    (lambda r: r["events"][0].pop("id"), "'events[0].id'"),
    (lambda r: r["quotes"][0].pop("content"), "'quotes[0].content'"),
    (lambda r: r["entities"][1].pop("label"), "'entities[1].label'"),
])
def test_missing_field_names_article_and_field(store, breaker, field):
    bad = make_record("bad-article")
    breaker(bad)
    with pytest.raises(StoreError) as err:
        write_batch(store, [make_record("good"), bad])
    assert "bad-article" in str(err.value) and field in str(err.value)
    assert count_rows(store)["articles"] == 0


def test_record_without_id_rejected(store):
    rec = make_record()
    del rec["id"]
    with pytest.raises(StoreError, match="'id'"):
        write_batch(store, [rec])


def test_database_failure_rolls_back_whole_batch(store):
    write_batch(store, [make_record("first")])
    before = count_rows(store)
    # Passes validation but collides with an event id already in the store, so the
    # failure happens mid-transaction, after other rows of the batch were inserted.
    clash = make_record("clash")
    clash["events"][0]["id"] = "first:e1"
    with pytest.raises(StoreError):
        write_batch(store, [make_record("fresh-1"), clash, make_record("fresh-2")])
    assert count_rows(store) == before
    ids = [r[0] for r in store.execute("SELECT id FROM articles").fetchall()]
    assert ids == ["first"]
    # The connection is still usable after the rollback.
    assert write_batch(store, [make_record("fresh-1")]).inserted == 1


def test_odd_values_are_tolerated(store):
    rec = make_record("odd", date="2024-03-01T10:30:00+02:00", event_date="sometime soon")
    rec["amounts"][0]["value"] = "a lot"
    rec["events"][0]["location"] = None
    rec["events"][0]["reported_by"] = None
    rec["quotes"][0]["cue"] = None
    rec["quotes"][0]["speaker"]["mention"] = None
    rec["quotes"][0]["speaker"]["actor"] = None
    assert write_batch(store, [rec]).inserted == 1
    art_date = store.execute("SELECT date FROM articles").fetchone()[0]
    assert art_date.isoformat() == "2024-03-01T08:30:00"  # normalised to UTC
    ev = store.execute("SELECT date, location_name, reported_by_name FROM events").fetchone()
    assert ev == (None, None, None)
    assert store.execute("SELECT value FROM amounts").fetchone()[0] is None


def test_non_text_values_in_text_fields_are_coerced(store):
    # Columns are bound as whole typed lists, so mixed types must not break a batch.
    a, b = make_record("a"), make_record("b")
    b["title"] = 123
    b["events"][0]["explanation"] = {"rule": "AGREE/sign"}
    b["events"][0]["actor"][0]["code"] = 7
    assert write_batch(store, [a, b]).inserted == 2
    assert store.execute("SELECT title FROM articles WHERE id = 'b'").fetchone()[0] == "123"
    ev = store.execute("SELECT explanation, actor_codes FROM events WHERE article_id = 'b'")
    assert ev.fetchone() == ('{"rule": "AGREE/sign"}', ["7"])


def test_large_batch(store):
    batch = [make_record(f"bulk-{i}") for i in range(300)]
    assert write_batch(store, batch) == WriteResult(inserted=300, unchanged=0)
    counts = count_rows(store)
    assert counts == {table: n * 300 for table, n in EXPECTED.items()}
    more = batch[:10] + [make_record("bulk-new")]
    assert write_batch(store, more) == WriteResult(inserted=1, unchanged=10)
