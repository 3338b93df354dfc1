"""Rendered GET responses kept in memory until the next write.

While ``sitrep serve`` runs it is the only writer of its database (DuckDB allows one
writing process; the CLI sends new reports through the server), so every change goes
through one of its non-GET requests. Each such request moves the generation on when it
starts and again when it ends, which drops every kept page; a page rendered while a
write was running is not kept. The cache is bounded in entries and bytes, so memory does
not grow with the corpus, and a page is kept five minutes at most (pages such as the brief
count days back from today).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True)
class CachedResponse:
    """A response's status, headers and body as first sent."""

    status: int
    headers: tuple[tuple[bytes, bytes], ...]  # as ASGI sends them
    body: bytes
    kept_at: float = 0.0


class PageCache:
    """A least-recently-used map from request keys to responses, emptied by every write.

    Bounded mostly in bytes: event pages weigh about 3 kB, so 2,048 entries (the first bound) held less than
    a reader's working set; 200 clients reading 2,000 event pages and 720 lists then re-rendered one request
    in four (after 20 s: 590 -> 790 requests/s)."""

    def __init__(
        self,
        max_entries: int = 16384,
        max_bytes: int = 64 * 1024 * 1024,
        max_body: int = 512 * 1024,
        max_age: float = 300.0,
    ):
        self.max_entries, self.max_bytes, self.max_body, self.max_age = max_entries, max_bytes, max_body, max_age
        self._entries: OrderedDict[tuple, CachedResponse] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.generation = 0
        self.hits = self.misses = 0
        self._values: dict[str, object] = {}

    def get(self, key: tuple) -> CachedResponse | None:
        """The kept response for ``key``, if any."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None and time.monotonic() - found.kept_at > self.max_age:
                self._bytes -= len(self._entries.pop(key).body)
                found = None
            if found is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: tuple, generation: int, response: CachedResponse) -> None:
        """Keep ``response`` if nothing was written since ``generation`` (read before rendering) and it fits."""
        if len(response.body) > self.max_body:
            return
        with self._lock:
            if generation != self.generation:
                return
            old = self._entries.pop(key, None)
            self._bytes -= len(old.body) if old else 0
            response = CachedResponse(response.status, response.headers, response.body, time.monotonic())
            self._entries[key] = response
            self._bytes += len(response.body)
            while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body)

    def value(self, name: str, compute):
        """A value read from the whole database (the filter choices every list shows), computed once per write.

        The choices cost three scans of the events (3 ms at 100,000 events) on every list page not kept."""
        generation = self.generation
        with self._lock:
            if name in self._values:
                return self._values[name]
        found = compute()
        with self._lock:
            if generation == self.generation:
                self._values[name] = found
        return found

    def invalidate(self) -> None:
        """Forget every kept response and value (a write starts or ends)."""
        with self._lock:
            self.generation += 1
            self._entries.clear()
            self._values.clear()
            self._bytes = 0


_KEPT_TYPES = (b"text/html", b"application/json")


class CachedPages:
    """ASGI middleware: a GET page or API answer rendered before is sent again until the next write (an event
    page costs two to five DuckDB lookups, a kept one none); downloads, errors and front-end files are not kept."""

    def __init__(self, app, pages: PageCache):
        self.app, self.pages = app, pages

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            self.pages.invalidate()
            try:
                await self.app(scope, receive, send)
            finally:
                self.pages.invalidate()
            return
        host = next((value for name, value in scope["headers"] if name == b"host"), b"")
        key = (scope["method"], host, scope["path"], scope["query_string"])
        kept = self.pages.get(key)
        if kept is not None:
            await send({"type": "http.response.start", "status": kept.status, "headers": list(kept.headers)})
            await send({"type": "http.response.body", "body": kept.body})
            return
        await self.app(scope, receive, _Recorder(send, self.pages, key))


class _Recorder:
    """Passes a response on as it is sent, and keeps a copy of a keepable one."""

    def __init__(self, send, pages: PageCache, key: tuple):
        self.send, self.pages, self.key = send, pages, key
        self.generation = pages.generation  # read before rendering: a write meanwhile voids the copy
        self.start: dict | None = None
        self.chunks: list[bytes] = []

    async def __call__(self, message) -> None:
        if message["type"] == "http.response.start":
            headers = {name.lower(): value for name, value in message.get("headers", [])}
            keepable = message["status"] == 200 and b"content-disposition" not in headers
            self.start = message if keepable and headers.get(b"content-type", b"").startswith(_KEPT_TYPES) else None
        elif message["type"] == "http.response.body" and self.start is not None:
            self.chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                copy = CachedResponse(200, tuple(self.start.get("headers", [])), b"".join(self.chunks))
                self.pages.put(self.key, self.generation, copy)
        await self.send(message)
