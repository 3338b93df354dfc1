"""The events page: counts, pages, sorting, filters as choices kept in the URL, export of what is shown."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import quote

from sitrep.serve import pages


def _rows(html: str) -> int:
    return html.count('<tr class="event">')


def test_the_page_counts_what_matches_and_offers_choices(client):
    html = client.get("/").text
    total = int(re.search(r"Showing 1–\d+ of (\d+) events", html).group(1))
    assert total == client.get("/api/events", params={"merged": True}).json()["total"]
    assert '<select name="country">' in html and "<option>Afghanistan</option>" in html
    assert '<datalist id="actor-names">' in html and "<th>country</th>" in html


def test_pages_hold_every_event_once(client, monkeypatch):
    monkeypatch.setattr(pages, "PER_PAGE", 4)
    first = client.get("/", params={"sort": "oldest"}).text
    total = int(re.search(r"of (\d+) events", first).group(1))
    seen = []
    for number in range(1, -(-total // 4) + 1):
        html = client.get("/", params={"sort": "oldest", "page": number}).text
        seen += re.findall(r'<a href="/events/([^"]+)">', html)
        assert _rows(html) == min(4, total - 4 * (number - 1))
    assert len(seen) == total == len(set(seen))
    assert 'rel="next"' in first and "page=2" in first


def test_a_country_filter_narrows_the_list_and_its_export(client):
    everything = int(re.search(r"of (\d+) events", client.get("/").text).group(1))
    html = client.get("/", params={"country": "Iraq"}).text
    shown = int(re.search(r"of (\d+) events", html).group(1))
    assert 0 < shown < everything
    link = re.search(r'href="(/api/export\?what=events&amp;format=csv[^"]*)"', html).group(1).replace("&amp;", "&")
    assert "country=Iraq" in link
    rows = list(csv.DictReader(io.StringIO(client.get(link).text)))
    assert rows and {r["country"] for r in rows} == {"Iraq"}
    assert len(rows) == shown  # one row per merged event, as the page counts them


def test_an_unknown_actor_says_so_and_suggests_names(client):
    html = client.get("/", params={"actor": "Talibn"}).text
    assert "No events match" in html and "did you mean" in html and "Taliban" in html


def test_an_unknown_sort_is_refused_with_a_page(client):
    response = client.get("/", params={"sort": "id; DROP TABLE events"})
    assert response.status_code == 422 and "text/html" in response.headers["content-type"]


def test_the_sorts_offered_are_the_orders_the_store_knows():
    from typing import get_args

    from sitrep.store.clusters import CLUSTER_ORDERS

    assert set(get_args(pages.Sort)) == set(CLUSTER_ORDERS)


def test_reviewers_see_what_they_rejected_and_why_and_can_restore_it(client):
    auth = {"Authorization": "Bearer secret-token"}
    event_id = client.get("/api/events", params={"limit": 1}).json()["items"][0]["id"]
    reason = "<b>duplicate</b> of an earlier report"
    body = {"action": "reject", "reviewer": "desk", "reason": reason}
    assert client.post(f"/api/events/{event_id}/review", json=body, headers=auth).status_code == 201
    link = f'href="/events/{quote(event_id)}"'
    html = client.get("/rejected").text
    assert link in html and "desk" in html
    assert "&lt;b&gt;duplicate&lt;/b&gt;" in html and "<b>duplicate</b>" not in html
    assert 'href="/rejected"' in client.get("/").text
    restore = {"action": "accept", "reviewer": "desk", "reason": "not a duplicate after all"}
    assert client.post(f"/api/events/{event_id}/review", json=restore, headers=auth).status_code == 201
    assert link not in client.get("/rejected").text
    assert client.get("/rejected", params={"page": 0}).status_code == 422
