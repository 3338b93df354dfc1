"""Date expressions in report text, resolved to intervals with a precision.

Everything is resolved against a reference date: the report's publication
date, or, when it has none, a year inferred from the text (``infer_year``).
A day and month without a year ("August 3") resolve to the latest such day on
or before the reference date, never into the future.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.records import DateInterval, Precision

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"

# Order matters: the first pattern to match a span wins.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("mdy_slash", re.compile(rf"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/{_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("since_month_year", re.compile(rf"\bsince\s+{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("month_last_year", re.compile(rf"\b(?:in\s+)?{_MONTH}\s+(?P<rel>last|this|next)\s+year\b", re.I)),
    ("day_month", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!\s+(?:of\s+)?(?:19|20)\d\d)", re.I)),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?![\d:])", re.I)),
    ("since_year", re.compile(rf"\bsince\s+{_YEAR}\b", re.I)),
    ("year", re.compile(rf"\b(?:in|of|since|during|by|a|the|early|late|mid-?)\s+{_YEAR}\b(?!\s*(?:-|–)\d)", re.I)),
    (
        "start_of_year",
        re.compile(r"\b(?:the\s+)?(?:start|beginning|turn)\s+of\s+(?P<rel>the|this|last|that)\s+year\b", re.I),
    ),
    (
        "over_last",
        re.compile(
            r"\b(?:over|in|during|within)\s+(?:the\s+(?:last|past)\s+(?P<n>\w+\s+)?|a\s+)(?P<unit>day|week|month|year)s?\b",
            re.I,
        ),
    ),
    ("last_unit", re.compile(r"\b(?P<rel>last|this|previous|past)\s+(?P<unit>week|month|year)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\w+)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("yesterday", re.compile(r"\b(?P<word>yesterday|today|tonight|last night|this morning|earlier today)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:on\s+|last\s+|late\s+|early\s+)?{_WEEKDAY}\b", re.I)),
    ("in_month", re.compile(rf"\b(?:in|since|during|early|late|mid-?)\s+{_MONTH}\b(?!\s+\d)", re.I)),
    # 'when the drone struck the wedding last March' (no date in a report of ours): the latest such month, the
    # month capitalised ('the last march' is a walk)
    ("last_month_name", re.compile(r"\b[Ll]ast\s+(?P<month>" + "|".join(filter(None, calendar.month_name)) + r")\b(?!\s+\d)")),
]
_FEB29 = re.compile(r"\b(?:29(?:th)?\s+(?:of\s+)?feb(?:ruary)?|feb(?:ruary)?\.?\s+29(?:th)?)\b", re.I)
_EXPLICIT_YEAR = re.compile(r"\b((?:19|20)\d{2})\b(?!\s*(?:-|–)\d)")
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 3, "few": 3}


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text and the interval it means."""

    interval: DateInterval
    start: int
    end: int
    kind: str


def find_dates(text: str, reference: date | None, inferred: bool = False) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``reference``.

    With no reference, only expressions that carry their own year resolve.
    ``inferred`` marks results that depend on an inferred reference year.
    """
    taken: list[tuple[int, int]] = []
    found = []
    weekly = bool(_WEEKLY.search(text[:600]))
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            interval = _resolve(kind, m, reference)
            if interval is None:
                continue
            if kind == "weekday" and weekly and interval.start == reference:
                interval = _day(reference - timedelta(days=7))  # a week's roundup tells the week before its day
            relative = kind not in {
                "iso",
                "mdy_slash",
                "day_month_year",
                "month_day_year",
                "month_year",
                "since_month_year",
                "since_year",
                "year",
            }
            interval = DateInterval(
                interval.start, interval.end, interval.precision, inferred and relative, m.group(0).strip()
            )
            taken.append((m.start(), m.end()))
            found.append(DateMention(interval, m.start(), m.end(), kind))
    return _ranges_share_a_year(text, sorted(found, key=lambda d: d.start))


_WITH_YEAR = {"iso", "mdy_slash", "day_month_year", "month_day_year"}
_RANGE_OPENS = re.compile(r"\b(?:between|from)\s+$", re.I)
_RANGE_JOINS = re.compile(r"\s*(?:and|to|until|till|through|-|–|—)\s*", re.I)


def _ranges_share_a_year(text: str, found: list[DateMention]) -> list[DateMention]:
    """'between March 27 and March 31, 2022': the first day takes the year written with the last (it took the
    publication's year in a report of ours)."""
    for i in range(len(found) - 1):
        first, last = found[i], found[i + 1]
        if first.kind in _WITH_YEAR or last.kind not in _WITH_YEAR or first.interval.precision is not Precision.DAY:
            continue
        if not _RANGE_JOINS.fullmatch(text[first.end : last.start]) or not _RANGE_OPENS.search(text[max(0, first.start - 12) : first.start]):
            continue
        year = last.interval.start.year
        if (first.interval.start.month, first.interval.start.day) > (last.interval.start.month, last.interval.start.day):
            year -= 1  # 'between Dec 30 and Jan 2, 2023'
        try:
            day = first.interval.start.replace(year=year)
        except ValueError:  # 29 February
            continue
        if day <= last.interval.start:
            found[i] = DateMention(DateInterval(day, day, Precision.DAY, False, first.interval.text), first.start, first.end, first.kind)
    return found


# A report that tells the past week: 'On Monday' in a roundup published on a Monday is the Monday before
# (issue 10's failure mode 8; no train text is a roundup, so every part is unchanged).
_WEEKLY = re.compile(
    r"\b(?:weekly|round-?up|digest|(?:in|during|over) the (?:past|last|previous) week|week to)\b", re.I
)


def infer_year(text: str) -> int | None:
    """The year an undated report most likely speaks from.

    The latest explicit year it mentions; if it mentions February 29 without a
    year, the first leap year from then on.
    """
    years = [int(y) for y in _EXPLICIT_YEAR.findall(text)]
    if not years:
        return None
    year = max(years)
    if _FEB29.search(text):
        while not calendar.isleap(year):
            year += 1
    return year


def _resolve(kind: str, m: re.Match, ref: date | None) -> DateInterval | None:
    handler = _HANDLERS[kind]
    try:
        return handler(m, ref)
    except (ValueError, OverflowError):
        return None


def _day(d: date) -> DateInterval:
    return DateInterval(d, d, Precision.DAY)


def _month_span(year: int, month: int) -> DateInterval:
    return DateInterval(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), Precision.MONTH)


