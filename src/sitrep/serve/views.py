"""What the pages and the API show about one event: fields, evidence in its report, sources, reviews."""

from __future__ import annotations

from sitrep.errors import NotFoundError
from sitrep.store.clusters import cluster_details
from sitrep.store.extractions import event_with_evidence, events_with_evidence
from sitrep.store.reviews import reviews_of, reviews_of_each

# From this many events on, ``event_views`` scans each table once for them all rather than looking up five
# rows for each (3.2 ms an event at 100,000 events; scans for 5 events: 1.3 ms an event, for 20: 0.6).
# Fewer are looked up, so that a page read alone costs the same whatever the size of the database.
_SCANNED_FROM = 5


def event_view(db, event_id: str) -> dict:
    """An event with its report text cut into plain and evidence pieces (for highlighting), and its participants."""
    found = event_with_evidence(db, event_id)
    if found is None:
        raise NotFoundError(f"no event with id {event_id!r}")
    event, report, spans = found
    clusters = cluster_details(db, [event["cluster_id"]], [event], [report]) if event.get("cluster_id") else {}
    return _view(event, report, spans, clusters, reviews_of(db, "event", event_id))


def event_views(db, event_ids: list[str]) -> dict[str, dict]:
    """``event_view`` of each of some events, by id (those that do not exist are left out), read together:
    the pages many readers ask for at once cost one query a table, not five lookups each."""
    if len(event_ids) < _SCANNED_FROM:
        views = {}
        for event_id in event_ids:
            try:
                views[event_id] = event_view(db, event_id)
            except NotFoundError:
                continue
        return views
    found = events_with_evidence(db, event_ids)
    events = [event for event, _, _ in found.values()]
    reports = list({report["id"]: report for _, report, _ in found.values()}.values())
    clusters = cluster_details(db, sorted({e["cluster_id"] for e in events if e.get("cluster_id")}), events, reports)
    reviews = reviews_of_each(db, "event", list(found))
    return {
        event_id: _view(event, report, spans, clusters, reviews.get(event_id, []))
        for event_id, (event, report, spans) in found.items()
    }


def _view(event: dict, report: dict, spans: list[dict], clusters: dict[str, dict], reviews: list[dict]) -> dict:
    return {
        "event": event,
        "report": {k: report[k] for k in ("id", "title", "outlet", "published", "url")},
        "pieces": highlight(report["body"], spans),
        "evidence": [s["sentence"] for s in spans],
        "cluster": clusters.get(event["cluster_id"]) if event.get("cluster_id") else None,
        "reviews": reviews,
    }


def highlight(body: str, spans: list[dict]) -> list[dict]:
    """The body as consecutive pieces, ``{"text", "evidence": bool}``, the evidence sentences marked.

    Pieces are plain text; the template escapes them, so report text never becomes markup."""
    marks = sorted(
        (s["sentence_start"], s["sentence_start"] + len(s["sentence"]))
        for s in spans
        if s.get("sentence_start") is not None
        and body[s["sentence_start"] : s["sentence_start"] + len(s["sentence"])] == s["sentence"]
    )
    pieces, position = [], 0
    for start, end in marks:
        if start < position:
            continue
        if start > position:
            pieces.append({"text": body[position:start], "evidence": False})
        pieces.append({"text": body[start:end], "evidence": True})
        position = end
    if position < len(body):
        pieces.append({"text": body[position:], "evidence": False})
    return pieces
