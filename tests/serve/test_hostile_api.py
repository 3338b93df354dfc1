"""The API under attack: bad corrections, odd tokens, framing, foreign Host headers, server paths, big tables."""

from __future__ import annotations

import base64
import csv
import io
import json
import tracemalloc

import pytest
from fastapi.testclient import TestClient

from sitrep.serve import create_app
from sitrep.store import Database

TOKEN = "hostile-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(tmp_path, served_db):
    import shutil

    path = tmp_path / "copy.duckdb"
    shutil.copy(served_db, path)  # each test may write
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with TestClient(create_app(path, TOKEN, inbox=inbox), base_url="http://127.0.0.1") as test_client:
        test_client.inbox = inbox
        yield test_client


def _event_id(client) -> str:
    return client.get("/api/events", params={"limit": 1}).json()["items"][0]["id"]


@pytest.mark.parametrize(
    "changes",
    [
        '{"fatalities": NaN}',
        '{"fatalities": Infinity}',
        '{"fatalities": 1e300}',
        '{"fatalities": -4}',
        '{"fatalities": 2.5}',
        '{"date_start": "2021-02-30"}',
        '{"date_start": "2021-03-10", "date_end": "2021-03-01"}',
        '{"actor1_name": "line\\nbreak"}',
        '{"id": "x"}',
    ],
)
def test_a_bad_correction_is_refused_with_422_and_nothing_changes(client, changes):
    event_id = _event_id(client)
    before = client.get(f"/api/events/{event_id}").json()["event"]
    body = '{"action": "correct", "reviewer": "a", "changes": ' + changes + "}"
    response = client.post(
        f"/api/events/{event_id}/review", content=body, headers=AUTH | {"Content-Type": "application/json"}
    )
    assert response.status_code == 422 and response.json()["error"]["message"]
    assert client.get(f"/api/events/{event_id}").json()["event"] == before
    assert client.get("/api/export", params={"what": "events"}).status_code == 200


def test_a_claim_value_of_zero_does_not_break_the_actor_page(client):
    claim = client.get("/api/claims", params={"actor": "IS-K", "limit": 1}).json()["items"][0]
    review = {"action": "correct", "reviewer": "a", "changes": {"value": 0}}
    assert client.post(f"/api/claims/{claim['id']}/review", json=review, headers=AUTH).status_code == 201
    assert client.get("/actors/IS-K").status_code == 200
    bad = {"action": "correct", "reviewer": "a", "changes": {"value": -1}}
    assert client.post(f"/api/claims/{claim['id']}/review", json=bad, headers=AUTH).status_code == 422


@pytest.mark.parametrize(
    "header", ["Bearer wrong", TOKEN, f"Basic {TOKEN}", "Bearer tökén".encode(), "Bearer", "", f"Bearer {TOKEN}x"]
)
def test_only_the_bearer_token_writes(client, header):
    event_id = _event_id(client)
    review = {"action": "accept", "reviewer": "a"}
    response = client.post(f"/api/events/{event_id}/review", json=review, headers={"Authorization": header})
    assert response.status_code == 401


def test_pages_cannot_be_framed_or_sniffed(client):
    for path in ("/", "/api/events", "/map"):
        headers = client.get(path).headers
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"


def test_nothing_is_loaded_from_a_cdn(client):
    assert client.get("/docs").status_code == 404  # Swagger UI would fetch its script from a CDN
    assert client.get("/openapi.json").status_code == 200
    for path in ("/", "/map"):
        assert "cdn." not in client.get(path).text and "https://" not in client.get(path).text.split("<body")[0]


def test_a_foreign_host_header_is_refused(client):
    assert client.get("/api/events", headers={"Host": "attacker.example"}).status_code == 400
    assert client.get("/api/events", headers={"Host": "127.0.0.1:8000"}).status_code == 200


def test_ingest_takes_uploads_and_never_server_paths_outside_the_inbox(client):
    for path in ("/etc/passwd", "/proc/self/cmdline", "../../etc/hostname"):
        response = client.post("/api/ingest", json={"paths": [path]}, headers=AUTH)
        assert response.status_code == 403, path
    assert client.get("/api/search", params={"q": "root:x"}).json()["total"] == 0

    text = "On 9 May, militants ambushed a patrol near Diffa and killed three gendarmes, officials said."
    (client.inbox / "diffa.txt").write_text(text, encoding="utf-8")
    upload = {"name": "kidal.txt", "content_base64": base64.b64encode(text.replace("Diffa", "Kidal").encode()).decode()}
    response = client.post("/api/ingest", json={"paths": ["diffa.txt"], "files": [upload]}, headers=AUTH)
    assert response.status_code == 200 and response.json()["new"] == 2
    origins = [r["origin"] for r in client.get("/api/reports", params={"limit": 1000}).json()["items"]]
    assert "inbox/diffa.txt" in origins and "upload/kidal.txt" in origins
    assert not [o for o in origins if "/tmp/" in (o or "")]  # no server path, whoever ingested the report


