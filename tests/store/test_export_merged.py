"""The export's default for events: one row per merged event, every source listed with its own figure."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from sitrep.service.extract import extract_stored
from sitrep.service.ingest import ingest_paths
from sitrep.service.resolve import resolve_stored
from sitrep.store import Database
from sitrep.store.clusters import cluster_detail
from sitrep.store.export import export_events, export_table
from sitrep.store.reviews import review
from tests.store.test_export import ACLED_COLUMNS

MERGE_CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "merge"


@pytest.fixture
def merged_db(tmp_path):
    with Database(tmp_path / "merged.duckdb") as db:
        ingest_paths(db, [MERGE_CORPUS])
        extract_stored(db)
        resolve_stored(db)
        yield db


def rows_of(path: Path) -> list[dict]:
    return list(csv.DictReader(path.open(encoding="utf-8")))


def test_one_row_per_merged_event_with_acled_columns_first(merged_db, tmp_path):
    per_report = export_table(merged_db, "events", "csv", tmp_path / "per.csv")
    merged = export_table(merged_db, "events", "csv", tmp_path / "merged.csv", merged=True)
    clusters = merged_db.scalar("SELECT count(DISTINCT coalesce(cluster_id, id)) FROM events")
    assert merged == clusters < per_report
    header = next(csv.reader((tmp_path / "merged.csv").open(encoding="utf-8")))
    assert header[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert {"cluster_id", "reports", "fatalities_low", "fatalities_best", "fatalities_high"} <= set(header)


def test_every_source_and_its_figure_and_the_summary_the_event_page_shows(merged_db, tmp_path):
    export_table(merged_db, "events", "csv", tmp_path / "merged.csv", merged=True)
    several = [row for row in rows_of(tmp_path / "merged.csv") if int(row["reports"]) > 1]
    assert several
    for row in several:
        detail = cluster_detail(merged_db, row["cluster_id"])
        assert int(row["reports"]) == detail["reports"]
        assert set(row["source"].split("; ")) == {s["outlet"] for s in detail["sources"]}
        assert row["source_figures"].count("; ") == detail["reports"] - 1
        for s in detail["sources"]:
            assert s["source"] in row["source_figures"]
        for name in ("fatalities_low", "fatalities_best", "fatalities_high"):
            assert (float(row[name]) if row[name] else None) == detail[name], name
        assert (row["figures_disagree"] == "True") == detail["figures_disagree"]
        expected = detail["fatalities_conservative"]  # ACLED codes the lowest credible figure
        assert row["fatalities"] == (str(int(expected)) if expected is not None else row["fatalities"])
    assert any(row["figures_disagree"] == "True" for row in several)  # the corpus has sources that disagree


def test_a_filter_keeps_whole_merged_events_and_a_rejected_anchor_leaves_the_rest(merged_db, tmp_path):
    row = max(
        (r for r in _merged_jsonl(merged_db, tmp_path / "all.jsonl")), key=lambda r: (r["reports"], r["cluster_id"])
    )
    out = tmp_path / "one.jsonl"
    assert export_events(merged_db, "jsonl", out, "id = ?", [row["event_id_cnty"]], merged=True) == 1
    assert json.loads(out.read_text(encoding="utf-8"))["reports"] == row["reports"]
    review(merged_db, "event", row["event_id_cnty"], "reject", "analyst", "duplicate of a wire story")
    again = {r["cluster_id"]: r for r in _merged_jsonl(merged_db, tmp_path / "after.jsonl")}[row["cluster_id"]]
    assert again["reports"] == row["reports"] - 1 and again["event_id_cnty"] != row["event_id_cnty"]


def test_merged_geojson_and_parquet_have_one_feature_per_merged_event(merged_db, tmp_path):
    count = export_table(merged_db, "events", "geojson", tmp_path / "m.geojson", merged=True)
    features = json.loads((tmp_path / "m.geojson").read_text(encoding="utf-8"))["features"]
    assert 0 < len(features) <= count and all("source_figures" in f["properties"] for f in features)
    assert export_table(merged_db, "events", "parquet", tmp_path / "m.parquet", merged=True) == count


def _merged_jsonl(db, path: Path) -> list[dict]:
    export_table(db, "events", "jsonl", path, merged=True)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_civilian_targeting_follows_the_victims_whoever_the_second_actor_is(db, tmp_path):
    from sitrep.records import Report, report_id_for
    from sitrep.store.reports import store_reports

    body = (
        "A bomb hidden in a school bag exploded in a classroom in Maiduguri, Borno, Nigeria, on Monday, "
        "killing four students and wounding their teacher, police said."
    )
    store_reports(db, [Report(id=report_id_for(body), body=body, outlet="Desk")])
    extract_stored(db)
    event_id = db.scalar("SELECT id FROM events WHERE event_type = 'Explosions/Remote violence'")
    # A reviewer names the military as the second actor (an escort was hit too): the victims still say civilians.
    review(db, "event", event_id, "correct", "analyst", "escort hit", {"actor2_name": "Military Forces of Nigeria"})
    export_table(db, "events", "csv", tmp_path / "per.csv")
    row = next(r for r in rows_of(tmp_path / "per.csv") if r["event_id_cnty"] == event_id)
    assert row["actor2"] == "Military Forces of Nigeria" and row["civilian_targeting"] == "Civilian targeting"


def test_rows_the_event_page_has_read_give_the_same_merged_event(merged_db):
    """The event page passes its own event and report on; the merged event must not change, and a known
    event that no longer belongs to the cluster (split since it was read) must not join it."""
    from sitrep.store.extractions import event_with_evidence

    for (event_id,) in merged_db.execute("SELECT id FROM events WHERE cluster_id IS NOT NULL ORDER BY id").fetchall():
        event, report, _ = event_with_evidence(merged_db, event_id)
        assert cluster_detail(merged_db, event["cluster_id"], [event], [report]) == cluster_detail(
            merged_db, event["cluster_id"]
        )
    several = merged_db.scalar(
        "SELECT cluster_id FROM events WHERE cluster_id IS NOT NULL GROUP BY 1 HAVING count(*) > 1 ORDER BY 1 LIMIT 1"
    )
    member = merged_db.scalar("SELECT id FROM events WHERE cluster_id = ? ORDER BY id LIMIT 1", [several])
    moved, report, _ = event_with_evidence(merged_db, member)
    moved["cluster_id"] = "c:elsewhere"
    detail = cluster_detail(merged_db, several, [moved], [report])
    assert member not in {s["event_id"] for s in detail["sources"]}


def test_a_list_page_read_in_one_join_gives_the_merged_events_lookups_give(merged_db, monkeypatch):
    """Lists of many merged events read their members in one join, short ones by lookups: the same rows."""
    from sitrep.store import clusters

    monkeypatch.setattr(clusters, "_JOIN_FROM", 1)
    joined = clusters.merged_page(merged_db, limit=100)[0]
    monkeypatch.setattr(clusters, "_JOIN_FROM", 10**9)
    looked_up = clusters.merged_page(merged_db, limit=100)[0]
    assert joined == looked_up and any(len(m["sources"]) > 1 for m in joined)


def test_a_page_of_merged_events_counts_every_match_from_its_own_grouping(merged_db):
    """The total a list page shows is the number of merged events matching its filters, on any page."""
    from sitrep.store.clusters import count_clusters, merged_page

    everything = count_clusters(merged_db)
    rows, total = merged_page(merged_db, limit=2)
    assert total == everything > 2 and len(rows) == 2
    assert merged_page(merged_db, limit=2, counted=False) == (rows, None)  # the map and the CLI count nothing
    assert merged_page(merged_db, limit=2, offset=everything + 5) == ([], everything)  # past the end
    where, params = "country = ?", ["Nigeria"]
    assert merged_page(merged_db, where, params)[1] == count_clusters(merged_db, where, params)
