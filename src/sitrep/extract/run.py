"""Running extraction over the reports stored in a database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sitrep.extract import PIPELINE, extract_report
from sitrep.store.extractions import save_extraction
from sitrep.store.reports import iter_reports


@dataclass
class ExtractSummary:
    """How many reports were read and what they yielded."""

    reports: int = 0
    events: int = 0
    claims: int = 0
    failures: list[str] = field(default_factory=list)


def extract_stored(db, redo: bool = False, on_report: Callable[[ExtractSummary], None] | None = None) -> ExtractSummary:
    """Extract events and claims from stored reports (only new ones unless ``redo``); each report is saved atomically."""
    summary = ExtractSummary()
    for report in iter_reports(db, only_unextracted=not redo):
        try:
            extraction = extract_report(report)
        except (ValueError, RecursionError, MemoryError) as exc:
            # One unreadable report must not stop a corpus run; it is reported and stays unextracted.
            summary.failures.append(
                f"report {report.id} ({report.origin}): extraction failed ({type(exc).__name__}: {exc})"
            )
            continue
        save_extraction(db, extraction, "+".join(PIPELINE))
        summary.reports += 1
        summary.events += len(extraction.events)
        summary.claims += len(extraction.claims)
        if on_report:
            on_report(summary)
    return summary
