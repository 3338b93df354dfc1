"""Benchmark: `sitrep actor`, `sitrep resolve` and `sitrep brief` on a database of 100,000 synthetic events.

Events are generated in SQL: 40 actors (ISKP among them), 12 countries with 8
provinces each, dates over five years, one report per 5 events (so merging has
work to do), and 5,000 strength claims. Prints timings; asserts nothing.
"""

from __future__ import annotations

import time
from pathlib import Path

N_EVENTS = 100_000
N_CLAIMS = 5_000


def build(db_path: Path, n_events: int = N_EVENTS) -> None:
    """Fill a fresh database with synthetic reports, events and claims."""
    from sitrep.store import Database

    with Database(db_path) as db, db.transaction():
        db.execute(
            """INSERT INTO reports (id, title, outlet, published, published_precision, body, origin, ingested_at)
               SELECT 'r' || i, 'Report ' || i, 'Outlet ' || (i % 30), DATE '2016-01-01' + CAST(i % 1800 AS INTEGER),
                      'day', 'synthetic report ' || i, 'synthetic', now()
               FROM range(?) t(i)""",
            [n_events // 5 + N_CLAIMS],
        )
        db.execute(
            """INSERT INTO events (id, report_id, event_type, date_start, date_end, date_precision, date_inferred,
                   actor1_id, actor1_name, actor2_name, country, admin1, admin2, place_name, latitude, longitude,
                   geo_precision, fatalities, fatalities_hedge, fatalities_text)
               SELECT 'e' || i, 'r' || (i // 5),
                      ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests'][1 + CAST(hash(i, 1) % 4 AS BIGINT)],
                      DATE '2016-01-01' + CAST(hash(i, 2) % 1800 AS INTEGER),
                      DATE '2016-01-01' + CAST(hash(i, 2) % 1800 AS INTEGER), 'day', false,
                      CASE WHEN hash(i, 3) % 40 = 0 THEN 'iskp' ELSE 'actor' || (hash(i, 3) % 40) END,
                      CASE WHEN hash(i, 3) % 40 = 0 THEN 'Islamic State (Afghanistan)' ELSE 'Actor ' || (hash(i, 3) % 40) END,
                      'Civilians', 'Country ' || (hash(i, 4) % 12), 'Province ' || (hash(i, 5) % 8),
                      'District ' || (hash(i, 6) % 50), 'Town ' || (hash(i, 7) % 500),
                      10 + (hash(i, 7) % 500) / 10.0, 60 + (hash(i, 7) % 437) / 10.0, 1 + hash(i, 8) % 3,
                      i % 9, 'exact', CAST(i % 9 AS VARCHAR)
               FROM range(?) t(i)""",
            [n_events],
        )
        db.execute(
            """INSERT INTO claims (id, report_id, kind, subject_id, subject_name, value, hedge, unit, as_of_start,
                   as_of_end, as_of_precision, attributed_to, country)
               SELECT 'c' || i, 'r' || (?::INTEGER + i), 'strength', CASE WHEN i % 40 = 0 THEN 'iskp' ELSE 'actor' || (i % 40) END,
                      'Actor', 500 + (i * 37) % 2000, ['exact', 'approx', 'more_than'][1 + i % 3], 'fighters',
                      DATE '2016-01-01' + CAST((i * 11) % 1800 AS INTEGER), DATE '2016-01-01' + CAST((i * 11) % 1800 AS INTEGER),
                      'day', 'source ' || (i % 17), 'Country ' || (i % 12)
               FROM range(?) t(i)""",
            [n_events // 5, N_CLAIMS],
        )


def bench_actor(tmp: Path) -> dict[str, float]:
    """Seconds for `sitrep actor ISKP` (profile only, warm) and for merging all events."""
    from sitrep.service.profile import actor_profile
    from sitrep.service.resolve import resolve_stored
    from sitrep.store import Database

    db_path = tmp / "synthetic.duckdb"
    started = time.perf_counter()
    build(db_path)
    results = {"synthetic_events": N_EVENTS, "build_s": round(time.perf_counter() - started, 2)}
    with Database(db_path) as db:
        started = time.perf_counter()
        summary = resolve_stored(db)
        results["resolve_100k_s"] = round(time.perf_counter() - started, 2)
        results["resolve_clusters"] = summary.clusters
        started = time.perf_counter()
        resolve_stored(db, everything=True)  # `sitrep resolve --all` on a resolved store
        results["reresolve_100k_s"] = round(time.perf_counter() - started, 2)
        actor_profile(db, "ISKP")  # warm: knowledge base, gazetteer-free paths
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            profile = actor_profile(db, "ISKP")
            timings.append(time.perf_counter() - started)
        results["actor_profile_ms_median"] = round(sorted(timings)[2] * 1000, 1)
        results["actor_profile_events"] = profile.event_count
        results |= bench_brief(db, tmp)
    return results


def bench_brief(db, tmp: Path) -> dict[str, float]:
    """Seconds for `sitrep brief` as HTML: one country over a whole year, and every country over the
    five years (every one of the 100,000 events read, grouped and drawn)."""
    from datetime import date

    from sitrep.serve.brief import write_brief
    from sitrep.service.brief import compose_brief

    results = {}
    for label, country, since, until in (
        ("brief_country_year_s", "Country 3", date(2018, 1, 1), date(2018, 12, 31)),
        ("brief_all_100k_s", None, date(2016, 1, 1), date(2020, 12, 31)),
    ):
        started = time.perf_counter()
        write_brief(compose_brief(db, since, until, country), tmp / "brief.html")
        results[label] = round(time.perf_counter() - started, 2)
    return results


def bench_incremental_resolve(tmp: Path) -> dict[str, float]:
    """Seconds to resolve a day's 1,000 new events (every country and province) into a resolved store of
    100,000 and of 1,000,000 synthetic events; and `sitrep actor` on the 1,000,000."""
    from sitrep.service.profile import actor_profile
    from sitrep.service.resolve import resolve_stored
    from sitrep.store import Database

    results: dict[str, float] = {}
    for size, label in ((100_000, "100k"), (1_000_000, "1m")):
        db_path = tmp / f"store_{label}.duckdb"
        build(db_path, size)
        with Database(db_path) as db:
            db.execute("UPDATE events SET cluster_id = 'c:' || id")  # a resolved store (all singletons)
            db.execute(
                """INSERT INTO events (id, report_id, event_type, date_start, date_end, date_precision, date_inferred,
                       actor1_id, actor1_name, country, admin1, admin2, place_name, latitude, longitude, geo_precision)
                   SELECT 'new' || i, 'new-r' || i, 'Battles', DATE '2018-06-15', DATE '2018-06-15', 'day', false,
                          'actor' || (i % 40), 'Actor ' || (i % 40), 'Country ' || (i % 12), 'Province ' || (i % 8),
                          'District ' || (i % 50), 'Town ' || (i % 500), 10 + (i % 500) / 10.0,
                          60 + (i % 437) / 10.0, 1
                   FROM range(1000) t(i)"""
            )
            started = time.perf_counter()
            summary = resolve_stored(db)
            results[f"resolve_1000_into_{label}_s"] = round(time.perf_counter() - started, 2)
            results[f"resolve_1000_into_{label}_examined"] = summary.examined
            if size == 1_000_000:
                actor_profile(db, "ISKP")
                timings = []
                for _ in range(5):
                    started = time.perf_counter()
                    actor_profile(db, "ISKP")
                    timings.append(time.perf_counter() - started)
                results["actor_profile_1m_ms_median"] = round(sorted(timings)[2] * 1000, 1)
        db_path.unlink()
    return results
