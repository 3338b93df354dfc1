"""Storing extractions in a real database file and querying them back."""

from datetime import date

from sitrep.extract import extract_text
from sitrep.records import ActorQuery, Report, report_id_for
from sitrep.service.actors import actor_query
from sitrep.store.extractions import query_claims, query_events, save_extraction
from sitrep.store.reports import store_reports

TEXT = (
    "Al-Shabaab fighters attacked an army base in Kismayo, Somalia, on Tuesday, killing 9 soldiers, "
    "according to military officials.\n\nSecurity sources say more than 4,000 militants now fight for al-Shabaab."
)


def test_save_and_query(db):
    report = Report(id=report_id_for(TEXT), body=TEXT, published=date(2019, 3, 14))
    store_reports(db, [report])
    extraction = extract_text(TEXT, report.published, report_id=report.id)
    save_extraction(db, extraction, "test")
    save_extraction(db, extraction, "test")  # saving again replaces, never duplicates
    assert not query_events(db, actor="Shabaab")  # a bare name matches stored names only ...
    events = query_events(db, actor=actor_query("Shabaab"))  # ... a query any of the actor's names
    assert query_events(db, actor=ActorQuery("Shabaab", "al_shabaab")) == events
    assert len(events) == 1 and events[0]["fatalities"] == 9 and events[0]["evidence"]
    assert query_events(db, place="kismayo") and not query_events(db, place="Nairobi")
    assert query_events(db, since=date(2019, 3, 1), until=date(2019, 3, 31))
    assert not query_events(db, since=date(2020, 1, 1))
    claims = query_claims(db, actor=actor_query("al-Shabaab"), kind="strength")
    assert [c["value"] for c in claims] == [4000] and claims[0]["hedge"] == "more_than"
    assert db.scalar("SELECT count(*) FROM evidence") == len(extraction.events[0].evidence) + len(extraction.claims)
    assert db.scalar("SELECT extracted_at IS NOT NULL FROM reports")
