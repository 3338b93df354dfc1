"""Scoring event merging on a corpus with a ``gold.json`` that labels each report file with its event.

Pairwise: every pair of reports put in one cluster is a predicted pair, every
pair with the same label a gold pair; precision and recall over those pairs.
"""

from __future__ import annotations

import json
import tempfile
from itertools import combinations
from pathlib import Path

from sitrep.errors import InputError


def is_merge_gold(path: Path) -> bool:
    """A folder holding report files and a ``gold.json`` of file -> event label."""
    gold = path / "gold.json"
    if not (path.is_dir() and gold.exists()):
        return False
    try:
        data = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and all(isinstance(v, str) for k, v in data.items() if not k.startswith("_"))


def evaluate_merging(folder: Path) -> dict:
    """Ingest, extract and resolve the corpus in a scratch database; pairwise precision and recall."""
    from sitrep.service.extract import extract_stored
    from sitrep.service.ingest import ingest_paths
    from sitrep.service.resolve import resolve_stored
    from sitrep.store import Database
    from sitrep.store.extractions import report_clusters

    labels = {
        k: v for k, v in json.loads((folder / "gold.json").read_text(encoding="utf-8")).items() if not k.startswith("_")
    }
    with tempfile.TemporaryDirectory() as scratch, Database(Path(scratch) / "merge.duckdb") as db:
        ingest_paths(db, [folder])
        extract_stored(db)
        resolve_stored(db)
        rows = report_clusters(db)
    clusters_of: dict[str, set[str]] = {}
    for origin, cluster_id in rows:
        clusters_of.setdefault(Path(origin).name, set()).add(cluster_id)
    missing = sorted(set(labels) - set(clusters_of))
    if set(labels) - {p.name for p in folder.iterdir()}:
        raise InputError(f"{folder / 'gold.json'}: names files that are not in the folder")
    files = sorted(labels)
    gold = {frozenset(p) for p in combinations(files, 2) if labels[p[0]] == labels[p[1]]}
    predicted = {
        frozenset(p) for p in combinations(files, 2) if clusters_of.get(p[0], set()) & clusters_of.get(p[1], set())
    }
    right = gold & predicted
    return {
        "reports": len(files),
        "reports_without_event": missing,
        "pairs_gold": len(gold),
        "pairs_predicted": len(predicted),
        "pairs_right": len(right),
        "precision": len(right) / len(predicted) if predicted else 1.0,
        "recall": len(right) / len(gold) if gold else 1.0,
        "false_merges": sorted(sorted(p) for p in predicted - gold),
        "missed_merges": sorted(sorted(p) for p in gold - predicted),
    }
