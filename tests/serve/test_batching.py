"""Event pages asked for at once are read together (``serve.batching``) and read as they are one at a time."""

from __future__ import annotations

import asyncio
import threading

import httpx

from sitrep.serve.batching import Coalescer
from sitrep.serve.views import event_view, event_views
from sitrep.store import Database


def test_events_read_together_read_as_one_at_a_time(client):
    db = Database.sharing(client.app.state.db)
    try:
        ids = [row[0] for row in db.execute("SELECT id FROM events ORDER BY id").fetchall()]
        accepted = {"action": "accept", "reviewer": "analyst", "reason": "read the report"}
        headers = {"Authorization": "Bearer secret-token"}
        assert client.post(f"/api/events/{ids[0]}/review", json=accepted, headers=headers).status_code == 201
        together = event_views(db, [*ids, "no-such-event"])
        assert len(ids) >= 10 and "no-such-event" not in together
        assert together == {event_id: event_view(db, event_id) for event_id in ids}
        assert any(view["cluster"] and view["cluster"]["reports"] > 1 for view in together.values())
    finally:
        db.close()


def test_keys_asked_for_while_a_read_runs_are_read_in_one_read(client):
    reading, release = threading.Event(), threading.Event()
    batches: list[list[str]] = []

    def read(db, keys):
        batches.append(sorted(keys))
        if len(batches) == 1:
            reading.set()
            release.wait(5)
        return {key: key.upper() for key in keys if key != "missing"}

    async def ask() -> tuple:
        coalescer = Coalescer(client.app.state.db, read)
        first = asyncio.create_task(coalescer.get("a"))
        await asyncio.to_thread(reading.wait, 5)
        rest = [asyncio.create_task(coalescer.get(key)) for key in ("b", "c", "b", "missing", "d")]
        await asyncio.sleep(0.05)
        rest[-1].cancel()  # a client that went away takes nothing from the others
        release.set()
        return await first, await asyncio.gather(*rest[:-1]), coalescer.reads

    first, rest, reads = asyncio.run(ask())
    assert first == "A" and rest == ["B", "C", "B", None]
    assert batches == [["a"], ["b", "c", "d", "missing"]] and reads == 2


def test_a_failed_read_fails_its_own_requests_only(client):
    calls: list[list[str]] = []

    def read(db, keys):
        calls.append(keys)
        if len(calls) == 1:
            raise RuntimeError("disk gone")
        return {key: 1 for key in keys}

    async def ask() -> tuple:
        coalescer = Coalescer(client.app.state.db, read)
        failed = await asyncio.gather(coalescer.get("a"), coalescer.get("b"), return_exceptions=True)
        return failed, await coalescer.get("a")

    failed, again = asyncio.run(ask())
    assert [str(error) for error in failed] == ["disk gone", "disk gone"] and again == 1


def test_event_pages_asked_for_at_once_each_show_their_event(live_server):
    ids = [e["id"] for e in httpx.get(f"{live_server}/api/events", params={"limit": 40}).json()["items"]]

    async def ask_all() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=live_server) as http:
            return await asyncio.gather(*(http.get(f"/api/events/{event_id}") for event_id in [*ids, "nope"]))

    *found, missing = asyncio.run(ask_all())
    assert len(ids) >= 10 and [response.json()["event"]["id"] for response in found] == ids
    assert missing.status_code == 404 and missing.json()["error"]["message"] == "no event with id 'nope'"
