"""Running extraction over the reports stored in a database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sitrep.errors import ExtractionTimeout
from sitrep.extract import extract_report
from sitrep.extract.deadline import DEFAULT_SECONDS, time_limit
from sitrep.extract.version import extractor_version
from sitrep.store.extractions import save_extraction, save_extraction_failure
from sitrep.store.reports import count_stale, iter_reports


@dataclass
class ExtractSummary:
    """How many reports were read and what they yielded."""

    reports: int = 0
    events: int = 0
    claims: int = 0
    stale: int = 0  # reports an older extractor had read, read again
    failures: list[str] = field(default_factory=list)


def extract_stored(
    db,
    redo: bool = False,
    on_report: Callable[[ExtractSummary], None] | None = None,
    time_limit_seconds: float | None = DEFAULT_SECONDS,
    extractor: str | None = None,
) -> ExtractSummary:
    """Extract events and claims from stored reports (new ones, and those an older extractor read, unless
    ``redo`` asks for all); each report is saved atomically. ``extractor`` defaults to the installed
    ``extractor_version()``. A report that cannot be read, or takes longer than ``time_limit_seconds``, is stored as
    failed with its reason and not tried again by later runs unless ``redo``."""
    summary = ExtractSummary()
    extractor = extractor or extractor_version()
    summary.stale = count_stale(db, extractor) if not redo else 0
    for report in iter_reports(db, only_unextracted=not redo, current=extractor):
        try:
            with time_limit(time_limit_seconds):
                extraction = extract_report(report)
        except (ExtractionTimeout, ValueError, RecursionError, MemoryError) as exc:
            # One unreadable report must not stop a corpus run, nor be retried by every later run.
            reason = f"extraction failed ({type(exc).__name__}: {exc})"
            save_extraction_failure(db, report.id, reason, extractor)
            summary.failures.append(f"report {report.id} ({report.origin}): {reason}")
            continue
        save_extraction(db, extraction, extractor)
        summary.reports += 1
        summary.events += len(extraction.events)
        summary.claims += len(extraction.claims)
        if on_report:
            on_report(summary)
    return summary
