"""Merged events, splits, conflicts, timeline and the actor profile through the CLI, on reports we wrote."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()
CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "merge"

STRENGTH = {
    "s1.txt": "date 2018-05-14\n\nIS-K is growing. Last year 1,000 fighters were thought to be fighting with the group "
    "in Nangarhar, security sources said. Now more than 1,200 militants are fighting for IS-K in Afghanistan, "
    "according to security sources.\n\nSource: Evening Wire\n",
    "s2.txt": "date 2018-11-02\n\nIn a 2018 report, analysts at CSIS estimated that IS-K had roughly 800 fighters "
    "<script>alert(1)</script> in Afghanistan.\n\nSource: Policy Review\n",
}


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def loaded(tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(CORPUS, folder)
    for name, text in STRENGTH.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    invoke("ingest", folder, "--db", db)
    out = invoke("extract", "--db", db)
    assert "reported more than once" in out
    return db


def test_merged_events_list_every_source_with_reasons(loaded):
    rows = json.loads(invoke("events", "--merged", "--db", loaded, "--format", "json", "--place", "Lashkar Gah"))
    bomb = rows[0]
    assert bomb["reports"] == 4
    assert {s["fatalities"] for s in bomb["sources"]} >= {8.0, 9.0, 10.0}
    assert (bomb["fatalities_low"], bomb["fatalities_high"]) == (8.0, 10.0)
    assert sum(1 for s in bomb["sources"] if s["merged_because"] and "same" in s["merged_because"]) >= 2


def test_split_is_kept_across_resolves(loaded):
    rows = json.loads(invoke("events", "--merged", "--db", loaded, "--format", "json", "--place", "Lashkar Gah"))
    victim = rows[0]["sources"][-1]["event_id"]
    assert "split" in invoke("events", "split", victim, "--db", loaded)
    invoke("resolve", "--db", loaded)
    rows = json.loads(invoke("events", "--merged", "--db", loaded, "--format", "json", "--place", "Lashkar Gah"))
    assert max(r["reports"] for r in rows) == 3


def test_conflicts_and_actor_profile(loaded, tmp_path):
    found = json.loads(invoke("conflicts", "--db", loaded, "--format", "json"))
    values = {frozenset(c["value"] for c in conflict["claims"]) for conflict in found}
    assert frozenset((1200.0, 800.0)) in values
    profile = json.loads(invoke("actor", "ISIS-K", "--db", loaded, "--format", "json"))
    assert [p["value"] for p in profile["strength"]][:1] == [1000.0]
    assert profile["conflicts"]
    html = invoke("actor", "ISKP", "--db", loaded, "--format", "html", "--plot", tmp_path / "s.svg")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert (tmp_path / "s.svg").read_text().startswith("<?xml")
    assert "| ~800 |" in invoke("actor", "ISKP", "--db", loaded, "--format", "md")


def test_timeline_shows_precision(loaded):
    rows = json.loads(invoke("timeline", "--db", loaded, "--actor", "IS-K", "--format", "json"))
    assert any(r["when"] == "2017 (year)" for r in rows)
    assert [r["when"] for r in rows] == sorted((r["when"] for r in rows), key=lambda w: w[:10])
