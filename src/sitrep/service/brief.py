"""The situation brief: what an analyst sends every week, composed from the database.

Headline figures against the period before, incidents by day, the most deadly and the most reported
incidents with their sources, actors whose strength estimates changed, figures that disagree, and
actors seen for the first time. Rendering (HTML, PDF) is the caller's (``sitrep.serve.brief``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sitrep.errors import UsageError
from sitrep.names import generic_kind
from sitrep.resolve.conflicts import find_conflicts
from sitrep.store.brief import first_seen, period_incidents
from sitrep.store.extractions import claims_with_sources

if TYPE_CHECKING:
    from sitrep.store.database import Database

LISTED = 5  # incidents in each of the 'most deadly' and 'most reported' lists


@dataclass(frozen=True)
class Totals:
    """Incidents and deaths in a period, by event type."""

    incidents: int = 0
    deaths: int = 0
    by_type: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Brief:
    """Everything the brief shows, for one place and period."""

    country: str | None
    since: date
    until: date
    current: Totals
    previous: Totals
    by_day: list[tuple[date, int, int]]  # day, incidents that began that day, their deaths
    deadliest: list[dict[str, Any]]
    most_reported: list[dict[str, Any]]
    located: list[dict[str, Any]]  # incidents with coordinates, for the map
    unlocated: int
    strength_changes: list[dict[str, Any]]
    disagreements: list[dict[str, Any]]
    new_actors: list[dict[str, Any]]

    @property
    def title(self) -> str:
        """'Afghanistan, 1-7 March 2024' and the like."""
        where = self.country or "All countries"
        return f"{where}: {self.since.isoformat()} to {self.until.isoformat()}"


def compose_brief(db: Database, since: date, until: date, country: str | None = None) -> Brief:
    """The brief for [since, until] (both days included), in ``country`` when given."""
    if until < since:
        raise UsageError(f"the brief's period ends ({until}) before it begins ({since})")
    incidents = period_incidents(db, since, until, country)
    length = (until - since).days + 1
    before = period_incidents(db, since - timedelta(days=length), since - timedelta(days=1), country)
    # An incident that began before the period but lasted into it is the previous period's.
    incidents = [i for i in incidents if i["date_start"] >= since]
    before = [i for i in before if i["date_start"] >= since - timedelta(days=length)]
    claims = claims_with_sources(db)
    return Brief(
        country=country,
        since=since,
        until=until,
        current=totals(incidents),
        previous=totals(before),
        by_day=by_day(incidents, since, until),
        deadliest=sorted(
            (i for i in incidents if i["fatalities_low"]), key=lambda i: (-i["fatalities_low"], i["date_start"])
        )[:LISTED],
        most_reported=sorted(incidents, key=lambda i: (-i["reports"], i["date_start"]))[:LISTED],
        located=[i for i in incidents if i["latitude"] is not None and i["longitude"] is not None],
        unlocated=sum(1 for i in incidents if i["latitude"] is None or i["longitude"] is None),
        strength_changes=strength_changes(_in_country(claims, country), since, until),
        disagreements=disagreements(_in_country(claims, country), since, until),
        new_actors=new_actors(db, incidents, since),
    )


def totals(incidents: list[dict[str, Any]]) -> Totals:
    """Incidents, deaths (the lowest figure of each) and incidents by type."""
    return Totals(
        incidents=len(incidents),
        deaths=int(sum(i["fatalities_low"] or 0 for i in incidents)),
        by_type=dict(Counter(i["event_type"] for i in incidents).most_common()),
    )


def by_day(incidents: list[dict[str, Any]], since: date, until: date) -> list[tuple[date, int, int]]:
    """Every day of the period (days without incidents too) with its incidents and deaths."""
    counts: Counter = Counter()
    deaths: Counter = Counter()
    for incident in incidents:
        counts[incident["date_start"]] += 1
        deaths[incident["date_start"]] += int(incident["fatalities_low"] or 0)
    days = [since + timedelta(days=n) for n in range((until - since).days + 1)]
    return [(day, counts[day], deaths[day]) for day in days]


def strength_changes(claims: list[dict[str, Any]], since: date, until: date) -> list[dict[str, Any]]:
    """Subjects whose latest strength estimate in the period differs from the one before it."""
    by_subject: dict[str, list[dict]] = {}
    for claim in claims:
        if claim.get("kind") == "strength" and claim.get("value") is not None and claim.get("as_of_start"):
            by_subject.setdefault(claim.get("subject_name") or "?", []).append(claim)
    changes = []
    for subject, rows in sorted(by_subject.items()):
        rows.sort(key=lambda c: (c["as_of_start"], c["id"]))
        now = [c for c in rows if since <= _as_of(c) <= until]
        earlier = [c for c in rows if _as_of(c) < since]
        if now and earlier and now[-1]["value"] != earlier[-1]["value"]:
            changes.append({"subject": subject, "before": earlier[-1], "now": now[-1]})
    return changes


def disagreements(claims: list[dict[str, Any]], since: date, until: date) -> list[dict[str, Any]]:
    """Pairs of sources that disagree on a figure, where either figure is dated in the period or was
    published in it."""
    found = []
    for conflict in find_conflicts(claims):
        if any(_touches(c, since, until) for c in (conflict.first, conflict.second)):
            found.append(conflict.to_dict())
    return found


def new_actors(db: Database, incidents: list[dict[str, Any]], since: date) -> list[dict[str, Any]]:
    """Named actors of the period's incidents that no earlier event names (generic actors left out)."""
    named = Counter(
        name
        for i in incidents
        for name in (i["actor1_name"], i["actor2_name"])
        if name and generic_kind(name) is None and not name.startswith(("Unidentified", "Islamist Militia"))
    )
    seen = first_seen(db, sorted(named))
    return [
        {"name": name, "first_seen": seen[name], "incidents": n}
        for name, n in named.most_common()
        if name in seen and seen[name] >= since
    ]


def _as_of(claim: dict[str, Any]) -> date:
    value = claim["as_of_start"]
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _touches(claim: dict[str, Any], since: date, until: date) -> bool:
    for key in ("as_of_start", "published"):
        value = claim.get(key)
        if value is not None and since <= date.fromisoformat(str(value)[:10]) <= until:
            return True
    return False


def _in_country(claims: list[dict[str, Any]], country: str | None) -> list[dict[str, Any]]:
    if not country:
        return claims
    return [c for c in claims if not c.get("country") or c["country"].lower() == country.lower()]
