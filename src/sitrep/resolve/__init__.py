"""Resolve: across reports, merge reports of the same event, summarise every source's figures,
and find claims about the same quantity that disagree."""

from sitrep.resolve.conflicts import ClaimConflict, find_conflicts
from sitrep.resolve.figures import FigureSummary, SourceFigure, summarise
from sitrep.resolve.merge import EventSketch, Link, cluster_events, merge_reason

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
