"""Reads that many requests ask for at once, made together.

Under load most of an event page's cost is five lookups by key, each a DuckDB query of fixed
cost (about 0.4 ms). A ``Coalescer`` gathers the keys asked for while reads are running and
reads them all in the next, as a database commits a group of transactions: idle, a page is
read alone and as fast as before; busy, twenty pages cost one query a table. (The dataloaders
of GraphQL servers, aiodataloader's among them, gather the keys of one turn of the event loop
and start a read for each turn, however many are running.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable
from typing import Any

import anyio.to_thread

from sitrep.store import Database


class Coalescer:
    """Values by key, read by ``read(db, keys) -> {key: value}`` in worker threads, at most ``readers`` reads at
    a time; keys asked for while they run are read together by the next. A key ``read`` leaves out is None."""

    def __init__(self, database: Database, read: Callable[[Database, list], dict], readers: int = 1):
        self.database, self.read = database, read
        self._waiting: dict[Hashable, list[asyncio.Future]] = {}
        self._readers: set[asyncio.Task] = set()
        self.most_readers = readers
        # Its own thread tokens: a read must not wait behind the requests that run in the shared thread pool.
        self._limiter = anyio.CapacityLimiter(readers)
        self.reads = 0  # how many reads ran (a test can tell that keys were read together)

    async def get(self, key: Hashable) -> Any:
        """The value for ``key``, read with whatever other keys are asked for meanwhile."""
        future = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(key, []).append(future)
        if len(self._readers) < self.most_readers:
            reader = asyncio.create_task(self._read_all())
            self._readers.add(reader)
            reader.add_done_callback(self._readers.discard)
        return await future

    async def _read_all(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, {}
            await self._read_batch(batch)

    async def _read_batch(self, batch: dict[Hashable, list[asyncio.Future]]) -> None:
        handle = Database.sharing(self.database)  # opened and closed on the event loop, as every request's cursor
        try:
            found = await anyio.to_thread.run_sync(self.read, handle, list(batch), limiter=self._limiter)
        except Exception as exc:  # every request of this batch gets the error; the next batch is read anew
            _settle(batch, {}, exc)
            return
        finally:
            handle.close()
            self.reads += 1
        _settle(batch, found)


def _settle(batch: dict[Hashable, list[asyncio.Future]], found: dict, error: Exception | None = None) -> None:
    for key, futures in batch.items():
        for future in futures:
            if future.done():  # its request was cancelled (the client went away)
                continue
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(found.get(key))
