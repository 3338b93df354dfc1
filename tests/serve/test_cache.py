"""Kept pages: served again until the next write, never a download, bounded in size."""

from __future__ import annotations

import base64
import shutil

from fastapi.testclient import TestClient

from sitrep.serve import create_app
from sitrep.serve.cache import CachedResponse, PageCache


def test_a_page_is_rendered_once_until_a_write_and_a_write_shows_at_once(served_db):
    with TestClient(create_app(served_db, token="tok"), base_url="http://127.0.0.1") as client:
        pages = client.app.state.pages
        event_id = client.get("/api/events", params={"place": "Mogadishu"}).json()["items"][0]["id"]
        first = client.get(f"/events/{event_id}")
        hits = pages.hits
        again = client.get(f"/events/{event_id}")
        assert pages.hits == hits + 1 and again.text == first.text
        assert again.headers["content-security-policy"] == first.headers["content-security-policy"]
        body = {"action": "accept", "reviewer": "cache tester", "reason": "checked"}
        headers = {"Authorization": "Bearer tok"}
        assert client.post(f"/api/events/{event_id}/review", json=body, headers=headers).status_code == 201
        assert "cache tester" in client.get(f"/events/{event_id}").text


def test_downloads_and_errors_are_not_kept(client):
    pages = client.app.state.pages
    client.get("/api/export", params={"what": "events"})
    client.get("/events/no-such-event")
    hits = pages.hits
    client.get("/api/export", params={"what": "events"})
    assert client.get("/events/no-such-event").status_code == 404
    assert pages.hits == hits


def test_the_cache_is_bounded_and_drops_what_a_write_overtook():
    pages = PageCache(max_entries=2, max_bytes=10, max_body=6)
    for name in "abc":
        pages.put((name,), pages.generation, CachedResponse(200, (), b"xx"))
    assert pages.get(("a",)) is None and pages.get(("c",)) is not None  # least recently used goes first
    pages.put(("big",), pages.generation, CachedResponse(200, (), b"x" * 7))
    assert pages.get(("big",)) is None
    started = pages.generation
    pages.invalidate()  # a write began while the page was rendered
    pages.put(("late",), started, CachedResponse(200, (), b"x"))
    assert pages.get(("late",)) is None and pages.get(("c",)) is None


def test_a_kept_page_expires():
    pages = PageCache(max_age=0.0)
    pages.put(("a",), pages.generation, CachedResponse(200, (), b"x"))
    assert pages.get(("a",)) is None


def test_a_kept_value_is_computed_once_until_a_write():
    pages, calls = PageCache(), []
    assert pages.value("choices", lambda: calls.append(1) or ["Mali"]) == ["Mali"]
    assert pages.value("choices", lambda: calls.append(1) or ["Niger"]) == ["Mali"] and len(calls) == 1
    pages.invalidate()
    assert pages.value("choices", lambda: ["Niger"]) == ["Niger"]

    def overtaken():
        pages.invalidate()  # a write began while the value was read
        return ["stale"]

    pages.invalidate()
    assert pages.value("late", overtaken) == ["stale"] and pages.value("late", lambda: ["fresh"]) == ["fresh"]


def test_the_country_filter_offers_a_country_as_soon_as_a_report_adds_it(served_db, tmp_path):
    path = tmp_path / "choices.duckdb"
    shutil.copy(served_db, path)
    with TestClient(create_app(path, token="tok"), base_url="http://127.0.0.1") as client:
        assert "<option>Benin</option>" not in client.get("/").text
        text = "On 3 March, gunmen attacked a police post in Kandi, northern Benin, and killed two officers, officials said."
        upload = {"name": "kandi.txt", "content_base64": base64.b64encode(text.encode()).decode()}
        response = client.post("/api/ingest", json={"files": [upload]}, headers={"Authorization": "Bearer tok"})
        assert response.status_code == 200 and response.json()["new"] == 1
        assert "<option>Benin</option>" in client.get("/").text
