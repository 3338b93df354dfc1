"""Ingest: files and folders in, Report records out, stored idempotently.

``read_reports`` streams reports (and per-file or per-row errors) from paths;
``ingest_paths`` stores them in batches, each batch one transaction, so a crash
leaves the database as it was plus whole reports.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import InputError, SkippedInput
from sitrep.ingest.readers import READERS, ReadOptions, SourceFile, detect_format
from sitrep.records import Report

# Formats read whole into memory; row formats are streamed and have no size limit.
_WHOLE_FILE_FORMATS = {"text", "html", "feed", "json"}
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


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError]:
    """Every file under the given paths, recursively and in a stable order.

    Hidden files and folders (names starting with '.') inside folders are skipped.
    A path that does not exist yields an InputError.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_file(path: Path, options: ReadOptions | None = None) -> Iterator[Report | InputError]:
    """Reports from one file; a file-level failure is yielded as one InputError."""
    options = options or ReadOptions()
    try:
        fmt = options.format or detect_format(path, _head(path))
        if fmt not in READERS:
            raise InputError(str(path), f"unknown format {fmt!r} (known: {', '.join(sorted(READERS))})")
        _check_size(path, fmt, options)
        yield from READERS[fmt](SourceFile(path, options), options)
    except InputError as exc:
        yield exc
    except (OSError, ValueError, UnicodeError, RecursionError) as exc:
        yield InputError(str(path), f"cannot read ({type(exc).__name__}: {_one_line(exc)})")


def read_reports(
    paths: Iterable[str | os.PathLike[str]], options: ReadOptions | None = None
) -> Iterator[Report | InputError]:
    """Stream reports from files and folders, with an InputError for each failure."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, options)


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
    from sitrep.store.reports import store_reports

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


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(2048)


def _check_size(path: Path, fmt: str, options: ReadOptions) -> None:
    size = path.stat().st_size
    if fmt in _WHOLE_FILE_FORMATS and size > options.max_bytes:
        raise InputError(
            str(path),
            f"file too large for one report ({size / 1e6:.1f} MB > {options.max_bytes / 1e6:.1f} MB; see --max-bytes)",
        )


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


__all__ = ["IngestSummary", "ReadOptions", "ingest_paths", "iter_files", "read_file", "read_reports"]
