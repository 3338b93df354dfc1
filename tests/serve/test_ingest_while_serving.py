"""A running server and new reports coexist: ingest goes through the server while reads keep being answered."""

from __future__ import annotations

import threading
import time

import httpx
from typer.testing import CliRunner

from sitrep.cli import app
from tests.serve.conftest import TOKEN


def test_reads_are_answered_while_the_server_ingests(live_server, tmp_path):
    folder = tmp_path / "new"
    for i in range(40):
        (folder / f"n{i}.txt").parent.mkdir(exist_ok=True)
        (folder / f"n{i}.txt").write_text(
            f"date 2022-01-{1 + i % 28:02d}\n\nGunmen killed {i + 2} villagers in Kunduz, Afghanistan, officials said "
            f"(report {i}).\n\nSource: New Wire\n",
            encoding="utf-8",
        )
    statuses: list[int] = []
    done = threading.Event()

    def read_while_ingesting() -> None:
        while not done.is_set():
            statuses.append(httpx.get(f"{live_server}/api/events", params={"limit": 5}, timeout=30).status_code)
            time.sleep(0.02)

    reader = threading.Thread(target=read_while_ingesting)
    reader.start()
    try:
        result = CliRunner().invoke(app, ["ingest", str(folder), "--server", live_server, "--token", TOKEN])
    finally:
        done.set()
        reader.join()
    assert result.exit_code == 0, result.output
    assert "40 new" in result.output
    assert statuses and set(statuses) == {200}
    assert httpx.get(f"{live_server}/api/events", params={"place": "Kunduz", "limit": 1}).json()["total"] >= 40


def test_ingest_through_the_server_needs_the_token(live_server, tmp_path):
    (tmp_path / "a.txt").write_text("On 2 May, gunmen killed two farmers near Jos.", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--server", live_server, "--token", "wrong"])
    assert result.exit_code != 0 and "token" in str(result.exception)
