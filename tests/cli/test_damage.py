"""A damaged database or a full temp folder: one line each, never a traceback, no temp file left."""

from __future__ import annotations

import os

from sitrep.store import Database
from tests.cli.helpers import run_sitrep


def damaged_database(path):
    with Database(path) as db:
        db.execute(
            "INSERT INTO reports (id, body, ingested_at) SELECT 'r' || i, repeat('a report body ', 40) || i, now() "
            "FROM range(20000) t(i)"
        )
    size = os.path.getsize(path)
    with open(path, "r+b") as handle:  # flip one byte inside a data block
        handle.seek(size // 2)
        byte = handle.read(1)
        handle.seek(size // 2)
        handle.write(bytes([byte[0] ^ 0xFF]))


def test_a_flipped_byte_gives_one_line_and_check_names_the_table(tmp_path):
    path = tmp_path / "damaged.duckdb"
    damaged_database(path)
    for command in (["export", "--what", "reports"], ["extract", "--all"]):
        result = run_sitrep(*command, "--db", path)
        assert result.returncode == 1, command
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "database" in result.stderr and "sitrep check" in result.stderr
    check = run_sitrep("check", "--db", path)
    assert check.returncode == 1 and "table reports:" in check.stderr and "1 damaged" in check.stdout


def test_check_passes_on_a_sound_database(tmp_path):
    path = tmp_path / "sound.duckdb"
    with Database(path):
        pass
    check = run_sitrep("check", "--db", path)
    assert check.returncode == 0 and check.stdout.strip().endswith("ok")


def test_a_write_that_fails_midway_leaves_no_temp_file(tmp_path, monkeypatch, db):
    import errno
    import tempfile

    import pytest

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def rows_until_the_disk_is_full():
        yield ("r1", "body", "2021-01-01 00:00:00")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        db.bulk_insert("reports", ("id", "body", "ingested_at"), rows_until_the_disk_is_full())
    assert list(scratch.iterdir()) == []


def test_a_file_system_error_is_one_line(tmp_path):
    db = tmp_path / "e.duckdb"
    with Database(db):
        pass
    result = run_sitrep("export", "--what", "reports", "--out", tmp_path / "no-such-folder" / "x.csv", "--db", db)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"error: No such file or directory: {tmp_path / 'no-such-folder' / 'x.csv'}"
    ]


def test_reading_a_database_that_does_not_exist_says_how_to_make_one(tmp_path):
    missing = tmp_path / "none.duckdb"
    for command in (["events"], ["reports"], ["claims"], ["export"], ["relations"]):
        result = run_sitrep(*command, "--db", missing)
        assert result.returncode == 1 and "no database at" in result.stderr and "sitrep ingest" in result.stderr
    assert not missing.exists()


def test_a_database_held_by_another_process_is_one_line_that_says_what_to_do(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "held.duckdb"
    with Database(path):
        pass
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        result = run_sitrep("events", "--db", path)
    finally:
        holder.kill()
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "open in another process" in result.stderr and "--server" in result.stderr
