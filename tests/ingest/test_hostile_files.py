"""Hostile files and folders: each fails on its own, in one line, and never loses the good ones."""

from __future__ import annotations

import csv
import json
import os
import threading

import pytest

from sitrep.errors import InputError, SkippedInput
from sitrep.ingest import read_reports
from sitrep.ingest.readers import ReadOptions
from sitrep.records import Report
from sitrep.service.ingest import ingest_paths
from sitrep.store.export import export_reports
from sitrep.store.reports import iter_reports

GOOD = "On 2 May, gunmen attacked a checkpoint near Maiduguri and killed four soldiers, the army said."


def reports_and_errors(paths, options=None):
    items = list(read_reports(paths, options))
    return [i for i in items if isinstance(i, Report)], [i for i in items if isinstance(i, InputError)]


def test_csv_with_doubled_quotes_is_read_as_rfc_4180(write):
    path = write(
        "quotes.csv",
        'text,outlet\n"The governor said ""we will not negotiate"", and gunmen killed 3 people in Kano.",Daily Wire\n',
    )
    (report,), errors = reports_and_errors([path])
    assert errors == []
    assert report.body == 'The governor said "we will not negotiate", and gunmen killed 3 people in Kano.'
    assert report.outlet == "Daily Wire"


def test_exported_reports_ingest_back_unchanged(db, write, tmp_path):
    body = 'A spokesman said "no comment", then left; the toll rose to 7,\nand "more" may follow.'
    path = write("quoted.csv", "")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "title", "outlet"])
        writer.writerow([body, 'A "quoted", title', "Outlet; with, punctuation"])
    ingest_paths(db, [path])
    out = tmp_path / "export.csv"
    export_reports(db, "csv", out)
    again, errors = reports_and_errors([out], ReadOptions(text_column="body"))
    assert errors == []
    assert [(r.body, r.title, r.outlet) for r in again] == [(body, 'A "quoted", title', "Outlet; with, punctuation")]


def test_sniffing_the_dialect_only_when_asked(write):
    path = write("escaped.csv", 'text;outlet\n"He said \\"go\\" at dawn.";Wire\n')
    (plain,), _ = reports_and_errors([path])
    (sniffed,), _ = reports_and_errors([path], ReadOptions(sniff_csv=True))
    assert plain.outlet == "Wire" and sniffed.outlet == "Wire"


def test_a_file_name_that_is_not_utf8_fails_nothing_else(db, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(5):
        (folder / f"good{i}.txt").write_text(f"{GOOD} Report {i}.", encoding="utf-8")
    bad = os.path.join(os.fsencode(folder), b"b\xffad.txt")
    with open(bad, "wb") as handle:
        handle.write(GOOD.replace("four", "five").encode())
    summary = ingest_paths(db, [folder])
    assert summary.new == 6 and summary.failures == []
    origins = sorted(r.origin for r in iter_reports(db))
    assert any(o.endswith("b\\xffad.txt") for o in origins)  # stored losslessly, escaped


def test_a_fifo_is_not_opened(tmp_path):
    folder = tmp_path / "with_fifo"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    result: list = []
    reader = threading.Thread(target=lambda: result.append(reports_and_errors([folder])), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert result, "reading a folder with a FIFO blocked"
    reports, errors = result[0]
    assert len(reports) == 1
    assert [e.reason for e in errors] == ["not a regular file (FIFO); only regular files are read"]


def test_a_link_to_a_device_is_not_read(tmp_path):
    folder = tmp_path / "with_device"
    folder.mkdir()
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    reports, errors = reports_and_errors([folder])
    assert len(reports) == 1
    assert "not a regular file (character device)" in errors[0].reason


def test_the_size_limit_counts_bytes_read_not_stat(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(GOOD + " x" * 5000, encoding="utf-8")
    _, errors = reports_and_errors([path], ReadOptions(max_bytes=1000))
    assert "file too large" in errors[0].reason


def test_a_deeply_nested_json_line_fails_that_line_only(write):
    deep = "[" * 5000 + "]" * 5000
    path = write(
        "nested.jsonl",
        "\n".join(
            [json.dumps({"text": GOOD}), f'{{"text": "x", "deep": {deep}}}', json.dumps({"text": GOOD + " Again."})]
        ),
    )
    reports, errors = reports_and_errors([path])
    assert len(reports) == 2
    assert [(e.line, e.reason) for e in errors] == [(2, "invalid JSON (nested too deeply)")]


def test_rows_larger_than_the_limit_fail_alone(write):
    big = "word " * 2000
    jsonl = write("rows.jsonl", "\n".join(json.dumps({"text": t}) for t in (GOOD, big, GOOD + " Later.")))
    table = write("rows.csv", "text\n" + "\n".join(f'"{t}"' for t in (GOOD, big, GOOD + " Later.")) + "\n")
    for path in (jsonl, table):
        reports, errors = reports_and_errors([path], ReadOptions(max_bytes=4000))
        assert len(reports) == 2, path
        assert len(errors) == 1 and "too large" in str(errors[0])


def test_symlinked_and_unreadable_folders_are_said(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    folder = tmp_path / "tree"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "linked").symlink_to(tmp_path / "tree" / "locked")
    os.chmod(folder / "locked", 0)
    try:
        items = list(read_reports([folder]))
    finally:
        os.chmod(folder / "locked", 0o755)
    lines = [str(i) for i in items if isinstance(i, InputError)]
    assert any("linked" in line and "symlinked folder" in line for line in lines)
    assert any("locked" in line and "cannot list folder" in line for line in lines)


def test_a_symlinked_folder_is_said_even_as_root(tmp_path):
    folder = tmp_path / "tree"
    (folder / "real").mkdir(parents=True)
    (folder / "real" / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "linked").symlink_to(folder / "real")
    items = list(read_reports([folder]))
    skipped = [i for i in items if isinstance(i, SkippedInput)]
    assert len([i for i in items if isinstance(i, Report)]) == 1
    assert len(skipped) == 1 and "symlinked folder is not followed" in str(skipped[0])


def test_a_name_with_a_newline_cannot_forge_a_line(tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "x\nFAKE: all good, 0 failed.txt").write_bytes(b"\xff\xfe\x00")
    _, errors = reports_and_errors([folder])
    assert errors and all("\n" not in str(e) for e in errors)
    assert "x\\nFAKE" in str(errors[0])


def test_a_feed_cannot_read_server_files_or_expand_entities_without_bound(write):
    xxe = write(
        "xxe.rss",
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<rss><channel><item><title>t</title><description>Gunmen struck &xxe; near Gao.</description></item>"
        "</channel></rss>",
    )
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = write(
        "bomb.rss",
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{laughs}]>'
        "<rss><channel><item><title>t</title><description>&l9;</description></item></channel></rss>",
    )
    reports, _ = reports_and_errors([xxe, bomb])
    assert all("root:" not in r.body for r in reports)
    assert all(len(r.body) < 10_000 for r in reports)
