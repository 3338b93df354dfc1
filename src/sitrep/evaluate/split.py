"""Parts of the training files, fixed by a hash of the record id.

* ``held_out`` (one record in five): never trained on, never read for error
  analysis; ``sitrep eval --held-out ../shared/eval/train/*.jsonl`` gives the
  second figure beside dev (a large gap between the two means tuning leaked);
* ``tune`` (another fifth): not trained on; thresholds and rules are chosen and
  errors read there (``train/tune.py``);
* ``fit`` (the other three fifths): what the models in ``train/`` learn from.
"""

from __future__ import annotations

import hashlib

PARTS = 5


def part_of(record_id: str) -> str:
    """'held_out', 'tune' or 'fit', stable across runs and machines."""
    digest = hashlib.sha1(record_id.encode("utf-8")).digest()
    bucket = int.from_bytes(digest[:4], "big") % PARTS
    return {0: "held_out", 1: "tune"}.get(bucket, "fit")


def is_held_out(record_id: str) -> bool:
    """Whether a training record belongs to the held-out fifth."""
    return part_of(record_id) == "held_out"
