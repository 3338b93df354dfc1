"""Split a plain-text report into metadata and a clean body.

Real collections wrap the article in lines that are not part of it:

* a first line such as ``date 2018-05-14 Video report by <Outlet> <Role> <Name>``
  or a block of ``Title: …`` / ``Published: …`` / ``By …`` lines;
* the headline, sometimes repeated on the next line;
* a last line ``Source: <Outlet>``.

These are lifted into fields. The headline stays in the body once (it is
part of what the outlet published), never twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sitrep.ingest.published import parse_published
from sitrep.records import Precision

_DATE_LINE = re.compile(
    r"^\s*(?:date|dated|published|posted)\s*:?\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}-\d{1,2})\b\s*(.*)$",
    re.IGNORECASE,
)
_FIELD_LINE = re.compile(
    r"^\s*(title|headline|source|outlet|publisher|url|link|author|byline|by|date|published)\s*:\s*(.+?)\s*$",
    re.IGNORECASE,
)
_BY_LINE = re.compile(r"^\s*by\s+(.{3,120}?)\s*$", re.IGNORECASE)
_SOURCE_TRAILER = re.compile(r"^\s*[\(\[]?\s*source\s*[:\-–]\s*(.{2,100}?)\s*[\)\]]?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!:;,]\s*[\"'”’)]*\s*$")

# Words that make up a job title in a byline ("Security Editor", "Chief Foreign Correspondent").
_ROLE_HEADS = {
    "editor",
    "correspondent",
    "reporter",
    "journalist",
    "producer",
    "analyst",
    "writer",
    "columnist",
    "contributor",
    "presenter",
    "anchor",
    "photographer",
}
_ROLE_MODIFIERS = {
    "security",
    "chief",
    "senior",
    "political",
    "foreign",
    "defence",
    "defense",
    "international",
    "diplomatic",
    "special",
    "home",
    "affairs",
    "deputy",
    "associate",
    "managing",
    "world",
    "investigations",
    "investigative",
    "crime",
    "middle",
    "east",
    "asia",
    "africa",
    "europe",
    "south",
    "bureau",
    "staff",
    "video",
    "digital",
    "global",
    "regional",
    "contributing",
    "executive",
    "economics",
    "lead",
}
_FIELD_NAMES = {
    "title": "title",
    "headline": "title",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "url": "url",
    "link": "url",
    "author": "byline",
    "byline": "byline",
    "by": "byline",
    "date": "published",
    "published": "published",
}


@dataclass(frozen=True)
class TextParts:
    """What a plain-text file says about itself, and its clean body."""

    body: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    published: date | None = None
    published_precision: Precision = Precision.UNKNOWN


def split_plain_text(text: str) -> TextParts:
    """Lift header, title and trailer lines out of a plain-text report."""
    lines = _clean_lines(text)
    meta: dict[str, str] = {}
    lines = _take_header(lines, meta)
    lines = _take_trailer(lines, meta)
    title, lines = _take_title(lines, meta.get("title"))
    published, precision = parse_published(meta.get("published"))
    body = _join_paragraphs(lines)
    return TextParts(
        body=body,
        title=title,
        outlet=meta.get("outlet"),
        byline=meta.get("byline"),
        url=meta.get("url"),
        published=published,
        published_precision=precision,
    )


def _clean_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return _trim_blank([line.rstrip() for line in text.split("\n")])


def _trim_blank(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def _take_header(lines: list[str], meta: dict[str, str]) -> list[str]:
    """Consume leading metadata lines, filling ``meta``."""
    consumed = 0
    for line in lines:
        if not line.strip():
            consumed += 1
            continue
        if not _read_header_line(line, meta):
            break
        consumed += 1
    return _trim_blank(lines[consumed:]) if consumed else lines


def _read_header_line(line: str, meta: dict[str, str]) -> bool:
    if m := _DATE_LINE.match(line):
        meta.setdefault("published", m[1])
        _read_credit(m[2], meta)
        return True
    if (m := _FIELD_LINE.match(line)) and len(line) < 300:
        field = _FIELD_NAMES[m[1].lower()]
        if field == "byline":
            _read_credit("by " + m[2], meta)
        else:
            meta.setdefault(field, m[2])
        return True
    if (m := _BY_LINE.match(line)) and len(m[1].split()) <= 12:
        _read_credit(line, meta)
        return True
    return False


def _read_credit(text: str, meta: dict[str, str]) -> None:
    """Read '… by <Outlet> <Role> <Name>' or 'by <Name>, <Outlet>' into outlet/byline."""
    m = re.search(r"\bby\s+(.+)$", text, re.IGNORECASE)
    if not m:
        return
    credit = m[1].strip().rstrip(".")
    outlet, byline = split_credit(credit)
    if outlet:
        meta.setdefault("outlet", outlet)
    if byline:
        meta.setdefault("byline", byline)


def split_credit(credit: str) -> tuple[str | None, str | None]:
    """Split a credit into (outlet, person).

    'ITV News Security Editor Rohit Kachroo' -> ('ITV News', 'Rohit Kachroo');
    'Jane Roe for Reuters' / 'Jane Roe, Reuters' -> ('Reuters', 'Jane Roe');
    'Jane Roe' -> (None, 'Jane Roe').
    """
    if m := re.match(r"^(.+?)\s*(?:,|\bfor\b|\|)\s*(.+)$", credit):
        return m[2].strip() or None, m[1].strip() or None
    tokens = credit.split()
    heads = [i for i, tok in enumerate(tokens) if tok.lower() in _ROLE_HEADS]
    if heads:
        head = heads[-1]
        start = heads[0]
        while start > 0 and tokens[start - 1].lower() in _ROLE_MODIFIERS:
            start -= 1
        outlet = " ".join(tokens[:start]) or None
        person = " ".join(tokens[head + 1 :]) or None
        return outlet, person
    return None, credit or None


def _take_trailer(lines: list[str], meta: dict[str, str]) -> list[str]:
    if lines and (m := _SOURCE_TRAILER.match(lines[-1])):
        meta["outlet"] = m[1]  # an explicit trailer beats an outlet guessed from a credit line
        return _trim_blank(lines[:-1])
    return lines


def _take_title(lines: list[str], known: str | None) -> tuple[str | None, list[str]]:
    """Find the headline; keep it once at the top of the body."""
    if not lines:
        return known, lines
    first = lines[0].strip()
    rest = _trim_blank(lines[1:])
    if known and _same(first, known):
        return known, [lines[0], ""] + _drop_repeat(rest, first)
    if known:
        return known, lines
    if rest and _looks_like_headline(first) and (not lines[1].strip() or _same(rest[0], first)):
        return first, [lines[0], ""] + _drop_repeat(rest, first)
    return None, lines


def _drop_repeat(lines: list[str], title: str) -> list[str]:
    if lines and _same(lines[0], title):
        return _trim_blank(lines[1:])
    return lines


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 30 and len(line) <= 250 and not _SENTENCE_END.search(line)


def _join_paragraphs(lines: list[str]) -> str:
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
