"""Running the merge over a database: ``resolve_stored``."""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.resolve.merge import cluster_events
from sitrep.store.clusters import event_sketches, save_links, split_pairs


@dataclass(frozen=True)
class ResolveSummary:
    """How many events were read, how many distinct events they make, how many were merged."""

    events: int
    clusters: int
    merged_clusters: int


def resolve_stored(db) -> ResolveSummary:
    """Re-cluster every stored event (respecting analysts' splits) and store clusters with reasons."""
    links = cluster_events(event_sketches(db), split_pairs(db))
    save_links(db, links)
    sizes: dict[str, int] = {}
    for link in links:
        sizes[link.cluster_id] = sizes.get(link.cluster_id, 0) + 1
    return ResolveSummary(len(links), len(sizes), sum(1 for n in sizes.values() if n > 1))
