"""``sitrep batch`` on a real Dask LocalCluster, loaded with ``sitrep load``: the same rows as ingest + extract."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from sitrep.service.batch import find_shards, run_batch
from sitrep.service.extract import extract_stored
from sitrep.service.ingest import ingest_paths
from sitrep.store import Database
from sitrep.store.partitions import DONE, SAME_EXTRACTION, extraction_rows, load_partitions

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "merge"


def _shards(folder: Path) -> Path:
    """Our merge-corpus reports as three JSON Lines shards and one Parquet shard."""
    texts = sorted(p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt"))
    shards = folder / "shards"
    shards.mkdir()
    for n in range(3):
        rows = [{"text": t, "title": f"report {i}"} for i, t in enumerate(texts) if i % 4 == n]
        (shards / f"part-{n}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    last = [{"text": t, "title": f"report {i}"} for i, t in enumerate(texts) if i % 4 == 3]
    (folder / "last.jsonl").write_text("".join(json.dumps(r) + "\n" for r in last), encoding="utf-8")
    with duckdb.connect() as conn:
        conn.execute(
            f"COPY (SELECT * FROM read_json_auto('{folder / 'last.jsonl'}')) TO '{shards / 'part-3.parquet'}' (FORMAT parquet)"
        )
    return shards


@pytest.fixture(scope="module")
def batched(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    shards = _shards(folder)
    summary = run_batch([str(shards)], folder / "out", workers=2)
    return folder, shards, summary


def test_every_shard_becomes_a_complete_partition(batched):
    folder, shards, summary = batched
    assert summary.shards == 4 and not summary.errors
    assert sum(r.reports for r in summary.results) == len(list(CORPUS.glob("*.txt")))
    assert len(list((folder / "out" / DONE).glob("*.json"))) == 4


def test_loaded_database_holds_what_ingest_and_extract_give(batched, tmp_path):
    folder, shards, _ = batched
    loaded, direct = tmp_path / "loaded.duckdb", tmp_path / "direct.duckdb"
    with Database(loaded) as db:
        first = load_partitions(db, folder / "out")
        again = load_partitions(db, folder / "out")
    assert first.reports == len(list(CORPUS.glob("*.txt"))) and first.events > 0
    assert (again.reports, again.events, again.skipped_reports) == (0, 0, first.reports)
    with Database(direct) as db:
        ingest_paths(db, [shards / f"part-{n}.jsonl" for n in range(3)])
        extract_stored(db)
    jsonl_ids = {r[0] for r in extraction_rows(direct, "reports")}
    for table in SAME_EXTRACTION:
        from_batch = [r for r in extraction_rows(loaded, table) if _report_of(table, r) in jsonl_ids]
        assert from_batch == extraction_rows(direct, table), table
    parquet_origins = [r[1] for r in extraction_rows(loaded, "reports") if r[0] not in jsonl_ids]
    assert parquet_origins and all("part-3.parquet:" in o for o in parquet_origins)


def _report_of(table: str, row: tuple) -> str:
    return row[0] if table == "reports" else row[1] if table in {"events", "claims", "relations"} else row[3]


def test_a_second_run_reads_only_unfinished_shards(batched):
    folder, shards, _ = batched
    marker = sorted((folder / "out" / DONE).glob("*.json"))[0]
    marker.unlink()  # as if the worker of that shard had died before finishing it
    summary = run_batch([str(shards)], folder / "out", workers=1)
    assert sorted(r.skipped for r in summary.results) == [False, True, True, True]
    assert marker.exists()


def test_an_incomplete_partition_is_not_loaded(tmp_path, batched):
    folder, _, _ = batched
    out = tmp_path / "out"
    import shutil

    shutil.copytree(folder / "out", out)
    for marker in (out / DONE).glob("*.json"):
        marker.unlink()
    with Database(tmp_path / "db.duckdb") as db, pytest.raises(Exception, match="no complete partitions"):
        load_partitions(db, out)


def test_shards_are_named_by_files_folders_and_globs(tmp_path):
    (tmp_path / "a.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "b.csv").write_text("", encoding="utf-8")
    (tmp_path / "notes.md").write_text("", encoding="utf-8")
    assert find_shards([str(tmp_path)]) == [str(tmp_path / "a.jsonl"), str(tmp_path / "b.csv")]
    assert find_shards([str(tmp_path / "*.jsonl")]) == [str(tmp_path / "a.jsonl")]
    with pytest.raises(Exception, match="no such file"):
        find_shards([str(tmp_path / "missing.jsonl")])


def test_a_shard_at_a_url_is_fetched_and_named_by_its_url(batched, tmp_path):
    _, shards, _ = batched
    url = (shards / "part-0.jsonl").resolve().as_uri()  # file://…: read through fsspec like s3:// or https://
    summary = run_batch([url], tmp_path / "out", workers=1)
    assert [r.reports for r in summary.results] and summary.results[0].reports > 0 and not summary.errors
    with Database(tmp_path / "db.duckdb") as db:
        load_partitions(db, tmp_path / "out")
        origins = [row[0] for row in db.execute("SELECT origin FROM reports").fetchall()]
    assert origins and all(o.startswith(url + ":") for o in origins)


def test_partitions_also_hold_what_sitrep_export_writes(batched, tmp_path):
    from sitrep.store.export import export_table

    folder, _, _ = batched
    with Database(tmp_path / "db.duckdb") as db:
        load_partitions(db, folder / "out")
        export_table(db, "events", "parquet", tmp_path / "events.parquet")
    with duckdb.connect() as conn:
        exported = conn.execute(f"SELECT * FROM read_parquet('{tmp_path / 'events.parquet'}')")
        columns, rows = [d[0] for d in exported.description], exported.fetchall()
        parts = conn.execute(f"SELECT * FROM read_parquet('{folder / 'out' / 'export' / 'events' / '*.parquet'}')")
        assert [d[0] for d in parts.description] == columns
        assert len(parts.fetchall()) == len(rows) > 0
