"""Resolve: across reports, merge reports of the same event, summarise every source's figures,
and find claims about the same quantity that disagree."""

from sitrep.figures import FigureSummary, SourceFigure, summarise
from sitrep.records import EventSketch, Link
from sitrep.resolve.conflicts import ClaimConflict, find_conflicts
from sitrep.resolve.merge import cluster_events, merge_reason

__all__ = [
    "ClaimConflict",
    "EventSketch",
    "FigureSummary",
    "Link",
    "SourceFigure",
    "cluster_events",
    "find_conflicts",
    "merge_reason",
    "summarise",
]
