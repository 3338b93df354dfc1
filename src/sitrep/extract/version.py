"""The extractor version: the rule names and a hash of everything that decides what extraction finds.

Stored with each report's extraction, so a database knows which reports were read
by older code, models or tables, and ``sitrep extract`` reads those again. The
hash covers the source of every package extraction runs (extract, actors, places,
the dateline reader, the records), every shipped data file and model, and the
gazetteer's build key.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
# What extraction reads: its own code, the stages it calls, the records, and the shipped data.
INPUTS = ("extract", "actors", "places", "ingest/dateline.py", "records.py", "data")


def code_hash(package: Path = PACKAGE) -> str:
    """A short hash of the files under ``package`` that extraction depends on (sorted, content only)."""
    digest = hashlib.sha256()
    for name in INPUTS:
        root = package / name
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@cache
def extractor_version() -> str:
    """'events_news.v2+claims_rules.v1+relations_rules.v1@<hash>' for the code and data now installed."""
    from sitrep.extract import PIPELINE
    from sitrep.places.build import build_key

    return f"{'+'.join(PIPELINE)}@{code_hash()}-{build_key()[:6]}"
