"""``sitrep brief``: the weekly situation brief as HTML or PDF."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli.app import DbOption, app, open_db
from sitrep.cli.extract import CountryOption, _date
from sitrep.cli.output import safe_text


@app.command()
def brief(
    country: CountryOption = None,
    since: Annotated[
        str, typer.Option("--since", help="First day: YYYY-MM-DD, YYYY-MM, YYYY, or 7d/2w/3m/1y back.")
    ] = "7d",
    until: Annotated[
        str | None, typer.Option("--until", help="Last day (YYYY-MM-DD, YYYY-MM or YYYY); today if omitted.")
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="brief.html, or brief.pdf (printed by Chromium).")] = Path(
        "brief.html"
    ),
    db: DbOption = None,
) -> None:
    """Headline figures against the period before, map, incidents by day, the deadliest and most reported
    incidents with their sources, strength estimates that changed, figures that disagree, new actors."""
    from sitrep.serve.brief import write_brief
    from sitrep.service.brief import compose_brief

    first = _date(since)
    last = _date(until, end=True) if until else date.today()
    if first is None:  # pragma: no cover - the option has a default
        first = last - timedelta(days=6)
    with open_db(db, must_exist=True) as database:
        composed = compose_brief(database, first, last, country)
    write_brief(composed, out)
    print(
        f"wrote {safe_text(str(out))}: {composed.current.incidents} incidents, {composed.current.deaths} killed "
        f"({composed.since} to {composed.until})",
        file=sys.stderr,
    )
