"""``sitrep extract``, ``sitrep events`` and ``sitrep claims``."""

from __future__ import annotations

import calendar
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Literal, Optional

import typer

from sitrep.cli.app import DbOption, app, open_db, workers_or_cores
from sitrep.cli.output import ProgressLine, one_line, print_cards, print_rows
from sitrep.errors import DatabaseHeld, UsageError

FormatOption = Annotated[
    Literal["table", "json", "csv"], typer.Option("--format", help="Output format: table, json or csv.")
]
ActorOption = Annotated[Optional[str], typer.Option("--actor", help="Actor name or any alias (IS-K = ISKP).")]
PlaceOption = Annotated[Optional[str], typer.Option("--place", help="Place, admin area or country name.")]
SinceOption = Annotated[
    Optional[str], typer.Option("--since", help="From this date on: YYYY-MM-DD, YYYY-MM, YYYY, or 7d/2w/3m/1y back.")
]
UntilOption = Annotated[Optional[str], typer.Option("--until", help="Up to this date: YYYY-MM-DD, YYYY-MM or YYYY.")]
CountryOption = Annotated[Optional[str], typer.Option("--country", help="Only events or claims in this country.")]

EVENT_TABLE = ("date", "event_type", "sub_event_type", "actor1_name", "actor2_name", "place", "fatalities", "evidence")
CLAIM_TABLE = ("kind", "subject_name", "value", "unit", "as_of", "attributed_to", "evidence")


@app.command()
def extract(
    db: DbOption = None,
    redo: Annotated[
        bool, typer.Option("--all", help="Extract again from every report (failed ones too), not only new ones.")
    ] = False,
    time_limit: Annotated[
        float, typer.Option(min=1, help="Seconds one report may take; a slower one is stored as failed.")
    ] = 120.0,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Processes reading reports (default: the cores available); one writes."),
    ] = None,
) -> None:
    """Extract events and claims from stored reports (new ones by default)."""
    from sitrep.service.extract import extract_stored

    count = workers_or_cores(workers)
    with open_db(db) as database, ProgressLine(_describe_progress) as tick:
        summary = extract_stored(database, redo=redo, on_report=tick, time_limit_seconds=time_limit, workers=count)
    for failure in summary.failures:
        print(one_line(failure), file=sys.stderr)
    failed = f", {len(summary.failures)} failed" if summary.failures else ""
    stale = f" ({summary.stale} read again: an older extractor had read them)" if summary.stale else ""
    print(f"extracted: {summary.reports} reports{stale}, {summary.events} events, {summary.claims} claims{failed}")
    if summary.reports:
        from sitrep.cli.resolve import report_resolve

        with open_db(db) as database:
            report_resolve(database)
    if summary.failures:
        raise typer.Exit(1)


events_app = typer.Typer(help="List events (one per report, or --merged across reports); split a merge.")
app.add_typer(events_app, name="events")


@events_app.callback(invoke_without_command=True)
def events(
    ctx: typer.Context,
    db: DbOption = None,
    actor: ActorOption = None,
    place: PlaceOption = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="ACLED event type or sub-event type.")] = None,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: FormatOption = "table",
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 100,
    merged: Annotated[
        bool, typer.Option("--merged", help="One row per event across reports, with every source's figure.")
    ] = False,
    rejected: Annotated[
        bool, typer.Option("--rejected", help="Only the events reviewers rejected (every other list leaves them out).")
    ] = False,
) -> None:
    """List extracted events, each with the sentence that states it."""
    if ctx.invoked_subcommand is not None:
        return
    from sitrep.store.extractions import count_events, query_events

    if merged and rejected:
        raise UsageError("--rejected lists events one per report: drop --merged")
    if merged:
        from sitrep.cli.resolve import print_merged

        _check_type(event_type)
        print_merged(db, actor, country or place, event_type, _date(since), _date(until, end=True), fmt, limit)
        return
    _check_type(event_type)
    filters = {"actor": actor, "place": country or place, "event_type": event_type}
    if rejected:
        filters["rejected"] = True
    _list(db, query_events, count_events, filters, since, until, limit, fmt, EVENT_TABLE, "events")


