"""Merging across reports: rules on sketches, and pairwise precision/recall on our own corpus."""

from datetime import date
from pathlib import Path

from sitrep.evaluate.merging import evaluate_merging
from sitrep.resolve.merge import EventSketch, cluster_events, merge_reason, pairs_of

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "merge"


def sketch(id_, report, day, **kw):
    base = dict(
        event_type="Explosions/Remote violence",
        date_start=day,
        date_end=day,
        country="Afghanistan",
        admin1="Helmand",
        admin2="Lashkar Gah",
        place_name="Lashkar Gah",
        latitude=31.59,
        longitude=64.37,
        geo_precision=1,
        actor1_id="taliban",
        actor1_name="Taliban",
    )
    base.update(kw)
    return EventSketch(id_, report, **base)


def test_same_event_gives_a_readable_reason():
    a, b = sketch("a", "r1", date(2021, 3, 14)), sketch("b", "r2", date(2021, 3, 14), latitude=31.62)
    assert merge_reason(a, b) == "same day, 3 km apart, same actors, both Explosions/Remote violence"


def test_never_across_countries_dates_or_perpetrators():
    a = sketch("a", "r1", date(2021, 3, 14))
    assert merge_reason(a, sketch("b", "r2", date(2021, 3, 14), country="Pakistan")) is None
    assert merge_reason(a, sketch("b", "r2", date(2021, 3, 15))) is None  # exact days must agree
    assert merge_reason(a, sketch("b", "r2", date(2021, 3, 14), actor1_id="iskp", actor1_name="ISKP")) is None
    assert merge_reason(a, sketch("b", "r1", date(2021, 3, 14))) is None  # one report's events stay apart


def test_a_month_precise_report_joins_and_a_vague_one_cannot_chain():
    day = date(2021, 7, 20)
    garmsir = sketch(
        "a",
        "r1",
        day,
        admin2="Garmsir",
        place_name="Garmsir",
        latitude=31.12,
        longitude=64.20,
        geo_precision=2,
        event_type="Battles",
    )
    province = sketch(
        "b",
        "r2",
        day,
        admin2=None,
        place_name="Helmand",
        latitude=31.0,
        longitude=64.0,
        geo_precision=3,
        event_type="Battles",
    )
    nawa = sketch(
        "c",
        "r3",
        day,
        admin2="Nawa-i-Barakzayi",
        place_name="Nawa",
        latitude=31.38,
        longitude=64.33,
        geo_precision=2,
        event_type="Battles",
    )
    pairs = pairs_of(cluster_events([garmsir, province, nawa]))
    assert frozenset(("a", "b")) in pairs and frozenset(("a", "c")) not in pairs
    month = sketch("d", "r4", date(2021, 3, 1), date_end=date(2021, 3, 31))
    assert merge_reason(sketch("a", "r1", date(2021, 3, 14)), month).startswith("overlapping dates")


def test_split_pairs_are_respected():
    a, b = sketch("a", "r1", date(2021, 3, 14)), sketch("b", "r2", date(2021, 3, 14))
    assert pairs_of(cluster_events([a, b])) == {frozenset(("a", "b"))}
    assert pairs_of(cluster_events([a, b], {frozenset(("a", "b"))})) == set()


def test_merge_corpus_pairwise_precision_and_recall():
    result = evaluate_merging(CORPUS)
    assert result["reports_without_event"] == []
    assert result["precision"] >= 0.95, result["false_merges"]
    assert result["recall"] >= 0.90, result["missed_merges"]
