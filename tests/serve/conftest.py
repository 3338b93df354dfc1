"""A database of reports we wrote (the merge corpus, IS-K strength claims, a hostile report) and a live server."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from sitrep.service.extract import extract_stored
from sitrep.service.ingest import ingest_paths
from sitrep.service.resolve import resolve_stored
from sitrep.store import Database

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "merge"
HOSTILE = (
    "date 2021-03-14\n\n<script>window.pwned=1</script> A car bomb <img src=x onerror=alert(1)> exploded in Kandahar, "
    "Afghanistan, killing 8 people'); DROP TABLE events; -- according to "
    '<a href="javascript:alert(2)">officials</a>.\n\nSource: <b onmouseover=alert(3)>Evil Outlet</b>\n'
)
STRENGTH = {
    "s1.txt": "date 2018-05-14\n\nIS-K is growing. Last year 1,000 fighters were thought to be fighting with the group "
    "in Nangarhar, security sources said. Now more than 1,200 militants are fighting for IS-K in Afghanistan, "
    "according to security sources.\n\nSource: Evening Wire\n",
    "s2.txt": "date 2018-11-02\n\nIn a 2018 report, analysts at CSIS estimated that IS-K had roughly 800 fighters "
    "in Afghanistan.\n\nSource: Policy Review\n",
}
TOKEN = "test-token"


@pytest.fixture(scope="session")
def served_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("served")
    shutil.copytree(CORPUS, folder, dirs_exist_ok=True)
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    for name, text in STRENGTH.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "serve.duckdb"
    with Database(path) as db:
        ingest_paths(db, [folder])
        extract_stored(db)
        resolve_stored(db)
    return path


@pytest.fixture(scope="session")
def live_server(served_db):
    """``sitrep serve`` in a thread on a free loopback port; yields its base URL."""
    import uvicorn

    from sitrep.serve import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(served_db, TOKEN), host="127.0.0.1", port=port, log_level="error")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def client(served_db):
    """An in-process client of the app over the served database (write token 'secret-token')."""
    from fastapi.testclient import TestClient

    from sitrep.serve import create_app

    with TestClient(create_app(served_db, token="secret-token"), base_url="http://127.0.0.1") as test_client:
        yield test_client