def _year_span(year: int) -> DateInterval:
    return DateInterval(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)


def _month(m: re.Match) -> int:
    return MONTHS[m.group("month").lower().rstrip(".")]


def _latest_on_or_before(month: int, day: int, ref: date) -> date:
    for year in (ref.year, ref.year - 1, ref.year - 2, ref.year - 3, ref.year - 4):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # February 29 outside a leap year
        if candidate <= ref:
            return candidate
    raise ValueError("no such day")


def _iso(m, ref):
    return _day(date(int(m.group("year")), int(m.group("m")), int(m.group("d"))))


def _mdy(m, ref):
    return _day(date(int(m.group("year")), int(m.group("m")), int(m.group("d"))))


def _dmy(m, ref):
    return _day(date(int(m.group("year")), _month(m), int(m.group("day"))))


def _month_year(m, ref):
    return _month_span(int(m.group("year")), _month(m))


def _since_month_year(m, ref):
    start = date(int(m.group("year")), _month(m), 1)
    end = ref if ref and ref >= start else None
    return DateInterval(start, end, Precision.RANGE)


def _since_year(m, ref):
    start = date(int(m.group("year")), 1, 1)
    return DateInterval(start, ref if ref and ref >= start else None, Precision.RANGE)


def _month_rel_year(m, ref):
    if ref is None:
        return None
    year = ref.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    return _month_span(year, _month(m))


def _day_month(m, ref):
    if ref is None:
        return None
    return _day(_latest_on_or_before(_month(m), int(m.group("day")), ref))


def _year(m, ref):
    return _year_span(int(m.group("year")))


def _count(word: str | None) -> int:
    if not word:
        return 1
    word = word.strip().lower()
    return int(word) if word.isdigit() else _SMALL.get(word, 0)


def _over_last(m, ref):
    n = _count(m.group("n"))
    if ref is None or n == 0:
        return None
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[m.group("unit").lower()] * n
    return DateInterval(ref - timedelta(days=days), ref, Precision.RANGE)


def _start_of_year(m, ref):
    """'at the start of the year': January of the report's year (of the year before for 'last year')."""
    if ref is None:
        return None
    return _month_span(ref.year - (m.group("rel").lower() == "last"), 1)


def _last_unit(m, ref):
    if ref is None:
        return None
    unit, rel = m.group("unit").lower(), m.group("rel").lower()
    this = rel == "this"
    if unit == "year":
        return _year_span(ref.year if this else ref.year - 1)
    if unit == "month":
        first = ref.replace(day=1)
        target = first if this else (first - timedelta(days=1)).replace(day=1)
        return _month_span(target.year, target.month)
    monday = ref - timedelta(days=ref.weekday()) - (timedelta(0) if this else timedelta(days=7))
    return DateInterval(monday, monday + timedelta(days=6), Precision.WEEK)


def _ago(m, ref):
    n = _count(m.group("n"))
    if ref is None or n == 0:
        return None
    unit = m.group("unit").lower()
    if unit == "day":
        return _day(ref - timedelta(days=n))
    if unit == "week":
        start = ref - timedelta(days=7 * n)
        return DateInterval(
            start - timedelta(days=start.weekday()), start + timedelta(days=6 - start.weekday()), Precision.WEEK
        )
    if unit == "month":
        month_index = ref.year * 12 + ref.month - 1 - n
        return _month_span(month_index // 12, month_index % 12 + 1)
    return _year_span(ref.year - n)


def _yesterday(m, ref):
    if ref is None:
        return None
    word = m.group("word").lower()
    return _day(ref - timedelta(days=1) if word in {"yesterday", "last night"} else ref)


def _weekday(m, ref):
    if ref is None:
        return None
    back = (ref.weekday() - WEEKDAYS[m.group("weekday").lower()]) % 7
    if m.group(0).lower().startswith("last") and back == 0:
        back = 7
    return _day(ref - timedelta(days=back))


def _in_month(m, ref):
    if ref is None:
        return None
    month = _month(m)
    year = ref.year if month <= ref.month else ref.year - 1
    return _month_span(year, month)


def _last_month_name(m, ref):
    """'last March': the latest March before the reference month ('last November', said in November, is a year ago)."""
    if ref is None:
        return None
    month = _month(m)
    return _month_span(ref.year if month < ref.month else ref.year - 1, month)


_HANDLERS = {
    "iso": _iso,
    "mdy_slash": _mdy,
    "day_month_year": _dmy,
    "month_day_year": _dmy,
    "since_month_year": _since_month_year,
    "month_year": _month_year,
    "month_last_year": _month_rel_year,
    "day_month": _day_month,
    "month_day": _day_month,
    "since_year": _since_year,
    "year": _year,
    "start_of_year": _start_of_year,
    "over_last": _over_last,
    "last_unit": _last_unit,
    "ago": _ago,
    "yesterday": _yesterday,
    "weekday": _weekday,
    "in_month": _in_month,
    "last_month_name": _last_month_name,
}
