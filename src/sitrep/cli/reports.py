"""``sitrep reports``, ``sitrep show`` and ``sitrep export``."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Literal

import typer

from sitrep.cli.app import DbOption, app, open_db
from sitrep.cli.output import console, one_line, print_rows, safe_text

FormatOption = Annotated[
    Literal["table", "json", "csv"], typer.Option("--format", help="Output format: table, json or csv.")
]


@app.command()
def reports(
    db: DbOption = None,
    fmt: FormatOption = "table",
    limit: Annotated[int, typer.Option(help="Show at most this many reports.")] = 50,
    offset: Annotated[int, typer.Option(help="Skip this many reports first.")] = 0,
    stale: Annotated[
        bool, typer.Option("--stale", help="Only reports an older extractor read (`sitrep extract` reads them again).")
    ] = False,
) -> None:
    """List stored reports, newest first."""
    from sitrep.store.reports import LISTING_COLUMNS, count_reports, list_reports

    if stale:
        from sitrep.extract.version import extractor_version
        from sitrep.store.reports import count_stale, stale_reports

        current = extractor_version()
        with open_db(db, must_exist=True) as database:
            rows, total = stale_reports(database, current, limit), count_stale(database, current)
        columns = ["id", "published", "outlet", "title", "extractor"]
        print_rows(rows, columns, fmt, title=f"{total} reports read by an older extractor (now {current})")
        return
    with open_db(db, must_exist=True) as database:
        rows = list_reports(database, limit=limit, offset=offset)
        total = count_reports(database)
    columns = [*LISTING_COLUMNS, "chars"] if fmt != "table" else ["id", "published", "outlet", "title", "chars"]
    print_rows(rows, columns, fmt, title=f"{total} reports")


@app.command()
def show(
    report_id: Annotated[str, typer.Argument(help="Report id, or a unique prefix of it.")],
    db: DbOption = None,
    fmt: Annotated[Literal["text", "json"], typer.Option("--format", help="Output format: text or json.")] = "text",
) -> None:
    """Show one report with its metadata and body."""
    from sitrep.store.reports import get_report

    with open_db(db, must_exist=True) as database:
        report = get_report(database, report_id)
    if fmt == "json":
        print(json.dumps(asdict(report), default=_json_default, ensure_ascii=False, indent=2))
        return
    out = console()
    for name in ("id", "title", "outlet", "byline", "url", "published", "published_precision", "language", "origin"):
        value = getattr(report, name)
        value = value.value if hasattr(value, "value") else value
        out.print(f"{name:>20}: {one_line(value) or '-'}")
    out.print()
    out.print(safe_text(report.body))


@app.command()
def export(
    fmt: Annotated[
        Literal["csv", "jsonl", "geojson", "parquet"],
        typer.Option("--format", help="csv, jsonl, geojson (events) or parquet."),
    ] = "csv",
    out: Annotated[
        Path | None, typer.Option("--out", help="Output file (stdout if omitted; parquet needs it).")
    ] = None,
    what: Annotated[
        Literal["events", "claims", "relations", "reports"],
        typer.Option("--what", help="events (ACLED-compatible columns), claims, relations or reports."),
    ] = "events",
    per_report: Annotated[
        bool,
        typer.Option(
            "--per-report", help="Events: one row per report's event instead of one per merged event with its sources."
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Export events (ACLED-compatible columns; one row per merged event, every source in `source` and its own
    figure in `source_figures`), claims, relations or reports as CSV, JSON Lines, GeoJSON (events on a map) or
    Parquet."""
    from sitrep.store.export import export_table

    with open_db(db, must_exist=True) as database:
        count = export_table(database, what, fmt, out, merged=not per_report)
    if out is not None:
        kind = "merged events" if what == "events" and not per_report else what
        print(f"exported {count} {kind} to {safe_text(out)}", file=sys.stderr)


def _json_default(value: object) -> object:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    raise TypeError(type(value).__name__)


@app.command()
def check(db: DbOption = None) -> None:
    """Read every table of the database to find damage (checksum errors); exit 1 if any table is unreadable."""
    from sitrep.store.check import check_database

    with open_db(db, must_exist=True) as database:
        report = check_database(database)
    for problem in report.problems:
        print(one_line(problem), file=sys.stderr)
    state = "ok" if report.ok else f"{len(report.problems)} damaged"
    print(f"check: {report.tables} tables, {report.rows} rows read; {state}")
    if not report.ok:
        raise typer.Exit(1)
