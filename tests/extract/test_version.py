"""The extractor version follows the code, models and data; stale reports are read again."""

from __future__ import annotations

import shutil

from sitrep.extract.version import PACKAGE, code_hash, extractor_version
from sitrep.records import Report, report_id_for
from sitrep.service.extract import extract_stored
from sitrep.store.reports import count_stale, store_reports

BODIES = [
    "On 5 May, gunmen killed three farmers near Konna, the mayor said.",
    "On 6 May, a roadside bomb hit an army truck near Boni, killing two soldiers.",
]


def test_changing_one_rule_changes_the_version(tmp_path):
    copy = tmp_path / "sitrep"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_hash(copy)
    assert before == code_hash(PACKAGE)
    rules = copy / "extract" / "fatalities.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# one rule changed\n", encoding="utf-8")
    assert code_hash(copy) != before
    assert f"@{before}-" in extractor_version()  # the installed version carries the hash of the code


def test_reports_read_by_an_older_extractor_are_read_again(db):
    store_reports(db, [Report(id=report_id_for(b), body=b, origin=f"{i}.txt") for i, b in enumerate(BODIES)])
    first = extract_stored(db, extractor="rules@old")
    assert first.reports == 2 and first.stale == 0
    assert extract_stored(db, extractor="rules@old").reports == 0  # nothing new, nothing stale
    assert count_stale(db, "rules@new") == 2
    again = extract_stored(db, extractor="rules@new")
    assert again.reports == 2 and again.stale == 2
    assert db.scalar("SELECT count(DISTINCT extractor) FROM reports") == 1
    assert count_stale(db, "rules@new") == 0
