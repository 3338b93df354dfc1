"""Folding place and actor names for matching: accents, apostrophes, case, generic suffixes."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.names import fold

_SUFFIX = re.compile(
    r"\s+(?:district|province|provinces|city|town|village|region|governorate|state|division|"
    r"county|municipality|prefecture|department|departement|area|tehsil|upazila|sub district|agency|oblast|raion|"
    r"cercle|commune|township|subdivision|sub county|municipio|governorate|emirate|territory)$"
)
# Generic words that local admin names open with: 'Bashkia Durrës', 'Obshtina Varna', 'Municipiul Sfântu Gheorghe'.
_PREFIX = re.compile(
    r"^(?:the|city of|town of|village of|province of|district of|commune of|municipality of|bashkia|obshtina|"
    r"opstina|opcina|municipiul|municipio de|municipio|canton|departamento de|provincia de|distrito de|comuna|"
    r"gmina|powiat|okres|nomos|nomós)\s+"
)


@lru_cache(maxsize=262_144)
def core(name: str) -> str:
    """Folded name without generic words: 'Achin District' -> 'achin', 'Balochistan province' -> 'balochistan'."""
    text = _PREFIX.sub("", fold(name))
    previous = None
    while previous != text:
        previous, text = text, _SUFFIX.sub("", text)
    return text


@lru_cache(maxsize=65_536)
def skeleton(name: str) -> str:
    """A transliteration-tolerant key: core without vowels, 'h' or doubled letters (Idleb = Idlib)."""
    text = re.sub(r"[aeiouyh\s]", "", core(name))
    return re.sub(r"(.)\1+", r"\1", text)
