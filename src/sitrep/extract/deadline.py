"""A time limit for reading one report, checked between sentences and between stages.

Every pattern of the package runs in linear time (``tests/test_patterns.py``), so
the work between two checks is bounded by one sentence or one NER chunk; a report
that still takes longer than its limit (a 20 MB transcript) stops with
``ExtractionTimeout`` and is stored as failed, with that reason, instead of
holding a worker or the server for ever.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sitrep.errors import ExtractionTimeout

DEFAULT_SECONDS = 120.0
_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("extraction_deadline", default=None)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Within this block, ``check_time`` raises once ``seconds`` have passed (no limit if None)."""
    token = _DEADLINE.set((time.monotonic() + seconds, seconds) if seconds else None)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_time() -> None:
    """Raise ExtractionTimeout if the current time limit has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline[0]:
        raise ExtractionTimeout(f"extraction took longer than its limit of {deadline[1]:g} s")
