"""Running the real ``sitrep`` command in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run_sitrep(*args: object, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``python -m sitrep ARGS`` and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "sitrep", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def count_reports(db_path: Path) -> int:
    from sitrep.store import Database
    from sitrep.store.reports import count_reports as count

    with Database(db_path) as db:
        return count(db)
