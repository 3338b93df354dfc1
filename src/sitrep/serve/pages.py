"""Server-rendered pages (Jinja2 with autoescaping on): events, one event with its evidence, an actor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import jinja2
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from sitrep.serve.api import DB, db

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
# Autoescaping everywhere: report text is hostile and must never become markup.
templates = Jinja2Templates(
    env=jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True)
)
_ = Depends, db  # the DB dependency is re-used from the API


@router.get("/")
def events_page(
    request: Request,
    database: DB,
    actor: str | None = None,
    place: str | None = None,
    type: str | None = None,  # noqa: A002
    since: date | None = None,
    until: date | None = None,
):
    """Events across reports, filterable."""
    from sitrep.store.clusters import merged_events
    from sitrep.store.extractions import event_filter_sql

    where, params = event_filter_sql(actor or None, place or None, type or None, since, until)
    rows = merged_events(database, where, params, 200)
    filters = {
        "actor": actor or "",
        "place": place or "",
        "type": type or "",
        "since": since or "",
        "until": until or "",
    }
    return templates.TemplateResponse(request, "events.html", {"events": rows, "filters": filters})


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str, database: DB):
    """One event: fields, its report with the evidence highlighted, every source's figure, reviews."""
    from sitrep.serve.views import event_view

    return templates.TemplateResponse(request, "event.html", event_view(database, event_id))


@router.get("/actors/{name}")
def actor_page(request: Request, name: str, database: DB):
    """An actor: strength estimates (chart and table), events, conflicts."""
    from sitrep.actors.profile import actor_profile
    from sitrep.actors.render import figure, strength_svg

    profile = actor_profile(database, name)
    return templates.TemplateResponse(
        request,
        "actor.html",
        {"p": profile, "d": profile.to_dict(), "chart": strength_svg(profile.strength), "figure": figure},
    )
