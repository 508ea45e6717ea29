"""`accord export` to PLOVER JSON Lines, GDELT 2.0 Event TSV and Parquet, on a real store."""

from __future__ import annotations

import json
import shutil

import duckdb
import pyarrow.parquet as pq
import pytest

from servekit import BORDER_DEAL, accord

from accord.export import GDELT_COLUMNS, Selection, gdelt_rows, write_gdelt
from accord.store.schema import TABLES

COL = {name: i for i, name in enumerate(GDELT_COLUMNS)}


def _export(db, tmp_path, fmt, *extra):
    out = tmp_path / f"out.{fmt}"
    result = accord("export", "--db", str(db), "--format", fmt, "-o", str(out), *extra)
    assert result.returncode == 0, result.stderr
    return out


def test_gdelt_columns_follow_the_codebook():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[5] == "Actor1Code" and GDELT_COLUMNS[15] == "Actor2Code"
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[51] == "ActionGeo_Type" and GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_plover_records(export_db, tmp_path):
    out = _export(export_db, tmp_path, "plover", "--since", "2024-01-01", "--until", "2024-12-31")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in records}
    accusation = by_id["rso-2024-02:e1"]
    assert accusation["date"] == "2024-02-20"
    assert accusation["event"] == ["ACCUSE"] and accusation["quad_code"] == 3 and accusation["event_scale"] == -2.0
    # PLOVER folds partially recognised entities into the claiming state, with the PRE sector.
    assert accusation["actor"][0]["code"] == "GEO" and accusation["actor"][0]["sector"] == "PRE"
    assert accusation["actor"][0]["accord_code"] == "XSO"
    assert accusation["recipient"][0]["code"] == "RUS" and accusation["recipient"][0]["entity_text"] == "Russia"
    assert accusation["event_text"][0].startswith("South Ossetia accused Russia")
    assert accusation["event_loc"] is None  # the sentence names no place the event can be put at
    assert accusation["cite_info"]["title"] == "South Ossetia accuses Russia over gas prices"
    coerce = by_id["rso-2024-03:e1"]
    assert coerce["mode"] == ["arrest"] and coerce["actor"][0]["sector"] == "COP"
    assert coerce["event_loc"]["resolved_place"] == "Tskhinvali" and coerce["event_loc"]["country_code"] == "GEO"
    assert coerce["event_loc"]["geonameid"] == 611403
    assert by_id["rso-2024-06-neg:e1"]["modality"]["negated"] is True
    assert all(r["date"] >= "2024-01-01" for r in records)
    for record in records:
        assert {"id", "date", "actor", "event"} <= set(record)


def test_plover_actor_filter(export_db, tmp_path):
    out = _export(export_db, tmp_path, "plover", "--actor", "XAB")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records
    for record in records:
        codes = {a.get("accord_code", a["code"]) for a in record["actor"] + record["recipient"]}
        assert "XAB" in codes


def test_gdelt_rows(export_db, tmp_path):
    out = _export(export_db, tmp_path, "gdelt")
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").split("\n") if line]
    assert rows and all(len(row) == 61 for row in rows)
    ids = [row[COL["GlobalEventID"]] for row in rows]
    assert all(i.isdigit() for i in ids) and len(set(ids)) == len(ids)

    def find(day, code):
        matches = [r for r in rows if r[COL["Day"]] == day and r[COL["EventCode"]] == code]
        assert len(matches) == 1, (day, code, matches)
        return matches[0]

    accusation = find("20240220", "112")
    assert (accusation[COL["Actor1Code"]], accusation[COL["Actor2Code"]]) == ("XSO", "RUS")
    assert accusation[COL["Actor1Name"]] == "SOUTH OSSETIA"
    assert (accusation[COL["EventBaseCode"]], accusation[COL["EventRootCode"]]) == ("112", "11")
    assert (accusation[COL["QuadClass"]], accusation[COL["GoldsteinScale"]]) == ("3", "-2.0")
    assert accusation[COL["MonthYear"]] == "202402" and accusation[COL["Year"]] == "2024"
    assert accusation[COL["FractionDate"]] == "2024.137"  # 2024 + (1 * 30 + 20) / 365
    assert accusation[COL["IsRootEvent"]] == "1"
    assert accusation[COL["AvgTone"]] == "0"
    assert accusation[COL["ActionGeo_Type"]] == "0"  # no place for this event
    assert accusation[COL["Actor1Geo_Type"]] == "0" and accusation[COL["Actor1Geo_FullName"]] == ""
    assert len(accusation[COL["DATEADDED"]]) == 14

    arrest = find("20240312", "173")
    assert (arrest[COL["Actor1Code"]], arrest[COL["Actor1Type1Code"]], arrest[COL["Actor1CountryCode"]]) == \
        ("RUSCOP", "COP", "RUS")
    assert arrest[COL["ActionGeo_Type"]] == "4"
    assert arrest[COL["ActionGeo_FullName"]] == "Tskhinvali, South Ossetia"
    assert float(arrest[COL["ActionGeo_Lat"]]) == pytest.approx(42.2, abs=0.1)
    assert arrest[COL["ActionGeo_FeatureID"]] == "611403"
    moscow = find("20240418", "0331")  # economic aid promised
    assert moscow[COL["ActionGeo_CountryCode"]] == "RS"  # FIPS 10-4, as GDELT

    # The border deal was reported by two outlets: one GDELT event, counted over both copies,
    # citing the first copy; joint actors become Actor1 and Actor2.
    deal = find("20240115", "057")
    assert (deal[COL["NumMentions"]], deal[COL["NumSources"]], deal[COL["NumArticles"]]) == ("2", "2", "2")
    assert deal[COL["SOURCEURL"]] == "https://news.example.org/rso-border"
    assert {deal[COL["Actor1Code"]], deal[COL["Actor2Code"]]} == {"RUS", "XSO"}

    # "Russia did not sign an agreement" is not a GDELT event.
    assert not [r for r in rows if r[COL["Day"]] == "20240603"]


