"""Storing and reading reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sitrep.errors import NotFoundError, UsageError
from sitrep.records import Precision, Report

if TYPE_CHECKING:
    from sitrep.store.database import Database

REPORT_COLUMNS = (
    "id",
    "title",
    "outlet",
    "byline",
    "url",
    "published",
    "published_precision",
    "language",
    "body",
    "origin",
    "ingested_at",
    "dateline",
)
LISTING_COLUMNS = ("id", "published", "published_precision", "outlet", "title", "origin")


def store_reports(db: Database, reports: list[Report]) -> int:
    """Store the reports not already present, in one transaction; return how many were new."""
    unique: dict[str, Report] = {}
    for report in reports:
        unique.setdefault(report.id, report)
    now = datetime.now(UTC).replace(tzinfo=None)
    with db.transaction():
        placeholders = ", ".join("?" for _ in unique)
        present = {
            row[0]
            for row in db.execute(f"SELECT id FROM reports WHERE id IN ({placeholders})", list(unique)).fetchall()
        }
        fresh = [replace(r, ingested_at=now) for r in unique.values() if r.id not in present]
        db.executemany(
            f"INSERT INTO reports ({', '.join(REPORT_COLUMNS)}) VALUES ({', '.join('?' for _ in REPORT_COLUMNS)})",
            [_report_row(r) for r in fresh],
        )
    return len(fresh)


def _report_row(report: Report) -> list[Any]:
    return [
        report.id,
        report.title,
        report.outlet,
        report.byline,
        report.url,
        report.published,
        report.published_precision.value,
        report.language,
        report.body,
        report.origin,
        report.ingested_at,
        report.dateline,
    ]


def count_stale(db: Database, current: str) -> int:
    """Reports extracted by another extractor than ``current`` (older code, models or tables)."""
    return int(
        db.scalar(
            "SELECT count(*) FROM reports WHERE extracted_at IS NOT NULL AND extractor IS DISTINCT FROM ?", [current]
        )
    )


def stale_reports(db: Database, current: str, limit: int = 50) -> list[dict]:
    """The reports ``count_stale`` counts, with the extractor that read them."""
    return db.rows(
        "SELECT id, title, outlet, published, extractor, extracted_at FROM reports "
        "WHERE extracted_at IS NOT NULL AND extractor IS DISTINCT FROM ? ORDER BY id LIMIT ?",
        [current, limit],
    )


def count_reports(db: Database) -> int:
    """How many reports are stored."""
    return int(db.scalar("SELECT count(*) FROM reports"))


def list_reports(db: Database, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Report listings (no body), newest publication first, undated last."""
    sql = (
        f"SELECT {', '.join(LISTING_COLUMNS)}, length(body) AS chars FROM reports "
        "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?"
    )
    return db.rows(sql, [limit if limit is not None else 2**62, offset])


def get_report(db: Database, id_or_prefix: str) -> Report:
    """One report by full id or unique id prefix (at least 4 characters)."""
    if len(id_or_prefix) < 4:
        raise UsageError(f"report id {id_or_prefix!r} is too short: give at least 4 characters")
    rows = db.rows(
        f"SELECT {', '.join(REPORT_COLUMNS)} FROM reports WHERE starts_with(id, ?) ORDER BY id LIMIT 2",
        [id_or_prefix.lower()],
    )
    if not rows:
        raise NotFoundError(f"no report with id {id_or_prefix!r}")
    if len(rows) > 1:
        raise UsageError(f"report id prefix {id_or_prefix!r} is ambiguous: give more characters")
    return report_from_row(rows[0])


def report_from_row(row: dict[str, Any]) -> Report:
    """A Report record from a row of the reports table."""
    values = {name: row.get(name) for name in REPORT_COLUMNS}
    values["published_precision"] = Precision(values["published_precision"] or "unknown")
    return Report(**values)


def size_to_extract(db: Database, only_unextracted: bool = False, current: str | None = None) -> tuple[int, int]:
    """How many reports ``iter_reports`` with the same arguments yields, and their characters in all."""
    where, params = _to_extract(only_unextracted, current)
    reports, characters = db.execute(
        f"SELECT count(*), coalesce(sum(length(body)), 0) FROM reports {where}", params
    ).fetchone()
    return int(reports), int(characters)


def _to_extract(only_unextracted: bool, current: str | None) -> tuple[str, list[Any]]:
    if not only_unextracted:
        return "", []
    if current:
        return "WHERE (extracted_at IS NULL OR extractor IS DISTINCT FROM ?)", [current]
    return "WHERE extracted_at IS NULL", []


def iter_reports(db: Database, only_unextracted: bool = False, batch: int = 500, current: str | None = None):
    """Stream stored reports in id order, a batch at a time (memory stays flat): all of them, or only those
    never extracted (``only_unextracted``), together with those read by another extractor than ``current``."""
    where, params = _to_extract(only_unextracted, current)
    last = ""
    while True:
        rows = db.rows(
            f"SELECT {', '.join(REPORT_COLUMNS)} FROM reports {where} {'AND' if where else 'WHERE'} id > ? "
            "ORDER BY id LIMIT ?",
            [*params, last, batch],
        )
        if not rows:
            return
        for row in rows:
            yield report_from_row(row)
        last = rows[-1]["id"]


def search_reports(db: Database, text: str, limit: int, offset: int) -> tuple[list[dict], int]:
    """Reports whose title or body contains ``text`` (case-insensitive, taken literally), newest first,
    with how many events each gave; and how many reports match in all."""
    pattern = f"%{_like(text)}%"
    rows = db.rows(
        """SELECT r.id, r.title, r.outlet, r.published,
                  (SELECT count(*) FROM events e WHERE e.report_id = r.id) AS events
           FROM reports r WHERE r.title ILIKE ? ESCAPE '\\' OR r.body ILIKE ? ESCAPE '\\'
           ORDER BY r.published DESC NULLS LAST, r.id LIMIT ? OFFSET ?""",
        [pattern, pattern, limit, offset],
    )
    total = db.scalar(
        "SELECT count(*) FROM reports WHERE title ILIKE ? ESCAPE '\\' OR body ILIKE ? ESCAPE '\\'", [pattern, pattern]
    )
    return rows, int(total or 0)


def _like(text: str) -> str:
    """The text as a literal inside a LIKE pattern (its own % and _ do not act)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