def test_a_server_without_inbox_takes_no_paths(served_db, tmp_path):
    import shutil

    path = tmp_path / "noinbox.duckdb"
    shutil.copy(served_db, path)
    with TestClient(create_app(path, TOKEN), base_url="http://127.0.0.1") as plain:
        response = plain.post("/api/ingest", json={"paths": [str(tmp_path)]}, headers=AUTH)
        assert response.status_code == 403 and "--inbox" in response.json()["error"]["message"]


def test_exports_neutralise_formulas(client):
    event_id = _event_id(client)
    review = {"action": "correct", "reviewer": "a", "changes": {"actor1_name": '=HYPERLINK("http://x.test")'}}
    assert client.post(f"/api/events/{event_id}/review", json=review, headers=AUTH).status_code == 201
    exported = client.get("/api/export", params={"what": "events", "format": "csv"}).text
    cells = [cell for row in csv.reader(io.StringIO(exported)) for cell in row]
    assert "'=HYPERLINK(\"http://x.test\")" in cells and not [c for c in cells if c.startswith("=")]


def test_a_page_of_one_event_reads_one_event(tmp_path):
    path = tmp_path / "big.duckdb"
    with Database(path) as db:
        db.execute(
            """INSERT INTO events (id, report_id, event_type, date_start, date_end, date_precision, country, actor1_name)
               SELECT 'e' || i, 'r' || (i // 4), 'Battles', DATE '2020-01-01' + (i % 1000)::INTEGER,
                      DATE '2020-01-01' + (i % 1000)::INTEGER, 'day', 'Mali', repeat('x', 200)
               FROM range(200000) t(i)"""
        )
    with TestClient(create_app(path, TOKEN), base_url="http://127.0.0.1") as big:
        big.get("/api/events", params={"limit": 1})  # warm up: imports, caches
        tracemalloc.start()
        page = big.get("/api/events", params={"limit": 1, "offset": 150000}).json()
        claims = big.get("/api/claims", params={"limit": 1}).json()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert page["total"] == 200000 and len(page["items"]) == 1 and claims["total"] == 0
    assert peak < 20 * 1024 * 1024, f"a one-event page took {peak / 1e6:.0f} MB"
    assert json.dumps(page)  # the page is plain JSON


@pytest.mark.parametrize(
    "changes",
    [
        {"event_type": "Shelling"},
        {"sub_event_type": "Drive-by"},
        {"event_type": "Battles", "sub_event_type": "Air/drone strike"},
        {"fatalities": "nine"},
    ],
)
def test_types_outside_the_taxonomy_are_refused(client, changes):
    event_id = _event_id(client)
    review = {"action": "correct", "reviewer": "a", "changes": changes}
    response = client.post(f"/api/events/{event_id}/review", json=review, headers=AUTH)
    assert response.status_code == 422 and response.json()["error"]["message"]


def test_a_corrected_start_date_corrects_the_whole_date(client):
    event_id = _event_id(client)
    review = {"action": "correct", "reviewer": "a", "changes": {"date_start": "2021-03-02"}}
    assert client.post(f"/api/events/{event_id}/review", json=review, headers=AUTH).status_code == 201
    event = client.get(f"/api/events/{event_id}").json()["event"]
    assert (event["date_start"], event["date_end"], event["date_precision"]) == ("2021-03-02", "2021-03-02", "day")


def test_a_rejected_event_leaves_lists_counts_and_the_map(client):
    before = client.get("/api/events", params={"limit": 1000}).json()
    event_id = before["items"][0]["id"]
    review = {"action": "reject", "reviewer": "a", "reason": "not an event"}
    assert client.post(f"/api/events/{event_id}/review", json=review, headers=AUTH).status_code == 201
    after = client.get("/api/events", params={"limit": 1000}).json()
    assert after["total"] == before["total"] - 1 and event_id not in {e["id"] for e in after["items"]}
    assert client.get(f"/api/events/{event_id}").status_code == 200  # the reviewer still finds it, with its review


def test_event_lists_show_whole_numbers_and_link_actors_and_titles_say_what_happened(client):
    page = client.get("/").text
    assert ".0 /" not in page and 'href="/actors/' in page
    event = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    title = client.get(f"/events/{event['id']}").text.split("<title>", 1)[1].split("</title>", 1)[0]
    assert (event["sub_event_type"] or event["event_type"]) in title.replace("&amp;", "&") and "Evidence in" not in title
