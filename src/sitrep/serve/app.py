"""The FastAPI application: JSON API under ``/api``, server-rendered pages, one error shape.

Reading is open (the server binds 127.0.0.1 by default); every write needs the
token given at start (``Authorization: Bearer TOKEN``). The server keeps one
read-write DuckDB connection and gives each request its own cursor.
"""

from __future__ import annotations

import re
import secrets
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from sitrep.errors import InvalidValue, NotFoundError, SitrepError, UsageError
from sitrep.serve.batching import Coalescer
from sitrep.serve.cache import CachedPages, PageCache
from sitrep.serve.templating import TEMPLATES
from sitrep.serve.views import event_views
from sitrep.store import Database

LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")
# Scripts only from sitrep's own origin (the map), never inline; nothing may frame the pages (clickjacking on
# the review form).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; "
    "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_TILE_URL = re.compile(
    r"(https?://[A-Za-z0-9.-]+(?::\d+)?)/[^\s'\"<>;]*\{z\}[^\s'\"<>;]*\{x\}[^\s'\"<>;]*\{y\}[^\s'\"<>;]*"
)


def security_headers(tile_url: str | None = None) -> dict[str, str]:
    """The headers every response carries; a tile server, when one is configured, may serve the map's images."""
    if not tile_url:
        return SECURITY_HEADERS
    origin = tile_origin(tile_url)
    policy = SECURITY_HEADERS["Content-Security-Policy"].replace(
        "img-src 'self' data:", f"img-src 'self' data: {origin}"
    )
    return SECURITY_HEADERS | {"Content-Security-Policy": policy}


def tile_origin(tile_url: str) -> str:
    """The origin of a tile URL template such as ``https://tile.example.org/{z}/{x}/{y}.png``."""
    match = _TILE_URL.fullmatch(tile_url)
    if match is None:
        raise UsageError(f"tile URL {tile_url!r}: expected http(s)://host/…{{z}}…{{x}}…{{y}}…")
    return match.group(1)


class SecurityHeaders:
    """ASGI middleware: the security headers on every response that does not set its own."""

    def __init__(self, app, headers: dict[str, str]):
        self.app = app
        self.headers = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()]

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in self.headers if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(
    db_path: Path | str | None = None,
    token: str | None = None,
    allowed_hosts: tuple[str, ...] = LOCAL_HOSTS,
    inbox: Path | str | None = None,
    tile_url: str | None = None,
) -> FastAPI:
    """An app serving the database at ``db_path``; writes need ``token`` (generated when not given).

    Requests must name one of ``allowed_hosts`` in their Host header (a DNS-rebinding page cannot reach
    a server on loopback); ``/api/ingest`` takes uploaded reports, and server paths only under ``inbox``.
    The map draws Natural Earth outlines offline; ``tile_url`` (``https://host/{z}/{x}/{y}.png``) adds a tile layer."""
    from sitrep import __version__
    from sitrep.serve.api import router as api_router
    from sitrep.serve.pages import router as page_router
    from sitrep.serve.static import router as static_router

    @asynccontextmanager
    async def lifespan(application: FastAPI):
        yield
        application.state.db.close()

    app = FastAPI(
        title="sitrep",
        version=__version__,
        description="Conflict events and claims with their evidence.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI loads its script from a CDN: against the offline promise; /openapi.json stays
        redoc_url=None,
    )
    app.state.pages = PageCache()
    # Plain ASGI middleware, outermost last: security headers on every answer, then the host check, then the
    # kept pages (Starlette's BaseHTTPMiddleware cost more per request than an event page kept in memory).
    app.add_middleware(CachedPages, pages=app.state.pages)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders, headers=security_headers(tile_url))
    app.state.db = Database(db_path)
    # Event pages asked for at once are read together, two reads at a time (200 clients at 100,000 events:
    # p99 0.75 s with one, 0.63-0.77 s with two).
    app.state.event_views = Coalescer(app.state.db, event_views, readers=2)
    app.state.token = token or secrets.token_urlsafe(24)
    app.state.inbox = Path(inbox).resolve() if inbox else None
    app.state.tile_url = tile_url
    app.state.write_lock = threading.Lock()  # DuckDB: one writer; readers use their own cursors meanwhile
    app.include_router(api_router, prefix="/api")
    app.include_router(page_router)
    app.include_router(static_router)
    _add_error_handlers(app)
    return app


def error_body(status: int, message: str) -> dict:
    """Every error, from every route: ``{"error": {"status": ..., "message": ...}}``."""
    return {"error": {"status": status, "message": message}}


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFoundError)
    async def _not_found(request: Request, exc: NotFoundError) -> Response:
        return error_response(request, 404, str(exc))

    @app.exception_handler(InvalidValue)
    async def _invalid_value(request: Request, exc: InvalidValue) -> Response:
        return error_response(request, 422, str(exc))

    @app.exception_handler(UsageError)
    async def _usage(request: Request, exc: UsageError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(SitrepError)
    async def _sitrep(request: Request, exc: SitrepError) -> Response:
        return error_response(request, 500, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        # Never a traceback to the client; the message names only the kind of failure.
        return error_response(request, 500, f"internal error ({type(exc).__name__})")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error_response(request, 422, f"{where}: {first.get('msg', 'invalid request')}")


_ERROR_PAGE = TEMPLATES.get_template("error.html")


def error_response(request: Request, status: int, message: str) -> Response:
    """The API answers ``{"error": …}``; a page answers an HTML page saying what went wrong (escaped),
    with a way back, so that a typo in a form never shows raw JSON."""
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
        return JSONResponse(error_body(status, message), status_code=status)
    return HTMLResponse(_ERROR_PAGE.render(status=status, message=message), status_code=status)
