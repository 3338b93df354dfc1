"""Numbers as news text writes them, with their hedges.

"more than 1,200" -> 1200 MORE_THAN; "roughly 800", "some 20", "an estimated
300" -> APPROX; "upwards of 1,700", "at least 22" -> AT_LEAST; "nine",
"a dozen", "dozens" (ACLED codes dozens as 12, tens as 10, hundreds as 100),
"two policemen" -> EXACT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.records import Hedge, Quantity

_UNITS = {
    "zero": 0,
    "no": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "both": 2,
    "couple": 2,
    "pair": 2,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# ACLED's coding rules for vague plurals.
_VAGUE = {
    "dozens": 12,
    "scores": 20,
    "tens": 10,
    "hundreds": 100,
    "thousands": 1000,
    "several": 3,
    "a few": 3,
    "few": 3,
    "many": 12,
    "a dozen": 12,
    "dozen": 12,
    "a score": 20,
    "half a dozen": 6,
    "a couple of": 2,
    "a handful of": 3,
    "numerous": 12,
    # one figure, not two added up ('tens of thousands' was 10 + 1,000 in a report of ours)
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
}
_HEDGES = [
    (r"more than|over|in excess of|above|greater than", Hedge.MORE_THAN),
    (r"at least|upwards of|no fewer than|no less than|a minimum of|as many as", Hedge.AT_LEAST),
    (r"fewer than|less than|under|below", Hedge.FEWER_THAN),
    (r"up to|at most|a maximum of", Hedge.AT_MOST),
    (
        r"roughly|about|around|approximately|some|nearly|almost|close to|an estimated|estimated|"
        r"approx\.?|circa|c\.|reportedly|an approximate|upward of|thought to be|believed to be",
        Hedge.APPROX,
    ),
]
_NUMBER_WORDS = "|".join(
    sorted(set(_UNITS) - {"a", "an", "no", "both", "couple", "pair"} | set(_SCALES), key=len, reverse=True)
)
_WORD_NUMBER = rf"(?:(?:{_NUMBER_WORDS})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORDS}))*)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_VAGUE_RE = "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))
_HEDGE_RE = "|".join(h for h, _ in _HEDGES)
NUMBER_PATTERN = re.compile(
    rf"(?:(?P<hedge>{_HEDGE_RE})\s+)?"
    # not the number of a name: 'M23 rebels', 'Su-25 jets' (the M23 gave a count of 23 rebels)
    rf"(?P<num>(?<![A-Za-z0-9])(?<![A-Za-z]-)(?P<digits>{_DIGITS})(?:\s*(?P<scale>million|thousand|hundred|m\b|k\b))?"
    rf"|(?P<words>\b{_WORD_NUMBER}\b)|(?P<vague>\b(?:{_VAGUE_RE})\b))"
    rf"(?:\s*(?:-|to|–|or)\s*(?P<high>{_DIGITS}|\b{_WORD_NUMBER}\b))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    """A number found in text: its quantity and character span."""

    quantity: Quantity
    start: int
    end: int
    vague: bool = False


def words_to_number(text: str) -> float | None:
    """'twenty-one' -> 21, 'two hundred and fifty' -> 250, 'a dozen' -> 12; None if not a number."""
    text = text.lower().strip()
    if text in _VAGUE:
        return float(_VAGUE[text])
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text):
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return float(total + current)


def parse_digits(text: str, scale: str | None = None) -> float:
    """'1,200' -> 1200.0; '1.5' with scale 'million' -> 1500000.0."""
    value = float(text.replace(",", ""))
    if scale:
        value *= {"m": 1e6, "k": 1e3}.get(scale.lower(), _SCALES.get(scale.lower(), 1))
    return value


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention in ``text`` with its hedge."""
    mentions = []
    position = 0
    while (m := NUMBER_PATTERN.search(text, position)) is not None:
        position = m.end()
        value = _value(m)
        if value is None:
            continue
        hedge = _hedge(m.group("hedge"))
        high = _high(m.group("high"))
        if high is not None and high <= value:
            # 'July 12 - Three traders': no range; the second number starts a mention of its own
            position, high = m.end("num"), None
        if high is None and m.group("hedge") is None and _BETWEEN.search(text, max(0, m.start() - 9), m.start()):
            # 'between 200 and 300 fighters' is one range, not 300 (a report of ours)
            after = _AND_HIGH.match(text, m.end("num"))
            upper = _high(after.group("high")) if after else None
            if upper is not None and upper > value:
                high, position = upper, after.end()
        if high is not None:
            hedge = Hedge.RANGE
        vague = bool(m.group("vague"))
        if vague and hedge is Hedge.EXACT:
            hedge = Hedge.APPROX
        quantity = Quantity(value=value, hedge=hedge, high=high, text=text[m.start() : position])
        mentions.append(NumberMention(quantity, m.start(), position, vague))
    return mentions


_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND_HIGH = re.compile(rf"\s+and\s+(?P<high>{_DIGITS}|\b{_WORD_NUMBER}\b)", re.I)


def _value(m: re.Match) -> float | None:
    if m.group("digits"):
        return parse_digits(m.group("digits"), m.group("scale"))
    return words_to_number(m.group("words") or m.group("vague") or "")


def _high(text: str | None) -> float | None:
    if not text:
        return None
    return parse_digits(text) if text[0].isdigit() else words_to_number(text)


def _hedge(text: str | None) -> Hedge:
    if not text:
        return Hedge.EXACT
    for pattern, hedge in _HEDGES:
        if re.fullmatch(pattern, text.lower()):
            return hedge
    return Hedge.EXACT
