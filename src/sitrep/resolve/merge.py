"""Merging reports of the same event into clusters, each merge with a reason a person can check.

Two events from different reports are the same event when all of these hold:

* same country;
* their date intervals overlap once widened by a day (a report dated the day
  after often says "yesterday" loosely), and neither is vaguer than a month;
* the same place: within 25 km, or the same district when coordinates are
  missing, or one only names the province the other lies in *and* the actors
  and type agree;
* compatible types: the same ACLED event type, or two kinds of political
  violence (battle, explosion, violence against civilians) with a named actor
  in common;
* compatible actors: two named perpetrators must be the same actor (or parent
  and branch).

An event joins a cluster only if it matches every member (so a report that
names only the province cannot chain two districts' events together); a
cluster never spans more than 3 days of day-precise dates, and never joins two
events an analyst split apart.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sitrep.geo import km_between
from sitrep.places.names import core, fold
from sitrep.records import EventSketch, Link

MAX_KM = 25.0
DAY_SLACK = timedelta(days=1)
MAX_CLUSTER_SPAN = timedelta(days=3)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


@dataclass
class _Cluster:
    members: list[EventSketch] = field(default_factory=list)
    links: dict[str, tuple[str | None, str]] = field(default_factory=dict)


def merge_reason(a: EventSketch, b: EventSketch) -> str | None:
    """Why ``a`` and ``b`` are the same event, or None when they are not."""
    if a.report_id == b.report_id or not a.country or a.country != b.country:
        return None
    when = _same_time(a, b)
    if when is None:
        return None
    actors = _same_actors(a, b)
    if actors is None:
        return None
    kind = _same_type(a, b, actors)
    if kind is None:
        return None
    where = _same_place(a, b, strong=actors == "same actors" and a.event_type == b.event_type)
    if where is None or (a.event_type != b.event_type and not _same_spot(a, b)):
        return None  # different types must also be at the very same spot
    return f"{when}, {where}, {actors}, {kind}"


def _same_time(a: EventSketch, b: EventSketch) -> str | None:
    if not (a.date_start and b.date_start):
        return None
    a_end, b_end = a.date_end or a.date_start, b.date_end or b.date_start
    if (a_end - a.date_start).days > 31 or (b_end - b.date_start).days > 31:
        return None  # a year-long interval says nothing about which event
    # Two dates read as exact days must agree; a day's slack only for dates that were inferred.
    slack = DAY_SLACK if (a.date_inferred or b.date_inferred) else timedelta(0)
    if a.date_start - slack > b_end or b.date_start - slack > a_end:
        return None
    if a_end == a.date_start and b_end == b.date_start:
        gap = abs((a.date_start - b.date_start).days)
        return "same day" if gap == 0 else f"same day ±{gap}"
    return "overlapping dates"


def _same_place(a: EventSketch, b: EventSketch, strong: bool) -> str | None:
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = km_between(a.latitude, a.longitude, b.latitude, b.longitude)
        if km <= MAX_KM and (km <= 5 or _fine(a) or _fine(b) or _same_name(a.admin2, b.admin2)):
            return "same place" if km < 1 else f"{km:.0f} km apart"
    if a.admin2 and _same_name(a.admin2, b.admin2) and _same_name(a.admin1, b.admin1):
        return f"both in {a.admin2}"
    coarse = (a.geo_precision or 3) >= 3 or (b.geo_precision or 3) >= 3
    if strong and coarse and a.admin1 and _same_name(a.admin1, b.admin1):
        return f"both in {a.admin1} (one report names only the province)"
    return None


def _same_spot(a: EventSketch, b: EventSketch) -> bool:
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        return km_between(a.latitude, a.longitude, b.latitude, b.longitude) <= 2
    return _same_name(a.place_name, b.place_name)


def _fine(event: EventSketch) -> bool:
    return (event.geo_precision or 3) <= 2


def _same_actors(a: EventSketch, b: EventSketch) -> str | None:
    named_a, named_b = _named(a), _named(b)
    if named_a and named_b and not _related(named_a[0], named_b[0]) and not (set(named_a) & set(named_b)):
        return None  # two different perpetrators
    if set(_all_actors(a)) & set(_all_actors(b)):
        return "same actors"
    return "actors compatible"


def _same_type(a: EventSketch, b: EventSketch, actors: str) -> str | None:
    if a.event_type == b.event_type:
        if a.sub_event_type and b.sub_event_type and a.sub_event_type != b.sub_event_type:
            return None  # a suicide bombing and a mortar attack in one city on one day are two events
        return f"both {a.event_type}"
    if {a.event_type, b.event_type} <= VIOLENT and actors == "same actors":
        return f"{a.event_type} / {b.event_type}"
    return None


def _named(event: EventSketch) -> list[str]:
    """Knowledge-base actors, perpetrator first."""
    return [i for i in (event.actor1_id, event.actor2_id) if i and not i.startswith("generic:")]


def _all_actors(event: EventSketch) -> list[str]:
    keys = [i for i in (event.actor1_id, event.actor2_id) if i]
    keys += [fold(n) for n in (event.actor1_name, event.actor2_name) if n and not n.startswith("Civilians")]
    return keys


def _related(a: str, b: str) -> bool:
    """The same actor, or a group and its branch (IS and ISKP)."""
    if a == b:
        return True
    from sitrep.actors.kb import load_actor_base

    actors = load_actor_base().actors
    return (a in actors and actors[a].parent == b) or (b in actors and actors[b].parent == a)


def _same_name(x: str | None, y: str | None) -> bool:
    return bool(x and y and core(x) == core(y))


def cluster_events(events: Iterable[EventSketch], split: set[frozenset[str]] = frozenset()) -> list[Link]:
    """Links for every event: its cluster and why it joined (the first event of a cluster links to none).

    ``events`` must be sorted by country, then date; ``split`` holds pairs never to merge."""
    clusters: list[_Cluster] = []
    of_event: dict[str, _Cluster] = {}
    window = _Window()
    for event in events:
        candidates = window.candidates(event)
        reasons = {o.id: r for o in candidates if (r := merge_reason(o, event))}
        # The strongest link into each cluster, then the first cluster that every member agrees to.
        per_cluster: dict[int, tuple[_Cluster, EventSketch, str]] = {}
        for other in candidates:
            if other.id in reasons:
                cluster = of_event[other.id]
                known = per_cluster.get(id(cluster))
                if known is None or _closer(reasons[other.id], known[2]):
                    per_cluster[id(cluster)] = (cluster, other, reasons[other.id])
        seen = {o.id for o in candidates}
        best = next(
            (
                choice
                for choice in sorted(per_cluster.values(), key=lambda c: -_strength(c[2]))
                if _may_join(choice[0], event, split, reasons, seen)
            ),
            None,
        )
        if best is None:
            cluster = _Cluster([event], {event.id: (None, "first report of this event")})
            clusters.append(cluster)
        else:
            cluster = best[0]
            cluster.members.append(event)
            cluster.links[event.id] = (best[1].id, best[2])
        of_event[event.id] = cluster
        window.add(event)
    return [link for c in clusters for link in _cluster_links(c)]


class _Window:
    """The recent events of the current country, by province: an event is compared only with events
    it could be (same province, or either names none), day-precise ones from the last two days and
    vaguer ones from the last month. Keeps merging linear in the number of events."""

    def __init__(self) -> None:
        self.country: str | None = None
        self.fine: dict[str, deque[EventSketch]] = defaultdict(deque)
        self.coarse: dict[str, list[EventSketch]] = defaultdict(list)

    def candidates(self, event: EventSketch) -> list[EventSketch]:
        if event.country != self.country or not event.date_start:
            self.__init__()
            self.country = event.country
            return []
        keys = [_province(event), ""] if _province(event) else list(self.fine.keys() | self.coarse.keys())
        found: list[EventSketch] = []
        for key in dict.fromkeys(keys):
            fine = self.fine.get(key)
            while fine and (event.date_start - fine[0].date_start).days > DAY_SLACK.days:
                fine.popleft()
            if key in self.coarse:
                self.coarse[key] = [e for e in self.coarse[key] if _near_in_time(e, event)]
            found += [*(fine or ()), *self.coarse.get(key, ())]
        return found

    def add(self, event: EventSketch) -> None:
        if event.country != self.country or not event.date_start:
            return
        key = _province(event)
        (self.fine[key].append if _span_days(event) == 0 else self.coarse[key].append)(event)


def _province(event: EventSketch) -> str:
    return core(event.admin1) if event.admin1 else ""  # 'Borno State' and 'Borno' are one province


def _cluster_links(cluster: _Cluster) -> list[Link]:
    # The most precise report names the cluster (a day over a monthly digest), then the earliest.
    anchor = min(cluster.members, key=lambda e: (_span_days(e), e.date_start or date.max, e.id))
    cluster_id = "c:" + anchor.id
    return [Link(e.id, cluster_id, *cluster.links[e.id]) for e in cluster.members]


def _span_days(event: EventSketch) -> int:
    if not event.date_start:
        return 10**6
    return ((event.date_end or event.date_start) - event.date_start).days


def _near_in_time(earlier: EventSketch, event: EventSketch) -> bool:
    if earlier.country != event.country or not (earlier.date_start and event.date_start):
        return False
    return (event.date_start - (earlier.date_end or earlier.date_start)).days <= 32


def _may_join(
    cluster: _Cluster,
    event: EventSketch,
    split: set[frozenset[str]],
    reasons: dict[str, str] | None = None,
    seen: set[str] | None = None,
) -> bool:
    if any(frozenset((m.id, event.id)) in split for m in cluster.members):
        return False
    if any(m.report_id == event.report_id for m in cluster.members):
        return False  # one report's separate events stay separate
    reasons, seen = reasons or {}, seen or set()
    for member in cluster.members:
        # Every report in a cluster must match the newcomer: no chains through a vague report.
        if member.id in reasons:
            continue
        if member.id in seen or merge_reason(member, event) is None:
            return False
    # Day-precise dates in one cluster stay within a few days; a month-precise report may join any of them.
    days = [
        m.date_start for m in [*cluster.members, event] if m.date_start and (m.date_end or m.date_start) == m.date_start
    ]
    return not days or max(days) - min(days) <= MAX_CLUSTER_SPAN


def _closer(reason: str, other: str) -> bool:
    """Prefer a link with the same actors and the same day."""
    return _strength(reason) > _strength(other)


def _strength(reason: str) -> int:
    return ("same actors" in reason) * 2 + ("same day," in reason) + ("same place" in reason)


def pairs_of(links: Sequence[Link]) -> set[frozenset[str]]:
    """Every pair of events put in one cluster (for pairwise precision and recall)."""
    members: dict[str, list[str]] = {}
    for link in links:
        members.setdefault(link.cluster_id, []).append(link.event_id)
    return {frozenset((a, b)) for ids in members.values() for i, a in enumerate(ids) for b in ids[i + 1 :]}