@app.command()
def claims(
    db: DbOption = None,
    actor: ActorOption = None,
    place: PlaceOption = None,
    kind: Annotated[
        Optional[str], typer.Option("--kind", help="strength, fatalities, injuries, count, growth or responsibility.")
    ] = None,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: FormatOption = "table",
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 100,
) -> None:
    """List quantitative claims with value, hedge, as-of date, source and sentence."""
    from sitrep.store.extractions import count_claims, query_claims

    filters = {"actor": actor, "place": country or place, "kind": kind}
    _list(db, query_claims, count_claims, filters, since, until, limit, fmt, CLAIM_TABLE, "claims")


def _list(db, query, count, filters: dict, since, until, limit: int, fmt: str, columns, what: str) -> None:
    """Query a page of events or claims with the date options read, count all that match, and print;
    an actor filter that matched nothing says whether the name is unknown."""
    from sitrep.service.actors import actor_query

    filters = filters | {"since": _date(since), "until": _date(until, end=True)}
    try:
        with open_db(db, must_exist=True) as database:
            local = filters | {"actor": actor_query(filters["actor"])}  # the actor under any of its names
            rows = query(database, **local, limit=limit)
            total = count(database, **local)
            if not rows:
                _check_actor(database, filters["actor"])
    except DatabaseHeld as held:
        rows, total = _list_through_server(db, what, filters, limit, held)
    _print(rows, fmt, columns, what, total)


def _list_through_server(db, what: str, filters: dict, limit: int, held: DatabaseHeld) -> tuple[list[dict], int]:
    """The same list from the running server that holds the database (``sitrep.cli.remote``)."""
    from sitrep.cli.remote import fetch_page, serving
    from sitrep.store.database import default_db_path

    url = serving(Path(db) if db is not None else default_db_path())
    if url is None:
        raise held  # no server says it holds the file: say what to do
    params = {"type" if key == "event_type" else key: value for key, value in filters.items()}
    print(f"(read through the server at {url}, which holds the database)", file=sys.stderr)
    return fetch_page(url, what, params | {"limit": min(limit, 1000)})  # the API pages by at most 1,000


def _describe_progress(summary) -> str:
    return f"{summary.reports} reports, {summary.events} events, {summary.claims} claims"


def _print(rows: list[dict], fmt: str, table_columns: tuple[str, ...], what: str, total: int | None = None) -> None:
    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"--format must be table, json or csv, not {fmt!r}")
    for row in rows:
        _derive_display(row)
    if fmt == "json":
        print(json.dumps(rows, default=str, ensure_ascii=False, indent=2))
        return
    if fmt == "table":
        shown = f"{len(rows)} of {total:,} {what}" if total is not None and total > len(rows) else f"{len(rows)} {what}"
        print_cards(rows, _event_card if what == "events" else _claim_card, shown)
        return
    columns = (
        table_columns
        if fmt == "table"
        else [c for c in rows[0] if c != "evidence"] + ["evidence"]
        if rows
        else table_columns
    )
    print_rows(rows, columns, fmt, title=f"{len(rows)} {what}")


def _event_card(row: dict) -> tuple[str, list[str]]:
    kind = row["event_type"] + (f" › {row['sub_event_type']}" if row.get("sub_event_type") else "")
    deaths = f"  · {row['fatalities']} killed" if row.get("fatalities") not in (None, "") else ""
    source = f" ({row['fatalities_attributed_to']})" if deaths and row.get("fatalities_attributed_to") else ""
    actors = " → ".join(a for a in (row.get("actor1_name"), row.get("actor2_name")) if a)
    lines = [actors, row.get("place") or "", *_participant_lines(row), *row.get("evidence_list", [])]
    return f"{row['date']}  {kind}{deaths}{source}", lines


