"""``sitrep actor`` and ``sitrep actors``: profiles, provisional actors, merges and promotions."""

from __future__ import annotations

import json
from typing import Annotated, Optional

import typer

from sitrep.cli.app import DbOption, app, open_db
from sitrep.cli.output import console, print_rows, safe_text

actors_app = typer.Typer(help="List actors; review provisional ones (merge, promote).", no_args_is_help=False)
app.add_typer(actors_app, name="actors")

FormatOption = Annotated[str, typer.Option("--format", help="table, json or csv.")]


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="Any alias: IS-K, ISKP, 'Islamic State Khorasan', a dataset name...")],
    db_path: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Show an actor: identity, aliases, parent and branches, events by type, month and place, and claims."""
    from sitrep.actors.profile import actor_profile
    from sitrep.errors import UsageError

    if fmt not in ("text", "json"):
        raise UsageError(f"--format must be text or json, not {fmt!r}")
    with open_db(db_path) as db:
        profile = actor_profile(db, name)
    if fmt == "json":
        typer.echo(json.dumps(profile.to_dict(), indent=2, default=str, ensure_ascii=False))
        return
    _print_profile(profile)


def _print_profile(profile) -> None:
    a, out = profile.actor, console()
    status = " (provisional)" if a.provisional else ""
    out.print(f"{safe_text(a.name)}{status}  id {safe_text(a.id)}")
    facts = [f"kind {a.kind}" + (f" (ACLED inter {a.inter_code})" if a.inter_code else "")]
    facts += [f"country {a.country}"] if a.country else []
    facts += [f"active {a.active_from or '?'}–{a.active_to or 'now'}"] if a.active_from else []
    facts += [f"parent {profile.parent.name}"] if profile.parent else []
    facts += [f"branches {', '.join(b.name for b in profile.branches)}"] if profile.branches else []
    out.print(safe_text("; ".join(facts)))
    if profile.aliases:
        out.print("aliases: " + safe_text(", ".join(profile.aliases)))
    for dataset, written in sorted(a.dataset_names.items()):
        out.print(f"  {dataset}: {safe_text(written)}")
    out.print(f"events: {profile.event_count}")
    for label, pairs in (("by type", profile.events_by_type), ("by month", profile.events_by_month)):
        if pairs:
            out.print(f"  {label}: " + safe_text(", ".join(f"{k} {n}" for k, n in pairs)))
    if profile.places:
        out.print("  places: " + safe_text(", ".join(f"{k} {n}" for k, n in profile.places)))
    for claim in profile.claims:
        when = claim["as_of_start"].isoformat()[:7] if claim["as_of_start"] else "undated"
        source = claim["attributed_to"] or claim["outlet"] or "unattributed"
        out.print(f"  claim {claim['kind']}: {safe_text(_figure(claim))} ({when}; {safe_text(source)})")
    for mention in profile.mentions:
        out.print(f"  mention in {mention['report_id'][:12]}: {safe_text(mention['sentence'][:160])}")


def _figure(claim: dict) -> str:
    """'more_than 1200 fighters'; a responsibility claim has no number."""
    if claim["value"] is None:
        return claim["unit"] or ""
    hedge = "" if claim["hedge"] in (None, "exact") else f"{claim['hedge']} "
    return f"{hedge}{claim['value']:g} {claim['unit'] or ''}".strip()


@actors_app.callback(invoke_without_command=True)
def actors_list(
    ctx: typer.Context,
    provisional: Annotated[
        bool, typer.Option("--provisional", help="Only groups found in reports, not yet reviewed.")
    ] = False,
    min_mentions: Annotated[
        int, typer.Option("--min-mentions", help="With --provisional: mentioned at least this often.")
    ] = 1,
    country: Annotated[Optional[str], typer.Option(help="Only knowledge-base actors of this country.")] = None,
    db_path: DbOption = None,
    fmt: FormatOption = "table",
) -> None:
    """List knowledge-base actors, or with --provisional the groups found in reports that it does not know."""
    if ctx.invoked_subcommand is not None:
        return
    from sitrep.errors import UsageError

    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"--format must be table, json or csv, not {fmt!r}")
    if provisional:
        from sitrep.store.actors import provisional_actors

        with open_db(db_path) as db:
            rows = provisional_actors(db, min_mentions)
        columns = ("name", "mentions", "reports", "written_as", "example", "id")
        print_rows(rows, columns, fmt, title=f"{len(rows)} provisional actors (review: sitrep actors merge/promote)")
        return
    from sitrep.actors.kb import load_actor_base

    base = load_actor_base()
    rows = [
        {
            "id": a.id,
            "name": a.name,
            "kind": a.kind,
            "inter": a.inter_code,
            "country": a.country,
            "parent": a.parent,
            "aliases": ", ".join(a.aliases[:6]),
        }
        for a in sorted(base.actors.values(), key=lambda a: a.name)
        if not a.id.startswith("derived:") and (country is None or (a.country or "").lower() == country.lower())
    ]
    print_rows(rows, ("name", "kind", "inter", "country", "parent", "aliases", "id"), fmt, title=f"{len(rows)} actors")


@actors_app.command("merge")
def actors_merge(
    source: Annotated[str, typer.Argument(help="The provisional actor to merge away (any of its names).")],
    target: Annotated[str, typer.Argument(help="The actor it is (any alias, knowledge base or provisional).")],
    db_path: DbOption = None,
) -> None:
    """Merge a provisional actor into another: its names, mentions, events and claims move over."""
    from sitrep.store.actors import merge_actors

    with open_db(db_path) as db:
        merged, into = merge_actors(db, source, target)
    typer.echo(f"merged {safe_text(merged.name)} ({merged.id}) into {safe_text(into.name)} ({into.id})")


@actors_app.command("promote")
def actors_promote(
    name: Annotated[str, typer.Argument(help="The provisional actor to confirm.")],
    kind: Annotated[
        str,
        typer.Option(
            help="state, rebel, political_militia, identity_militia, rioters, protesters, civilians or external."
        ),
    ] = "rebel",
    country: Annotated[Optional[str], typer.Option(help="The actor's country.")] = None,
    db_path: DbOption = None,
) -> None:
    """Confirm a provisional actor in this database, and print its entry for actors.yaml."""
    import yaml

    from sitrep.store.actors import promote_actor

    with open_db(db_path) as db:
        promoted = promote_actor(db, name, kind, country)
    typer.echo(f"promoted {safe_text(promoted.name)} ({promoted.id}) as {kind}; to ship it, add to actors.yaml:")
    entry = {"id": promoted.id.removeprefix("prov:").replace("-", "_"), "name": promoted.name, "kind": kind}
    entry |= {"country": country} if country else {}
    entry |= {"aliases": list(promoted.aliases)} if promoted.aliases else {}
    typer.echo(safe_text(yaml.safe_dump([entry], sort_keys=False, allow_unicode=True).rstrip()))
