"""Load benchmark: 200 concurrent clients on loopback reading event pages from a 100,000-event database.

Starts `sitrep serve` in a subprocess on the synthetic database of ``actors_bench``
(merged by `resolve`), then runs 200 concurrent httpx clients for a fixed time,
each fetching random event pages (of 2,000 sampled). Prints requests/s, p50/p99 latency (and p99 over
the second half, once pages are kept: the server starts cold) and errors.
"""

from __future__ import annotations

import asyncio
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

CLIENTS = 200
SECONDS = 20.0


async def _client(
    base: str, ids: list[str], deadline: float, latencies: list[tuple[float, float]], errors: list[str]
) -> None:
    import httpx

    async with httpx.AsyncClient(timeout=30) as client:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                response = await client.get(f"{base}/events/{random.choice(ids)}")
                if response.status_code != 200:
                    errors.append(str(response.status_code))
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
            latencies.append((started, time.perf_counter() - started))


async def _load(base: str, ids: list[str]) -> tuple[list[tuple[float, float]], list[str], float]:
    latencies: list[tuple[float, float]] = []
    errors: list[str] = []
    started = time.perf_counter()
    deadline = started + SECONDS
    await asyncio.gather(*(_client(base, ids, deadline, latencies, errors) for _ in range(CLIENTS)))
    return latencies, errors, time.perf_counter() - started


def bench_serve(tmp: Path) -> dict[str, float]:
    """Requests/s, p50, p99 and errors for event pages under 200 concurrent clients."""
    from actors_bench import build

    from sitrep.service.resolve import resolve_stored
    from sitrep.store import Database

    db_path = tmp / "serve.duckdb"
    build(db_path)
    with Database(db_path) as db:
        resolve_stored(db)
        ids = [r[0] for r in db.execute("SELECT id FROM events USING SAMPLE 2000").fetchall()]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "sitrep", "serve", "--db", str(db_path), "--port", str(port), "--token", "bench"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base)
        latencies, errors, elapsed = asyncio.run(_load(base, ids))
    finally:
        server.terminate()
        server.wait(timeout=30)
    first = min(started for started, _ in latencies)
    every = sorted(latency for _, latency in latencies)
    # The server starts cold (no page kept, DuckDB's buffers empty): the whole run and its second half apart.
    warm = sorted(latency for started, latency in latencies if started - first >= SECONDS / 2)
    return {
        "serve_clients": CLIENTS,
        "serve_requests": len(every),
        "serve_requests_per_s": round(len(every) / elapsed, 1),
        "serve_p50_ms": round(every[len(every) // 2] * 1000, 1),
        "serve_p99_ms": round(every[int(len(every) * 0.99)] * 1000, 1),
        "serve_p99_second_half_ms": round(warm[int(len(warm) * 0.99)] * 1000, 1) if warm else None,
        "serve_errors": len(errors),
    }


def _wait_for(base: str) -> None:
    import httpx

    for _ in range(300):
        try:
            if httpx.get(f"{base}/api/reports", params={"limit": 1}, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("sitrep serve did not start")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        for key, value in bench_serve(Path(directory)).items():
            print(f"{key:>32}: {value}")
