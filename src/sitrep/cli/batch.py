"""``sitrep batch`` (extract a sharded archive on Dask into Parquet) and ``sitrep load`` (into a database)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from sitrep.cli.app import DbOption, app, open_db, workers_or_cores
from sitrep.cli.output import ProgressLine, one_line
from sitrep.errors import UsageError


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Shards: files, folders, globs or fsspec URLs (s3://…).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the Parquet partitions (one per shard).")],
    scheduler: Annotated[
        Optional[str], typer.Option("--scheduler", help="A running Dask scheduler (tcp://HOST:PORT).")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Worker processes of the local cluster (default: the cores available)."),
    ] = None,
    time_limit: Annotated[
        float, typer.Option(min=1, help="Seconds one report may take; a slower one is stored as failed.")
    ] = 120.0,
) -> None:
    """Extract a sharded archive on a Dask cluster: each shard becomes a Parquet partition under --out."""
    try:
        from sitrep.service.batch import run_batch
    except ImportError as exc:  # dask is the optional 'scale' extra
        raise UsageError(f"sitrep batch needs Dask: pip install 'sitrep[scale]' ({exc.name} is missing)") from None

    count = workers_or_cores(workers)
    with ProgressLine(_describe) as tick:
        summary = run_batch(inputs, out, scheduler=scheduler, workers=count, seconds=time_limit, on_shard=tick)
    for result in summary.results:
        for failure in result.failures:
            print(one_line(f"{result.shard}: {failure}"), file=sys.stderr)
    for error in summary.errors:
        print(one_line(error), file=sys.stderr)
    skipped = sum(r.skipped for r in summary.results)
    again = f" ({skipped} already done)" if skipped else ""
    print(
        f"batch: {len(summary.results)} of {summary.shards} shards{again}, {summary.sum_of('reports')} reports, "
        f"{summary.sum_of('events')} events, {summary.sum_of('claims')} claims; load them with: sitrep load {out}"
    )
    if summary.errors or any(r.failures for r in summary.results):
        raise typer.Exit(1)


def _describe(summary) -> str:
    return f"{summary.done}/{summary.shards} shards, {summary.sum_of('reports')} reports, {summary.sum_of('events')} events"


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(help="The --out folder of sitrep batch.")],
    db: DbOption = None,
) -> None:
    """Load the Parquet partitions of sitrep batch into a database (reports it already has are skipped)."""
    from sitrep.store.partitions import load_partitions

    if not folder.is_dir():
        raise UsageError(f"{folder}: no such folder (the --out folder of sitrep batch)")
    with open_db(db) as database:
        summary = load_partitions(database, folder)
    already = f", {summary.skipped_reports} reports already there" if summary.skipped_reports else ""
    print(
        f"loaded: {summary.partitions} partitions, {summary.reports} reports, {summary.events} events, "
        f"{summary.claims} claims{already}"
    )
    if summary.reports:
        from sitrep.cli.resolve import report_resolve

        with open_db(db) as database:
            report_resolve(database)
