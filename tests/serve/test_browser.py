"""The pages in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser).

Skipped only where /usr/bin/chromium is absent; CI installs it and sets SITREP_REQUIRE_BROWSER=1,
which turns a missing browser into a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from tests.serve.conftest import TOKEN

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not CHROMIUM.exists():
    if os.environ.get("SITREP_REQUIRE_BROWSER"):
        raise RuntimeError("SITREP_REQUIRE_BROWSER is set but /usr/bin/chromium is missing (apt-get install chromium)")
    pytest.skip("Debian chromium is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(user_agent="sitrep-tests")
        tab = context.new_page()
        tab.dialogs = []
        tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
        yield tab
        browser.close()


def _interactive_map(page, url):
    """Open the map page and wait for Leaflet to draw it; None where the npm files are not installed."""
    from sitrep.serve.vendor import has_map_library

    page.goto(url)
    if not has_map_library():
        assert not os.environ.get("SITREP_REQUIRE_BROWSER"), "make install puts Leaflet under .venv/npm"
        return None
    page.wait_for_selector("#event-map[data-ready='1']", timeout=15000)
    return page.locator("#event-map")


def test_map_shows_every_located_event_and_filters_work(page, live_server):
    box = _interactive_map(page, f"{live_server}/map")
    if box is None:
        assert page.locator("circle.event-point").count() >= 10  # the server-drawn map
        return
    located = len(httpx.get(f"{live_server}/map/points.json").json())
    assert located >= 10 and int(box.get_attribute("data-shown")) == located
    assert page.locator("path.country").count() > 0  # the Natural Earth basemap, no tile server
    page.fill("input[name=place]", "Mogadishu")
    with page.expect_navigation(url="**/map?*"):
        page.click("#filters button")
    box = _interactive_map(page, page.url)
    assert 1 <= int(box.get_attribute("data-shown")) < located


def test_map_zooms_clusters_and_narrows_by_date(page, live_server):
    box = _interactive_map(page, f"{live_server}/map")
    if box is None:
        pytest.skip("the map library is not installed (make install)")
    start = int(box.get_attribute("data-zoom"))
    for button, zoom in (("in", start + 1), ("out", start), ("out", start - 1)):
        page.click(f".leaflet-control-zoom-{button}")
        page.wait_for_selector(f"#event-map[data-zoom='{zoom}']")  # (the page's CSP forbids evaluated strings)
    assert page.locator(".marker-cluster").count() >= 1  # dense points gather into counted clusters
    everything = int(box.get_attribute("data-shown"))
    page.locator("#range-from").fill(page.locator("#range-to").get_attribute("max"))
    assert 1 <= int(box.get_attribute("data-shown")) < everything  # the last day alone
    assert "to" in page.locator("#range-label").inner_text()


def test_map_popup_links_the_event_and_unplaced_events_are_listed(page, live_server):
    box = _interactive_map(page, f"{live_server}/map")
    if box is None:
        pytest.skip("the map library is not installed (make install)")
    page.locator("path.event-point").first.click(force=True)
    link = page.locator(".leaflet-popup-content a")
    assert link.get_attribute("href").startswith("/events/") and " in " in link.inner_text()
    heading = page.locator("h1").inner_text()  # 'Map (N events, M without coordinates)'
    counts = [int(word) for word in heading.replace("(", " ").replace(",", " ").split() if word.isdigit()]
    located = len(httpx.get(f"{live_server}/map/points.json").json())
    unplaced = page.locator("#unplaced tr").count() - 1 if page.locator("#unplaced").count() else 0
    assert counts[0] == located + unplaced and (unplaced == 0 or counts[1] == unplaced)


def test_evidence_highlight_is_on_the_right_sentence(page, live_server):
    event = httpx.get(f"{live_server}/api/events", params={"place": "Mogadishu", "limit": 1}).json()["items"][0]
    page.goto(f"{live_server}/events/{event['id']}")
    marked = page.locator("mark.evidence").all_inner_texts()
    assert marked and marked[0] == event["evidence"][0]


def test_a_review_survives_a_reload(page, live_server):
    event = httpx.get(f"{live_server}/api/events", params={"place": "Basra", "limit": 1}).json()["items"][0]
    page.goto(f"{live_server}/events/{event['id']}")
    page.select_option("#review select[name=action]", "correct")
    page.fill("#review input[name=fatalities]", "1")
    page.fill("#review input[name=reviewer]", "browser analyst")
    page.fill("#review input[name=reason]", "hospital count")
    page.fill("#review input[name=token]", TOKEN)
    with page.expect_navigation(url=lambda url: "/events/" in url and not url.endswith("/review")):
        page.click("#review button")  # POST, then the 303 back to the event page
    page.wait_for_load_state("load")
    page.reload()
    assert "browser analyst: correct" in page.locator("#reviews").inner_text()
    assert httpx.get(f"{live_server}/api/events/{event['id']}").json()["event"]["fatalities"] == 1


def test_hostile_text_does_not_run_and_does_not_break_pages(page, live_server):
    events = httpx.get(f"{live_server}/api/events", params={"place": "Kandahar", "limit": 5}).json()["items"]
    hostile = next(e for e in events if "pwned" in " ".join(e["evidence"]) or "onerror" in " ".join(e["evidence"]))
    for url in (f"/events/{hostile['id']}", "/", "/map", "/actors/IS-K"):
        page.goto(live_server + url)
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.locator("a[href^='javascript:']").count() == 0
        assert page.locator("img").count() == 0
    page.goto(f"{live_server}/events/{hostile['id']}")
    page.hover("#report")
    assert page.dialogs == []
    assert "<script>window.pwned=1</script>" in page.locator("#report").inner_text()


def test_actor_page_shows_chart_and_conflict(page, live_server):
    page.goto(f"{live_server}/actors/IS-K")
    assert page.locator("svg rect").count() >= 2
    conflicts = page.locator("#conflicts").inner_text()
    assert "1,200" in conflicts and "800" in conflicts


def test_events_page_fits_a_narrow_screen_and_pages_through_links(page, live_server):
    page.set_viewport_size({"width": 400, "height": 800})
    page.goto(f"{live_server}/?sort=newest")
    assert page.evaluate("document.documentElement.scrollWidth") <= 400  # the table scrolls inside its box
    assert page.locator("#count").inner_text().startswith("Showing 1–")
    page.select_option("select[name=country]", "Iraq")
    page.click("#filters button")
    assert "country=Iraq" in page.url and "sort=newest" in page.url  # the filters live in the URL
    countries = page.locator("tr.event td:nth-child(4)").all_inner_texts()
    assert countries and set(countries) == {"Iraq"}
