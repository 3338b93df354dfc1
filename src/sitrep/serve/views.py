"""What the pages and the API show about one event: fields, evidence in its report, sources, reviews."""

from __future__ import annotations

from sitrep.errors import NotFoundError
from sitrep.store.clusters import cluster_detail
from sitrep.store.extractions import event_with_evidence
from sitrep.store.reviews import reviews_of


def event_view(db, event_id: str) -> dict:
    """An event with its report text cut into plain and evidence pieces (for highlighting), and its participants."""
    found = event_with_evidence(db, event_id)
    if found is None:
        raise NotFoundError(f"no event with id {event_id!r}")
    event, report, spans = found
    return {
        "event": event,
        "report": {k: report[k] for k in ("id", "title", "outlet", "published", "url")},
        "pieces": highlight(report["body"], spans),
        "evidence": [s["sentence"] for s in spans],
        "cluster": cluster_detail(db, event["cluster_id"], [event], [report]) if event.get("cluster_id") else None,
        "reviews": reviews_of(db, "event", event_id),
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
