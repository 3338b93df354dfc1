"""Parse the publication date that a report's metadata gives, with its precision."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from sitrep.records import Precision

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_HAS_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)")


def parse_published(value: object) -> tuple[date | None, Precision]:
    """A publication date from metadata: ISO strings, RFC 2822, or prose like '14 May 2018'.

    Returns (None, UNKNOWN) when the value is empty or not a date. Only years
    between 1900 and 2100 are accepted.
    """
    if value is None:
        return None, Precision.UNKNOWN
    if isinstance(value, datetime):
        return value.date(), Precision.DAY
    if isinstance(value, date):
        return value, Precision.DAY
    text = str(value).strip()
    if not text:
        return None, Precision.UNKNOWN
    for parse in (_parse_iso, _parse_rfc2822, _parse_prose):
        found = parse(text)
        if found is not None and 1900 <= found[0].year <= 2100:
            return found
    return None, Precision.UNKNOWN


def _parse_iso(text: str) -> tuple[date, Precision] | None:
    if m := _ISO_DAY.match(text):
        return _safe_date(int(m[1]), int(m[2]), int(m[3]), Precision.DAY)
    if m := _ISO_MONTH.match(text):
        return _safe_date(int(m[1]), int(m[2]), 1, Precision.MONTH)
    if m := _YEAR.match(text):
        return _safe_date(int(m[1]), 1, 1, Precision.YEAR)
    return None


def _safe_date(year: int, month: int, day: int, precision: Precision) -> tuple[date, Precision] | None:
    try:
        return date(year, month, day), precision
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> tuple[date, Precision] | None:
    try:
        return parsedate_to_datetime(text).date(), Precision.DAY
    except (TypeError, ValueError, IndexError):
        return None


def _parse_prose(text: str) -> tuple[date, Precision] | None:
    if len(text) > 60 or not re.search(r"\d{4}", text):
        return None
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"REQUIRE_PARTS": ["year", "month"]})
    if parsed is None:
        return None
    without_year = re.sub(r"\d{4}", "", text)
    precision = Precision.DAY if _HAS_DAY.search(without_year) else Precision.MONTH
    return (parsed.date() if precision is Precision.DAY else parsed.date().replace(day=1)), precision
