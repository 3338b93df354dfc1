"""Derive how each dataset names GeoNames admin areas, from ``shared/eval/train`` (never dev).

Usage: python train/derive_admin_names.py [../shared/eval/train]

For every training record with coordinates, the nearest gazetteer town (within
30 km) gives the GeoNames admin1/admin2 of the spot; the record's coded
admin1/admin2 is how the dataset names them ("Dayr az Zawr" -> "Deir-ez-Zor",
"Balochistan" -> "Balochistan province"). Names seen at least twice become
src/sitrep/data/admin_names.json, with each district's seat as the dataset
codes it (name and coordinates of the spot used for district-level events)
and the district coded at each ~1 km cell with an event (``admin2_points``),
which names the district of a town the gazetteer gives none.
Only names and coordinates are kept; no record text.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "train"))

from base_gazetteer import base_gazetteer, same_country, same_name  # noqa: E402

FILES = {"acled": "acled.jsonl", "acled2015": "acled_asia_2015.jsonl", "gtd": "gtd.jsonl", "ucdp": "ucdp_ged_pak.jsonl"}


def town_grid():
    grid = defaultdict(list)
    for entry in base_gazetteer().entries:
        if entry.level in {"city", "admin2"} and entry.latitude is not None:
            grid[(round(entry.latitude), round(entry.longitude))].append(entry)
    return grid


def nearest(grid, lat, lon):
    best, best_km = None, 30.0
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for e in grid.get((round(lat) + dlat, round(lon) + dlon), ()):
                km = 111 * math.hypot(e.latitude - lat, (e.longitude - lon) * math.cos(math.radians(lat)))
                if km < best_km:
                    best, best_km = e, km
    return best


def named_district(gold: dict):
    """The gazetteer district the record names, if its name leads to exactly one in that country
    (districts with no town of their own cannot be found by coordinates)."""
    if not gold.get("admin2"):
        return None
    found = [
        e
        for e in base_gazetteer().lookup(gold["admin2"])
        if e.level == "admin2" and same_country(e.country, gold["country"])
    ]
    if len(found) > 1 and gold.get("admin1"):
        found = [e for e in found if same_name(e.admin1, gold["admin1"])] or found
    return found[0] if len(found) == 1 else None


def derive(train_dir: Path) -> dict:
    grid = town_grid()
    table: dict = {}
    for dataset, file in FILES.items():
        admin1: dict = defaultdict(Counter)
        admin2: dict = defaultdict(Counter)
        admin1_by_district: dict = defaultdict(Counter)
        seats: dict = defaultdict(Counter)
        points: dict = {}
        for line in (train_dir / file).open(encoding="utf-8"):
            gold = json.loads(line)["gold"]
            if gold.get("latitude") is None or not gold.get("country"):
                continue
            if gold.get("admin2"):
                # ~1 km cells: where the dataset's districts are, for towns the gazetteer gives none.
                cell = (round(gold["latitude"], 2), round(gold["longitude"], 2))
                points.setdefault(cell, [gold["country"], cell[0], cell[1], gold["admin2"]])
            town = nearest(grid, gold["latitude"], gold["longitude"])
            if town is None or not same_country(town.country, gold["country"]) or not town.admin1:
                continue
            if gold.get("admin1"):
                admin1[f"{town.country}|{town.admin1}"][gold["admin1"]] += 1
            if gold.get("admin2") and town.admin2:
                admin2[f"{town.country}|{town.admin1}|{town.admin2}"][gold["admin2"]] += 1
            if gold.get("admin1") and town.admin2:
                # Provinces change (FATA merged into Khyber Pakhtunkhwa in 2018); a district tells which one a dataset meant.
                admin1_by_district[f"{town.country}|{town.admin1}|{town.admin2}"][gold["admin1"]] += 1
            district = named_district(gold) or town
            if gold.get("location") and district.admin2:
                spot = (gold["location"], round(gold["latitude"], 4), round(gold["longitude"], 4))
                seats[f"{district.country}|{district.admin1}|{district.admin2}"][spot] += 1
        table[dataset] = {
            "admin1": _keep(admin1, 2),
            "admin2": _keep(admin2, 2),
            "admin1_by_district": _keep(admin1_by_district, 3, compare_with=1, share=0.8),
            "admin2_seat": _seats(seats, admin2),
            "admin2_points": sorted(points.values()),
        }
    return table


def _seats(spots: dict, admin2_names: dict) -> dict:
    """Where a dataset puts events it codes to a whole district: the spot coded under the district's own
    name, or the district's most common spot if clearly so (Nahri Saraj -> Girishk, its centre)."""
    seats = {}
    for key, counts in spots.items():
        written = admin2_names.get(key, Counter()).most_common(1)
        own = [key.split("|")[2], *(name for name, _ in written)]
        named = [(spot, n) for spot, n in counts.items() if any(same_name(spot[0], o) for o in own)]
        if named:
            seats[key] = list(max(named, key=lambda item: item[1])[0])
            continue
        spot, count = counts.most_common(1)[0]
        if count >= 3 and count >= 0.5 * sum(counts.values()):
            seats[key] = list(spot)
    return dict(sorted(seats.items()))


def _keep(counts: dict, minimum: int, compare_with: int = -1, share: float = 0.6) -> dict:
    """Names seen at least ``minimum`` times, clearly the most common, and unlike the gazetteer's own
    (the key part at index ``compare_with``)."""
    kept = {}
    for key, names in counts.items():
        name, count = names.most_common(1)[0]
        if (
            count >= minimum
            and count >= share * sum(names.values())
            and not same_name(key.split("|")[compare_with], name)
        ):
            kept[key] = name
    return dict(sorted(kept.items()))


def main(train_dir: str) -> None:
    table = derive(Path(train_dir))
    out = ROOT / "src" / "sitrep" / "data" / "admin_names.json"
    out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = ", ".join(
        f"{d} {len(t['admin1'])}+{len(t['admin2'])} names, {len(t['admin2_seat'])} seats" for d, t in table.items()
    )
    print(f"wrote {out}: {counts}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "eval" / "train"))
