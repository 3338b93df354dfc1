"""Ingest into a database: every report under some paths, stored in batches, each batch one transaction,
so a crash leaves the database as it was plus whole reports; stored reports are never stored twice."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sitrep.errors import InputError, SkippedInput
from sitrep.ingest import ReadOptions, read_reports
from sitrep.records import Report
from sitrep.store.reports import store_reports

_BATCH_SIZE = 200


@dataclass
class IngestSummary:
    """What an ingest run did: counts and one line per failure."""

    new: int = 0
    duplicate: int = 0
    failures: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view."""
        return {
            "new": self.new,
            "duplicate": self.duplicate,
            "failed": self.failed,
            "failures": self.failures,
            "skipped": self.skipped,
        }


def ingest_paths(
    db,
    paths: Iterable[str | os.PathLike[str]],
    options: ReadOptions | None = None,
    on_report: Callable[[IngestSummary], None] | None = None,
    on_commit: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Read every report under ``paths`` and store the new ones in ``db``.

    Good reports are stored even when other files fail. Each batch of reports
    is committed in one transaction; ``on_commit`` is called after each commit.
    """
    summary = IngestSummary()
    batch: list[Report] = []
    for item in read_reports(paths, options):
        if isinstance(item, SkippedInput):
            summary.skipped.append(str(item))
        elif isinstance(item, InputError):
            summary.failures.append(str(item))
        else:
            batch.append(item)
        if len(batch) >= _BATCH_SIZE:
            _flush(db, batch, summary, store_reports)
            if on_commit is not None:
                on_commit(summary)
        if on_report is not None:
            on_report(summary)
    _flush(db, batch, summary, store_reports)
    return summary


def _flush(db, batch: list[Report], summary: IngestSummary, store) -> None:
    if not batch:
        return
    new = store(db, batch)
    summary.new += new
    summary.duplicate += len(batch) - new
    batch.clear()
