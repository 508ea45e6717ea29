"""Bad requests get a 4xx answer with a clear JSON message, never a 500."""

from __future__ import annotations

import pytest

from servekit import TOKEN

INJECTIONS = [
    "'; DROP TABLE events; --",
    "RUS' OR '1'='1",
    "\" OR 1=1 --",
    "%' UNION SELECT id, text FROM articles --",
    "XSO); DELETE FROM articles; --",
    "\\x00\x00",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃",
]


def _assert_error(response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert isinstance(body["error"], str) and body["error"]
    for word in words:
        assert word in body["error"], body["error"]
    return body


@pytest.mark.parametrize("path", ["/api/events?actor=ZZZ", "/api/events?recipient=ZZZ",
                                  "/api/events?involving=nobody-at-all", "/api/articles?actor=ZZZ",
                                  "/api/quotes?actor=ZZZ", "/api/dyads?involving=ZZZ",
                                  "/api/dyads/RUS/ZZZ/series", "/api/dyads/ZZZ/RUS/events",
                                  "/api/export/plover?actor=ZZZ", "/api/export/gdelt?actor=ZZZ"])
def test_unknown_actor_is_404(client, path):
    _assert_error(client.get(path), 404, "unknown actor")


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "2024-02-30", "15/01/2024", "2024-01-01T25:00"])
@pytest.mark.parametrize("path", ["/api/events", "/api/quotes", "/api/articles", "/api/dyads",
                                  "/api/dyads/RUS/XSO/series", "/api/dyads/RUS/XSO/events", "/api/export/gdelt",
                                  "/api/export/plover"])
def test_malformed_dates_are_400(client, path, value):
    _assert_error(client.get(path, params={"since": value}), 400, "not an ISO 8601 date")
    _assert_error(client.get(path, params={"until": value}), 400, "not an ISO 8601 date")


def test_extreme_dates_work(client):
    assert client.get("/api/events", params={"since": "0001-01-01", "until": "9999-12-31"}).status_code == 200
    assert client.get("/api/dyads/RUS/XSO/series",
                      params={"interval": "day", "until": "9999-12-31"}).status_code == 200


@pytest.mark.parametrize("params,field", [
    ({"limit": 1_000_000}, "limit"), ({"limit": 0}, "limit"), ({"limit": -5}, "limit"),
    ({"limit": "lots"}, "limit"), ({"offset": -1}, "offset"), ({"offset": 10**30}, "offset"),
    ({"quad_class": 7}, "quad_class"), ({"type": "AGREE; DROP"}, "type"), ({"cameo": "0x1"}, "cameo"),
    ({"q": "x" * 1000}, "q"), ({"actor": ""}, "actor"),
])
def test_out_of_range_parameters_are_422(client, params, field):
    body = _assert_error(client.get("/api/events", params=params), 422, field)
    assert body["detail"][0]["field"] == field


def test_bad_interval_and_codes_are_422(client):
    _assert_error(client.get("/api/dyads/RUS/XSO/series", params={"interval": "year"}), 422, "interval")
    _assert_error(client.get("/api/dyads/RUS;DROP/XSO/series"), 422, "a")
    _assert_error(client.get("/api/dyads/RUS/XSO/events", params={"limit": 5000}), 422, "limit")


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_are_plain_values(client, value):
    before = client.get("/api/info").json()["counts"]
    for path, name in (("/api/events", "q"), ("/api/articles", "q"), ("/api/quotes", "speaker"),
                       ("/api/quotes", "q"), ("/api/actors", "q"), ("/api/events", "article_id")):
        response = client.get(path, params={name: value})
        assert response.status_code == 200, (path, name, response.text)
        assert response.json()["items"] == []
    for path, name in (("/api/events", "actor"), ("/api/events", "involving"), ("/api/articles", "actor")):
        _assert_error(client.get(path, params={name: value}), 404, "unknown actor")
    assert client.get("/api/info").json()["counts"] == before


def test_post_on_a_read_only_server_is_403(client):
    _assert_error(client.post("/api/articles", json={"text": "Russia and Abkhazia signed a deal."}), 403, "read-only")


def test_post_needs_the_right_token(writable_client):
    article = {"text": "Russia and Abkhazia signed a deal on Monday."}
    _assert_error(writable_client.post("/api/articles", json=article), 401, "bearer token")
    _assert_error(writable_client.post("/api/articles", json=article, headers={"Authorization": "Bearer nope"}),
                  403, "wrong token")
    _assert_error(writable_client.post("/api/articles", json=article, headers={"Authorization": "Basic abc"}),
                  401)


def test_oversized_post_is_413(writable_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {"text": "Russia and Abkhazia signed a deal. " * 2000}  # ~70 kB, over the 20 kB limit
    _assert_error(writable_client.post("/api/articles", json=big, headers=auth), 413, "limit")

    def chunks():  # no Content-Length: the body is counted as it arrives
        for _ in range(40):
            yield b"x" * 1000

    _assert_error(writable_client.post("/api/articles", content=chunks(), headers=auth), 413, "limit")


@pytest.mark.parametrize("body,status,words", [
    (b"{not json", 422, "not valid JSON"),
    (b"[]", 422, "body"),
    (b'{"title": "no text"}', 422, "text"),
    (b'{"text": ""}', 422, "text"),
    (b'{"text": "Russia signed.", "surprise": 1}', 422, "surprise"),
    (b'{"text": "Russia and Abkhazia signed a deal.", "date": "next Tuesday"}', 422, "unparseable date"),
    (b'{"text": "La Russie et l\'Abkhazie ont sign\xc3\xa9 un accord commercial \xc3\xa0 Soukhoumi jeudi, '
     b'a d\xc3\xa9clar\xc3\xa9 le minist\xc3\xa8re."}', 422, "not English"),
    (b'{"text": "   "}', 422, "empty"),
])
def test_bad_articles_are_422(writable_client, body, status, words):
    response = writable_client.post("/api/articles", content=body, headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    _assert_error(response, status, words)


def test_unknown_routes_and_methods(client):
    _assert_error(client.get("/api/nothing"), 404)
    _assert_error(client.delete("/api/events"), 405)
