"""``sitrep ingest``: store reports from files and folders."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from sitrep.cli.app import DbOption, app, open_db
from sitrep.cli.output import ProgressLine, one_line


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of reports (read recursively).")],
    db: DbOption = None,
    fmt: Annotated[
        Literal["text", "html", "feed", "jsonl", "json", "csv"] | None,
        typer.Option("--format", help="Force a reader: text, html, feed, jsonl, json, csv."),
    ] = None,
    text_column: Annotated[str | None, typer.Option(help="CSV/JSON field holding the report text.")] = None,
    title_column: Annotated[str | None, typer.Option(help="CSV/JSON field holding the title.")] = None,
    date_column: Annotated[str | None, typer.Option(help="CSV/JSON field holding the publication date.")] = None,
    url_column: Annotated[str | None, typer.Option(help="CSV/JSON field holding the URL.")] = None,
    outlet_column: Annotated[str | None, typer.Option(help="CSV/JSON field holding the outlet.")] = None,
    byline_column: Annotated[str | None, typer.Option(help="CSV/JSON field holding the author.")] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Largest single-report file, or CSV/JSON Lines row, to read, in bytes.")
    ] = 20 * 1024 * 1024,
    sniff_csv: Annotated[
        bool, typer.Option("--sniff-csv", help="Guess the CSV dialect instead of reading RFC 4180 quoting.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    log_commits: Annotated[
        bool, typer.Option("--log-commits", help="Print a line to stderr after each committed batch (for scripts).")
    ] = False,
    server: Annotated[
        str | None, typer.Option(help="Ingest through a running `sitrep serve` at this URL (it holds the database).")
    ] = None,
    token: Annotated[str | None, typer.Option(envvar="SITREP_TOKEN", help="The server's write token.")] = None,
) -> None:
    """Read reports (text, HTML, RSS/Atom, JSON Lines, CSV) and store the new ones.

    The same report twice is stored once. Each failure is printed as one line
    'file[:line]: reason'; good files are stored regardless, and the exit code
    is 1 if anything failed.
    """
    if server:
        _ingest_through(server, token, paths)
        return
    from sitrep.ingest import ReadOptions
    from sitrep.service.ingest import ingest_paths

    options = ReadOptions(
        format=fmt,
        text_column=text_column,
        title_column=title_column,
        date_column=date_column,
        url_column=url_column,
        outlet_column=outlet_column,
        byline_column=byline_column,
        max_bytes=max_bytes,
        sniff_csv=sniff_csv,
    )
    with open_db(db) as database, ProgressLine(_describe) as tick:
        summary = ingest_paths(database, paths, options, on_report=tick, on_commit=_log_commit if log_commits else None)
    for line in summary.skipped + summary.failures:
        print(one_line(line), file=sys.stderr)
    if as_json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        skipped = f", {len(summary.skipped)} skipped" if summary.skipped else ""
        print(f"ingested: {summary.new} new, {summary.duplicate} duplicate, {summary.failed} failed{skipped}")
    if summary.failed:
        raise typer.Exit(1)


def _log_commit(summary) -> None:
    print(f"committed: {summary.new} new, {summary.duplicate} duplicate so far", file=sys.stderr, flush=True)


def _describe(summary) -> str:
    return f"{summary.new} new, {summary.duplicate} duplicate, {summary.failed} failed"


def _ingest_through(server: str, token: str | None, paths: list[Path]) -> None:
    """Upload the files under ``paths`` to a running server's /api/ingest; it ingests, extracts and resolves.
    (The server reads no path of its own machine unless it lies in the inbox it was started with.)"""
    import base64
    import urllib.error
    import urllib.request

    from sitrep.errors import InputError, UsageError
    from sitrep.ingest import iter_files

    if not token:
        raise UsageError("--server needs the server's write token (--token or $SITREP_TOKEN)")
    files, local_failures = [], []
    for item in iter_files(paths):
        if isinstance(item, InputError):
            local_failures.append(str(item))
            continue
        data = base64.b64encode(item.read_bytes()).decode("ascii")
        files.append({"name": item.name, "content_base64": data})
    for failure in local_failures:
        print(one_line(failure), file=sys.stderr)
    if not files:
        raise UsageError("no files to send")
    body = json.dumps({"files": files}).encode()
    request = urllib.request.Request(
        server.rstrip("/") + "/api/ingest",
        data=body,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=3600) as response:
            result = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        message = json.loads(exc.read() or b"{}").get("error", {}).get("message", exc.reason)
        raise UsageError(f"server {server}: {message}") from None
    except urllib.error.URLError as exc:
        raise UsageError(f"cannot reach server {server}: {exc.reason}") from None
    for failure in result["failed"]:
        print(one_line(failure), file=sys.stderr)
    print(
        f"ingested through {server}: {result['new']} new, {result['duplicate']} duplicate, {len(result['failed'])} failed; "
        f"{result['events']} events are {result['distinct_events']} distinct events"
    )
