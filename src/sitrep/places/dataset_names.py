"""How each dataset names admin areas (``admin_names.json``, derived by ``train/derive_admin_names.py``).

Used both ways: dataset names are extra aliases when reading text ("Almargeb"
finds Al Marqab), and output for a dataset speaks its names.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib import resources

from sitrep.geo import km_between
from sitrep.records import PlaceRef

DATASET_OF = {"acled": "acled", "acled2015": "acled2015", "gtd": "gtd", "ucdp": "ucdp"}


@cache
def admin_names() -> dict:
    """The derived table: ``{dataset: {"admin1": {...}, "admin2": {...}}}``."""
    text = (resources.files("sitrep.data") / "admin_names.json").read_text(encoding="utf-8")
    return json.loads(text)


def rename(place: PlaceRef | None, dataset: str) -> PlaceRef | None:
    """The place with admin names as ``dataset`` writes them."""
    table = admin_names().get(dataset)
    if place is None or table is None or not place.country or not place.admin1:
        return place
    admin1 = table["admin1"].get(f"{place.country}|{place.admin1}", place.admin1)
    if place.admin2:
        admin1 = table.get("admin1_by_district", {}).get(f"{place.country}|{place.admin1}|{place.admin2}", admin1)
    admin2 = place.admin2
    if place.admin2:
        admin2 = table["admin2"].get(f"{place.country}|{place.admin1}|{place.admin2}", place.admin2)
    name = place.name
    if name == place.admin2:
        name = admin2
    elif name == place.admin1:
        name = admin1
    if admin2 is None and place.latitude is not None:
        admin2 = district_near(place.country, place.latitude, place.longitude, dataset)
    seat = district_seats(dataset).get((place.country, place.admin1, place.admin2 or ""))
    if place.level == "admin2" and seat:
        # 'Nahri Saraj district' is coded at the district's centre, under that town's name (Girishk).
        return replace(place, admin1=admin1, admin2=admin2, name=seat[0], latitude=seat[1], longitude=seat[2])
    return replace(place, admin1=admin1, admin2=admin2, name=name)


_NEAR_KM = 15.0


def district_near(country: str | None, lat: float, lon: float, dataset: str) -> str | None:
    """The district ``dataset`` coded nearest to a point (within 15 km, same country), or None."""
    best, best_km = None, _NEAR_KM
    for point_country, plat, plon, admin2 in _points_by_cell(dataset).get((round(lat), round(lon)), ()):
        if point_country != country:
            continue
        km = km_between(lat, lon, plat, plon)
        if km < best_km:
            best, best_km = admin2, km
    return best


@cache
def _points_by_cell(dataset: str) -> dict[tuple[int, int], list]:
    """Coded district points, indexed by 1-degree cell and its neighbours."""
    cells: dict[tuple[int, int], list] = {}
    for point in admin_names().get(dataset, {}).get("admin2_points", ()):
        country, lat, lon, _ = point
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                cells.setdefault((round(lat) + dlat, round(lon) + dlon), []).append(point)
    return cells


@cache
def district_seats(dataset: str | None = None) -> dict[tuple[str, ...], tuple[str, float, float]]:
    """(country, admin1, admin2) -> (name, latitude, longitude) of the spot where ``dataset`` (else the
    first dataset that knows it, ACLED first) puts events it codes to the whole district."""
    seats: dict[tuple[str, ...], tuple[str, float, float]] = {}
    for name, table in admin_names().items():
        if dataset in (None, name):
            for key, (place, lat, lon) in table.get("admin2_seat", {}).items():
                seats.setdefault(tuple(key.split("|")), (place, lat, lon))
    return seats


def extra_aliases() -> dict[tuple[str, ...], set[str]]:
    """(country, admin1[, admin2]) -> dataset names for it, across datasets."""
    aliases: dict[tuple[str, ...], set[str]] = {}
    for table in admin_names().values():
        for level in ("admin1", "admin2"):
            for key, name in table[level].items():
                aliases.setdefault(tuple(key.split("|")), set()).add(name)
    return aliases
