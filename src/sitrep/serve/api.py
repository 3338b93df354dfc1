"""JSON API routes. Each calls the same library functions as the CLI."""

from __future__ import annotations

import secrets
import shutil
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path as FilePath
from typing import Annotated, Any, Literal

from fastapi import APIRouter, BackgroundTasks, Depends, Header, HTTPException, Path, Query, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from sitrep.errors import InvalidValue, UsageError
from sitrep.service.actors import actor_query
from sitrep.store import Database


class ErrorDetail(BaseModel):
    """What went wrong."""

    status: int
    message: str


class ErrorOut(BaseModel):
    """The one error shape of every route."""

    error: ErrorDetail


router = APIRouter(
    responses={
        400: {"model": ErrorOut, "description": "Bad request"},
        404: {"model": ErrorOut, "description": "Not found"},
        422: {"model": ErrorOut, "description": "Invalid parameters"},
    }
)


async def db(request: Request) -> AsyncIterator[Database]:
    """A cursor on the server's database for this request, closed when the request is done: a cursor left
    to the garbage collector in a worker thread can abort the process at exit (duckdb/duckdb#13904). Opening
    and closing a cursor does not block, so both happen on the event loop, not in two more thread hops."""
    handle = Database.sharing(request.app.state.db)
    try:
        yield handle
    finally:
        handle.close()


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need ``Authorization: Bearer TOKEN`` (the scheme too; any bytes compared in constant time)."""
    scheme, _, given = (authorization or "").partition(" ")
    expected = request.app.state.token.encode("utf-8")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode("utf-8", "replace"), expected):
        raise HTTPException(status_code=401, detail="writes need the server's token: Authorization: Bearer TOKEN")


DB = Annotated[Database, Depends(db)]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=10**9)]


class Page(BaseModel):
    """A page of results."""

    items: list[dict[str, Any]]
    limit: int
    offset: int
    total: int


def _page(rows: list[dict], limit: int, offset: int, total: int) -> dict:
    """One page: ``rows`` are the page's rows already (read with LIMIT/OFFSET), ``total`` all that match."""
    return {"items": rows, "limit": limit, "offset": offset, "total": total}


@router.get("/reports", response_model=Page)
def list_reports(database: DB, limit: Limit = 50, offset: Offset = 0) -> dict:
    """Stored reports, newest first (no bodies)."""
    from sitrep.store.reports import count_reports
    from sitrep.store.reports import list_reports as listing

    return {
        "items": [row | {"origin": public_origin(row.get("origin"))} for row in listing(database, limit, offset)],
        "limit": limit,
        "offset": offset,
        "total": count_reports(database),
    }


@router.get("/reports/{report_id}")
def get_report(report_id: Annotated[str, Path(min_length=4, max_length=200)], database: DB) -> dict:
    """One report with its body."""
    from dataclasses import asdict

    from sitrep.store.reports import get_report as fetch

    report = asdict(fetch(database, report_id))
    return report | {"origin": public_origin(report.get("origin"))}


def public_origin(origin: str | None) -> str | None:
    """Where a report came from, as readers of the server may see it: paths inside the inbox or an upload
    as stored ('inbox/a.txt'), any other path by its file name only (the server's folders stay private)."""
    if not origin or origin.startswith(("inbox/", "upload/")):
        return origin
    return origin.replace("\\", "/").rsplit("/", 1)[-1]


