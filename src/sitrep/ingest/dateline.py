"""Datelines: the place, date and agency a wire report opens with.

"SANAA, 14 Jan (Reuters) —", "NEW DELHI —", "KABUL, Afghanistan, March 3 (AP) -",
"LIMA, 9 JAN 90 (EFE) -- [TEXT]", "GOMA, Democratic Republic of Congo, May 2 -",
"ASUNCION (PARAGUAY), 4 MAR 90 (WIRE) --", "NO CITY (PERU), 4 MAR 90 --".
The dateline says where the report was filed, not where anything happened: it
becomes report metadata and is never read as an event's place; the country or
province it names beside the place says which namesake town it is. Bracketed
headers that follow it in transcripts ("[REPORT] [ARMED FORCES PRESS COMMITTEE]
[TEXT]") belong to it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sitrep.places.countries import COMMON_NAMES, COUNTRY_VARIANTS, DEMONYMS

_MONTHS = {m: i for i, m in enumerate(("jan feb mar apr may jun jul aug sep oct nov dec").split(), start=1)}
_DAY_MONTH = r"\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{2,4})?"
_MONTH_DAY = r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3})"
    r"(?:\s*\((?P<within>[A-Z][A-Za-z.' -]{1,40})\)(?=,))?"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'-]*(?:\s+(?:(?:of|the)\s+)*[A-Z][A-Za-z.'-]*){0,3}))??"
    rf"(?:,?\s+(?P<date>{_DAY_MONTH}|{_MONTH_DAY}))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?P<dash>--|—|–|-|:)\s+"
    r"(?P<headers>(?:\[[^\[\]\n]{1,120}\]\s*)*)"
)

# 'Sept 21 (Reuters) -': a wire story filed from no one place keeps the date and the agency (train parts unchanged)
_PLACELESS = re.compile(
    rf"^\s*(?P<date>{_MONTH_DAY}|{_DAY_MONTH})\s*\((?P<agency>[^()\n]{{1,40}})\)\s*(?P<dash>--|—|–|-)\s+"
)


@dataclass(frozen=True)
class Dateline:
    """Where (and when, by whom) a report was filed; it spans ``start`` to ``end`` (0 unless a headline comes first)."""

    place: str  # '' when the wire names none ('Sept 21 (Reuters) -')
    end: int
    start: int = 0
    region: str | None = None  # the country or province it names beside the place ('KABUL, Afghanistan')
    day: date | None = None
    agency: str | None = None
    headers: tuple[str, ...] = ()
    month_day: tuple[int, int] | None = None  # (month, day) of a date written without its year ('Feb 9')


def find_dateline(text: str) -> Dateline | None:
    """The dateline a text opens with (or its body opens with, after a one-line headline), or None.
    The place must be written in capitals (or the whole text is), or be followed by a wire's marks
    (``_marked``), so an ordinary opening sentence is never taken for one."""
    found = _dateline_at(text, 0)
    first_break = text.find("\n\n")
    if 0 < first_break <= 160 and "." not in text[:first_break].rstrip()[-1:]:
        body = first_break + len(text[first_break:]) - len(text[first_break:].lstrip())
        in_body = _dateline_at(text, body)
        # 'HAITI: Gang members kill 20 …' is a headline's kicker, not where the report was filed, where the body opens
        # with a dateline of its own (the kicker's country hid the body's town; a report of ours)
        if found is None or (in_body is not None and found.day is None and found.agency is None):
            found = in_body
    return found


def _dateline_at(text: str, offset: int) -> Dateline | None:
    m = _DATELINE.match(text[offset : offset + 400])
    if not m:
        return _placeless_at(text, offset)
    place = m.group("place").strip()
    if "\n" in place:
        return None  # a headline above the dateline is not part of its place
    if not place.isupper() and not text[offset : offset + 400].isupper() and not _marked(m):
        return None
    if len(place.replace(" ", "")) < 3 or place.split()[-1].lower() in {"the", "a", "an"}:
        return None
    headers = tuple(h.strip() for h in re.findall(r"\[([^\[\]]+)\]", m.group("headers") or ""))
    return Dateline(
        place=place,
        region=(m.group("within") or m.group("region") or "").strip() or None,
        start=offset,
        end=offset + m.end(),
        day=_day(m.group("date")),
        agency=(m.group("agency") or "").strip() or None,
        headers=headers,
        month_day=_month_day(m.group("date")),
    )


def _placeless_at(text: str, offset: int) -> Dateline | None:
    m = _PLACELESS.match(text[offset : offset + 120])
    if not m or _month_day(m.group("date")) is None and _day(m.group("date")) is None:
        return None
    return Dateline(
        place="",
        start=offset,
        end=offset + m.end(),
        day=_day(m.group("date")),
        agency=m.group("agency").strip(),
        month_day=_month_day(m.group("date")),
    )


def _marked(m: re.Match) -> bool:
    """A place in title case is a dateline only where a wire's marks follow it: an agency ('Kyiv, March 3
    (Reuters) -'), a date ('Nairobi, Kenya, 4 March 2024 –') or a country and a long dash ('Imphal, India —').
    Every train part unchanged (their datelines are in capitals); written for wire copy in title case."""
    long_dash = m.group("dash") in {"—", "–", "--"}
    region = (m.group("region") or "").strip()
    return bool(m.group("agency") or m.group("date") or (region in _COUNTRY_NAMES and long_dash))


_COUNTRY_NAMES = frozenset(v for v in (*DEMONYMS.values(), *COMMON_NAMES.values(), *COUNTRY_VARIANTS) if v)


def _month_and_numbers(text: str) -> tuple[int | None, list[str]]:
    """The month a dateline date names and the numbers written in it ('9 JAN 90' -> 1, ['9', '90'])."""
    month = next((_MONTHS.get(w[:3].lower()) for w in re.findall(r"[A-Za-z]+", text)), None)
    return month, re.findall(r"\d+", text)


def _month_day(text: str | None) -> tuple[int, int] | None:
    """(month, day) of a dateline date written without a year ('Feb 9', '9 Feb'), else None."""
    if not text:
        return None
    month, numbers = _month_and_numbers(text)
    if month is None or len(numbers) != 1 or not 1 <= int(numbers[0]) <= 31:
        return None
    return month, int(numbers[0])


def _day(text: str | None) -> date | None:
    """A dateline date with its year ('9 JAN 90', 'March 3, 2024'); None when it has no year."""
    if not text:
        return None
    month, numbers = _month_and_numbers(text)
    if month is None or len(numbers) < 2:
        return None
    day, year = (int(numbers[0]), int(numbers[1])) if text[0].isdigit() else (int(numbers[0]), int(numbers[-1]))
    if year < 100:
        year += 1900 if year >= 50 else 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None
