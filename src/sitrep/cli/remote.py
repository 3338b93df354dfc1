"""Reading through a running server: the database a `sitrep serve` holds is read over its API.

DuckDB lets one process open a database file. While `sitrep serve` runs it holds the file, so it says
where it listens in a small file beside the database (``DB.server``: its URL and process id, readable
by its owner only), and read commands that find the database held ask that server instead.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import UsageError


def server_file(db_path: Path) -> Path:
    """Where a server holding ``db_path`` says where it listens."""
    return db_path.with_name(db_path.name + ".server")


@contextmanager
def announced(db_path: Path, url: str) -> Iterator[None]:
    """Say, for as long as the block runs, that this process serves ``db_path`` at ``url``."""
    path = server_file(db_path)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump({"url": url, "pid": os.getpid()}, handle)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


def serving(db_path: Path) -> str | None:
    """The URL of the live server that announced ``db_path``, if any."""
    try:
        announcement = json.loads(server_file(db_path).read_text(encoding="utf-8"))
        os.kill(int(announcement["pid"]), 0)  # no signal sent: only whether that process still runs
        return str(announcement["url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def fetch_page(url: str, resource: str, params: dict[str, Any]) -> tuple[list[dict], int]:
    """One page of ``/api/<resource>`` with the given filters: its rows and how many match in all."""
    query = urllib.parse.urlencode({k: str(v) for k, v in params.items() if v is not None})
    address = f"{url.rstrip('/')}/api/{resource}?{query}"
    try:
        with urllib.request.urlopen(address, timeout=60) as response:  # noqa: S310 - the announced local server
            page = json.load(response)
    except urllib.error.HTTPError as exc:
        try:
            message = json.loads(exc.read() or b"{}").get("error", {}).get("message", exc.reason)
        except (ValueError, AttributeError):
            message = exc.reason  # not sitrep's JSON error: another program answers on that port
        raise UsageError(f"server {url}: {message}") from None
    except urllib.error.URLError as exc:
        raise UsageError(f"the database is held by a server at {url} that does not answer ({exc.reason})") from None
    return [_typed(row) for row in page["items"]], int(page["total"])


_DATES = ("date_start", "date_end", "as_of_start", "as_of_end", "published")


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    """JSON carries dates as text; the CLI prints rows read from the database, where they are dates."""
    for key in _DATES:
        value = row.get(key)
        if isinstance(value, str) and len(value) >= 10:
            try:
                row[key] = date.fromisoformat(value[:10])
            except ValueError:
                pass
    return row
