"""extract, events, claims, export and eval through the CLI, on examples written for the project."""

import csv
import io
import json
import re
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports"


def test_tour(db_path):
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db_path)]).exit_code == 0
    result = runner.invoke(app, ["extract", "--db", str(db_path)])
    assert result.exit_code == 0 and "extracted: 17 reports" in result.output
    again = runner.invoke(app, ["extract", "--db", str(db_path)])
    assert "extracted: 0 reports" in again.output
    events = json.loads(runner.invoke(app, ["events", "--db", str(db_path), "--format", "json"]).output)
    assert len(events) >= 12
    achin = [e for e in events if e["place_name"] and e["place_name"].startswith("Ach")]
    assert achin and achin[0]["event_type"] == "Explosions/Remote violence"
    claims = json.loads(
        runner.invoke(app, ["claims", "--db", str(db_path), "--actor", "ISKP", "--format", "json"]).output
    )
    assert any(c["kind"] == "strength" and c["value"] == "~700" for c in claims)
    exported = runner.invoke(app, ["export", "--db", str(db_path), "--format", "csv"]).output
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert {
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "country",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "fatalities",
        "notes",
    } <= set(rows[0])
    table = runner.invoke(app, ["events", "--db", str(db_path), "--type", "Protests"])
    assert table.exit_code == 0


def test_eval_command_with_gates(tmp_path):
    gold = tmp_path / "g.jsonl"
    row = {
        "id": "g:1",
        "dataset": "acled",
        "published": None,
        "text": "On 2 June 2021, police arrested 12 protesters in Kano, Nigeria.",
        "gold": {
            "event_date": "2021-06-02",
            "event_type": "Strategic developments",
            "sub_event_type": None,
            "actor1": None,
            "actor2": None,
            "country": "Nigeria",
            "admin1": None,
            "admin2": None,
            "location": None,
            "latitude": None,
            "longitude": None,
            "fatalities": 0,
        },
    }
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    ok = runner.invoke(app, ["eval", str(gold), "--fail-under", "acled.country=0.9"])
    assert ok.exit_code == 0, ok.output
    assert "acled" in ok.output
    row["gold"]["event_date"] = "2021-06-09"
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    failing = runner.invoke(app, ["eval", str(gold), "--json", "--fail-under", "acled.date=0.5"])
    assert failing.exit_code == 1 and "gate failed" in failing.output


def test_filters_say_when_a_value_is_unknown_and_take_partial_and_relative_dates(db_path):
    from sitrep.errors import NotFoundError, UsageError

    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db_path)]).exit_code == 0
    assert runner.invoke(app, ["extract", "--db", str(db_path)]).exit_code == 0
    typo = runner.invoke(app, ["events", "--type", "Battle", "--db", str(db_path)])
    assert isinstance(typo.exception, UsageError) and "did you mean 'Battles'" in str(typo.exception)
    actor = runner.invoke(app, ["events", "--actor", "Talibn", "--db", str(db_path)])
    assert isinstance(actor.exception, NotFoundError) and "Taliban" in str(actor.exception)
    month = json.loads(
        runner.invoke(
            app, ["events", "--since", "2021-08", "--until", "2021-08", "--db", str(db_path), "--format", "json"]
        ).output
    )
    assert month and all(str(e["date_start"]).startswith("2021-08") for e in month)
    assert runner.invoke(app, ["events", "--since", "7d", "--db", str(db_path)]).exit_code == 0
    assert isinstance(
        runner.invoke(app, ["events", "--since", "last tuesday", "--db", str(db_path)]).exception, UsageError
    )
    table = runner.invoke(app, ["events", "--limit", "1", "--country", "Afghanistan", "--db", str(db_path)]).output
    assert re.fullmatch(r"1 of \d+ events", table.splitlines()[0])  # a cut list says how many there are


def test_rejected_events_leave_the_list_and_are_listed_on_request(db_path):
    from sitrep.store import Database
    from sitrep.store.reviews import review

    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db_path)]).exit_code == 0
    assert runner.invoke(app, ["extract", "--db", str(db_path)]).exit_code == 0
    before = json.loads(runner.invoke(app, ["events", "--db", str(db_path), "--format", "json"]).output)
    with Database(db_path) as db:
        review(db, "event", before[0]["id"], "reject", "analyst", "not political violence")
    after = json.loads(runner.invoke(app, ["events", "--db", str(db_path), "--format", "json"]).output)
    taken_out = runner.invoke(app, ["events", "--db", str(db_path), "--format", "json", "--rejected"])
    assert len(after) == len(before) - 1 and [e["id"] for e in json.loads(taken_out.output)] == [before[0]["id"]]
    both = runner.invoke(app, ["events", "--db", str(db_path), "--rejected", "--merged"])
    assert both.exit_code != 0 and "drop --merged" in both.output + str(both.exception)
