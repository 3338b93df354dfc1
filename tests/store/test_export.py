import csv
import json

import duckdb
import pytest

from sitrep.errors import UsageError
from sitrep.records import Report, report_id_for
from sitrep.store.export import export_reports, export_table
from sitrep.store.reports import store_reports

ACLED_COLUMNS = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 "
    "inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 "
    "location latitude longitude geo_precision source source_scale notes fatalities tags timestamp"
).split()


@pytest.fixture
def filled(db):
    bodies = ['Police dispersed a crowd, with "quotes" and, commas.', "Line one\nline two of a report."]
    store_reports(db, [Report(id=report_id_for(b), body=b, outlet="Desk") for b in bodies])
    return db


def test_csv_round_trip(filled, tmp_path):
    out = tmp_path / "r.csv"
    assert export_reports(filled, "csv", out) == 2
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["body"] for r in rows} == {
        'Police dispersed a crowd, with "quotes" and, commas.',
        "Line one\nline two of a report.",
    }


def test_jsonl_round_trip(filled, tmp_path):
    out = tmp_path / "r.jsonl"
    export_reports(filled, "jsonl", out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and rows[0]["outlet"] == "Desk"


def test_parquet_reads_back_in_duckdb(filled, tmp_path):
    out = tmp_path / "r.parquet"
    assert export_reports(filled, "parquet", out) == 2
    assert duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(out)]).fetchone()[0] == 2


def test_bad_format_and_parquet_to_stdout(filled):
    with pytest.raises(UsageError):
        export_reports(filled, "xml")
    with pytest.raises(UsageError):
        export_reports(filled, "parquet")


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(db, tmp_path):
    import csv as csvmodule

    from sitrep.ingest import read_reports
    from sitrep.ingest.readers import ReadOptions

    bodies = [
        '=HYPERLINK("http://x.test","click") gunmen',
        "+cmd|' /C calc'!A0 attack",
        "-2+3 killed",
        "@SUM(1) raid",
        "\tTabbed",
    ]
    store_reports(db, [Report(id=report_id_for(b), body=b, title=b[:12], origin="f.txt") for b in bodies])
    out = tmp_path / "reports.csv"
    export_reports(db, "csv", out)
    with out.open(newline="", encoding="utf-8") as handle:
        cells = [cell for row in list(csvmodule.reader(handle))[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    again = [r.body for r in read_reports([out], ReadOptions(text_column="body")) if isinstance(r, Report)]
    assert sorted(again) == sorted(b.strip() for b in bodies)  # sitrep reads its own export back unchanged


def test_events_export_has_acled_interaction_disorder_and_civilian_targeting(db, tmp_path):
    import csv as csvmodule

    from sitrep.extract import extract_text
    from sitrep.store.extractions import save_extraction

    body = "On 4 March 2021, gunmen from Boko Haram killed five farmers near Konduga, Borno, Nigeria."
    store_reports(db, [Report(id=report_id_for(body), body=body, origin="k.txt")])
    save_extraction(db, extract_text(body, report_id=report_id_for(body)), "test")
    out = tmp_path / "events.csv"
    export_table(db, "events", "csv", out)
    with out.open(newline="", encoding="utf-8") as handle:
        (row,) = list(csvmodule.DictReader(handle))
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("2", "7", "27")
    assert row["disorder_type"] == "Political violence" and row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["region"]) == ("566", "Western Africa") and int(row["timestamp"]) > 1_600_000_000
    with out.open(newline="", encoding="utf-8") as handle:
        header = next(csvmodule.reader(handle))
    assert header[: len(ACLED_COLUMNS)] == ACLED_COLUMNS  # a drop-in for ACLED's own export, extras after


def test_an_events_export_keeps_only_the_filtered_events(db, tmp_path):
    from sitrep.extract import extract_text
    from sitrep.store.export import export_events
    from sitrep.store.extractions import event_filter_sql, save_extraction

    for body in (
        "On 4 March 2021, gunmen killed five farmers near Konduga, Borno, Nigeria.",
        "On 9 May 2021, a roadside bomb killed two soldiers near Kidal, Mali.",
    ):
        store_reports(db, [Report(id=report_id_for(body), body=body, origin="k.txt")])
        save_extraction(db, extract_text(body, report_id=report_id_for(body)), "test")
    where, params = event_filter_sql(country="Mali")
    out = tmp_path / "mali.csv"
    assert export_events(db, "csv", out, where, params) == 1
    assert [r["country"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["Mali"]


def test_events_export_as_geojson_points_longitude_first(db, tmp_path):
    from sitrep.extract import extract_text
    from sitrep.store.extractions import save_extraction

    bodies = [
        'On 4 March 2021, gunmen killed five farmers near Konduga, Borno, Nigeria. "</script><b>" was painted on a wall.',
        "On 5 March 2021, a bomb exploded at a market in an unnamed village, killing two people.",
    ]
    for body in bodies:
        store_reports(db, [Report(id=report_id_for(body), body=body, origin="k.txt")])
        save_extraction(db, extract_text(body, report_id=report_id_for(body)), "test")
    out = tmp_path / "events.geojson"
    assert export_table(db, "events", "geojson", out) == 2
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 2
    placed = next(f for f in collection["features"] if f["geometry"])
    lon, lat = placed["geometry"]["coordinates"]
    assert 11 < lat < 13 and 13 < lon < 14  # Konduga, north-east Nigeria
    assert placed["properties"]["admin1"] == "Borno" and "latitude" not in placed["properties"]
    assert placed["id"] == placed["properties"]["event_id_cnty"]
    assert any(f["geometry"] is None for f in collection["features"])


def test_geojson_is_for_events_only(filled, tmp_path):
    with pytest.raises(UsageError, match="geojson export is for events"):
        export_table(filled, "reports", "geojson", tmp_path / "r.geojson")
