"""What the situation brief reads from the database: incidents of a period and when actors were first seen.

An incident is a merged event (``cluster_id``) or, before ``sitrep resolve`` has run, a single event.
Its toll is the lowest figure any source gives (the conservative figure ACLED keeps), its place and
actors the ones most of its reports give. Rejected events are left out.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sitrep.store.extractions import NOT_REJECTED

if TYPE_CHECKING:
    from sitrep.store.database import Database

_NOT_REJECTED = "e." + NOT_REJECTED  # takes the owner kind, 'event', as its parameter
# A figure of 0 that no sentence states is no figure (the default of a note with no toll).
_STATED = "(e.fatalities_text IS NOT NULL OR e.fatalities > 0)"


def period_incidents(db: Database, since: date, until: date, country: str | None = None) -> list[dict[str, Any]]:
    """One row per incident with an event in [since, until] (in ``country`` when given): first day, type,
    place, actors, lowest and highest toll, how many reports, their outlets, mean coordinates."""
    where = [_NOT_REJECTED, "e.date_start IS NOT NULL", "e.date_start <= ?", "coalesce(e.date_end, e.date_start) >= ?"]
    params: list[Any] = ["event", until, since]
    if country:
        where.append("strip_accents(lower(e.country)) = strip_accents(lower(?))")
        params.append(country)
    sql = f"""
        SELECT coalesce(e.cluster_id, 'c:' || e.id) AS incident,
               arg_min(e.id, e.date_start) AS event_id,
               min(e.date_start) AS date_start,
               mode(e.event_type) AS event_type,
               mode(e.sub_event_type) AS sub_event_type,
               mode(e.place_name) AS place_name,
               mode(e.admin1) AS admin1,
               mode(e.country) AS country,
               mode(e.actor1_name) AS actor1_name,
               mode(e.actor2_name) AS actor2_name,
               min(e.fatalities) FILTER (WHERE {_STATED}) AS fatalities_low,
               max(coalesce(e.fatalities_high, e.fatalities)) FILTER (WHERE {_STATED}) AS fatalities_high,
               count(DISTINCT e.report_id) AS reports,
               string_agg(DISTINCT coalesce(r.outlet, r.title, r.id), '; ') AS outlets,
               avg(e.latitude) AS latitude,
               avg(e.longitude) AS longitude
        FROM events e JOIN reports r ON r.id = e.report_id
        WHERE {" AND ".join(where)}
        GROUP BY incident
        ORDER BY date_start, incident
    """
    return db.rows(sql, params)


def first_seen(db: Database, names: list[str]) -> dict[str, date]:
    """The first day any (not rejected) event names each actor, as actor1 or actor2."""
    if not names:
        return {}
    sql = f"""
        SELECT name, min(date_start) AS first FROM (
            SELECT e.actor1_name AS name, e.date_start FROM events e WHERE {_NOT_REJECTED}
            UNION ALL
            SELECT e.actor2_name AS name, e.date_start FROM events e WHERE {_NOT_REJECTED}
        ) WHERE list_contains(?, name) AND date_start IS NOT NULL GROUP BY name
    """
    return {row[0]: row[1] for row in db.execute(sql, ["event", "event", names]).fetchall()}