def _participant_lines(row: dict) -> list[str]:
    """'victims: two teachers (killed) · weapons: grenade (Explosives)' for an event card."""
    parts = []
    for column in ("victims", "targets", "perpetrators", "weapons"):
        items = row.get(column) or []
        shown = [
            p["text"] + (f" ({p.get('effect') or p.get('kind')})" if p.get("effect") or p.get("kind") else "")
            for p in items
        ]
        if shown:
            parts.append(f"{column}: {', '.join(shown)}")
    return [" · ".join(parts)] if parts else []


def _claim_card(row: dict) -> tuple[str, list[str]]:
    subject = row.get("subject_name") or row.get("subject_text") or "?"
    value = f"{row['value']} {row.get('unit') or ''}".strip() if row.get("value") is not None else ""
    source = f"  · according to {row['attributed_to']}" if row.get("attributed_to") else ""
    return f"{row['kind']}: {subject} {value}  · as of {row['as_of']}{source}", [
        row.get("place") or "",
        *row.get("evidence_list", []),
    ]


def _derive_display(row: dict) -> None:
    from sitrep.records import DateInterval, Hedge, Precision

    for prefix, label in (("date", "date"), ("as_of", "as_of")):
        if f"{prefix}_start" in row:
            interval = DateInterval(
                row[f"{prefix}_start"],
                row[f"{prefix}_end"],
                Precision(row[f"{prefix}_precision"] or "unknown"),
                bool(row[f"{prefix}_inferred"]),
            )
            row[label] = interval.label()
    if "place_name" in row or "country" in row:
        parts = [p for p in (row.get("place_name"), row.get("admin1"), row.get("country")) if p]
        row["place"] = ", ".join(dict.fromkeys(parts))
    for value_key, hedge_key in (("value", "hedge"), ("fatalities", "fatalities_hedge")):
        if row.get(value_key) is not None and hedge_key in row:
            number = row[value_key]
            shown = f"{int(number):,}" if float(number).is_integer() else str(number)
            row[value_key + "_display"] = Hedge.sign(row[hedge_key]) + shown
    if "value_display" in row:
        row["value"] = row["value_display"]
    if "fatalities_display" in row:
        row["fatalities"] = row["fatalities_display"]
    row["evidence_list"] = list(row.get("evidence") or [])
    row["evidence"] = " | ".join(row["evidence_list"])


def _date(value: str | None, end: bool = False) -> date | None:
    """A date option: YYYY-MM-DD, a month (YYYY-MM) or a year (YYYY) (their first day, or last with ``end``),
    or a time back from today (7d, 2w, 3m, 1y)."""
    if value is None:
        return None
    text = value.strip().lower()
    relative = re.fullmatch(r"(\d{1,4})\s*([dwmy])", text)
    if relative:
        days = int(relative.group(1)) * {"d": 1, "w": 7, "m": 30, "y": 365}[relative.group(2)]
        return date.today() - timedelta(days=days)
    try:
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 12, 31) if end else date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{1,2}", text):
            year, month = map(int, text.split("-"))
            return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"not a date: {value!r} (YYYY-MM-DD, YYYY-MM, YYYY, or 7d / 2w / 3m / 1y back)") from None


def _check_type(event_type: str | None) -> None:
    """An event type filter must name an ACLED event or sub-event type (a typo would silently match nothing)."""
    if event_type is None:
        return
    from difflib import get_close_matches

    from sitrep.taxonomy import ACLED, PARENT

    known = [*ACLED, *PARENT]
    if event_type.lower() in {k.lower() for k in known}:
        return
    close = get_close_matches(event_type, known, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else f" (types: {', '.join(ACLED)})"
    raise UsageError(f"--type {event_type!r} is no ACLED event or sub-event type{hint}")


def _check_actor(database, actor: str | None) -> None:
    """When an actor filter matched nothing, say whether the name is unknown (with the closest names)."""
    if actor:
        from sitrep.service.actors import find_actor

        find_actor(database, actor)  # raises NotFoundError: no actor called 'Talibn'; did you mean 'Taliban'?
