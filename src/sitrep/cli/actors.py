"""``sitrep actor`` and ``sitrep actors``: profiles, provisional actors, merges and promotions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal, Optional

import typer

from sitrep.cli.app import DbOption, app, open_db
from sitrep.cli.output import console, print_rows, safe_text

actors_app = typer.Typer(help="List actors; review provisional ones (merge, promote).", no_args_is_help=False)
app.add_typer(actors_app, name="actors")

FormatOption = Annotated[Literal["table", "json", "csv"], typer.Option("--format", help="table, json or csv.")]


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="Any alias: IS-K, ISKP, 'Islamic State Khorasan', a dataset name...")],
    db_path: DbOption = None,
    fmt: Annotated[
        Literal["text", "json", "md", "html"], typer.Option("--format", help="text, json, md or html.")
    ] = "text",
    plot: Annotated[
        Optional[Path], typer.Option("--plot", help="Also draw the strength estimates to FILE.png/.svg.")
    ] = None,
) -> None:
    """Show an actor: identity, strength estimates over time with sources, events, claims and conflicts."""
    from sitrep.actors.render import html_page, markdown, plot_strength, text_lines
    from sitrep.errors import UsageError
    from sitrep.service.profile import actor_profile

    if fmt not in ("text", "json", "md", "html"):
        raise UsageError(f"--format must be text, json, md or html, not {fmt!r}")
    with open_db(db_path, must_exist=True) as db:
        profile = actor_profile(db, name)
    if plot is not None:
        plot_strength(profile, plot)
    if fmt == "json":
        typer.echo(json.dumps(profile.to_dict(), indent=2, default=str, ensure_ascii=False))
    elif fmt == "md":
        typer.echo(markdown(profile), nl=False)
    elif fmt == "html":
        typer.echo(html_page(profile), nl=False)
    else:
        out = console()
        for line in text_lines(profile):
            out.print(safe_text(line), soft_wrap=True)


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

        with open_db(db_path, must_exist=True) as db:
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
    from sitrep.service.actors import merge_actors

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

    from sitrep.service.actors import promote_actor

    with open_db(db_path) as db:
        promoted = promote_actor(db, name, kind, country)
    typer.echo(f"promoted {safe_text(promoted.name)} ({promoted.id}) as {kind}; to ship it, add to actors.yaml:")
    entry = {"id": promoted.id.removeprefix("prov:").replace("-", "_"), "name": promoted.name, "kind": kind}
    entry |= {"country": country} if country else {}
    entry |= {"aliases": list(promoted.aliases)} if promoted.aliases else {}
    typer.echo(safe_text(yaml.safe_dump([entry], sort_keys=False, allow_unicode=True).rstrip()))
