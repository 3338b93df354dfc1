"""sitrep: conflict news in, a sourced database of events and claims out.

The public API is re-exported here; everything else is private to its stage.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from sitrep.errors import InputError, NotFoundError, SitrepError, StoreError, UsageError
from sitrep.ingest import IngestSummary, ingest_paths, read_reports
from sitrep.records import (
    Actor,
    ActorRef,
    Claim,
    ClaimKind,
    DateInterval,
    Event,
    Evidence,
    Hedge,
    Place,
    PlaceRef,
    Precision,
    Quantity,
    Report,
)
from sitrep.store import Database, default_db_path, export_reports

try:
    __version__ = version("sitrep-osint")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+local"

__all__ = [
    "Actor",
    "ActorRef",
    "Claim",
    "ClaimKind",
    "Database",
    "DateInterval",
    "Event",
    "Evidence",
    "Hedge",
    "IngestSummary",
    "InputError",
    "NotFoundError",
    "Place",
    "PlaceRef",
    "Precision",
    "Quantity",
    "Report",
    "SitrepError",
    "StoreError",
    "UsageError",
    "__version__",
    "default_db_path",
    "export_reports",
    "ingest_paths",
    "read_reports",
]
