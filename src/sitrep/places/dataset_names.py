"""How each dataset names admin areas (``admin_names.json``, derived by ``train/derive_admin_names.py``).

Used both ways: dataset names are extra aliases when reading text ("Almargeb"
finds Al Marqab), and output for a dataset speaks its names.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib import resources

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
    seat = district_seats(dataset).get((place.country, place.admin1, place.admin2 or ""))
    if place.level == "admin2" and seat:
        # 'Nahri Saraj district' is coded at the district's centre, under that town's name (Girishk).
        return replace(place, admin1=admin1, admin2=admin2, name=seat[0], latitude=seat[1], longitude=seat[2])
    return replace(place, admin1=admin1, admin2=admin2, name=name)


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
