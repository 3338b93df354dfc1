"""Bad input gets one line naming the file and the problem; good files are stored regardless."""

from __future__ import annotations

import os

from tests.cli.helpers import count_reports, run_sitrep

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256))


def test_each_bad_file_is_one_line_and_good_files_are_stored(write, tmp_path, db_path):
    write("good/one.txt", "Gunmen attacked a bus near the border on Sunday, police said.")
    write("good/rows.jsonl", '{"text": "Protesters gathered at the ministry."}\n{"text": "A bomb exploded in the mar\n')
    write("bad/empty.txt", "")
    write("bad/image.txt", PNG)
    write("bad/undecodable.txt", bytes((i * 37) % 128 + 128 for i in range(4000)))
    write("bad/no-text.csv", "date,place\n2020-01-01,Kano\n")
    huge = write("bad/huge.txt", b"")
    with huge.open("wb") as handle:
        handle.write(b"Troops clashed with rebels near the river. " * (50 * 1024 * 1024 // 44 + 1))
    missing = tmp_path / "does-not-exist"

    result = run_sitrep("ingest", tmp_path / "reports", missing, "--db", db_path)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    expected = {
        "empty.txt: empty file",
        "image.txt: binary file (PNG image), not text",
        "undecodable.txt: undecodable bytes",
        "no-text.csv: no text column",
        "huge.txt: file too large for one report",
        "rows.jsonl:2: invalid JSON",
        f"{missing}: no such file or folder",
    }
    for fragment in expected:
        assert sum(fragment in line for line in lines) == 1, (fragment, lines)
    assert len(lines) == len(expected)
    assert "2 new, 0 duplicate, 7 failed" in result.stdout
    assert count_reports(db_path) == 2


def test_read_only_database_location_is_one_line(write):
    path = write("ok.txt", "Soldiers were deployed to the capital.")
    result = run_sitrep("ingest", path, "--db", "/proc/sitrep.duckdb")
    assert result.returncode == 1
    assert result.stderr.startswith("error: cannot open database /proc/sitrep.duckdb")
    assert len(result.stderr.strip().splitlines()) == 1


def test_folder_of_5000_small_files(tmp_path, db_path):
    folder = tmp_path / "many"
    for shard in range(10):
        (folder / f"s{shard}").mkdir(parents=True)
    for i in range(5000):
        (folder / f"s{i % 10}" / f"{i:05d}.txt").write_text(f"Report {i}: shots fired at checkpoint {i}.")
    first = run_sitrep("ingest", folder, "--db", db_path, "--json")
    assert first.returncode == 0, first.stderr
    assert '"new": 5000' in first.stdout
    again = run_sitrep("ingest", folder, "--db", db_path, "--json")
    assert '"new": 0, "duplicate": 5000' in again.stdout
    assert count_reports(db_path) == 5000
    assert os.path.getsize(db_path) > 0
