"""Regenerate the README screenshots: serve our own examples and merge corpus, photograph the main pages.

Usage: .venv/bin/python docs/screenshots/take.py   (needs Debian's /usr/bin/chromium and playwright)
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> int:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from sitrep.service.extract import extract_stored
    from sitrep.service.ingest import ingest_paths
    from sitrep.service.resolve import resolve_stored
    from sitrep.serve import create_app
    from sitrep.store import Database

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "shots.duckdb"
        with Database(db_path) as db:
            ingest_paths(db, [ROOT / "examples" / "reports", ROOT / "tests" / "fixtures" / "merge"])
            extract_stored(db)
            resolve_stored(db)
            bomb = db.scalar("SELECT cluster_id FROM events WHERE place_name LIKE 'Lashkar%' LIMIT 1").removeprefix(
                "c:"
            )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(create_app(db_path, "shots"), host="127.0.0.1", port=port, log_level="error")
        )
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1100, "height": 800})
            for url, name in (
                ("/map", "map.png"),
                (f"/events/{bomb}", "event.png"),
                ("/actors/ISKP", "actor.png"),
                ("/", "events.png"),
            ):
                page.goto(base + url)
                if url == "/map":
                    page.wait_for_selector("#event-map[data-ready='1']", timeout=15000)  # Leaflet has drawn it
                page.screenshot(path=str(OUT / name), full_page=True)
            browser.close()
        server.should_exit = True
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
