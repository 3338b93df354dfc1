"""The map's data, files and policy: points as data, the basemap, scripts only from sitrep's origin."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sitrep.errors import UsageError
from sitrep.serve import create_app
from sitrep.serve.app import security_headers
from sitrep.serve.vendor import VENDOR_FILES, has_map_library


def test_points_are_the_located_events_the_filters_match(client):
    everything = client.get("/map/points.json").json()
    assert everything and all(p["href"].startswith("/events/") and p["colour"].startswith("#") for p in everything)
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in everything)
    somewhere = client.get("/map/points.json", params={"place": "Mogadishu"}).json()
    assert 1 <= len(somewhere) < len(everything) and all(p["place"] == "Mogadishu" for p in somewhere)


def test_the_map_page_loads_its_scripts_from_its_own_origin_only(client):
    page = client.get("/map")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline'; frame" in policy  # styles only, never scripts
    assert "<script>" not in page.text and "<script " not in page.text.replace('<script defer src="/static/', "")
    assert 'data-points="/map/points.json"' in page.text


def test_only_the_named_npm_files_are_served(client):
    assert client.get("/static/vendor/package.json").status_code == 404
    assert client.get("/static/vendor/..%2F..%2Fpyvenv.cfg").status_code == 404
    assert client.get("/static/secrets.txt").status_code == 404
    script = client.get("/static/map.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert "textContent" in script.text and "innerHTML" not in script.text
    if has_map_library():
        for name in VENDOR_FILES:
            assert client.get(f"/static/vendor/{name}").status_code == 200


def test_the_basemap_is_natural_earth_served_offline(client):
    world = client.get("/map/world.geojson")
    assert world.headers["content-type"].startswith("application/geo+json")
    features = world.json()["features"]
    if has_map_library():  # world-atlas comes with the map library
        assert len(features) > 100 and features[0]["geometry"]["type"] == "Polygon"


def test_a_tile_server_is_allowed_images_and_a_bad_one_is_refused(served_db):
    tiles = "https://tiles.example.org/{z}/{x}/{y}.png"
    assert "img-src 'self' data: https://tiles.example.org;" in security_headers(tiles)["Content-Security-Policy"]
    with TestClient(create_app(served_db, "t", tile_url=tiles), base_url="http://127.0.0.1") as client:
        assert f'data-tiles="{tiles}"' in client.get("/map").text
    for bad in (
        "javascript:alert(1)/{z}/{x}/{y}",
        "https://tiles.example.org/map.png",
        "https://a.org/{z}/{x}/{y}'; script-src *",
    ):
        with pytest.raises(UsageError, match="tile URL"):
            create_app(served_db, "t", tile_url=bad)
