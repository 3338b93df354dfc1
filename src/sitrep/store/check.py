"""Database integrity: read every block of every table, so a damaged file is found before it is trusted.

DuckDB checks each block's checksum as it reads it; a flipped byte surfaces as an
error on the first query that touches the block. ``check_database`` touches them
all, one table at a time, and names the tables that cannot be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from sitrep.store.database import Database


@dataclass
class IntegrityReport:
    """What a check read, and each table it could not read (with the first line of the reason)."""

    tables: int = 0
    rows: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> IntegrityReport:
    """Read every value of every table of ``db``; nothing is written."""
    report = IntegrityReport()
    tables = db.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY table_name"
    ).fetchall()
    for (table,) in tables:
        columns = [
            c
            for (c,) in db.execute(
                "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() AND table_name = ? "
                "ORDER BY column_index",
                [table],
            ).fetchall()
        ]
        # Every column's every value is read: a projection the planner could skip would leave blocks unread.
        read_all = ", ".join(f'sum(length(CAST("{c.replace(chr(34), chr(34) * 2)}" AS VARCHAR)))' for c in columns)
        quoted = table.replace('"', '""')
        try:
            report.rows += int(db.execute(f'SELECT count(*), {read_all} FROM "{quoted}"').fetchone()[0])
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            report.problems.append(f"table {table}: {first[:300]}")
        report.tables += 1
    return report
