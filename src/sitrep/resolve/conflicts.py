"""Claims about the same quantity, as series, and the pairs whose figures disagree beyond their hedges.

Two claims are about the same quantity when they share subject (knowledge-base
id, else folded name), kind, unit and country (when both give one). Their
figures disagree when both as-of intervals overlap and the intervals the hedges
allow do not:

* exact: the value itself; approximate ("roughly", "about", "some"): ±15%;
* "more than N" / "at least N": from N up; "fewer than N" / "up to N": to N;
* ranges: both ends.

"more than 1,200" (May 2018) and "roughly 800" (2018) disagree, and so do "roughly
700" (early 2017) and "around 1,000" (2017); "around 1,000" (2017) and "more than
1,200" (2018) are a series, not a conflict. Claims from
the same source never conflict with each other.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sitrep.places.names import fold

# 'Roughly 700' rounds to the nearest 50 or 100: ±15% keeps 'around 1,000' and 'roughly 700' apart (they were
# not, at ±20%), and 'roughly 800' still agrees with 'more than 700'.
APPROX_SHARE = 0.15


@dataclass(frozen=True)
class ClaimConflict:
    """Two claims about one quantity whose figures cannot both be right."""

    subject: str
    kind: str
    unit: str | None
    first: dict
    second: dict

    def to_dict(self) -> dict:
        """A JSON-ready form with both sentences and sources."""
        return {
            "subject": self.subject,
            "kind": self.kind,
            "unit": self.unit,
            "claims": [_public(self.first), _public(self.second)],
        }


# Words for the members of an armed group: a strength in 'militants' and one in 'fighters' is one quantity.
MEMBER_WORDS = {
    "militants",
    "fighters",
    "members",
    "men",
    "combatants",
    "insurgents",
    "troops",
    "soldiers",
    "personnel",
    "cadres",
    "recruits",
    "jihadists",
    "gunmen",
    "operatives",
}


def quantity_key(claim: dict) -> tuple[str, str, str, str]:
    """Which quantity a claim row is about: subject, kind, unit (member words as one), country."""
    subject = claim.get("subject_id") or fold(claim.get("subject_name") or claim.get("subject_text") or "")
    unit = fold(claim.get("unit") or "")
    if claim["kind"] == "strength" and unit in MEMBER_WORDS:
        unit = "fighters"
    return subject, claim["kind"], unit, claim.get("country") or ""


def allowed(claim: dict) -> tuple[float, float] | None:
    """The interval a claim's hedge allows for its value."""
    value, hedge, high = claim.get("value"), claim.get("hedge"), claim.get("value_high")
    if value is None:
        return None
    if hedge == "approx":
        return value * (1 - APPROX_SHARE), value * (1 + APPROX_SHARE)
    if hedge in ("more_than", "at_least"):
        return value + (hedge == "more_than") * 1e-9, float("inf")
    if hedge in ("fewer_than", "at_most"):
        return 0.0, value
    if hedge == "range" and high is not None:
        return value, high
    return value, value


def find_conflicts(claims: list[dict]) -> list[ClaimConflict]:
    """Disagreeing pairs among claim rows (as returned by ``query_claims``), oldest as-of first."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for claim in claims:
        if claim.get("value") is not None and claim.get("kind") != "responsibility":
            groups[quantity_key(claim)].append(claim)
    merged = _merge_country_blanks(groups)
    found = []
    for (subject, kind, unit, _), rows in merged.items():
        rows.sort(key=lambda c: (c.get("as_of_start") or date.max, c["id"]))
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if _same_source(a, b) or not _overlap_in_time(a, b):
                    continue
                if _disjoint(allowed(a), allowed(b)):
                    name = a.get("subject_name") or subject
                    found.append(ClaimConflict(name, kind, unit or None, a, b))
    return found


def _merge_country_blanks(groups: dict[tuple, list[dict]]) -> dict[tuple, list[dict]]:
    """A claim that names no country belongs with the same quantity's claims that do."""
    merged: dict[tuple, list[dict]] = defaultdict(list)
    for (subject, kind, unit, country), rows in groups.items():
        homes = [k for k in groups if k[:3] == (subject, kind, unit) and k[3]]
        target = (subject, kind, unit, country or (homes[0][3] if len(homes) == 1 else ""))
        merged[target].extend(rows)
    return merged


def _same_source(a: dict, b: dict) -> bool:
    source_a = fold(a.get("attributed_to") or a.get("outlet") or a["report_id"])
    source_b = fold(b.get("attributed_to") or b.get("outlet") or b["report_id"])
    return source_a == source_b


def _overlap_in_time(a: dict, b: dict) -> bool:
    if not (a.get("as_of_start") and b.get("as_of_start")):
        return False
    a_end, b_end = a.get("as_of_end") or a["as_of_start"], b.get("as_of_end") or b["as_of_start"]
    return a["as_of_start"] <= b_end and b["as_of_start"] <= a_end


def _disjoint(x: tuple[float, float] | None, y: tuple[float, float] | None) -> bool:
    return x is not None and y is not None and (x[1] < y[0] or y[1] < x[0])


def as_of_label(claim: dict) -> str:
    """'2018 (year)', '2018-05 (month)': the as-of date with its precision."""
    from sitrep.records import DateInterval, Precision

    if not claim.get("as_of_start"):
        return "undated"
    interval = DateInterval(
        claim["as_of_start"],
        claim.get("as_of_end"),
        Precision(claim.get("as_of_precision") or "unknown"),
        bool(claim.get("as_of_inferred")),
    )
    return interval.label()


def _public(claim: dict) -> dict:
    keys = ("id", "report_id", "value", "hedge", "value_high", "value_text", "unit", "as_of_start", "as_of_end")
    row = {k: claim.get(k) for k in keys}
    row["as_of_precision"] = claim.get("as_of_precision")
    row["as_of"] = as_of_label(claim)
    row["source"] = claim.get("attributed_to") or claim.get("outlet")
    row["outlet"] = claim.get("outlet")
    row["sentence"] = (claim.get("evidence") or [None])[0]
    return row
