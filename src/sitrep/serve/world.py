"""Country outlines for the offline map, from Natural Earth as shipped by the npm package ``world-atlas``.

``make install`` puts the package under ``.venv/npm`` (``npm install``, a registry
package; nothing is fetched at run time). This module decodes its TopoJSON
(delta-encoded, quantised arcs) into SVG paths in an equirectangular projection
(the server-drawn map) and into GeoJSON (the basemap of the interactive map).
Without the file the maps still draw the events, on a plain background.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from sitrep.serve.vendor import npm_root

ATLAS_FILE = "countries-110m.json"


def atlas_path() -> Path | None:
    """The world-atlas file: ``$SITREP_WORLD_ATLAS``, else the one ``make install`` put beside the venv."""
    if os.environ.get("SITREP_WORLD_ATLAS"):
        return Path(os.environ["SITREP_WORLD_ATLAS"])
    candidate = npm_root() / "world-atlas" / ATLAS_FILE
    return candidate if candidate.exists() else None


@cache
def country_rings() -> tuple[tuple[tuple[float, float], ...], ...]:
    """Every country's polygon rings as (longitude, latitude) points; empty when the atlas is missing."""
    path = atlas_path()
    if path is None or not path.exists():
        return ()
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    rings = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for ring in polygon:
                rings.append(tuple(_ring_points(ring, arcs)))
    return tuple(rings)


@cache
def countries_geojson() -> str:
    """The country outlines as an RFC 7946 FeatureCollection of polygons (the map's offline basemap)."""
    features = [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [_unwrapped(ring)]}}
        for ring in country_rings()
        if len(ring) >= 4
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))


def _unwrapped(ring: tuple[tuple[float, float], ...]) -> list[list[float]]:
    """A ring that crosses the antimeridian (Fiji, Chukotka) kept continuous past 180 degrees, not drawn
    as a line across the world."""
    points = [[ring[0][0], ring[0][1]]]
    for lon, lat in ring[1:]:
        previous = points[-1][0]
        lon += 360 * round((previous - lon) / 360)
        points.append([lon, lat])
    return points


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        decoded.append(points)
    return decoded


def _ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def outline_paths(box: tuple[float, float, float, float], width: float, height: float) -> list[str]:
    """SVG path data for the rings that touch ``box`` (west, south, east, north), projected to the canvas."""
    west, south, east, north = box
    paths = []
    for ring in country_rings():
        if not any(west - 5 <= x <= east + 5 and south - 5 <= y <= north + 5 for x, y in ring):
            continue
        coords = [project(x, y, box, width, height) for x, y in ring]
        paths.append("M" + "L".join(f"{px:.1f},{py:.1f}" for px, py in coords) + "Z")
    return paths


def project(lon: float, lat: float, box: tuple[float, float, float, float], width: float, height: float):
    """Equirectangular: longitude and latitude scaled into the canvas."""
    west, south, east, north = box
    return (lon - west) / (east - west) * width, (north - lat) / (north - south) * height
