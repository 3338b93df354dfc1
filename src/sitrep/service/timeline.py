"""A timeline: events and claims in date order, each date shown with its precision."""

from __future__ import annotations

from datetime import date

from sitrep.records import DateInterval, Hedge, Precision
from sitrep.service.actors import actor_query
from sitrep.store.extractions import claims_with_sources, query_events


def timeline_rows(
    db,
    *,
    actor: str | None = None,
    place: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 200,
) -> list[dict]:
    """Events (one per cluster) and claims, oldest first; undated entries last."""
    entries = []
    seen_clusters: set[str] = set()
    actor = actor_query(actor)
    for e in _events_by_date(db, limit, actor=actor, place=place, since=since, until=until):
        if e.get("cluster_id") and e["cluster_id"] in seen_clusters:
            continue
        seen_clusters.add(e.get("cluster_id") or e["id"])
        deaths = f", {e['fatalities']:g} killed" if e.get("fatalities") is not None else ""
        actors = " → ".join(a for a in (e.get("actor1_name"), e.get("actor2_name")) if a)
        entries.append(
            _entry(e, "date", "event", f"{e['event_type']}: {actors}{deaths}", e.get("fatalities_attributed_to"))
        )
    claims = claims_with_sources(db, actor=actor)
    for c in claims:
        if not _in_range(c.get("as_of_start"), c.get("as_of_end"), since, until):
            continue
        if (
            place
            and place.lower() not in " ".join(str(c.get(k) or "") for k in ("place_name", "admin1", "country")).lower()
        ):
            continue
        value = "" if c.get("value") is None else f" {Hedge.sign(c.get('hedge'))}{c['value']:g} {c.get('unit') or ''}"
        subject = c.get("subject_name") or c.get("subject_text") or ""
        entries.append(
            _entry(
                c,
                "as_of",
                f"claim: {c['kind']}",
                f"{subject}{value}".strip(),
                c.get("attributed_to") or c.get("outlet"),
            )
        )
    entries.sort(key=lambda row: (row.pop("_start") or date.max, row["what"] != "event", row["id"]))
    return entries[:limit]


def _events_by_date(db, wanted: int, **filters):
    """Events oldest first, read a page at a time until ``wanted`` distinct clusters are seen (the first
    ``wanted`` entries of the timeline never need later events)."""
    clusters: set[str] = set()
    offset, page = 0, max(wanted, 100)
    while len(clusters) < wanted:
        rows = query_events(db, **filters, limit=page, offset=offset)
        yield from rows
        clusters |= {row.get("cluster_id") or row["id"] for row in rows}
        if len(rows) < page:
            return
        offset += page


def _entry(row: dict, prefix: str, what: str, summary: str, source: str | None) -> dict:
    interval = DateInterval(
        row.get(f"{prefix}_start"),
        row.get(f"{prefix}_end"),
        Precision(row.get(f"{prefix}_precision") or "unknown"),
        bool(row.get(f"{prefix}_inferred")),
    )
    place = ", ".join(dict.fromkeys(p for p in (row.get("place_name"), row.get("admin1"), row.get("country")) if p))
    return {
        "when": interval.label(),
        "what": what,
        "summary": summary,
        "place": place,
        "source": source or "",
        "id": row["id"],
        "_start": row.get(f"{prefix}_start"),
    }


def _in_range(start: date | None, end: date | None, since: date | None, until: date | None) -> bool:
    if since and (end or start) and (end or start) < since:
        return False
    return not (until and start and start > until)
