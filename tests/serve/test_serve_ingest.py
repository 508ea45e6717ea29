"""POST /api/articles codes and stores an article, the way `accord ingest` would."""

from __future__ import annotations

from servekit import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {
    "id": "posted-1",
    "title": "Russia and South Ossetia sign a railway agreement",
    "date": "2024-07-04",
    "url": "https://news.example.org/posted-1",
    "text": "Russia and South Ossetia signed an agreement on a new railway line in Tskhinvali on Thursday, "
            "officials said.\n\nConstruction is due to start next year.",
}


def test_posted_article_is_coded_stored_and_served(writable_client):
    response = writable_client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body == {"id": "posted-1", "stored": True, "duplicate_of": None, "events": body["events"],
                    "quotes": body["quotes"], "locations": body["locations"], "url": "/api/articles/posted-1"}
    assert body["events"] >= 1 and body["locations"] >= 1

    stored = writable_client.get(body["url"]).json()
    assert stored["text"] == ARTICLE["text"] and stored["date"] == "2024-07-04"
    assert any(e["event"] == "SUPPORT" and {a["code"] for a in e["actor"]} == {"RUS", "XSO"}
               for e in stored["events"])
    july = writable_client.get("/api/dyads/RUS/XSO/series", params={"since": "2024-07-01"}).json()
    assert july["points"][0]["events"] >= 1
    assert writable_client.get("/api/info").json()["read_only"] is False

    again = writable_client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert again.status_code == 200 and again.json()["stored"] is False


def test_posted_near_duplicate_points_to_its_first_copy(writable_client):
    copy = dict(ARTICLE, id="posted-copy", url="https://elsewhere.example.com/railway")
    first = writable_client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert first.status_code == 201
    second = writable_client.post("/api/articles", json=copy, headers=AUTH).json()
    assert second["stored"] is True and second["duplicate_of"] == "posted-1"


def test_id_defaults_to_a_content_hash(writable_client):
    body = {"text": "Russia and Abkhazia signed a customs agreement in Sukhumi on Monday."}
    first = writable_client.post("/api/articles", json=body, headers=AUTH).json()
    assert len(first["id"]) == 16
    assert writable_client.post("/api/articles", json=body, headers=AUTH).json()["id"] == first["id"]
