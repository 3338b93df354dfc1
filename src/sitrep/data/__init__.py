"""Data files shipped with sitrep (tables derived from training data, the actor base, models)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def word_cases() -> dict:
    """How mixed-case conflict reporting writes words (``truecase.json``, from ``train/derive_truecase.py``):
    ``cased`` maps a lower-case word to its usual form; ``lower`` holds words usually written in lower case."""
    ref = resources.files("sitrep.data") / "truecase.json"
    data = json.loads(ref.read_text(encoding="utf-8"))
    return {"cased": data["cased"], "lower": frozenset(data["lower"])}
