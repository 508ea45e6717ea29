"""The HTTP API on a real store built with `accord ingest` (FastAPI's TestClient, no mocks)."""

from __future__ import annotations

import json

from servekit import SEED, TEAM_ARTICLES


def test_info_counts_the_store(client):
    body = client.get("/api/info").json()
    assert body["read_only"] is True
    assert body["counts"]["articles"] == len(TEAM_ARTICLES) + 2 + (1 if SEED.is_file() else 0) + 1
    assert body["max_limit"] == 1000


def test_openapi_spec_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes", "/api/actors",
                 "/api/dyads", "/api/dyads/{a}/{b}/series", "/api/dyads/{a}/{b}/events",
                 "/api/export/plover", "/api/export/gdelt", "/api/info"):
        assert path in paths, path
    assert "post" in paths["/api/articles"]


def test_article_list_filters(client):
    everything = client.get("/api/articles", params={"limit": 1000}).json()
    assert everything["total"] == len(everything["items"])
    ids = {a["id"] for a in everything["items"]}
    assert {"rso-2024-01", "rso-2024-01-copy", "rab-2024-06"} <= ids
    copy = next(a for a in everything["items"] if a["id"] == "rso-2024-01-copy")
    assert copy["duplicate_of"] == "rso-2024-01"

    found = client.get("/api/articles", params={"q": "roki tunnel"}).json()
    assert {a["id"] for a in found["items"]} == {"rso-2024-01", "rso-2024-01-copy"}
    spring = client.get("/api/articles", params={"since": "2024-03-01", "until": "2024-04-30",
                                                 "actor": "XSO"}).json()
    assert {a["id"] for a in spring["items"]} == {"rso-2024-03", "rso-2024-04"}
    page = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()
    assert len(page["items"]) == 2 and page["offset"] == 1 and page["total"] == everything["total"]


def test_article_spans_point_into_its_text(client):
    art = client.get("/api/articles/rso-2024-02").json()
    text = art["text"]
    assert art["title"] == "South Ossetia accuses Russia over gas prices"
    [event] = art["events"]
    assert event["event"] == "ACCUSE" and event["cameo"] == "112"
    sentence = event["sentence"]
    assert text[sentence["start"]:sentence["end"]] == sentence["text"]
    assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"] == "accused"
    for actor in event["actor"] + event["recipient"]:
        assert text[actor["start"]:actor["end"]] == actor["text"]
    for quote in art["quotes"]:
        assert text[quote["content"]["start"]:quote["content"]["end"]] == quote["content"]["text"]
    places = {loc["name"] for loc in art["locations"]}
    assert "Tskhinvali" in places
    for loc in art["locations"]:
        assert text[loc["start"]:loc["end"]] == loc["text"]


def test_article_ids_with_slashes_and_unknown_ids(client):
    assert client.get("/api/articles/no/such/article").status_code == 404
    body = client.get("/api/articles/nope").json()
    assert "unknown article" in body["error"]


def test_event_filters(client):
    def ids(**params):
        page = client.get("/api/events", params={"limit": 1000, **params}).json()
        assert page["total"] == len(page["items"])
        return {e["id"] for e in page["items"]}

    assert ids(actor="XSO", recipient="RUS") >= {"rso-2024-02:e1", "rso-2024-05:e1"}
    assert "rso-2024-03:e1" in ids(actor="RUSCOP")  # code with sector
    assert ids(type="accuse", since="2024-02-01", until="2024-02-29") == {"rso-2024-02:e1"}
    assert ids(quad_class=4, involving="XSO", until="2024-12-31") == {"rso-2024-03:e1", "rso-2024-03:e2"}
    assert ids(cameo="17") >= {"rso-2024-03:e1"}
    assert ids(q="gas deliveries") == {"rso-2024-02:e1"}
    assert ids(article_id="rab-2024-06") == {"rab-2024-06:e1"}
    assert ids(actor="Abkhazia", since="2024-06-01") == {"rab-2024-06:e1"}  # by name


def test_event_paging_is_stable(client):
    first = client.get("/api/events", params={"limit": 3}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] >= 6
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    dates = [e["date"] for e in first["items"] + second["items"] if e["date"]]
    assert dates == sorted(dates)


def test_event_carries_modality_location_and_explanation(client):
    event = client.get("/api/events", params={"article_id": "rso-2024-06-neg"}).json()["items"][0]
    assert event["modality"]["negated"] is True
    assert event["location"]["name"] == "Tskhinvali"
    assert "matched" in event["explanation"]


def test_quotes(client):
    page = client.get("/api/quotes", params={"limit": 1000}).json()
    assert page["total"] == len(page["items"]) > 0
    example = client.get("/api/quotes", params={"actor": "XAB"}).json()
    assert example["items"] and all(q["speaker"]["code"] == "XAB" for q in example["items"])
    words = client.get("/api/quotes", params={"q": "customs"}).json()
    assert all("customs" in q["content"]["text"].lower() for q in words["items"])


