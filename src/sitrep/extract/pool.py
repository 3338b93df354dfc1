"""Reading many reports on every core: a pool of worker processes, results back in report order.

Each worker is a fresh interpreter (``spawn``: nothing of the parent's open database or threads is
copied into it) that loads the models once, on its first report, and returns records; only the parent
writes to the database. At most ``IN_FLIGHT`` reports per worker are out at a time, so memory does not
grow with the corpus.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from sitrep.errors import ExtractionTimeout, SitrepError
from sitrep.extract import extract_report
from sitrep.extract.deadline import time_limit
from sitrep.records import Extraction, Report

IN_FLIGHT = 4  # reports per worker submitted ahead of the one being stored


def read_one(report: Report, seconds: float | None) -> Extraction | str:
    """One report's records, or why it could not be read (a timeout, a failure of the text itself)."""
    try:
        with time_limit(seconds):
            return extract_report(report)
    except (ExtractionTimeout, ValueError, RecursionError, MemoryError) as exc:
        return f"extraction failed ({type(exc).__name__}: {exc})"


def read_reports(
    reports: Iterable[Report], seconds: float | None, workers: int = 1
) -> Iterator[tuple[Report, Extraction | str]]:
    """Each report with its records (or failure), in the order given; ``workers`` processes read them."""
    if workers <= 1:
        for report in reports:
            yield report, read_one(report, seconds)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        window: deque = deque()
        for report in reports:
            window.append((report, pool.submit(read_one, report, seconds)))
            if len(window) >= workers * IN_FLIGHT:
                yield _result(*window.popleft())
        while window:
            yield _result(*window.popleft())


def _result(report: Report, future) -> tuple[Report, Extraction | str]:
    try:
        return report, future.result()
    except BrokenProcessPool:
        raise SitrepError(
            "a worker process died (out of memory?); every report read before it is stored: "
            "run sitrep extract again to go on, with fewer --workers"
        ) from None
