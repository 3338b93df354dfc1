"""CLI reads while `sitrep serve` holds the database: they go through the server and print the same rows."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from sitrep.cli.remote import server_file, serving
from sitrep.service.extract import extract_stored
from sitrep.service.ingest import ingest_paths
from sitrep.store import Database

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def sitrep(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sitrep", *args], capture_output=True, text=True, timeout=120)


def test_events_and_claims_are_read_through_the_server_that_holds_the_database(tmp_path):
    db = tmp_path / "held.duckdb"
    with Database(db) as database:
        ingest_paths(database, [EXAMPLES])
        extract_stored(database)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "sitrep", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):
            try:
                if server_file(db).exists() and httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1").is_success:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        assert serving(db) == f"http://127.0.0.1:{port}"
        remote = [sitrep(what, "--db", str(db), "--format", "csv") for what in ("events", "claims")]
        assert all(r.returncode == 0 and "read through the server" in r.stderr for r in remote)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    assert not server_file(db).exists()  # the announcement goes with the server
    local = [sitrep(what, "--db", str(db), "--format", "csv") for what in ("events", "claims")]
    assert [r.stdout for r in remote] == [r.stdout for r in local] and local[0].stdout.count("\n") > 10


def test_an_announcement_left_by_a_dead_server_is_ignored(tmp_path):
    db = tmp_path / "old.duckdb"
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    server_file(db).write_text(f'{{"url": "http://127.0.0.1:9", "pid": {finished.stdout.strip()}}}', encoding="utf-8")
    assert serving(db) is None
