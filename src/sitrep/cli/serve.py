"""``sitrep serve``: the web app and HTTP API on localhost."""

from __future__ import annotations

import secrets
import signal
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from sitrep.cli.app import DbOption, app


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind; keep 127.0.0.1 unless you mean to share.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    token: Annotated[
        Optional[str], typer.Option(envvar="SITREP_TOKEN", help="Token for writes (reviews); generated if not given.")
    ] = None,
    inbox: Annotated[
        Optional[Path],
        typer.Option(help="Folder whose files /api/ingest may read by path (otherwise only uploads)."),
    ] = None,
    allowed_host: Annotated[
        Optional[list[str]],
        typer.Option(help="Host name clients may use besides the bound address and localhost (repeatable)."),
    ] = None,
    tiles: Annotated[
        Optional[str],
        typer.Option(
            envvar="SITREP_TILE_URL",
            help="Tile server for the map, e.g. https://tile.example.org/{z}/{x}/{y}.png (default: offline outlines).",
        ),
    ] = None,
) -> None:
    """Serve the web pages and the HTTP API (OpenAPI at /openapi.json). Reading is open; writes need the token."""
    import uvicorn

    from sitrep.cli.remote import announced
    from sitrep.serve import create_app
    from sitrep.serve.app import LOCAL_HOSTS
    from sitrep.store.database import default_db_path

    token = token or secrets.token_urlsafe(24)
    hosts = tuple(dict.fromkeys((*LOCAL_HOSTS, host, *(allowed_host or ()))))
    application = create_app(db, token, allowed_hosts=hosts, inbox=inbox, tile_url=tiles)
    url = f"http://{'127.0.0.1' if host in {'0.0.0.0', '::'} else host}:{port}"
    typer.echo(f"sitrep: {url}/  (API schema /openapi.json; write token: {token})")
    # uvicorn stops gracefully on SIGTERM, then raises the signal again: as an exit, so the announcement goes.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    with announced(Path(db) if db is not None else default_db_path(), url):  # CLI reads go through this server
        uvicorn.run(application, host=host, port=port, log_level="warning")
