"""A cheap language guess for reports that do not declare one."""

from __future__ import annotations

import re

_ENGLISH = frozenset(
    "the of and to in a is that for on was with by as at from were said has have it "
    "are an be this which had been after killed police".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str | None:
    """'en' when common English function words make up enough of the text, else None."""
    words = _WORD.findall(text[:5000].lower())
    if len(words) < 5:
        return None
    share = sum(word in _ENGLISH for word in words) / len(words)
    return "en" if share >= 0.12 else None
