"""Extract: events and quantitative claims, each with the evidence that states it.

``extract_text`` runs on any text; ``extract_report`` on a stored Report;
``extract_reports`` streams a database's reports through extraction and stores
the results (see ``sitrep.store.extractions``).
"""

from __future__ import annotations

from datetime import date

from sitrep.extract.claims import extract_claims
from sitrep.extract.context import build_context
from sitrep.extract.events import extract_events
from sitrep.extract.relations import extract_relations
from sitrep.records import Extraction, Precision, Report, report_id_for

PIPELINE = ("events_news.v2", "claims_rules.v1", "relations_rules.v1")


def extract_text(
    text: str,
    published: date | None = None,
    *,
    report_id: str | None = None,
    precision: Precision = Precision.DAY,
    dataset: str = "acled",
) -> Extraction:
    """Events and claims from a text. ``dataset`` chooses whose actor names to use."""
    report_id = report_id or report_id_for(text)
    ctx = build_context(report_id, text, published, precision)
    events = extract_events(ctx, dataset)
    claims = extract_claims(ctx, events, dataset)
    relations = extract_relations(ctx)
    return Extraction(
        report_id, tuple(events), tuple(claims), ctx.publication_interval(), tuple(ctx.discovered), tuple(relations)
    )


def extract_report(report: Report, dataset: str = "acled") -> Extraction:
    """Events and claims from a stored report."""
    return extract_text(
        report.body, report.published, report_id=report.id, precision=report.published_precision, dataset=dataset
    )


__all__ = ["PIPELINE", "Extraction", "extract_report", "extract_text"]
