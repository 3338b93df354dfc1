"""A SIGKILL halfway through an ingest leaves whole reports; a rerun completes the set."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from sitrep.store import Database
from tests.cli.helpers import run_sitrep

TOTAL = 6000


def body(i: int) -> str:
    return f"Dispatch {i}. " + ("Clashes were reported along the main road. " * 20) + f"End of dispatch {i}."


@pytest.mark.slow
def test_sigkill_mid_ingest_leaves_whole_reports(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(TOTAL):
        (folder / f"{i:05d}.txt").write_text(body(i))
    db_path = tmp_path / "kill.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitrep", "ingest", str(folder), "--db", str(db_path), "--log-commits"],
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stderr.readline()  # blocks until the first batch is committed (other warnings skipped)
    while line and not line.startswith("committed:"):
        line = proc.stderr.readline()
    assert line.startswith("committed:"), "ingest ended without committing a batch"
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    with Database(db_path) as db:
        rows = db.execute("SELECT origin, body FROM reports").fetchall()
    assert 0 < len(rows) < TOTAL
    for origin, text in rows:
        assert text == body(int(os.path.basename(origin)[:5]))

    rerun = run_sitrep("ingest", folder, "--db", db_path, "--json")
    assert rerun.returncode == 0, rerun.stderr
    with Database(db_path) as db:
        assert db.scalar("SELECT count(*) FROM reports") == TOTAL
        assert db.scalar("SELECT count(DISTINCT id) FROM reports") == TOTAL
