"""Server-rendered pages (Jinja2 with autoescaping on): events, one event with its evidence, an actor."""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from datetime import date
from typing import Annotated, Literal, get_args
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from sitrep.serve.api import DB
from sitrep.serve.templating import TEMPLATES
from sitrep.service.actors import actor_query

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
templates = Jinja2Templates(env=TEMPLATES)


@dataclass(frozen=True)
class PageFilters:
    """The filter form shared by the events and map pages, kept in the URL (empty means no filter)."""

    actor: str = ""
    place: str = ""
    country: str = ""
    type: str = ""
    since: str = ""
    until: str = ""

    def sql(self) -> tuple[str, list]:
        """The filters as a condition on events (``event_filter_sql``)."""
        from sitrep.store.extractions import event_filter_sql

        return event_filter_sql(
            actor_query(self.actor),
            self.place or None,
            self.type or None,
            _day(self.since),
            _day(self.until),
            self.country or None,
        )

    def merged(
        self, database, limit: int, offset: int = 0, order: str = "reports", counted: bool = True
    ) -> tuple[list[dict], int | None]:
        """A page of the merged events matching the filters, and how many match in all (when ``counted``)."""
        from sitrep.store.clusters import merged_page

        where, params = self.sql()
        return merged_page(database, where, params, limit, offset, order, counted)

    def query(self) -> str:
        """The filters that are set, as a URL query string."""
        return urlencode({k: v for k, v in asdict(self).items() if v})


async def page_filters(
    actor: str = "", place: str = "", country: str = "", type: str = "", since: str = "", until: str = ""  # noqa: A002
) -> PageFilters:
    """The filters of a page's URL, built on the event loop: FastAPI runs a class dependency in a worker thread,
    and under load each hop to a thread waits its turn again (200 clients: list p99 1.58 -> 0.99 s)."""
    return PageFilters(actor, place, country, type, since, until)


Filters = Annotated[PageFilters, Depends(page_filters)]


PER_PAGE = 50
Sort = Literal["reports", "newest", "oldest", "deadliest"]  # names of store.clusters.CLUSTER_ORDERS


