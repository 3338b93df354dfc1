"""sitrep: conflict news in, a sourced database of events and claims out.

The public API is re-exported here; everything else is private to its stage.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from sitrep.errors import InputError, NotFoundError, SitrepError, StoreError, UsageError
from sitrep.evaluate import evaluate
from sitrep.extract import Extraction, extract_report, extract_text
from sitrep.ingest import read_reports
from sitrep.records import (
    Actor,
    ActorRef,
    Claim,
    ClaimKind,
    DateInterval,
    Event,
    Evidence,
    Hedge,
    Participant,
    Place,
    PlaceRef,
    Precision,
    Quantity,
    Report,
)
from sitrep.service.extract import ExtractSummary, extract_stored
from sitrep.service.ingest import IngestSummary, ingest_paths
from sitrep.store import Database, default_db_path, export_reports, export_table

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
    "ExtractSummary",
    "Extraction",
    "Hedge",
    "IngestSummary",
    "InputError",
    "NotFoundError",
    "Participant",
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
    "evaluate",
    "export_reports",
    "export_table",
    "extract_report",
    "extract_stored",
    "extract_text",
    "ingest_paths",
    "read_reports",
]
