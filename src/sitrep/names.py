"""Names shared by every layer: folding for matching (accents, apostrophes, case), and the kinds
ACLED's generic actor names stand for."""

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


# ACLED's generic actor names, and the kind each stands for (named actors take their knowledge-base kind).
GENERIC_ACTOR_KINDS = (
    ("Military Forces of", "state"),
    ("Police Forces of", "state"),
    ("Government of", "state"),
    ("Protesters (", "protesters"),
    ("Rioters (", "rioters"),
    ("Civilians (", "civilians"),
    ("Unidentified Armed Group (", "political_militia"),  # ACLED codes unidentified armed groups as inter 3
    ("Militia (Pro-Government)", "political_militia"),
    ("Islamist Militia (", "political_militia"),
)


def generic_kind(name: str) -> str | None:
    """The kind a generic actor name stands for ('Civilians (Mali)' -> 'civilians'), else None."""
    return next((kind for prefix, kind in GENERIC_ACTOR_KINDS if name.startswith(prefix)), None)
