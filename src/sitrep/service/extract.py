"""Running extraction over the reports stored in a database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sitrep.extract.deadline import DEFAULT_SECONDS
from sitrep.extract.pool import read_reports
from sitrep.extract.version import extractor_version
from sitrep.store.extractions import save_extraction, save_extraction_failure
from sitrep.store.reports import count_stale, iter_reports, size_to_extract

# Less text than this is read in this process: a worker takes about 5 s to start (spaCy and the models), the
# time this process needs for some 75,000 characters (2,400 words/s measured by make bench).
FEW_FOR_A_POOL = 100_000


@dataclass
class ExtractSummary:
    """How many reports were read and what they yielded."""

    reports: int = 0
    events: int = 0
    claims: int = 0
    stale: int = 0  # reports an older extractor had read, read again
    failures: list[str] = field(default_factory=list)
    total: int = 0  # reports to read in this run

    @property
    def done(self) -> int:
        """Reports read so far, failed ones included."""
        return self.reports + len(self.failures)


def extract_stored(
    db,
    redo: bool = False,
    on_report: Callable[[ExtractSummary], None] | None = None,
    time_limit_seconds: float | None = DEFAULT_SECONDS,
    extractor: str | None = None,
    workers: int = 1,
) -> ExtractSummary:
    """Extract events and claims from stored reports (new ones, and those an older extractor read, unless
    ``redo`` asks for all); each report is saved atomically. ``extractor`` defaults to the installed
    ``extractor_version()``. A report that cannot be read, or takes longer than ``time_limit_seconds``, is stored as
    failed with its reason and not tried again by later runs unless ``redo``. ``workers`` processes read
    the reports (``sitrep.extract.pool``); this one stores them, so the output is the same for any number."""
    summary = ExtractSummary()
    extractor = extractor or extractor_version()
    summary.stale = count_stale(db, extractor) if not redo else 0
    summary.total, characters = size_to_extract(db, only_unextracted=not redo, current=extractor)
    reports = iter_reports(db, only_unextracted=not redo, current=extractor)
    pool_size = workers if characters >= FEW_FOR_A_POOL else 1
    for report, extraction in read_reports(reports, time_limit_seconds, pool_size):
        if isinstance(extraction, str):
            # One unreadable report must not stop a corpus run, nor be retried by every later run.
            save_extraction_failure(db, report.id, extraction, extractor)
            summary.failures.append(f"report {report.id} ({report.origin}): {extraction}")
            if on_report:
                on_report(summary)
            continue
        save_extraction(db, extraction, extractor)
        summary.reports += 1
        summary.events += len(extraction.events)
        summary.claims += len(extraction.claims)
        if on_report:
            on_report(summary)
    return summary
