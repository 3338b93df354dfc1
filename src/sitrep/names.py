"""Folding names for matching: accents, apostrophes and case (shared by every layer)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf'`´‘’]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=262_144)
def fold(name: str) -> str:
    """Lower-case ASCII form: 'Nangarhār' -> 'nangarhar', 'La‘lpūr' -> 'lalpur'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text).lower()
    return _NON_WORD.sub(" ", text).strip()
