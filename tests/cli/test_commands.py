"""The CLI tour: every command runs in-process against a real database file."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from sitrep import __version__
from sitrep.cli import app

runner = CliRunner()

REPORT = (
    "date 2021-06-01 Report by Plains Courier Staff Reporter\n\n"
    "Militants attacked a checkpoint on Monday, killing two guards, officials said.\n\nSource: Plains Courier\n"
)


@pytest.fixture
def loaded(write, db_path):
    write("a.txt", REPORT)
    write("b.txt", "Ceasefire talks\n\nTalks resumed in the capital.\n")
    result = runner.invoke(app, ["ingest", str(write("c.txt", REPORT).parent), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "2 new, 1 duplicate, 0 failed" in result.output
    return db_path


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_reports_json_and_csv(loaded):
    rows = json.loads(runner.invoke(app, ["reports", "--db", str(loaded), "--format", "json"]).output)
    assert {r["outlet"] for r in rows} == {"Plains Courier", None}
    csv_out = runner.invoke(app, ["reports", "--db", str(loaded), "--format", "csv"]).output
    assert csv_out.splitlines()[0].startswith("id,published")


def test_show_by_prefix(loaded):
    rows = json.loads(runner.invoke(app, ["reports", "--db", str(loaded), "--format", "json"]).output)
    dated = next(r for r in rows if r["published"])
    result = runner.invoke(app, ["show", dated["id"][:6], "--db", str(loaded), "--format", "json"])
    shown = json.loads(result.output)
    assert shown["published"] == "2021-06-01" and shown["body"].startswith("Militants attacked")


def test_env_var_selects_database(loaded, monkeypatch):
    monkeypatch.setenv("SITREP_DB", str(loaded))
    assert len(json.loads(runner.invoke(app, ["reports", "--format", "json"]).output)) == 2


def test_export_parquet(loaded, tmp_path):
    out = tmp_path / "r.parquet"
    result = runner.invoke(
        app, ["export", "--what", "reports", "--format", "parquet", "--out", str(out), "--db", str(loaded)]
    )
    assert result.exit_code == 0, result.output
    assert duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(out)]).fetchone()[0] == 2


def test_export_gives_one_row_per_merged_event_unless_per_report(write, db_path, tmp_path):
    from pathlib import Path

    merge_corpus = Path(__file__).resolve().parents[1] / "fixtures" / "merge"
    assert runner.invoke(app, ["ingest", str(merge_corpus), "--db", str(db_path)]).exit_code == 0
    assert runner.invoke(app, ["extract", "--db", str(db_path)]).exit_code == 0
    counts = {}
    for flag in ([], ["--per-report"]):
        out = tmp_path / f"events{len(flag)}.jsonl"
        result = runner.invoke(app, ["export", "--format", "jsonl", "--out", str(out), "--db", str(db_path), *flag])
        assert result.exit_code == 0, result.output
        counts[bool(flag)] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    merged, per_report = counts[False], counts[True]
    assert len(merged) < len(per_report) and sum(row["reports"] for row in merged) == len(per_report)
    assert "reports" not in per_report[0]


def test_hostile_text_does_not_reach_the_terminal(write, db_path):
    path = write("evil.txt", "Attack \x1b[2J\x1b]0;pwned\x07 reported [bold]here[/bold] in the \u202eeast.\n")
    runner.invoke(app, ["ingest", str(path), "--db", str(db_path)])
    rows = json.loads(runner.invoke(app, ["reports", "--db", str(db_path), "--format", "json"]).output)
    shown = runner.invoke(app, ["show", rows[0]["id"], "--db", str(db_path)]).output
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "\\x1b[2J" in shown and "[bold]here[/bold]" in shown


@pytest.mark.parametrize(
    "command", ["ingest", "reports", "show", "export", "extract", "events", "claims", "eval", "places"]
)
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_places_command_json():
    result = runner.invoke(app, ["places", "Kandahar", "--format", "json", "--limit", "3"])
    rows = json.loads(result.output)
    assert result.exit_code == 0 and rows and rows[0]["country"] == "Afghanistan"


@pytest.mark.parametrize(
    ("args", "choices"),
    [
        (["events", "--format", "xml"], "'table', 'json', 'csv'"),
        (["export", "--format", "xlsx"], "'csv', 'jsonl', 'geojson', 'parquet'"),
        (["export", "--what", "actors"], "'events', 'claims', 'relations', 'reports'"),
        (["ingest", ".", "--format", "pdf"], "'text', 'html', 'feed', 'jsonl', 'json', 'csv'"),
        (["conflicts", "--format", "csv"], "'text', 'json'"),
    ],
)
def test_fixed_choices_are_checked_and_listed_before_anything_runs(args, choices, tmp_path):
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and choices in result.output
    assert not (tmp_path / "none.duckdb").exists()
    help_text = runner.invoke(app, [args[0], "--help"]).output
    assert "<" + choices.replace("'", "").replace(", ", "|") + ">" in help_text
