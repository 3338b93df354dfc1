"""Parquet partitions of a database's extraction tables: written by ``sitrep batch``, read by ``sitrep load``.

A partition is one shard's reports with everything extracted from them, one Parquet file per table
(``OUT/<table>/<name>.parquet``), then a marker ``OUT/_done/<name>.json`` written last: a partition
without its marker is incomplete (its worker died) and is neither loaded nor counted as done. Loading
adds only the reports a database lacks, with their rows in every table, so loading twice adds nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb

from sitrep.errors import InputError
from sitrep.store.database import Database
from sitrep.store.export import export_table

# Tables an extraction fills, in the order they are loaded (reports first: the others follow them).
TABLES = ("reports", "events", "claims", "evidence", "relations", "actor_mentions", "actors", "actor_aliases")
_BY_REPORT = ("events", "claims", "evidence", "relations", "actor_mentions")
DONE = "_done"
EXPORTED = ("reports", "events", "claims", "relations")  # also written with the columns of `sitrep export`
# What two databases that read the same reports hold alike (not the times of reading, nor merge clusters).
SAME_EXTRACTION = {
    "reports": "id, origin, title, body, published, extraction_error",
    "events": "* EXCLUDE (cluster_id)",
    "claims": "*",
    "evidence": "*",
    "relations": "*",
}


@dataclass(frozen=True)
class LoadSummary:
    """What ``load_partitions`` added."""

    partitions: int
    reports: int
    events: int
    claims: int
    skipped_reports: int  # already in the database


def write_partition(db: Database, folder: Path, name: str) -> list[Path]:
    """Write every extraction table of ``db`` as ``folder/<table>/<name>.parquet`` (what ``sitrep load``
    reads), and reports, events, claims and relations as ``sitrep export`` writes them, as
    ``folder/export/<what>/<name>.parquet`` (to read without loading); the files written."""
    written = []
    for table in TABLES:
        target = folder / table / f"{name}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        # COPY takes no parameter for its target; the name is ours (a sanitised shard name), quotes doubled.
        db.execute(f"COPY (SELECT * FROM {table}) TO '{_quoted(target)}' (FORMAT parquet)").fetchall()
        written.append(target)
    for what in EXPORTED:
        target = folder / "export" / what / f"{name}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        export_table(db, what, "parquet", target)
        written.append(target)
    return written


def partition_names(folder: Path) -> list[str]:
    """The complete partitions under ``folder`` (those whose marker was written), sorted."""
    return sorted(p.stem for p in (folder / DONE).glob("*.json"))


def load_partitions(db: Database, folder: Path) -> LoadSummary:
    """Add every complete partition under ``folder`` to ``db``: only reports it lacks, each with its rows;
    one transaction per partition, so a failure leaves whole partitions only."""
    names = partition_names(folder)
    if not names:
        raise InputError(str(folder), "no complete partitions (OUT/_done/*.json) to load: run sitrep batch first")
    counts = dict.fromkeys(("reports", "events", "claims", "skipped"), 0)
    for name in names:
        files = {table: folder / table / f"{name}.parquet" for table in TABLES}
        missing = [str(path) for path in files.values() if not path.is_file()]
        if missing:
            raise InputError(missing[0], f"partition {name} is marked done but this file is missing")
        try:
            added = _load_one(db, files)
        except duckdb.Error as exc:
            raise InputError(str(folder / "reports" / f"{name}.parquet"), f"cannot load: {_first_line(exc)}") from None
        for key in counts:
            counts[key] += added[key]
    return LoadSummary(len(names), counts["reports"], counts["events"], counts["claims"], counts["skipped"])


def _load_one(db: Database, files: dict[str, Path]) -> dict[str, int]:
    """Each Parquet file is read once; the counts are what the inserts report."""
    with db.transaction():
        db.execute("DROP TABLE IF EXISTS temp.new_reports")
        db.execute("CREATE TEMP TABLE new_reports AS SELECT * FROM read_parquet(?)", [str(files["reports"])])
        offered = db.scalar("SELECT count(*) FROM new_reports")
        db.execute("DELETE FROM new_reports WHERE id IN (SELECT id FROM reports)")
        added = {"reports": _inserted(db, "INSERT INTO reports BY NAME SELECT * FROM new_reports")}
        for table in _BY_REPORT:
            added[table] = _inserted(
                db,
                f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?) "
                "WHERE report_id IN (SELECT id FROM new_reports)",
                [str(files[table])],
            )
        db.execute(
            "INSERT INTO actors BY NAME SELECT * FROM read_parquet(?) WHERE id NOT IN (SELECT id FROM actors)",
            [str(files["actors"])],
        )
        db.execute(
            "INSERT INTO actor_aliases BY NAME SELECT DISTINCT * FROM read_parquet(?) a WHERE NOT EXISTS "
            "(SELECT 1 FROM actor_aliases b WHERE b.alias_key = a.alias_key AND b.actor_id = a.actor_id)",
            [str(files["actor_aliases"])],
        )
        db.execute("DROP TABLE temp.new_reports")
    added["skipped"] = offered - added["reports"]
    return added


def _inserted(db: Database, sql: str, params: list | None = None) -> int:
    """Run an INSERT and return how many rows it added (DuckDB answers with the count)."""
    return int(db.execute(sql, params or []).fetchall()[0][0])


def write_marker(folder: Path, name: str, summary: dict) -> None:
    """Mark a partition complete (atomically: a marker is whole or absent)."""
    marker = folder / DONE / f"{name}.json"
    marker.parent.mkdir(parents=True, exist_ok=True)
    partial = marker.with_suffix(".json.part")
    partial.write_text(json.dumps(summary, sort_keys=True) + "\n", encoding="utf-8")
    partial.replace(marker)


def extraction_rows(path: Path, table: str) -> list[tuple]:
    """The rows of one of the ``SAME_EXTRACTION`` tables of a database file, sorted, for comparison."""
    with duckdb.connect(str(path), read_only=True) as conn:
        return conn.execute(f"SELECT {SAME_EXTRACTION[table]} FROM {table} ORDER BY ALL").fetchall()


def parquet_as_json_lines(source: Path, target: Path) -> None:
    """Rewrite a Parquet shard's rows as JSON Lines, the form sitrep's readers take."""
    with duckdb.connect() as conn:
        conn.execute("SET threads TO 1")
        conn.execute(f"COPY (SELECT * FROM read_parquet('{_quoted(source)}')) TO '{_quoted(target)}' (FORMAT json)")


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _first_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]
