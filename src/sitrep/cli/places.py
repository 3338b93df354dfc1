"""``sitrep places``: which gazetteer entries a name could mean, and how each scores."""

from __future__ import annotations

from typing import Annotated, Literal

import typer

from sitrep.cli.app import app
from sitrep.cli.output import print_rows

COLUMNS = (
    "score",
    "name",
    "level",
    "admin2",
    "admin1",
    "country",
    "population",
    "latitude",
    "longitude",
    "feature",
    "id",
    "source",
)
TABLE_COLUMNS = ("score", "name", "level", "admin2", "admin1", "country", "population")


@app.command()
def places(
    query: Annotated[str, typer.Argument(help="A place name, optionally with a cue word: 'Achin district'.")],
    context: Annotated[str, typer.Option("--context", help="Text around the name (countries, provinces).")] = "",
    limit: Annotated[int, typer.Option(help="Show at most this many candidates.")] = 10,
    fmt: Annotated[Literal["table", "json", "csv"], typer.Option("--format", help="table, json or csv.")] = "table",
) -> None:
    """Show the gazetteer candidates for a place name with the scores that rank them."""
    from sitrep.errors import UsageError
    from sitrep.places.resolve import place_candidates

    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"--format must be table, json or csv, not {fmt!r}")
    rows = []
    for candidate in place_candidates(query, context, limit):
        e = candidate.entry
        row = {name: getattr(e, name, None) for name in COLUMNS if name != "score"}
        row["score"] = round(candidate.score, 2)
        row["level"] = e.level + (" (spelling variant)" if candidate.fuzzy else "")
        rows.append(row)
    print_rows(rows, TABLE_COLUMNS if fmt == "table" else COLUMNS, fmt, title=f"{len(rows)} candidates for {query!r}")


@app.command()
def gazetteer() -> None:
    """Build the offline gazetteer if it is missing or stale, and say what it holds."""
    import time

    from sitrep.places.gazetteer import gazetteer_counts, gazetteer_path

    started = time.perf_counter()
    existed = gazetteer_path().exists()
    levels, names, supplement = gazetteer_counts()
    took = "cached" if existed else f"built in {time.perf_counter() - started:.0f} s"
    counts = ", ".join(f"{n:,} {level}" for level, n in levels)
    typer.echo(f"gazetteer: {counts}; {names:,} names ({supplement} from the supplement); {took}: {gazetteer_path()}")
