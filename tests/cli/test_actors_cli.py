"""``sitrep actor`` and ``sitrep actors``: any alias, provisional actors, merge and promote, in-process."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()

REPORTS = {
    "a.txt": "date 2021-05-03\n\nFighters from the Mountain Hawks (MH) fired rockets at an army base in Kunduz, "
    "Afghanistan, on 1 May, killing three soldiers.\n\nISKP fighters attacked a checkpoint in Achin district, Nangarhar, "
    "on 2 May.\n",
    "b.txt": "date 2021-05-09\n\nThe Mountain Hawks claimed responsibility for an ambush in Baghlan, Afghanistan. "
    "Militants of the Sword of the Valley Brigade <script>alert(1)</script> attacked a post in Takhar.\n",
}


@pytest.fixture
def extracted(write, db_path):
    for name, text in REPORTS.items():
        folder = write(name, text).parent
    for args in (["ingest", str(folder)], ["extract"]):
        result = runner.invoke(app, [*args, "--db", str(db_path)])
        assert result.exit_code == 0, result.output
    return db_path


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_actor_accepts_any_alias(extracted):
    for alias in ("IS-K", "Islamic State of Khorasan", "Khorasan Chapter of the Islamic State"):
        profile = json.loads(invoke("actor", alias, "--db", extracted, "--format", "json"))
        assert profile["id"] == "iskp" and profile["parent"] == "Islamic State" and profile["inter_code"] == 2
        assert profile["events"] >= 1


def test_provisional_list_merge_and_promote(extracted):
    rows = json.loads(invoke("actors", "--provisional", "--db", extracted, "--format", "json"))
    names = {r["name"]: r for r in rows}
    assert names["Mountain Hawks"]["mentions"] == 2
    out = invoke("actors", "merge", "Sword of the Valley Brigade", "MH", "--db", extracted)
    assert "merged Sword of the Valley Brigade" in out and "into Mountain Hawks" in out
    profile = json.loads(invoke("actor", "Sword of the Valley Brigade", "--db", extracted, "--format", "json"))
    assert profile["name"] == "Mountain Hawks" and len(profile["mentions"]) == 3
    assert any("<script>" in m["sentence"] for m in profile["mentions"])  # stored and shown as data
    out = invoke(
        "actors", "promote", "Mountain Hawks", "--kind", "rebel", "--country", "Afghanistan", "--db", extracted
    )
    assert "name: Mountain Hawks" in out and "kind: rebel" in out
    assert json.loads(invoke("actors", "--provisional", "--db", extracted, "--format", "json")) == []


def test_unknown_actor_is_one_line_with_suggestions(extracted):
    result = runner.invoke(app, ["actor", "Mountain Hawkz", "--db", str(extracted)])
    assert result.exit_code != 0
    assert "did you mean 'Mountain Hawks'" in str(result.exception)


def test_knowledge_base_listing_by_country():
    rows = json.loads(invoke("actors", "--country", "Pakistan", "--format", "json"))
    assert {"Tehrik-i-Taliban Pakistan", "Baloch Liberation Army"} <= {r["name"] for r in rows}
    assert all(r["country"] == "Pakistan" for r in rows)
