"""Exporting tables as CSV, JSON Lines or Parquet."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sitrep.errors import UsageError

if TYPE_CHECKING:
    from sitrep.store.database import Database

FORMATS = ("csv", "jsonl", "parquet")
_REPORTS_SQL = (
    "SELECT id, published, published_precision, outlet, byline, title, url, language, origin, "
    "ingested_at, body FROM reports ORDER BY id"
)


def export_reports(db: Database, fmt: str, out: str | Path | None = None) -> int:
    """Write every report as ``fmt`` to ``out`` (stdout when None); return the row count."""
    return export_query(db, _REPORTS_SQL, [], fmt, out)


def export_query(db: Database, sql: str, params: list[Any], fmt: str, out: str | Path | None) -> int:
    """Write a query's rows as csv, jsonl or parquet; return the row count."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "parquet":
        if out is None:
            raise UsageError("parquet export needs --out FILE")
        relation = db.conn.sql(sql, params=params)
        relation.write_parquet(str(out))
        return int(db.scalar(f"SELECT count(*) FROM ({sql})", params))
    if out is None:
        return _write_stream(db, sql, params, fmt, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as handle:
        return _write_stream(db, sql, params, fmt, handle)


def _write_stream(db: Database, sql: str, params: list[Any], fmt: str, handle: IO[str]) -> int:
    cursor = db.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    writer = csv.writer(handle) if fmt == "csv" else None
    if writer:
        writer.writerow(names)
    count = 0
    while rows := cursor.fetchmany(1000):
        for row in rows:
            if writer:
                writer.writerow(["" if v is None else _plain(v) for v in row])
            else:
                handle.write(json.dumps(dict(zip(names, map(_plain, row))), ensure_ascii=False) + "\n")
            count += 1
    return count


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