@router.get("/events", response_model=Page)
def list_events(
    database: DB,
    actor: str | None = None,
    place: str | None = None,
    type: str | None = None,  # noqa: A002 - the public parameter name
    since: date | None = None,
    until: date | None = None,
    merged: bool = False,
    rejected: bool = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    """Events (one per report, or ``merged`` across reports with every source's figure); ``rejected``: only
    the events reviewers rejected, one per report (every other list, the map and exports leave them out)."""
    if merged and rejected:
        raise UsageError("rejected events are listed one per report: drop merged")
    if merged:
        from sitrep.store.clusters import merged_page
        from sitrep.store.extractions import event_filter_sql

        where, params = event_filter_sql(actor_query(actor), place, type, since, until)
        rows, total = merged_page(database, where, params, limit, offset)
        return _page(rows, limit, offset, total)
    from sitrep.store.extractions import count_events, query_events

    filters = {"actor": actor_query(actor), "place": place, "event_type": type, "since": since, "until": until}
    filters["rejected"] = rejected
    rows = query_events(database, **filters, limit=limit, offset=offset)
    return _page(rows, limit, offset, count_events(database, **filters))


@router.get("/events/{event_id}")
async def get_event(request: Request, event_id: str) -> dict:
    """One event: its fields, evidence spans in its report, its cluster with every source, its reviews."""
    return await read_event_view(request, event_id)


async def read_event_view(request: Request, event_id: str) -> dict:
    """``event_view`` of one event, read with the others asked for at the same time (``serve.batching``)."""
    from sitrep.errors import NotFoundError

    view = await request.app.state.event_views.get(event_id)
    if view is None:
        raise NotFoundError(f"no event with id {event_id!r}")
    return view


@router.get("/claims", response_model=Page)
def list_claims(
    database: DB,
    actor: str | None = None,
    place: str | None = None,
    kind: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    """Quantitative claims with value, hedge, as-of, source and sentence."""
    from sitrep.store.extractions import count_claims, query_claims

    filters = {"actor": actor_query(actor), "place": place, "kind": kind, "since": since, "until": until}
    rows = query_claims(database, **filters, limit=limit, offset=offset)
    return _page(rows, limit, offset, count_claims(database, **filters))


@router.get("/actors/{name}")
def get_actor(name: str, database: DB) -> dict:
    """An actor's profile by any alias."""
    from sitrep.service.profile import actor_profile

    return actor_profile(database, name).to_dict()


@router.get("/conflicts")
def list_conflicts(database: DB, actor: str | None = None) -> list[dict]:
    """Claims about one quantity that disagree beyond their hedges."""
    from sitrep.resolve.conflicts import find_conflicts
    from sitrep.store.extractions import claims_with_sources

    return [c.to_dict() for c in find_conflicts(claims_with_sources(database, actor=actor_query(actor)))]


@router.get("/timeline", response_model=Page)
def get_timeline(
    database: DB,
    actor: str | None = None,
    place: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: Limit = 200,
    offset: Offset = 0,
) -> dict:
    """Events and claims in date order with date precision."""
    from sitrep.service.timeline import timeline_rows

    rows = timeline_rows(database, actor=actor, place=place, since=since, until=until, limit=limit + offset)
    return _page(rows[offset:], limit, offset, len(rows))


@router.get("/places")
def find_places(q: Annotated[str, Query(min_length=1, max_length=200)], context: str = "", limit: Limit = 10) -> list:
    """Gazetteer candidates for a place name, with their scores."""
    from dataclasses import asdict

    from sitrep.places.resolve import place_candidates

    return [
        asdict(c.entry) | {"score": round(c.score, 2), "fuzzy": c.fuzzy} for c in place_candidates(q, context, limit)
    ]


class ReviewIn(BaseModel):
    """A review: accept, correct (with changes) or reject, by whom and why."""

    action: Literal["accept", "correct", "reject"]
    reviewer: str = Field(min_length=1, max_length=200)
    reason: str | None = Field(default=None, max_length=2000)
    changes: dict[str, Any] = Field(default_factory=dict)


@router.post(
    "/{kind}/{owner_id}/review",
    dependencies=[Depends(require_token)],
    status_code=201,
    responses={401: {"model": ErrorOut, "description": "Missing or wrong token"}},
)
def post_review(kind: Literal["events", "claims"], owner_id: str, body: ReviewIn, database: DB) -> dict:
    """Record a review (token required); corrections change the stored event or claim, and exports follow."""
    from sitrep.store.reviews import review

    return review(database, kind.removesuffix("s"), owner_id, body.action, body.reviewer, body.reason, body.changes)


class UploadedReport(BaseModel):
    """One report file sent in the request: its name (for its format and origin) and its content."""

    name: str = Field(min_length=1, max_length=255, pattern=r"^[^/\\\x00-\x1f]+$")
    content: str = Field(default="", max_length=20 * 1024 * 1024)
    content_base64: str | None = Field(default=None, max_length=28 * 1024 * 1024)


class IngestIn(BaseModel):
    """Reports to ingest (then extract and resolve): uploaded in the body, or files under the server's inbox."""

    files: list[UploadedReport] = Field(default_factory=list, max_length=1000)
    paths: list[str] = Field(default_factory=list, max_length=1000)


@router.post(
    "/ingest",
    dependencies=[Depends(require_token)],
    responses={401: {"model": ErrorOut, "description": "Missing or wrong token"}},
)
def post_ingest(body: IngestIn, request: Request, database: DB) -> dict:
    """Ingest through the server (token required), so a running server and new reports coexist:
    one writer at a time inside the server, while other requests keep reading. Reports come in the
    request (``files``), or as ``paths`` inside the inbox folder the server was started with; origins
    are shown relative to it, never as server paths."""
    import tempfile

    from sitrep.ingest.readers import ReadOptions
    from sitrep.service.extract import extract_stored
    from sitrep.service.ingest import ingest_paths
    from sitrep.service.resolve import resolve_stored

    if not body.files and not body.paths:
        raise UsageError("nothing to ingest: send files, or paths inside the server's inbox")
    inbox_paths = _inside_inbox(request.app.state.inbox, body.paths)
    with tempfile.TemporaryDirectory(prefix="sitrep-upload-") as folder:
        uploaded = _write_uploads(FilePath(folder), body.files)
        with request.app.state.write_lock:
            ingested = ingest_paths(database, [uploaded], ReadOptions(origin_root=uploaded, origin_prefix="upload/"))
            if inbox_paths:
                inbox = ReadOptions(origin_root=request.app.state.inbox, origin_prefix="inbox/")
                more = ingest_paths(database, inbox_paths, inbox)
                ingested.new, ingested.duplicate = ingested.new + more.new, ingested.duplicate + more.duplicate
                ingested.failures += more.failures
            extracted = extract_stored(database)
            resolved = resolve_stored(database)
    return {
        "new": ingested.new,
        "duplicate": ingested.duplicate,
        "failed": list(ingested.failures),
        "extracted_reports": extracted.reports,
        "events": resolved.events,
        "distinct_events": resolved.clusters,
    }


def _inside_inbox(inbox: FilePath | None, paths: list[str]) -> list[FilePath]:
    """The paths, each resolved and checked to lie inside the inbox (no '..', no link out of it)."""
    if paths and inbox is None:
        raise HTTPException(status_code=403, detail="this server takes no server paths (start it with --inbox DIR)")
    resolved = []
    for raw in paths:
        path = (inbox / raw).resolve()
        if not path.is_relative_to(inbox):
            raise HTTPException(status_code=403, detail=f"{raw!r} is outside the server's inbox"[:300])
        resolved.append(path)
    return resolved


def _write_uploads(folder: FilePath, files: list[UploadedReport]) -> FilePath:
    """Write uploaded reports into ``folder`` under their own (plain) names; return the folder."""
    import base64
    import binascii

    for number, upload in enumerate(files, start=1):
        name = upload.name.lstrip(".") or f"report-{number}.txt"
        target = folder / name
        if target.exists():  # two uploads may share a name
            target = folder / f"{number:04d}" / name
            target.parent.mkdir()
        if upload.content_base64 is not None:
            try:
                target.write_bytes(base64.b64decode(upload.content_base64, validate=True))
            except (binascii.Error, ValueError):
                raise InvalidValue(f"files[{number - 1}].content_base64: not base64") from None
        else:
            target.write_text(upload.content, encoding="utf-8")
    return folder


@router.get("/search", response_model=Page)
def search(
    database: DB, q: Annotated[str, Query(min_length=2, max_length=200)], limit: Limit = 20, offset: Offset = 0
) -> dict:
    """Reports whose title or text contains ``q`` (case-insensitive), with the events they gave."""
    from sitrep.store.reports import search_reports

    rows, total = search_reports(database, q, limit, offset)
    return {"items": rows, "limit": limit, "offset": offset, "total": total}


@dataclass(frozen=True)
class EventFilters:
    """Which events an export holds (the events page's filters; empty: all)."""

    actor: str | None = None
    place: str | None = None
    country: str | None = None
    type: str | None = None
    since: date | None = None
    until: date | None = None

    def sql(self) -> tuple[str, list]:
        """The filters as a condition on events (``event_filter_sql``); none set: no condition."""
        from sitrep.store.extractions import event_filter_sql

        if not any(asdict(self).values()):
            return "", []
        return event_filter_sql(actor_query(self.actor), self.place, self.type, self.since, self.until, self.country)


@router.get("/export", response_class=FileResponse)
def export(
    database: DB,
    background: BackgroundTasks,
    filters: Annotated[EventFilters, Depends()],
    what: Literal["events", "claims", "relations", "reports"] = "events",
    format: Literal["csv", "jsonl", "parquet"] = "csv",  # noqa: A002 - the public parameter name
    per_report: bool = False,
):
    """Download events (ACLED columns, reviews applied; only those the filters match; one row per merged event
    with every source and its figure, or ``per_report``), claims, relations or reports as CSV, JSON Lines or
    Parquet (events on a map: ``/api/events.geojson``)."""
    return _download(database, background, what, format, filters=filters, merged=not per_report)


@router.get("/events.geojson", response_class=FileResponse)
def events_geojson(
    database: DB, background: BackgroundTasks, filters: Annotated[EventFilters, Depends()], per_report: bool = False
):
    """Download the events the filters match (all by default; reviews applied; one point per merged event, or
    ``per_report``) as an RFC 7946 FeatureCollection of points, for GIS tools."""
    return _download(database, background, "events", "geojson", "application/geo+json", filters, not per_report)


def _download(
    database,
    background: BackgroundTasks,
    what: str,
    fmt: str,
    media_type: str | None = None,
    filters=None,
    merged: bool = True,
):
    """An export written to a temporary folder, sent, then removed."""
    import tempfile

    from sitrep.store.export import export_events, export_table

    folder = tempfile.mkdtemp(prefix="sitrep-export-")
    out = FilePath(folder) / f"{what}.{fmt}"
    where, params = filters.sql() if filters is not None and what == "events" else ("", [])
    if what == "events":
        export_events(database, fmt, out, where, params, merged=merged)
    else:
        export_table(database, what, fmt, out)
    background.add_task(shutil.rmtree, folder, ignore_errors=True)
    return FileResponse(out, filename=out.name, media_type=media_type)
