"""Shared pieces of the readers: options, the source file, and building a Report."""

from __future__ import annotations

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
    max_bytes: int = 20 * 1024 * 1024


@dataclass
class SourceFile:
    """A file being read; its bytes and text are loaded once, on demand."""

    path: Path
    options: ReadOptions

    @property
    def name(self) -> str:
        return str(self.path)

    @cached_property
    def data(self) -> bytes:
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise InputError(self.name, f"cannot read ({exc.strerror or exc})") from None

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
        dateline=dateline.place if dateline else None,
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
