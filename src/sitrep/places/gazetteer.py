"""An offline gazetteer: GeoNames countries, admin levels 1-2 and towns, plus our supplement.

``build.py`` writes it once into a DuckDB file under the user cache folder
(``~/.cache/sitrep/gazetteer-<key>.duckdb``, rebuilt when any input changes);
this module reads that table into an in-memory name index for matching.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb

from sitrep.places.names import core, fold, skeleton


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry. ``level``: country, admin1, admin2, city, feature (natural feature,
    crossing) or local (a village named in the text but missing from the gazetteer)."""

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
    feature: str = ""  # GeoNames feature class and code, 'P.PPL', 'A.ADM1', 'T.VAL'
    source: str = "geonames"


@dataclass
class Gazetteer:
    """Entries and a folded-name index over them."""

    entries: list[Entry] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[str, int] = field(default_factory=dict)  # folded country name/code -> entry
    fuzzy: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # skeleton -> entries

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose name or alternate name folds to the same core as ``name``; a compass compound also as
        two words ('Southwest region' is Cameroon's South-West)."""
        found = list(self.index.get(core(name), ()))
        split = _COMPASS.sub(r"\1 \2", name)
        if split != name:
            found += [i for i in self.index.get(core(split), ()) if i not in found]
        return [self.entries[i] for i in found]

    def lookup_fuzzy(self, name: str) -> list[Entry]:
        """Entries whose transliteration skeleton equals that of ``name`` (Idleb = Idlib)."""
        key = skeleton(name)
        if len(key) < 3:
            return []
        written = len(core(name).replace(" ", ""))
        # a spelling variant is about as long as the name: 'Nioro du' is not 'Nord' (it put a town of Mali in
        # Burkina Faso in a report of ours)
        return [e for e in (self.entries[i] for i in self.fuzzy.get(key, ())) if _similar_length(written, e.name)]

    def country(self, name: str) -> Entry | None:
        """The country entry for a name, ISO code or common variant."""
        i = self.countries.get(fold(name))
        return self.entries[i] if i is not None else None


_COMPASS = re.compile(r"\b(North|South)(east|west)(?=ern\b|\b)", re.I)


def gazetteer_path() -> Path:
    """Where the built gazetteer lives: ``$SITREP_GAZETTEER``, else the user cache folder."""
    from sitrep.places.build import build_key

    if os.environ.get("SITREP_GAZETTEER"):
        return Path(os.environ["SITREP_GAZETTEER"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "sitrep" / f"gazetteer-{build_key()}.duckdb"


def ensure_built() -> Path:
    """Build the gazetteer database unless a current one exists; return its path."""
    from sitrep.places.build import build_database

    path = gazetteer_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_database(path)
        if not os.environ.get("SITREP_GAZETTEER"):
            _remove_stale(path)
    return path


def _remove_stale(current: Path) -> None:
    """Older builds (and the pickles of earlier versions) in our cache folder are dead weight."""
    for old in current.parent.glob("gazetteer-*"):
        if old != current and old.suffix in {".duckdb", ".pickle"}:
            old.unlink(missing_ok=True)


def connect() -> duckdb.DuckDBPyConnection:
    """A read-only connection to the gazetteer tables (for queries such as ``sitrep places``)."""
    return duckdb.connect(str(ensure_built()), read_only=True)


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer as an in-memory index, read from its DuckDB table (built on first use)."""
    return read_gazetteer(ensure_built())


def read_gazetteer(path: Path) -> Gazetteer:
    """The gazetteer built at ``path`` as an in-memory index."""
    gaz = Gazetteer()
    with duckdb.connect(str(path), read_only=True) as conn:
        for row in conn.execute(
            "SELECT id, name, level, country, country_code, admin1, admin2, latitude, longitude, population, "
            "feature_class || '.' || feature_code, source FROM places ORDER BY row"
        ).fetchall():
            gaz.entries.append(Entry(*row))
        keys = conn.execute("SELECT key, place_row, skeleton FROM place_names ORDER BY place_row").fetchall()
    index: dict[str, list[int]] = defaultdict(list)
    fuzzy: dict[str, list[int]] = defaultdict(list)
    for key, position, skel in keys:
        _append_once(index[key], position)
        if skel:
            _append_once(fuzzy[skel], position)
        if gaz.entries[position].level == "country":
            gaz.countries.setdefault(fold(key), position)
    gaz.index, gaz.fuzzy = dict(index), dict(fuzzy)
    for position, entry in enumerate(gaz.entries):
        if entry.level == "country":
            gaz.countries.setdefault(fold(entry.name), position)
    return gaz


def _similar_length(written: int, name: str) -> bool:
    length = len(core(name).replace(" ", ""))
    return min(written, length) >= 0.6 * max(written, length)


def _append_once(positions: list[int], position: int) -> None:
    if not positions or positions[-1] != position:
        positions.append(position)


def gazetteer_counts() -> tuple[list[tuple[str, int]], int, int]:
    """Places per level (most first), names in all, and names from our supplement (variants, historical)."""
    with connect() as conn:
        levels = conn.execute("SELECT level, count(*) FROM places GROUP BY level ORDER BY count(*) DESC").fetchall()
        names = conn.execute("SELECT count(*) FROM place_names").fetchone()[0]
        supplement = conn.execute(
            "SELECT count(*) FROM place_names WHERE kind IN ('variant', 'historical')"
        ).fetchone()[0]
    return levels, names, supplement
