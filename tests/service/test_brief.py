"""The situation brief composed from a real database of reports written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.errors import UsageError
from sitrep.extract import extract_text
from sitrep.records import Report, report_id_for
from sitrep.service.brief import compose_brief
from sitrep.service.resolve import resolve_stored
from sitrep.store.extractions import save_extraction
from sitrep.store.reports import store_reports

REPORTS = [
    # (outlet, published, body)
    (
        "Coast Wire",
        date(2024, 3, 3),
        "On 2 March 2024, Al-Shabaab fighters attacked a police post in Mandera, Kenya, killing 4 officers.",
    ),
    (
        "Nairobi Daily",
        date(2024, 3, 3),
        "Al-Shabaab militants killed 6 police officers in an attack on a post in Mandera, Kenya, on 2 March 2024, a county official said.",
    ),
    ("Coast Wire", date(2024, 3, 6), "On 5 March 2024, traders protested in Mombasa, Kenya, against new market fees."),
    ("Coast Wire", date(2024, 2, 27), "On 26 February 2024, a roadside bomb killed 2 soldiers near Lamu, Kenya."),
    (
        "Lakes Post",
        date(2024, 3, 4),
        "On 4 March 2024, gunmen of the Ruby Valley Front killed 3 herders in Garissa, Kenya.",
    ),
    ("Horn Desk", date(2024, 3, 5), "On 5 March 2024, soldiers shot dead two men in Kismayo, Somalia."),
]


@pytest.fixture
def filled(db):
    for outlet, published, body in REPORTS:
        rid = report_id_for(body)
        store_reports(db, [Report(id=rid, body=body, outlet=outlet, published=published)])
        save_extraction(db, extract_text(body, published, report_id=rid), "test")
    resolve_stored(db)
    return db


def test_headline_figures_compare_with_the_period_before(filled):
    brief = compose_brief(filled, date(2024, 3, 1), date(2024, 3, 7), "Kenya")
    # the Mandera attack told twice is one incident, with the lowest figure any source gives
    assert brief.current.incidents == 3 and brief.current.deaths == 4 + 3
    assert brief.previous.incidents == 1 and brief.previous.deaths == 2
    assert brief.current.by_type["Protests"] == 1


def test_every_day_of_the_period_is_on_the_chart(filled):
    brief = compose_brief(filled, date(2024, 3, 1), date(2024, 3, 7), "Kenya")
    assert [d.day for d, _, _ in brief.by_day] == list(range(1, 8))
    assert dict((d.day, n) for d, n, _ in brief.by_day)[2] == 1 and dict((d.day, n) for d, n, _ in brief.by_day)[1] == 0


def test_deadliest_and_most_reported_list_their_sources(filled):
    brief = compose_brief(filled, date(2024, 3, 1), date(2024, 3, 7), "Kenya")
    top = brief.deadliest[0]
    assert top["place_name"] == "Mandera" and (top["fatalities_low"], top["fatalities_high"]) == (4, 6)
    assert brief.most_reported[0]["reports"] == 2 and "Nairobi Daily" in brief.most_reported[0]["outlets"]


def test_another_country_and_a_new_actor(filled):
    assert compose_brief(filled, date(2024, 3, 1), date(2024, 3, 7), "Somalia").current.incidents == 1
    everywhere = compose_brief(filled, date(2024, 3, 1), date(2024, 3, 7))
    assert everywhere.current.incidents == 4
    names = [a["name"] for a in compose_brief(filled, date(2024, 3, 1), date(2024, 3, 7), "Kenya").new_actors]
    assert "Al Shabaab" in names and not any(n.startswith(("Civilians", "Protesters")) for n in names)
    assert compose_brief(filled, date(2024, 3, 8), date(2024, 3, 14), "Kenya").new_actors == []


def test_a_period_that_ends_before_it_begins_is_refused(filled):
    with pytest.raises(UsageError, match="ends"):
        compose_brief(filled, date(2024, 3, 7), date(2024, 3, 1))
