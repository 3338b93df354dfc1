import os
from datetime import date

import duckdb
import pytest

from sitrep.errors import StoreError
from sitrep.records import Report, report_id_for
from sitrep.store import Database
from sitrep.store.migrations import MIGRATIONS, applied
from sitrep.store.reports import count_reports, get_report, iter_reports, store_reports


def make(body: str, **kw) -> Report:
    return Report(id=report_id_for(body), body=body, **kw)


def test_migrations_recorded_once(db_path):
    with Database(db_path) as first:
        assert applied(first) == [name for name, _ in MIGRATIONS]
    with Database(db_path) as again:  # reopening applies nothing twice
        assert applied(again) == [name for name, _ in MIGRATIONS]
        tables = {r[0] for r in again.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"reports", "events", "claims", "evidence", "actors", "actor_aliases", "places"} <= tables


def test_store_is_idempotent(db):
    batch = [make("Troops advanced.", outlet="A", published=date(2020, 1, 2)), make("Troops  advanced.")]
    assert store_reports(db, batch) == 1
    assert store_reports(db, [make("Troops advanced."), make("Rebels retreated.")]) == 1
    assert count_reports(db) == 2
    stored = get_report(db, report_id_for("Troops advanced."))
    assert stored.outlet == "A" and stored.published == date(2020, 1, 2) and stored.ingested_at is not None


def test_transaction_rolls_back_on_error(db):
    with pytest.raises(RuntimeError):
        with db.transaction():
            store_reports_raw = "INSERT INTO reports (id, body, ingested_at) VALUES (?, ?, now())"
            db.execute(store_reports_raw, ["abc", "text"])
            raise RuntimeError("crash mid-batch")
    assert count_reports(db) == 0


def test_iter_reports_streams_all_in_batches(db):
    store_reports(db, [make(f"Report number {i}.") for i in range(25)])
    assert len(list(iter_reports(db, batch=7))) == 25


def test_unwritable_locations_fail_in_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for path in (blocker / "db.duckdb", tmp_path / "missing" / "db.duckdb", tmp_path):
        with pytest.raises(StoreError) as info:
            Database(path)
        assert "\n" not in str(info.value) and str(path) in str(info.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    with pytest.raises(StoreError, match="not writable"):
        Database(folder / "db.duckdb")


def test_read_only_filesystem():
    with pytest.raises(StoreError) as info:
        Database("/proc/sitrep-test.duckdb")
    assert str(info.value).startswith("cannot open database /proc/sitrep-test.duckdb")


def test_queries_are_parameterised(db):
    hostile = "x'); DROP TABLE reports; --"
    store_reports(db, [make(hostile, title=hostile)])
    assert db.scalar("SELECT title FROM reports") == hostile
    assert isinstance(db.conn, duckdb.DuckDBPyConnection)


def test_executemany_inserts_every_row_in_chunks_and_runs_other_statements_row_by_row(db_path):
    with Database(db_path) as db:
        db.execute("CREATE TABLE t (n INTEGER, label VARCHAR, day DATE)")
        rows = [(i, None if i % 3 else f"row {i}", date(2024, 1, 1 + i % 28)) for i in range(600)]
        db.executemany("INSERT INTO t (n, label, day) VALUES (?, ?, ?)", rows)
        assert db.scalar("SELECT count(*) FROM t") == 600
        assert db.rows("SELECT n, label, day FROM t WHERE n = 300") == [{"n": 300, "label": "row 300", "day": date(2024, 1, 21)}]
        db.executemany("UPDATE t SET label = ? WHERE n = ?", [("changed", 1), ("changed", 2)])
        assert db.scalar("SELECT count(*) FROM t WHERE label = 'changed'") == 2
