"""``sitrep serve``: the web app and HTTP API on localhost."""

from __future__ import annotations

import secrets
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
) -> None:
    """Serve the web pages and the HTTP API (OpenAPI at /docs). Reading is open; writes need the token."""
    import uvicorn

    from sitrep.serve import create_app

    token = token or secrets.token_urlsafe(24)
    application = create_app(db, token)
    typer.echo(f"sitrep: http://{host}:{port}/  (API docs /docs; write token: {token})")
    uvicorn.run(application, host=host, port=port, log_level="warning")
