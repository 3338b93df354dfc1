"""Benchmarks: ``make bench``. Prints numbers; asserts nothing.

* ingest: reports/s and peak memory for a synthetic folder and JSON Lines file.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from sitrep.ingest import ingest_paths
from sitrep.store import Database

N_FILES = 3000
N_ROWS = 20000


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _body(i: int) -> str:
    return f"Report {i}: clashes were reported near the market, officials said. " * 6


def bench_ingest(tmp: Path) -> dict[str, float]:
    folder = tmp / "files"
    folder.mkdir()
    for i in range(N_FILES):
        (folder / f"{i:05d}.txt").write_text(_body(i))
    rows = tmp / "rows.jsonl"
    with rows.open("w") as handle:
        for i in range(N_ROWS):
            handle.write(json.dumps({"text": _body(N_FILES + i), "date": "2020-01-01"}) + "\n")
    results = {}
    with Database(tmp / "bench.duckdb") as db:
        for label, path, count in (("files", folder, N_FILES), ("jsonl", rows, N_ROWS)):
            start = time.perf_counter()
            summary = ingest_paths(db, [path])
            elapsed = time.perf_counter() - start
            assert summary.new == count, summary.to_dict()
            results[f"ingest_{label}_reports_per_s"] = round(count / elapsed, 1)
    results["peak_rss_mb"] = round(_peak_mb(), 1)
    return results


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        results = bench_ingest(Path(tmp))
    for key, value in results.items():
        print(f"{key:>32}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
