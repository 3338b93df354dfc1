"""Who says so: the source a sentence attributes its facts to.

"according to X", "X said/says/estimated/reported", "X reports that",
"in a report by X", "X told …", "X claimed responsibility".
"""

from __future__ import annotations

import re

_PATTERNS = [
    re.compile(
        r"\baccording to\s+(?P<src>[^,.;:“”\"]{2,90}?)(?=\s*(?:,|\.|;|:|$|“|\"|\bIS\b|\bthe\b\s+[a-z]+\s+(?:was|is|were)))",
        re.I,
    ),
    re.compile(r"\bin a (?:\d{4} )?(?:report|statement|study|assessment) (?:by|from) (?P<src>[^,.;]{2,80})", re.I),
    re.compile(
        r"(?:^|[,;:]\s*|\.\s+|\bthat\s+)(?P<src>(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5})\s+(?:reports?|reported|said|says|estimated|estimates|claimed|told|stated|announced|confirmed)\b"
    ),
    re.compile(
        # Up to four words before the head, one alternative per word (a word that could match two
        # alternatives made the old pattern backtrack exponentially: ReDoS).
        r"\b(?P<src>(?:[A-Z][\w-]*\s+){0,4}"
        r"(?:officials?|sources|spokes(?:man|woman|person)|police|witnesses|residents|authorities|the military|the army|medics|doctors|analysts?|intelligence analysis(?: shared with [A-Z][\w ]+)?))"
        r"\s+(?:now\s+)?(?:said|say|says|reported|told|estimated|confirmed|added)\b",
        re.I,
    ),
    re.compile(
        r"\b(?P<src>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5})\s+(?:reports|reported|said|says|estimated)\s+that\b"
    ),
    # '…, the United Nations human rights office said Friday.': the speaker closing a wire sentence
    re.compile(
        r",\s+(?P<src>(?:the|a|an)\s+[\w'’ -]{2,70}?|[A-Z][\w.'’ -]{1,70}?)\s+(?:said|says|reported|added|confirmed)"
        r"(?:\s+(?:on\s+)?(?:\w+day|today|late \w+|earlier|in a statement))?\s*[.]?\s*$"
    ),
    # 'A local official put the death toll at 115'
    re.compile(
        r"(?:^|[,;]\s*)(?P<src>(?:the\s+|a\s+|an\s+)?[\w'’ -]{2,60}?),?\s+(?:however,\s+)?(?:put|puts|placed|places)\s+"
        r"(?:the|its|their)\s+(?:death\s+)?toll\s+at\b",
        re.I,
    ),
]
MAX_SENTENCE_CHARS = 2000  # an attribution sits in a sentence; a 1 MB run without full stops is not searched whole
_TRIM = re.compile(
    r"^(?:but|and|however|yet|so)\s+|^(?:the|a|an)\s+|\s+(?:now|also|later|earlier)$|\s*\([A-Z]{2,}\)$", re.I
)
_NOT_SOURCE = {
    "it",
    "he",
    "she",
    "they",
    "this",
    "that",
    "there",
    "which",
    "who",
    "we",
    "i",
    "the group",
    "the organisation",
}


def find_attribution(sentence: str) -> str | None:
    """The source a sentence cites, as written (articles trimmed), or None."""
    sentence = sentence[:MAX_SENTENCE_CHARS]
    for pattern in _PATTERNS:
        m = pattern.search(sentence)
        if not m:
            continue
        source = m.group("src").strip(" ,;:'\"“”")
        for _ in range(2):
            source = _TRIM.sub("", source).strip()
        if source and source.lower() not in _NOT_SOURCE and len(source) <= 90:
            return source
    return None
