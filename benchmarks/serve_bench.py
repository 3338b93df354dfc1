"""Load benchmark: 200 concurrent clients on loopback reading event pages and filtered lists from a 100,000-event database.

Starts `sitrep serve` in a subprocess on the synthetic database of ``actors_bench``
(merged by `resolve`), then runs 200 concurrent httpx clients for a fixed time. Four requests in five
fetch a random event page (of 2,000 sampled), one in five the events list filtered by a random
country, often an event type too, on page 1 to 3 in a random order. Prints requests/s, p50/p99
latency overall and for each kind (and p99 over the second half, once pages are kept: the server
starts cold) and errors.
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
LIST_SHARE = 0.2
SORTS = ("reports", "newest", "oldest", "deadliest")


def _request(base: str, ids: list[str], choices: dict[str, list[str]]) -> tuple[str, str, dict]:
    """A random request: ("event" | "list", URL, query parameters)."""
    if random.random() >= LIST_SHARE:
        return "event", f"{base}/events/{random.choice(ids)}", {}
    params = {
        "country": random.choice(choices["countries"]),
        "page": random.randint(1, 3),
        "sort": random.choice(SORTS),
    }
    if random.random() < 0.5:
        params["type"] = random.choice(choices["types"])
    return "list", f"{base}/", params


async def _client(
    client, base: str, ids: list[str], choices: dict, deadline: float, latencies: list, errors: list[str]
) -> None:
    import httpx

    while time.perf_counter() < deadline:
        kind, url, params = _request(base, ids, choices)
        started = time.perf_counter()
        try:
            response = await client.get(url, params=params)
            if response.status_code != 200:
                errors.append(str(response.status_code))
        except httpx.HTTPError as exc:
            errors.append(type(exc).__name__)
        latencies.append((kind, started, time.perf_counter() - started))


async def _load(base: str, ids: list[str], choices: dict) -> tuple[list[tuple[str, float, float]], list[str], float]:
    import ssl

    import httpx

    latencies: list[tuple[str, float, float]] = []
    errors: list[str] = []
    # The clients exist before the clock starts, sharing one TLS context (unused on http://, but httpx builds one
    # per client): building 200 took the first seconds of the run on this 2-core machine, measured as server time.
    context = ssl.create_default_context()
    clients = [httpx.AsyncClient(timeout=30, verify=context) for _ in range(CLIENTS)]
    started = time.perf_counter()
    deadline = started + SECONDS
    try:
        await asyncio.gather(*(_client(client, base, ids, choices, deadline, latencies, errors) for client in clients))
    finally:
        await asyncio.gather(*(client.aclose() for client in clients))
    return latencies, errors, time.perf_counter() - started


def bench_serve(tmp: Path) -> dict[str, float]:
    """Requests/s, p50, p99 and errors for event pages and filtered lists under 200 concurrent clients."""
    from actors_bench import build

    from sitrep.service.resolve import resolve_stored
    from sitrep.store import Database

    db_path = tmp / "serve.duckdb"
    build(db_path)
    with Database(db_path) as db:
        resolve_stored(db)
    return summarise(*load_server(db_path))


def load_server(db_path: Path) -> tuple[list[tuple[str, float, float]], list[str], float]:
    """Start `sitrep serve` on ``db_path`` and load it: (kind, start, latency) per request, errors, seconds."""
    from sitrep.store import Database

    with Database(db_path) as db:
        ids = [r[0] for r in db.execute("SELECT id FROM events USING SAMPLE 2000").fetchall()]
        choices = {
            "countries": [
                r[0] for r in db.execute("SELECT DISTINCT country FROM events WHERE country IS NOT NULL").fetchall()
            ],
            "types": [r[0] for r in db.execute("SELECT DISTINCT event_type FROM events").fetchall()],
        }
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
        return asyncio.run(_load(base, ids, choices))
    finally:
        server.terminate()
        server.wait(timeout=30)


def summarise(latencies: list[tuple[str, float, float]], errors: list[str], elapsed: float) -> dict[str, float]:
    """Rate and latency percentiles, overall and per kind of request."""
    first = min(started for _, started, _ in latencies)
    every = sorted(latency for _, _, latency in latencies)
    # The server starts cold (no page kept, DuckDB's buffers empty): the whole run and its second half apart.
    warm = sorted(latency for _, started, latency in latencies if started - first >= SECONDS / 2)
    results = {
        "serve_clients": CLIENTS,
        "serve_requests": len(every),
        "serve_requests_per_s": round(len(every) / elapsed, 1),
        "serve_p50_ms": _percentile(every, 0.5),
        "serve_p99_ms": _percentile(every, 0.99),
        "serve_p99_second_half_ms": _percentile(warm, 0.99),
    }
    for kind in ("event", "list"):
        some = sorted(latency for name, _, latency in latencies if name == kind)
        results |= {f"serve_{kind}_requests": len(some), f"serve_{kind}_p99_ms": _percentile(some, 0.99)}
    return results | {"serve_errors": len(errors)}


def _percentile(ordered: list[float], share: float) -> float | None:
    return round(ordered[min(int(len(ordered) * share), len(ordered) - 1)] * 1000, 1) if ordered else None


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
