"""A report that takes longer than its time limit is stored as failed, with its reason, and not retried."""

from __future__ import annotations

import pytest

from sitrep.errors import ExtractionTimeout
from sitrep.extract import extract_text
from sitrep.extract.deadline import time_limit
from sitrep.records import Report, report_id_for
from sitrep.service.extract import extract_stored
from sitrep.store.reports import store_reports

BODY = "On 4 June, gunmen attacked a market in Gao and killed six traders, the regional governor said."


def test_extraction_stops_at_its_time_limit():
    long_text = (BODY + "\n\n") * 400
    with pytest.raises(ExtractionTimeout, match="longer than its limit"), time_limit(0.05):
        extract_text(long_text)


def test_a_report_over_its_limit_is_stored_as_failed_and_not_retried(db):
    store_reports(db, [Report(id=report_id_for(BODY), body=BODY, origin="gao.txt")])
    first = extract_stored(db, time_limit_seconds=1e-9)
    assert first.reports == 0 and len(first.failures) == 1
    assert "longer than its limit" in first.failures[0] and "\n" not in first.failures[0]
    reason = db.scalar("SELECT extraction_error FROM reports")
    assert "ExtractionTimeout" in reason and db.scalar("SELECT count(*) FROM events") == 0
    again = extract_stored(db)
    assert again.reports == 0 and again.failures == []  # not tried again by every later run
    redo = extract_stored(db, redo=True)
    assert redo.reports == 1 and redo.events == 1
    assert db.scalar("SELECT extraction_error FROM reports") is None
