"""``sitrep batch``: extract a sharded archive on a Dask cluster, each shard into Parquet partitions.

Every input shard (a JSON Lines, CSV or Parquet file, or any file ``sitrep ingest`` reads; a local path,
a folder, a glob or any fsspec URL) is one Dask task. The worker reads it with sitrep's own readers,
ingests and extracts it in a private database file of its own, exactly as ``sitrep ingest`` and
``sitrep extract`` would, and writes that database's tables as one Parquet partition
(``sitrep.store.partitions``). A shard whose partition is complete is not read again, so a batch
stopped half way goes on where it stopped. ``sitrep load`` brings the partitions into a database.

The engine is ``dask.distributed``: ``--scheduler tcp://HOST:PORT`` sends the tasks to a running
cluster, otherwise a ``LocalCluster`` of one single-threaded process per worker starts here. Each
worker process loads spaCy and the models once and keeps them for every shard it is given.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from sitrep.errors import UsageError
from sitrep.extract.deadline import DEFAULT_SECONDS
from sitrep.ingest import ReadOptions
from sitrep.service.extract import extract_stored
from sitrep.service.ingest import ingest_paths
from sitrep.store import Database
from sitrep.store.partitions import parquet_as_json_lines, partition_names, write_marker, write_partition

_SHARD_SUFFIX = re.compile(r"\.(?:jsonl|ndjson|json|csv|tsv|parquet|txt|html?|xml|rss|atom)(?:\.gz)?$", re.I)


@dataclass(frozen=True)
class ShardResult:
    """What one shard gave (``skipped``: its partition was already complete)."""

    shard: str
    partition: str
    reports: int = 0
    events: int = 0
    claims: int = 0
    failures: tuple[str, ...] = ()
    seconds: float = 0.0
    skipped: bool = False


@dataclass
class BatchSummary:
    """A whole batch run: shard results as they came, and shards whose task failed outright."""

    shards: int = 0
    results: list[ShardResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        """Shards finished so far (read, skipped or failed)."""
        return len(self.results) + len(self.errors)

    @property
    def total(self) -> int:
        """Shards in the run (the progress bar's end)."""
        return self.shards

    def sum_of(self, name: str) -> int:
        """Reports, events or claims over every shard read in this run."""
        return sum(getattr(r, name) for r in self.results)


def find_shards(inputs: list[str]) -> list[str]:
    """Every shard the inputs name: files, the files in folders, glob matches, fsspec URLs; once each.
    Local shards keep the path as written, so their reports' origins read as ``sitrep ingest`` names them."""
    found: list[str] = []
    for item in inputs:
        matches = _remote_matches(item) if "://" in item else _local_matches(item)
        if not matches:
            raise UsageError(f"{item}: no such file, folder or match")
        found += matches
    if not found:
        raise UsageError(f"no shards (JSON Lines, CSV, Parquet or report files) in {', '.join(inputs)}")
    return list(dict.fromkeys(found))


def _local_matches(item: str) -> list[str]:
    found = []
    for match in sorted(glob.glob(item)) if glob.has_magic(item) else [item]:
        path = Path(match)
        if path.is_dir():
            found += sorted(str(p) for p in path.rglob("*") if p.is_file() and _SHARD_SUFFIX.search(p.name))
        elif path.is_file():
            found.append(match)
    return found


def _remote_matches(item: str) -> list[str]:
    import fsspec

    fs, _, paths = fsspec.core.get_fs_token_paths(item)
    found = []
    for path in paths:
        if fs.isdir(path):
            found += [fs.unstrip_protocol(p) for p in sorted(fs.find(path)) if _SHARD_SUFFIX.search(p)]
        elif fs.exists(path):
            found.append(fs.unstrip_protocol(path))
    return found


def partition_name(shard: str) -> str:
    """A partition's name: the shard's file name, made safe, and a digest of its full address (two
    shards called 'part-0.jsonl' in different folders are two partitions)."""
    address = shard if "://" in shard else os.path.abspath(shard)
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", shard.rstrip("/").rsplit("/", 1)[-1])[:80]
    return f"{stem}-{hashlib.sha256(address.encode('utf-8')).hexdigest()[:10]}"


def run_shard(
    shard: str, out: str, options: ReadOptions | None = None, seconds: float | None = DEFAULT_SECONDS
) -> ShardResult:
    """Read, extract and write one shard as a partition under ``out`` (runs on a Dask worker)."""
    name = partition_name(shard)
    folder = Path(out)
    if name in partition_names(folder):
        return ShardResult(shard, name, skipped=True)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sitrep-shard-") as scratch, _local(shard, Path(scratch)) as local:
        read = replace(options or ReadOptions(), **_read_options_for(local))
        with Database(Path(scratch) / "shard.duckdb") as db:
            ingested = ingest_paths(db, [local.path], read)
            extracted = extract_stored(db, time_limit_seconds=seconds, workers=1)
            write_partition(db, folder, name)
    result = ShardResult(
        shard,
        name,
        extracted.reports,
        extracted.events,
        extracted.claims,
        tuple(ingested.failures + extracted.failures),
        round(time.perf_counter() - began, 3),
    )
    write_marker(
        folder,
        name,
        {
            "shard": shard,
            "reports": result.reports,
            "events": result.events,
            "claims": result.claims,
            "failures": list(result.failures),
        },
    )
    return result


@dataclass(frozen=True)
class _LocalShard:
    path: Path
    format: str | None  # a reader to force (a Parquet shard is read as the JSON Lines it was turned into)
    origin_root: Path | None = None
    origin_prefix: str = ""


def _read_options_for(local: _LocalShard) -> dict:
    changes: dict = {}
    if local.format:
        changes["format"] = local.format
    if local.origin_root is not None:
        changes["origin_root"], changes["origin_prefix"] = local.origin_root, local.origin_prefix
    return changes


@contextmanager
def _local(shard: str, scratch: Path) -> Iterator[_LocalShard]:
    """The shard as a local file: itself when local, else a copy; a Parquet shard as JSON Lines rows.
    Reports keep the shard's own name as their origin."""
    name = shard.rstrip("/").rsplit("/", 1)[-1]
    if "://" in shard:
        import fsspec

        source = scratch / "in" / name
        source.parent.mkdir()
        with fsspec.open(shard, "rb") as remote, source.open("wb") as copy:
            shutil.copyfileobj(remote, copy)
        root, prefix = source.parent, shard[: -len(name)]
    else:
        source, root, prefix = Path(shard), None, ""
    if name.lower().endswith(".parquet"):
        rows = scratch / "rows" / name
        rows.parent.mkdir()
        parquet_as_json_lines(source, rows)
        yield _LocalShard(rows, "jsonl", rows.parent, prefix or shard[: -len(name)])
        return
    yield _LocalShard(source, None, root, prefix)


@contextmanager
def _client(scheduler: str | None, workers: int):
    from dask.distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_batch(
    inputs: list[str],
    out: str | Path,
    scheduler: str | None = None,
    workers: int = 1,
    options: ReadOptions | None = None,
    seconds: float | None = DEFAULT_SECONDS,
    on_shard: Callable[[BatchSummary], None] | None = None,
) -> BatchSummary:
    """Extract every shard of ``inputs`` into Parquet partitions under ``out`` on a Dask cluster."""
    from dask.distributed import as_completed

    shards = find_shards(inputs)
    Path(out).mkdir(parents=True, exist_ok=True)
    summary = BatchSummary(shards=len(shards))
    with _client(scheduler, workers) as client:
        futures = client.map(
            run_shard, shards, out=str(Path(out).resolve()), options=options, seconds=seconds, pure=False
        )
        shard_of = {future.key: shard for future, shard in zip(futures, shards)}
        for future in as_completed(futures):
            if future.status == "error":
                summary.errors.append(
                    f"{shard_of[future.key]}: {type(future.exception()).__name__}: "
                    f"{' '.join(str(future.exception()).split())[:200]}"
                )
            else:
                summary.results.append(future.result())
            if on_shard is not None:
                on_shard(summary)
    return summary
