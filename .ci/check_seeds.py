"""CI gate: the two seed reports ingest with the right metadata, and only once."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from sitrep.store import Database


def check_claims(db_path: str, expect) -> None:
    """Acceptance: after extract, the IS-K strength claims with value, hedge, as-of and source."""
    from sitrep.service.actors import actor_query
    from sitrep.service.extract import extract_stored
    from sitrep.store.extractions import query_claims

    with Database(db_path) as db:
        extract_stored(db)
        rows = query_claims(db, actor=actor_query("IS-K"), kind="strength")
    found = {(r["value"], r["hedge"], str(r["as_of_start"])[:7], r["attributed_to"]) for r in rows}
    for want in (
        (1000.0, "approx", "2017-01", "security sources"),
        (1200.0, "more_than", "2018-05", "security sources"),
        (800.0, "approx", "2018-01", "CSIS"),
    ):
        expect(f"IS-K strength claim {want}", want in found, True)
    expect("each claim has its sentence", all(r["evidence"] for r in rows), True)
    check_places(db_path, expect)
    check_resolve(db_path, expect)
    check_pages(db_path, expect)


def check_pages(db_path: str, expect) -> None:
    """Acceptance (issue 6): the seeds' map shows Achin and Jalalabad; the IS-K page has the chart and the conflict."""
    from fastapi.testclient import TestClient

    from sitrep.serve import create_app

    with TestClient(create_app(db_path, "ci"), base_url="http://127.0.0.1") as client:
        map_page = client.get("/map").text
        actor_page = client.get("/actors/IS-K").text
    expect("map point in Achin", "data-place='Achīn'" in map_page or "data-place='Achin'" in map_page, True)
    expect("map point in Jalalabad", "data-place='Jalālābād'" in map_page or "data-place='Jalalabad'" in map_page, True)
    expect("IS-K page strength chart", "<svg" in actor_page and "<rect" in actor_page, True)
    expect("IS-K page 2018 conflict", "&gt;1,200" in actor_page and "~800" in actor_page, True)


def check_resolve(db_path: str, expect) -> None:
    """Acceptance (issue 5): the 2018 IS-K strength conflict, and the ISKP profile's series and events."""
    from sitrep.service.actors import actor_query
    from sitrep.service.profile import actor_profile
    from sitrep.resolve.conflicts import find_conflicts
    from sitrep.service.resolve import resolve_stored
    from sitrep.store.extractions import claims_with_sources

    with Database(db_path) as db:
        resolve_stored(db)
        conflicts = [c.to_dict() for c in find_conflicts(claims_with_sources(db, actor=actor_query("IS-K")))]
        profile = actor_profile(db, "ISKP")
    pairs = [{(c["value"], c["hedge"], c["source"]) for c in conflict["claims"]} for conflict in conflicts]
    want = {(1200.0, "more_than", "security sources"), (800.0, "approx", "CSIS")}
    expect("conflict >1,200 (security sources) vs ~800 (CSIS)", want in pairs, True)
    expect("conflict sentences", all(c["sentence"] for conflict in conflicts for c in conflict["claims"]), True)
    series = [(p["as_of"][:4], p["value"], p["source"]) for p in profile.strength]
    expect(
        "strength 2017 then 2018",
        [year for year, _, _ in series][:1] == ["2017"] and "2018" in dict.fromkeys(y for y, _, _ in series),
        True,
    )
    achin = [e for e in profile.events if str(e["date_start"]).startswith("2017-04")]
    expect(
        "Achin airstrike 94 (Afghan officials)",
        [(e["fatalities_low"], e["fatalities_source"]) for e in achin],
        [(94.0, "Afghan officials")],
    )
    jalalabad = [e for e in profile.events if str(e["date_start"]).startswith("2020-08")]
    expect("Jalalabad prison attack without a fatality figure", [e["fatalities_low"] for e in jalalabad], [None])
    # Issue 12: IS-K coordinates with IS branches in the Middle East, recruits from the Taliban, and Taliban
    # fighters declared allegiance to it; each with its sentence.
    stated = {(r["kind"], r["actor1"], r["actor2"]) for r in profile.relations if r["sentence"]}
    for kind, a, b in (
        ("cooperation", "Islamic State Khorasan Province", "Islamic State"),
        ("recruitment", "Islamic State Khorasan Province", "Taliban"),
        ("allegiance", "Taliban", "Islamic State Khorasan Province"),
    ):
        expect(f"relation {a} {kind} {b}", (kind, a, b) in stated, True)


def check_places(db_path: str, expect) -> None:
    """Acceptance (places): Achin district and Jalalabad, in Nangarhar, Afghanistan, with coordinates."""
    from sitrep.evaluate.match import same_name, within_km

    with Database(db_path) as db:
        events = db.rows("SELECT place_name, admin2, admin1, country, latitude, longitude FROM events")
    for name, lat, lon in (("Achin", 34.08, 70.68), ("Jalalabad", 34.43, 70.45)):
        hits = [e for e in events if same_name(e["place_name"], name) or same_name(e["admin2"], name)]
        expect(f"an event placed in {name}", bool(hits), True)
        for e in hits[:1]:
            expect(
                f"{name} province and country",
                (same_name(e["admin1"], "Nangarhar"), e["country"]),
                (True, "Afghanistan"),
            )
            expect(f"{name} coordinates within 25 km", within_km(e["latitude"], e["longitude"], lat, lon), True)


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
        capture_output=True,
        text=True,
        check=False,
    )
    expect("second ingest", '"new": 0' in again.stdout, True)
    check_claims(db_path, expect)
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"seed metadata: {'ok' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