@router.get("/")
def events_page(
    request: Request,
    database: DB,
    filters: Filters,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    sort: Sort = "reports",
):
    """Events across reports (one row per merged event), filtered by choices kept in the URL, sorted and paged,
    with the filtered set to download."""
    from sitrep.store.extractions import filter_choices

    rows, total = filters.merged(database, PER_PAGE, (page - 1) * PER_PAGE, sort)
    context = {
        "events": rows,
        "filters": asdict(filters),
        "choices": request.app.state.pages.value("filter_choices", lambda: filter_choices(database)),
        "total": total,
        "page": page,
        "pages": max(1, -(-total // PER_PAGE)),
        "first": (page - 1) * PER_PAGE + 1 if rows else 0,
        "last": (page - 1) * PER_PAGE + len(rows),
        "sort": sort,
        "sorts": get_args(Sort),
        "query": filters.query(),
        "hint": _no_match_hint(database, filters) if not total else None,
    }
    return templates.TemplateResponse(request, "events.html", context)


@router.get("/rejected")
def rejected_page(request: Request, database: DB, page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    """The events reviewers took out of every list, map and export, in date order, with who rejected each,
    when and why; an event's page restores it (accept)."""
    from sitrep.store.extractions import count_events, query_events
    from sitrep.store.reviews import latest_reviews

    total = count_events(database, rejected=True)
    rows = query_events(database, rejected=True, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    reviews = latest_reviews(database, "event", [row["id"] for row in rows])
    context = {
        "events": [row | {"review": reviews.get(row["id"], {})} for row in rows],
        "total": total,
        "page": page,
        "pages": max(1, -(-total // PER_PAGE)),
    }
    return templates.TemplateResponse(request, "rejected.html", context)


def _no_match_hint(database, filters: PageFilters) -> str | None:
    """Why a filter may have matched nothing: an actor nobody knows, with the closest names."""
    from sitrep.errors import NotFoundError
    from sitrep.service.actors import find_actor

    if not filters.actor:
        return None
    try:
        find_actor(database, filters.actor)
    except NotFoundError as unknown:
        return str(unknown)
    return None


def _day(value: str | None) -> date | None:
    """Form fields arrive as text; an empty one is no filter."""
    from sitrep.errors import UsageError

    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"not a date (YYYY-MM-DD): {value!r}") from None


@router.get("/events/{event_id}")
async def event_page(request: Request, event_id: str):
    """One event: fields, its report with the evidence highlighted, every source's figure, reviews."""
    from sitrep.serve.api import read_event_view

    return templates.TemplateResponse(request, "event.html", await read_event_view(request, event_id))


@router.get("/actors/{name}")
def actor_page(request: Request, name: str, database: DB):
    """An actor: strength estimates (chart and table), events, conflicts."""
    from sitrep.actors.render import figure, strength_svg
    from sitrep.service.profile import actor_profile

    profile = actor_profile(database, name)
    return templates.TemplateResponse(
        request,
        "actor.html",
        {"p": profile, "d": profile.to_dict(), "chart": strength_svg(profile.strength), "figure": figure},
    )


MAP_LIMIT = 2000  # merged events on one map; the filters narrow it


@router.get("/map")
def map_page(request: Request, database: DB, filters: Filters):
    """Events on a map that pans and zooms (Leaflet over Natural Earth outlines, clustered points sized by
    fatalities, a date-range slider), the events without coordinates listed below it, and a timeline. The
    server-drawn SVG map stays inside for a browser without the scripts."""
    from sitrep.serve.charts import TYPE_COLOURS, events_map, timeline_bars
    from sitrep.serve.vendor import has_map_library

    rows = _with_coordinates(database, filters.merged(database, MAP_LIMIT, counted=False)[0])
    context = {
        "map": events_map(rows),
        "timeline": timeline_bars(rows),
        "colours": TYPE_COLOURS,
        "interactive": has_map_library(),
        "points_url": "/map/points.json" + (f"?{filters.query()}" if filters.query() else ""),
        "unplaced": [row for row in rows if row["latitude"] is None or row["longitude"] is None],
        "tile_url": request.app.state.tile_url,
    }
    return templates.TemplateResponse(request, "map.html", context | {"count": len(rows), "filters": asdict(filters)})


@router.get("/map/points.json")
def map_points(database: DB, filters: Filters) -> JSONResponse:
    """The map page's events that have coordinates, as the map script reads them (text is data, never markup)."""
    from sitrep.serve.charts import TYPE_COLOURS

    rows = _with_coordinates(database, filters.merged(database, MAP_LIMIT, counted=False)[0])
    located = [row for row in rows if row["latitude"] is not None and row["longitude"] is not None]
    return JSONResponse([_map_point(row, TYPE_COLOURS.get(row["event_type"], "#555")) for row in located])


@router.get("/map/world.geojson")
def world_outlines() -> Response:
    """Natural Earth country outlines (the offline basemap); an empty collection when not installed."""
    from sitrep.serve.world import countries_geojson

    return Response(
        countries_geojson(), media_type="application/geo+json", headers={"Cache-Control": "public, max-age=86400"}
    )


def _map_point(row: dict, colour: str) -> dict:
    return {
        "colour": colour,
        "href": f"/events/{quote(row['sources'][0]['event_id'], safe='')}",
        "lat": row["latitude"],
        "lon": row["longitude"],
        "type": row["event_type"],
        "date": str(row["date_start"]) if row.get("date_start") else None,
        "place": row.get("place_name"),
        "fatalities": row.get("fatalities_best"),
        "reports": row["reports"],
    }


def _with_coordinates(database, rows: list[dict]) -> list[dict]:
    """Merged rows carry no coordinates; take those of each cluster's anchor event."""
    from sitrep.store.extractions import event_coordinates

    anchors = {row["cluster_id"]: row["cluster_id"].removeprefix("c:") for row in rows}
    found = event_coordinates(database, list(anchors.values()))
    for row in rows:
        row["latitude"], row["longitude"] = found.get(anchors[row["cluster_id"]], (None, None))
    return rows


@router.post("/events/{event_id}/review")
def review_form(
    request: Request,
    event_id: str,
    database: DB,
    action: Annotated[str, Form()],
    reviewer: Annotated[str, Form()],
    token: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    event_type: Annotated[str, Form()] = "",
    fatalities: Annotated[str, Form()] = "",
    date_start: Annotated[str, Form()] = "",
    place_name: Annotated[str, Form()] = "",
    actor1_name: Annotated[str, Form()] = "",
    actor2_name: Annotated[str, Form()] = "",
):
    """The review form: accept, correct (type, date, place, actors, fatalities) or reject; needs the token."""
    from sitrep.errors import UsageError
    from sitrep.store.reviews import review

    if not secrets.compare_digest(token, request.app.state.token):
        raise HTTPException(status_code=401, detail="wrong token: reviews need the token printed by sitrep serve")
    changes: dict = {}
    if action == "correct":
        texts = {
            "event_type": event_type,
            "place_name": place_name,
            "actor1_name": actor1_name,
            "actor2_name": actor2_name,
        }
        changes |= {field: value.strip() for field, value in texts.items() if value.strip()}
        if date_start.strip():
            day = _day(date_start.strip())
            changes |= {"date_start": day, "date_end": day, "date_precision": "day"}
        if fatalities.strip():
            try:
                changes["fatalities"] = float(fatalities)
            except ValueError:
                raise UsageError(f"fatalities must be a number, not {fatalities!r}") from None
    review(database, "event", event_id, action, reviewer, reason or None, changes)
    return RedirectResponse(f"/events/{quote(event_id)}", status_code=303)


@router.get("/brief")
def brief_page(database: DB, country: str = "", since: str = "", until: str = ""):
    """The situation brief (as ``sitrep brief`` writes it) for a country and period: the 7 days up to
    today unless ``since``/``until`` (YYYY-MM-DD) say otherwise."""
    from datetime import timedelta

    from sitrep.serve.brief import render_html
    from sitrep.service.brief import compose_brief

    last = _day(until) or date.today()
    first = _day(since) or last - timedelta(days=6)
    return HTMLResponse(render_html(compose_brief(database, first, last, country or None)))
