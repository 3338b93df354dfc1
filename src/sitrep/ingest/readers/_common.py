"""Shared pieces of the readers: options, the source file, and building a Report."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.dateline import find_dateline
from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.language import guess_language
from sitrep.ingest.published import parse_published
from sitrep.records import Precision, Report, report_id_for

TEXT_COLUMNS = ("text", "body", "notes", "content", "summary", "article", "description")
TITLE_COLUMNS = ("title", "headline")
DATE_COLUMNS = ("published", "date", "pubdate", "published_at", "publication_date", "event_date")
URL_COLUMNS = ("url", "link", "source_url")
OUTLET_COLUMNS = ("outlet", "source", "publisher", "site", "sitename")
BYLINE_COLUMNS = ("byline", "author", "authors")
LANGUAGE_COLUMNS = ("language", "lang")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def shown_name(path: object) -> str:
    """A file name safe to store and print on one line, losslessly: bytes that are not UTF-8 become
    ``\\xff`` and control characters ``\\n``, ``\\x1b`` (a name cannot forge lines or colours)."""
    text = os.fsdecode(path) if isinstance(path, (bytes, os.PathLike)) else str(path)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class ReadOptions:
    """How to read files. Column options name the field in CSV/JSON rows."""

    format: str | None = None
    text_column: str | None = None
    title_column: str | None = None
    date_column: str | None = None
    url_column: str | None = None
    outlet_column: str | None = None
    byline_column: str | None = None
    max_bytes: int = 20 * 1024 * 1024  # per file read whole, and per row of a CSV or JSON Lines file
    sniff_csv: bool = False  # guess the CSV dialect instead of RFC 4180
    origin_root: Path | None = None  # report origins are named relative to this folder ...
    origin_prefix: str = ""  # ... after this prefix ('inbox/'): a server never shows its own paths


@dataclass
class SourceFile:
    """A file being read; its bytes and text are loaded once, on demand."""

    path: Path
    options: ReadOptions

    @property
    def name(self) -> str:
        root = self.options.origin_root
        if root is not None and self.path.is_relative_to(root):
            return self.options.origin_prefix + shown_name(self.path.relative_to(root))
        return shown_name(self.path)

    @cached_property
    def data(self) -> bytes:
        """The file's bytes, at most ``max_bytes`` of them: the limit holds for what is read, whatever
        ``stat`` said (a file may grow, or be a link to one that never ends)."""
        limit = self.options.max_bytes
        try:
            with self.path.open("rb") as handle:
                data = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(self.name, f"cannot read ({exc.strerror or exc})") from None
        if len(data) > limit:
            raise InputError(self.name, f"file too large for one report (> {limit / 1e6:.1f} MB; see --max-bytes)")
        return data

    @cached_property
    def text(self) -> str:
        return decode_bytes(self.data, self.name)


def build_report(
    body: str,
    *,
    origin: str,
    title: str | None = None,
    outlet: str | None = None,
    byline: str | None = None,
    url: str | None = None,
    published: object = None,
    precision: Precision | None = None,
    language: str | None = None,
) -> Report:
    """A Report with a stable id, clean metadata and a parsed publication date."""
    body = body.strip()
    day, parsed_precision = parse_published(published)
    dateline = find_dateline(body)
    if day is None and dateline is not None and dateline.day is not None:
        day, parsed_precision = dateline.day, Precision.DAY
    return Report(
        id=report_id_for(body),
        body=body,
        title=_clean(title),
        outlet=_clean(outlet),
        byline=_clean(byline),
        url=_clean(url),
        published=day,
        published_precision=precision if (precision and day) else parsed_precision,
        language=_clean(language) or guess_language(body),
        origin=origin,
        dateline=(dateline.place or None) if dateline else None,
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