def test_gdelt_header_and_filters(export_db, tmp_path):
    out = _export(export_db, tmp_path, "gdelt", "--header", "--actor", "XAB", "--since", "2024-06-01")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    assert len(lines) == 2 and "XAB" in lines[1].split("\t")


def test_gdelt_without_cluster_view_counts_one(export_db, tmp_path):
    old = tmp_path / "old.duckdb"
    shutil.copy(export_db, old)
    con = duckdb.connect(str(old))
    con.execute("DROP VIEW event_clusters")
    rows = list(gdelt_rows(con, Selection(actor="XSO")))
    con.close()
    assert rows and all(row[COL["NumMentions"]:COL["NumArticles"] + 1] == [1, 1, 1] for row in rows)
    # Without clusters each copy of the border deal is its own row.
    assert sum(1 for row in rows if row[COL["Day"]] == 20240115) == 2


def test_parquet_one_file_per_table(export_db, tmp_path):
    out = tmp_path / "parquet"
    result = accord("export", "--db", str(export_db), "--format", "parquet", "-o", str(out))
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(export_db), read_only=True)
    try:
        for table in TABLES:
            data = pq.read_table(out / f"{table}.parquet")
            assert data.num_rows == con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0], table
        columns = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns"
                                             " WHERE table_name = 'events' ORDER BY ordinal_position").fetchall()]
    finally:
        con.close()
    events = pq.read_table(out / "events.parquet")
    assert events.column_names == columns
    texts = pq.read_table(out / "articles.parquet", columns=["id", "text"]).to_pydict()
    assert BORDER_DEAL in texts["text"]


def test_parquet_with_filters_keeps_the_selected_events_and_their_articles(export_db, tmp_path):
    out = tmp_path / "parquet"
    result = accord("export", "--db", str(export_db), "--format", "parquet", "-o", str(out),
                    "--actor", "XAB", "--until", "2024-12-31")
    assert result.returncode == 0, result.stderr
    events = pq.read_table(out / "events.parquet").to_pylist()
    assert events and all("XAB" in e["actor_codes"] + e["recipient_codes"] for e in events)
    articles = {a["id"] for a in pq.read_table(out / "articles.parquet").to_pylist()}
    assert articles == {e["article_id"] for e in events}
    assert {q["article_id"] for q in pq.read_table(out / "quotes.parquet").to_pylist()} <= articles


def test_cli_errors(export_db, tmp_path):
    missing = accord("export", "--db", str(tmp_path / "none.duckdb"), "--format", "gdelt", "-o", "-")
    assert missing.returncode == 1 and "no such store" in missing.stderr
    bad_date = accord("export", "--db", str(export_db), "--format", "gdelt", "-o", "-", "--since", "2024-02-31")
    assert bad_date.returncode == 2 and "--since" in bad_date.stderr
    bad_format = accord("export", "--db", str(export_db), "--format", "csv", "-o", "-")
    assert bad_format.returncode == 2


def test_stdout_and_api_give_the_same_gdelt(export_db, tmp_path):
    import warnings

    from accord.serve import create_app

    cli = accord("export", "--db", str(export_db), "--format", "gdelt", "-o", "-", "--actor", "RUS")
    assert cli.returncode == 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Starlette's TestClient would rather have httpx2
        from fastapi.testclient import TestClient

        with TestClient(create_app(export_db)) as client:
            api = client.get("/api/export/gdelt", params={"actor": "RUS"}).text
    assert api == cli.stdout
    con = duckdb.connect(str(export_db), read_only=True)
    try:
        import io

        buffer = io.StringIO()
        assert write_gdelt(con, buffer, Selection(actor="RUS")) == len(cli.stdout.splitlines())
    finally:
        con.close()
