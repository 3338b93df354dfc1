"""The HTTP API and pages on a real database file, through FastAPI's test client and a real server."""

from __future__ import annotations

import httpx


def test_events_api_filters_and_pages(client):
    page = client.get("/api/events", params={"place": "Lashkar Gah", "limit": 2}).json()
    assert page["total"] >= 4 and len(page["items"]) == 2 and page["limit"] == 2
    merged = client.get("/api/events", params={"merged": True, "place": "Lashkar Gah"}).json()["items"]
    assert merged[0]["reports"] >= 4


def test_errors_have_one_shape(client):
    for response in (client.get("/api/events/nope"), client.get("/api/events", params={"limit": 0})):
        body = response.json()
        assert response.status_code in (404, 422) and set(body) == {"error"} and body["error"]["message"]


def test_writes_need_the_token_and_reviews_are_audited(client):
    event_id = client.get("/api/events", params={"place": "Mogadishu"}).json()["items"][0]["id"]
    review = {"action": "correct", "reviewer": "analyst", "reason": "checked", "changes": {"fatalities": 6}}
    assert client.post(f"/api/events/{event_id}/review", json=review).status_code == 401
    headers = {"Authorization": "Bearer secret-token"}
    assert client.post(f"/api/events/{event_id}/review", json=review, headers=headers).status_code == 201
    shown = client.get(f"/api/events/{event_id}").json()
    assert shown["event"]["fatalities"] == 6 and shown["reviews"][0]["reviewer"] == "analyst"
    bad = dict(review, changes={"id": "x"})
    assert client.post(f"/api/events/{event_id}/review", json=bad, headers=headers).status_code == 422


def test_hostile_report_text_is_escaped_in_pages(client):
    event_id = next(
        e["id"]
        for e in client.get("/api/events", params={"limit": 100}).json()["items"]
        if "pwned" in e["evidence"][0] or "onerror" in " ".join(e["evidence"])
    )
    page = client.get(f"/events/{event_id}").text
    assert "<script>window.pwned" not in page and "&lt;script&gt;window.pwned" in page
    assert "<img src=x" not in page and 'href="javascript:' not in page
    assert '<mark class="evidence">' in page
    assert client.get("/").status_code == 200 and client.get("/api/events").status_code == 200  # tables intact


def test_openapi_schema_lists_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    for route in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/claims",
        "/api/actors/{name}",
        "/api/conflicts",
        "/api/timeline",
        "/api/places",
        "/api/reports",
        "/api/{kind}/{owner_id}/review",
    ):
        assert route in paths, route


def test_a_real_server_on_loopback(live_server):
    response = httpx.get(f"{live_server}/api/actors/IS-K", timeout=10)
    assert response.status_code == 200 and response.json()["id"] == "iskp"


def test_search_and_export(client):
    found = client.get("/api/search", params={"q": "Lashkar"}).json()
    assert found["total"] >= 3 and all(r["events"] >= 1 for r in found["items"])
    assert client.get("/api/search", params={"q": "100%_"}).json()["total"] == 0  # wildcards are literal
    csv = client.get("/api/export", params={"what": "events", "format": "csv"})
    assert csv.status_code == 200 and csv.text.startswith("event_id_cnty,event_date")
    geo = client.get("/api/events.geojson")
    assert geo.status_code == 200 and geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    assert features and any(f["geometry"] and f["geometry"]["type"] == "Point" for f in features)


def test_a_rejected_event_leaves_the_export(client):
    event_id = client.get("/api/events", params={"place": "Nasiriyah"}).json()["items"][0]["id"]
    headers = {"Authorization": "Bearer secret-token"}
    body = {"action": "reject", "reviewer": "analyst", "reason": "not political violence"}
    assert client.post(f"/api/events/{event_id}/review", json=body, headers=headers).status_code == 201
    assert event_id not in client.get("/api/export", params={"what": "events"}).text
    assert event_id not in {e["id"] for e in client.get("/api/events", params={"limit": 1000}).json()["items"]}
    shown = client.get("/api/events", params={"rejected": True}).json()  # the reviewers' list of what they took out
    assert event_id in {e["id"] for e in shown["items"]} and shown["total"] == len(shown["items"])
    assert client.get("/api/events", params={"rejected": True, "merged": True}).status_code in (400, 422)


def test_event_page_and_api_show_participants(client):
    events = client.get("/api/events", params={"limit": 200}).json()["items"]
    with_victims = [e for e in events if e.get("victims")]
    assert with_victims, "some events of the corpus name their victims"
    event = with_victims[0]
    assert {"text", "kind", "count", "effect"} <= set(event["victims"][0])
    page = client.get(f"/events/{event['id']}").text
    assert 'id="participants"' in page and event["victims"][0]["text"].split()[0] in page


def test_pages_answer_errors_with_an_escaped_html_page_and_the_api_with_json(client):
    page = client.get("/brief", params={"since": "<b>March</b>"})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert "&lt;b&gt;March&lt;/b&gt;" in page.text and "<b>March</b>" not in page.text
    assert "Back to the events" in page.text
    missing = client.get("/events/<script>alert(1)</script>")
    assert missing.status_code == 404 and "<script>alert" not in missing.text and "Not found" in missing.text
    api = client.get("/api/events/no-such-event")
    assert api.status_code == 404 and api.json()["error"]["status"] == 404


def test_the_event_page_says_why_a_name_was_linked_to_its_actor(client):
    import html

    items = client.get("/api/events", params={"limit": 500}).json()["items"]
    linked = [e for e in items if e.get("actor1_link_reason")]
    assert linked, "no event of the corpus names a known group"
    event = linked[0]
    assert 0 < event["actor1_link_score"] <= 1
    page = client.get(f"/events/{event['id']}").text
    assert 'id="links"' in page and event["actor1_link_reason"] in html.unescape(page)