def test_actors_have_names_and_counts(client):
    items = client.get("/api/actors", params={"limit": 1000}).json()["items"]
    by_code = {a["code"]: a for a in items}
    assert by_code["XSO"]["name"] == "South Ossetia"
    assert by_code["RUS"]["name"] == "Russia"
    assert by_code["RUS"]["events"] >= by_code["RUS"]["as_actor"] > 0
    counts = [a["events"] for a in items]
    assert counts == sorted(counts, reverse=True)
    assert {a["code"] for a in client.get("/api/actors", params={"q": "osset"}).json()["items"]} == {"XSO"}


def test_dyads_count_both_directions_and_joint_events(client):
    page = client.get("/api/dyads", params={"involving": "xso", "limit": 1000}).json()
    pair = next(d for d in page["items"] if (d["a"], d["b"]) == ("RUS", "XSO"))
    seed = 4 if SEED.is_file() else 0  # the seed's events have Russia and South Ossetia as joint actors
    # Team articles: joint 2024-01 (the copy is not counted again), XSO->RUS 02 and 05, RUS->XSO 03 and
    # 04; the negated June event is not counted.
    assert pair["events"] == 5 + seed
    assert pair["a_to_b"] >= 2 and pair["b_to_a"] >= 2 and pair["joint"] >= 1
    assert pair["cooperation"] + pair["conflict"] == pair["events"]
    assert pair["a_name"] == "Russia" and pair["b_name"] == "South Ossetia"
    assert abs(pair["goldstein_mean"] - pair["goldstein_sum"] / pair["events"]) < 1e-3

    everything = client.get("/api/dyads", params={"involving": "XSO", "all_events": True}).json()
    wide = next(d for d in everything["items"] if (d["a"], d["b"]) == ("RUS", "XSO"))
    # + the near-duplicate copy and the negated event (and, with the seed, its announced support)
    assert wide["events"] >= pair["events"] + 2
    assert client.get("/api/dyads", params={"min_events": 1000}).json()["items"] == []


def test_series_by_month_with_bands_and_period_events(client):
    series = client.get("/api/dyads/RUS/XSO/series", params={"interval": "month", "since": "2024-01-01"}).json()
    assert series["tone"] == "goldstein_mean"
    points = {p["period"]: p for p in series["points"]}
    assert list(points) == ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"]
    assert points["2024-01-01"]["events"] == 1 and points["2024-01-01"]["verbal_cooperation"] == 1
    assert points["2024-02-01"]["verbal_conflict"] == 1 and points["2024-02-01"]["goldstein_mean"] == -2.0
    assert points["2024-03-01"]["material_conflict"] == 1 and points["2024-03-01"]["cooperation_share"] == 0.0
    assert points["2024-02-01"]["end"] == "2024-02-29"
    for point in series["points"]:
        listed = client.get("/api/dyads/RUS/XSO/events",
                            params={"since": point["start"], "until": point["end"]}).json()
        assert listed["total"] == point["events"]
        assert sum(e["goldstein"] for e in listed["items"]) == point["goldstein_sum"]
    # The same pair asked the other way round gives the same counts.
    other = client.get("/api/dyads/xso/rus/series", params={"since": "2024-01-01"}).json()
    assert [p["events"] for p in other["points"]] == [p["events"] for p in series["points"]]


def test_series_fills_empty_periods(client):
    weekly = client.get("/api/dyads/RUS/XSO/series",
                        params={"interval": "week", "since": "2024-01-01", "until": "2024-03-31"}).json()
    weeks = weekly["points"]
    assert weeks[0]["period"] == "2024-01-15"  # a Monday
    assert len(weeks) == 9 and sum(w["events"] for w in weeks) == 3
    assert any(w["events"] == 0 and w["goldstein_mean"] is None for w in weeks)
    daily = client.get("/api/dyads/RUS/XSO/series",
                       params={"interval": "day", "since": "2024-02-20", "until": "2024-02-20"}).json()
    assert [(p["period"], p["events"]) for p in daily["points"]] == [("2024-02-20", 1)]


def test_abkhazia_dyad_from_the_example_and_a_team_article(client):
    series = client.get("/api/dyads/RUS/XAB/series").json()
    periods = {p["period"]: p["events"] for p in series["points"]}
    assert periods["2024-05-01"] >= 1 and periods["2024-06-01"] == 1


def test_exports_through_the_api(client):
    plover = client.get("/api/export/plover", params={"actor": "XSO", "since": "2024-01-01"})
    assert plover.status_code == 200 and plover.headers["content-type"].startswith("application/x-ndjson")
    records = [json.loads(line) for line in plover.text.splitlines()]
    assert records and all({"id", "date", "actor", "event"} <= set(r) for r in records)
    gdelt = client.get("/api/export/gdelt", params={"actor": "XSO", "header": True})
    lines = gdelt.text.splitlines()
    assert lines[0].split("\t")[0] == "GlobalEventID"
    assert all(len(line.split("\t")) == 61 for line in lines)


def test_dashboard_is_served_without_external_resources(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/app.js" in page.text and "http" not in page.text.replace("http-equiv", "")
    script = client.get("/static/app.js")
    assert script.status_code == 200 and "innerHTML" not in script.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
