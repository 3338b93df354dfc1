"""Running the merge over a database: ``resolve_stored``."""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.resolve.merge import cluster_events
from sitrep.store.clusters import (
    cluster_counts,
    event_sketches,
    has_clusters,
    save_links,
    save_links_of,
    sketches_to_resolve,
    split_pairs,
)


@dataclass(frozen=True)
class ResolveSummary:
    """How many events the database holds, how many distinct events they make, how many were merged,
    and how many this run looked at."""

    events: int
    clusters: int
    merged_clusters: int
    examined: int = 0


def resolve_stored(db, everything: bool = False) -> ResolveSummary:
    """Cluster the stored events (respecting analysts' splits) and store clusters with reasons.

    Once a database has clusters, only what new events can change is looked at again: the events of
    their countries within a month of them and the clusters those belong to (``sketches_to_resolve``),
    so resolving a day's events costs what the day costs, whatever the store's size. ``everything``
    re-clusters every event."""
    if everything or not has_clusters(db):
        links = cluster_events(event_sketches(db), split_pairs(db))
        save_links(db, links)
    else:
        links = cluster_events(sketches_to_resolve(db), split_pairs(db))
        save_links_of(db, links)
    events, clusters, merged = cluster_counts(db)
    return ResolveSummary(events, clusters, merged, examined=len(links))
