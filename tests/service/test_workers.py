"""Extraction on several processes stores exactly what one process stores (the bundled example reports)."""

from __future__ import annotations

import json
from pathlib import Path

import sitrep.extract.pool as pool
import sitrep.service.extract as run
from sitrep.service.extract import extract_stored
from sitrep.service.ingest import ingest_paths
from sitrep.store import Database
from sitrep.store.export import export_table

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def extracted(path: Path, workers: int) -> tuple[int, str]:
    with Database(path) as db:
        ingest_paths(db, [EXAMPLES])
        summary = extract_stored(db, workers=workers)
        assert summary.done == summary.total > 10 and not summary.failures
        out = []
        for what in ("events", "claims", "relations"):
            export_table(db, what, "jsonl", path.with_suffix(f".{what}"))
            rows = [json.loads(line) for line in path.with_suffix(f".{what}").read_text(encoding="utf-8").splitlines()]
            out += [{k: v for k, v in row.items() if k != "timestamp"} for row in rows]  # when it was read differs
    return summary.events, json.dumps(out, sort_keys=True)


def test_two_workers_store_byte_for_byte_what_one_stores(tmp_path, monkeypatch):
    started = []

    class CountedPool(pool.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            started.append(kwargs.get("max_workers"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(run, "FEW_FOR_A_POOL", 2)  # the examples are less text than a pool is worth
    monkeypatch.setattr(pool, "ProcessPoolExecutor", CountedPool)
    one = extracted(tmp_path / "one.duckdb", workers=1)
    assert started == []
    two = extracted(tmp_path / "two.duckdb", workers=2)
    assert started == [2]
    assert one[0] > 10 and one == two


def test_a_few_reports_are_read_without_starting_workers(tmp_path, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for two reports")

    monkeypatch.setattr(pool, "ProcessPoolExecutor", no_pool)
    (tmp_path / "a.txt").write_text("On 3 May 2023, gunmen killed two farmers near Jos, Plateau, Nigeria.\n")
    (tmp_path / "b.txt").write_text("On 4 May 2023, a bomb exploded in a market in Maiduguri, Nigeria, killing 5.\n")
    with Database(tmp_path / "few.duckdb") as db:
        ingest_paths(db, [tmp_path])
        assert extract_stored(db, workers=2).reports == 2
