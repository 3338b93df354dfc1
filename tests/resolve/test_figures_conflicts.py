"""Figures per source and conflicting claims."""

from datetime import date

from sitrep.figures import SourceFigure, summarise
from sitrep.resolve.conflicts import find_conflicts


def fig(value, hedge="exact", high=None, who="officials"):
    return SourceFigure("r", "Outlet", who, date(2021, 3, 14), value, hedge, high, None)


def test_low_best_high_and_conservative():
    summary = summarise([fig(8), fig(10), fig(9), fig(None)])
    assert (summary.low, summary.best, summary.high, summary.conservative) == (8, 9, 10, 8)
    assert summary.disagree  # exact 8 and exact 10 cannot both hold


def test_open_ended_figures_do_not_raise_high_and_can_agree():
    summary = summarise([fig(12, "at_least"), fig(15), fig(20, "at_most")])
    assert (summary.low, summary.best, summary.high) == (12, 15, 20)  # "up to 20" states no lower end
    assert not summary.disagree
    assert summarise([fig(None)]).best is None


def claim(id_, value, hedge, start, end, source, unit="fighters", country="Afghanistan"):
    return {
        "id": id_,
        "report_id": id_[:2],
        "kind": "strength",
        "subject_id": "iskp",
        "subject_name": "ISKP",
        "value": value,
        "hedge": hedge,
        "value_high": None,
        "unit": unit,
        "country": country,
        "as_of_start": start,
        "as_of_end": end,
        "as_of_precision": "year",
        "attributed_to": source,
        "outlet": None,
        "evidence": [f"sentence {id_}"],
    }


def test_disagreement_beyond_hedges_is_a_conflict_and_a_series_is_not():
    claims = [
        claim("a1", 1000, "approx", date(2017, 1, 1), date(2017, 12, 31), "security sources"),
        claim("b1", 1200, "more_than", date(2018, 5, 1), date(2018, 5, 31), "security sources", unit="militants"),
        claim("c1", 800, "approx", date(2018, 1, 1), date(2018, 12, 31), "CSIS", country=None),
        claim("d1", 850, "approx", date(2018, 1, 1), date(2018, 12, 31), "UN monitors"),
    ]
    found = find_conflicts(claims)
    pairs = {frozenset((c.first["id"], c.second["id"])) for c in found}
    assert pairs == {frozenset(("b1", "c1")), frozenset(("b1", "d1"))}  # 800 and 850 agree within ±20%
    assert found[0].to_dict()["claims"][0]["sentence"].startswith("sentence")


def test_roughly_700_and_around_1000_in_one_year_disagree():
    early = claim("a1", 700, "approx", date(2017, 1, 1), date(2017, 1, 31), "officials")
    year = claim("b1", 1000, "approx", date(2017, 1, 1), date(2017, 12, 31), "security sources")
    assert len(find_conflicts([early, year])) == 1
    near = claim("c1", 1100, "approx", date(2017, 6, 1), date(2017, 6, 30), "analysts")
    assert len(find_conflicts([year, near])) == 0  # 10% apart: both may be right
