"""Victims, targets, perpetrators and weapons: stored with each event, exported, shown; a real database."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()
REPORT = (
    "date 2024-03-11\n\nGunmen shot dead two teachers at a school in Maiduguri, Borno, Nigeria, on Monday, "
    "police said. The attackers used AK-47 rifles and set fire to a classroom.\n"
)
TWO_SOURCES = (
    "date 2024-03-09\n\nSecurity forces opened fire on protesters in Tanta, Egypt, on Friday.\n\n"
    "Police said 16 people were killed in the clashes. Amnesty International said at least 140 people "
    "were killed, citing hospital records.\n"
)


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_participants_are_stored_exported_and_shown(write, db_path, tmp_path):
    folder = write("school.txt", REPORT).parent
    invoke("ingest", folder, "--db", db_path)
    invoke("extract", "--db", db_path)
    events = json.loads(invoke("events", "--db", db_path, "--format", "json"))
    assert events and isinstance(events[0]["victims"], list)
    assert any("teachers" in v["text"] for e in events for v in e["victims"])
    out = tmp_path / "events.csv"
    invoke("export", "--db", db_path, "--format", "csv", "--out", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"victims", "targets", "perpetrators", "weapons", "report_dateline"} <= set(rows[0])
    assert "teachers" in rows[0]["victims"]
    assert "victims:" in invoke("events", "--db", db_path)


def test_two_sources_two_tolls_both_kept_and_flagged(write, db_path):
    folder = write("tanta.txt", TWO_SOURCES).parent
    invoke("ingest", folder, "--db", db_path)
    invoke("extract", "--db", db_path)
    claims = json.loads(invoke("claims", "--db", db_path, "--format", "json"))
    figures = {(c["value"], c["attributed_to"]) for c in claims if c["kind"] == "fatalities"}
    assert {("16", "Police"), ("≥140", "Amnesty International")} <= figures
    conflicts = json.loads(invoke("conflicts", "--db", db_path, "--format", "json"))
    assert any({c["value"] for c in conflict["claims"]} == {16.0, 140.0} for conflict in conflicts)
    event = json.loads(invoke("events", "--db", db_path, "--format", "json"))[0]
    assert event["fatalities_attributed_to"] == "Amnesty International"
