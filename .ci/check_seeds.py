"""CI gate: the two seed reports ingest with the right metadata, and only once."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from sitrep.store import Database


def main(db_path: str, seeds: str) -> int:
    with Database(db_path) as db:
        rows = {Path(r["origin"]).name: r for r in db.rows("SELECT * FROM reports")}
    problems = []

    def expect(label: str, got: object, want: object) -> None:
        if got != want:
            problems.append(f"{label}: got {got!r}, want {want!r}")

    expect("report count", len(rows), 2)
    itv = rows.get("000_41e93342697b9443.txt", {})
    expect("000 published", itv.get("published"), date(2018, 5, 14))
    expect("000 outlet", itv.get("outlet"), "ITV News")
    expect("000 byline", itv.get("byline"), "Rohit Kachroo")
    expect("000 body starts with Islamic State", (itv.get("body") or "").startswith("Islamic State"), True)
    sofrep = rows.get("004_a4a92dbf1e3525f9.txt", {})
    title = "Amid peace talks with Taliban the Islamic State terrorist group is gaining strength"
    expect("004 outlet", sofrep.get("outlet"), "Sofrep")
    expect("004 title", sofrep.get("title"), title)
    expect("004 title in body", (sofrep.get("body") or "").count(title), 1)
    expect("004 published", sofrep.get("published"), None)
    again = subprocess.run(
        [sys.executable, "-m", "sitrep", "ingest", seeds, "--db", db_path, "--json"],
        capture_output=True, text=True, check=False,
    )
    expect("second ingest", '"new": 0' in again.stdout, True)
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"seed metadata: {'ok' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
