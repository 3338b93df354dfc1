"""The Typer application object and options shared by every command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="sitrep",
    help="Turn conflict news reports into a sourced database of events and claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", envvar="SITREP_DB", help="Database file (default ./sitrep.duckdb, or $SITREP_DB)."),
]


def _version(value: bool) -> None:
    if value:
        from sitrep import __version__

        typer.echo(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """sitrep: conflict news in, a sourced database of events and claims out."""


def open_db(path: Path | None, must_exist: bool = False):
    """Open (creating and migrating if needed) the database for a command; a command that only reads
    (``must_exist``) refuses to create an empty one and says how to make one."""
    from sitrep.errors import UsageError
    from sitrep.store import Database
    from sitrep.store.database import default_db_path

    target = Path(path) if path is not None else default_db_path()
    if must_exist and not target.exists():
        raise UsageError(f"no database at {target}: make one with `sitrep ingest FILES` (or pass --db FILE)")
    return Database(path)


def workers_or_cores(workers: int | None) -> int:
    """A --workers option, or the cores this process may use when it is not given."""
    import os

    return workers or len(os.sched_getaffinity(0))
