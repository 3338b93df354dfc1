"""Resolving new events into a store looks only at what they can change, and gives what a full resolve gives."""

from __future__ import annotations

import shutil
from pathlib import Path

from sitrep.service.extract import extract_stored
from sitrep.service.ingest import ingest_paths
from sitrep.service.resolve import resolve_stored
from sitrep.store import Database

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "merge"
ELSEWHERE = (
    "date 2031-06-02\n\nGunmen attacked a police post in Tillaberi, Niger, on Sunday, killing four officers, "
    "a regional official said.\n\nSource: Sahel Desk\n"
)


def _clusters(db: Database) -> set[frozenset[str]]:
    rows = db.execute("SELECT coalesce(cluster_id, id), id FROM events").fetchall()
    members: dict[str, set[str]] = {}
    for cluster, event in rows:
        members.setdefault(cluster, set()).add(event)
    return {frozenset(m) for m in members.values()}


def _add(db: Database, files: list[Path]) -> None:
    ingest_paths(db, files)
    extract_stored(db)


def test_new_reports_resolved_into_a_store_give_the_clusters_of_a_full_resolve(tmp_path):
    files = sorted(CORPUS.glob("*.txt"))
    with Database(tmp_path / "step.duckdb") as db:
        _add(db, files[::2])
        first = resolve_stored(db)
        _add(db, files[1::2])
        second = resolve_stored(db)
        stepwise = _clusters(db)
    with Database(tmp_path / "whole.duckdb") as db:
        _add(db, files)
        whole = resolve_stored(db, everything=True)
        assert _clusters(db) == stepwise
    assert first.examined == first.events  # the first resolve reads everything
    assert (second.events, second.clusters, second.merged_clusters) == (
        whole.events,
        whole.clusters,
        whole.merged_clusters,
    )


def test_a_report_of_another_country_and_year_looks_at_its_own_events_only(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(CORPUS, folder)
    with Database(tmp_path / "db.duckdb") as db:
        _add(db, [folder])
        before = resolve_stored(db)
        (tmp_path / "niger.txt").write_text(ELSEWHERE, encoding="utf-8")
        _add(db, [tmp_path / "niger.txt"])
        after = resolve_stored(db)
    assert after.examined == 1 and after.events == before.events + 1 and after.clusters == before.clusters + 1


def test_a_split_event_is_resolved_again_and_stays_apart(tmp_path):
    from sitrep.store.clusters import record_split

    with Database(tmp_path / "db.duckdb") as db:
        _add(db, [CORPUS])
        resolve_stored(db)
        merged = sorted(sorted(c) for c in _clusters(db) if len(c) > 1)
        event = merged[0][0]
        others = record_split(db, event)
        resolve_stored(db)
        now = next(c for c in _clusters(db) if event in c)
    assert others and not now & set(others)  # it may join another report of its event, never those again


def test_a_full_resolve_on_worker_processes_gives_what_one_process_gives():
    from datetime import date, timedelta

    from sitrep.resolve.merge import EventSketch
    from sitrep.service.resolve import cluster_by_country

    day = date(2030, 1, 1)
    events = [
        EventSketch(
            f"e{i}",
            f"r{i}",
            "Battles",
            day + timedelta(days=i // 40),
            day + timedelta(days=i // 40),
            f"Country {i % 3}",
            f"Province {i % 2}",
            latitude=10.0,
            longitude=20.0 + (i % 4) / 100,
            actor1_id=f"a{i % 5}",
        )
        for i in range(25_000)
    ]
    events.sort(key=lambda e: (e.country, e.date_start, e.id))
    one = cluster_by_country(events, set(), workers=1)
    two = cluster_by_country(events, set(), workers=2, few=0)
    assert one == two and len({link.cluster_id for link in one}) < len(events)
