"""``sitrep resolve``, ``sitrep events split``, ``sitrep events --merged``, ``sitrep conflicts``, ``sitrep timeline``."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Literal

import typer

from sitrep.cli.app import DbOption, app, open_db, workers_or_cores
from sitrep.cli.extract import ActorOption, PlaceOption, SinceOption, UntilOption, _date, events_app
from sitrep.cli.output import console, print_rows, safe_text
from sitrep.errors import UsageError


def report_resolve(database, everything: bool = False, workers: int = 1) -> None:
    """Merge events across reports and print one line about it."""
    from sitrep.service.resolve import resolve_stored

    summary = resolve_stored(database, everything=everything, workers=workers)
    looked = f"; {summary.examined} looked at" if summary.examined < summary.events else ""
    print(
        f"resolved: {summary.events} events are {summary.clusters} distinct events "
        f"({summary.merged_clusters} reported more than once{looked})"
    )


@app.command()
def resolve(
    db: DbOption = None,
    everything: Annotated[
        bool, typer.Option("--all", help="Re-cluster every event, not only what new events can change.")
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Processes for a full re-cluster, one country at a time (default: the cores)."),
    ] = None,
) -> None:
    """Merge reports of the same event across reports (also run after every extract)."""
    with open_db(db) as database:
        report_resolve(database, everything, workers_or_cores(workers))


@events_app.command("split")
def events_split(
    event_id: Annotated[str, typer.Argument(help="The event (id or unique prefix) to take out of its cluster.")],
    db: DbOption = None,
) -> None:
    """Undo a merge: the event becomes its own event and will not be merged with those reports again."""
    from sitrep.store.clusters import record_split

    with open_db(db) as database:
        others = record_split(database, event_id)
        report_resolve(database)
    print(f"split {safe_text(event_id)} from {len(others)} other report(s) of its cluster")


def print_merged(db, actor, place, event_type, since: date | None, until: date | None, fmt: str, limit: int) -> None:
    """``sitrep events --merged``: clusters with every source's figure and the merge reasons."""
    from sitrep.service.actors import actor_query
    from sitrep.store.clusters import merged_page
    from sitrep.store.extractions import event_filter_sql

    if fmt not in ("table", "json"):
        raise UsageError(f"--format must be table or json with --merged, not {fmt!r}")
    with open_db(db) as database:
        where, params = event_filter_sql(actor_query(actor), place, event_type, since, until)
        rows = merged_page(database, where, params, limit, counted=False)[0]
    if fmt == "json":
        print(json.dumps(rows, default=str, ensure_ascii=False, indent=2))
        return
    out = console()
    out.print(f"{len(rows)} events")
    for row in rows:
        figures = _figure_summary(row)
        out.print(
            f"\n{row['date_start'] or '?'}  {safe_text(row['event_type'])}  {safe_text(row['place_name'] or row['country'] or '')}"
            f"  · {row['reports']} report(s){figures}"
        )
        out.print("  " + safe_text(" → ".join(a for a in (row["actor1_name"], row["actor2_name"]) if a)))
        for s in row["sources"]:
            value = "no figure" if s["fatalities"] is None else f"{_hedged(s['hedge'], s['fatalities'])} killed"
            why = f"  [{s['merged_because']}]" if s["linked_to"] else ""
            out.print(f"  - {safe_text(s['source'])} ({s['published'] or 'undated'}): {value}{safe_text(why)}")


def _figure_summary(row: dict) -> str:
    if row["fatalities_best"] is None:
        return ""
    low, best, high = (row[f"fatalities_{k}"] for k in ("low", "best", "high"))
    flag = "; sources disagree" if row["figures_disagree"] else ""
    return f"  · fatalities low {low:g} / best {best:g} / high {'?' if high is None else f'{high:g}'}{flag}"


def _hedged(hedge: str | None, value: float) -> str:
    from sitrep.records import Hedge

    return f"{Hedge.sign(hedge)}{value:g}"


@app.command()
def conflicts(
    db: DbOption = None,
    actor: ActorOption = None,
    fmt: Annotated[Literal["text", "json"], typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Claims about the same quantity whose figures disagree beyond their hedges, with both sentences."""
    from sitrep.resolve.conflicts import find_conflicts
    from sitrep.service.actors import actor_query
    from sitrep.store.extractions import claims_with_sources

    if fmt not in ("text", "json"):
        raise UsageError(f"--format must be text or json, not {fmt!r}")
    with open_db(db, must_exist=True) as database:
        found = find_conflicts(claims_with_sources(database, actor=actor_query(actor)))
    if fmt == "json":
        print(json.dumps([c.to_dict() for c in found], default=str, ensure_ascii=False, indent=2))
        return
    out = console()
    out.print(f"{len(found)} conflicts")
    for conflict in found:
        data = conflict.to_dict()
        out.print(f"\n{safe_text(data['subject'])}: {data['kind']} ({safe_text(data['unit'] or '')})")
        for claim in data["claims"]:
            out.print(
                f"  {_hedged(claim['hedge'], claim['value'])}  as of {claim['as_of']}"
                f"  · {safe_text(claim['source'] or 'unattributed')}"
                f"  ({safe_text(claim['outlet'] or '')})"
            )
            out.print(f"    {safe_text(claim['sentence'] or '')}")


@app.command()
def timeline(
    db: DbOption = None,
    actor: ActorOption = None,
    place: PlaceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: Annotated[Literal["table", "json", "csv"], typer.Option("--format", help="table, json or csv.")] = "table",
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 200,
) -> None:
    """Events and claims in date order, each date with its precision ('2017-04 (month)')."""
    from sitrep.service.timeline import timeline_rows

    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"--format must be table, json or csv, not {fmt!r}")
    with open_db(db, must_exist=True) as database:
        rows = timeline_rows(
            database, actor=actor, place=place, since=_date(since), until=_date(until, end=True), limit=limit
        )
    print_rows(rows, ("when", "what", "summary", "place", "source", "id"), fmt, title=f"{len(rows)} entries")


RELATION_TABLE = ("kind", "actor1_name", "actor2_name", "as_of", "source", "sentence")


@app.command()
def relations(
    actor: Annotated[str | None, typer.Option("--actor", help="Either side, by any alias.")] = None,
    kind: Annotated[
        str | None,
        typer.Option(help="cooperation, fighting, recruitment, defection, allegiance or split."),
    ] = None,
    db: DbOption = None,
    fmt: Annotated[
        Literal["table", "json", "csv"], typer.Option("--format", help="Output format: table, json or csv.")
    ] = "table",
) -> None:
    """Relations between actors that reports state, each with its sentence, source and date."""
    from sitrep.records import RelationKind
    from sitrep.resolve.conflicts import as_of_label
    from sitrep.service.actors import actor_query
    from sitrep.store.extractions import query_relations

    if kind is not None and kind not in {k.value for k in RelationKind}:
        raise UsageError(f"--kind must be one of {', '.join(k.value for k in RelationKind)}, not {kind!r}")
    with open_db(db, must_exist=True) as database:
        rows = query_relations(database, actor=actor_query(actor), kind=kind)
    for row in rows:
        row["as_of"] = as_of_label(row)
        row["source"] = row.get("attributed_to") or row.get("outlet") or "unattributed"
    print_rows(rows, RELATION_TABLE, fmt, title=f"{len(rows)} relations")
