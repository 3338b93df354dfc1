"""Plain-text reports: one file, one report, with header and trailer lines lifted out."""

from __future__ import annotations

from collections.abc import Iterator

from sitrep.errors import InputError
from sitrep.ingest.plaintext import split_plain_text
from sitrep.ingest.readers._common import ReadOptions, SourceFile, build_report
from sitrep.records import Report


def read_text(source: SourceFile, options: ReadOptions) -> Iterator[Report | InputError]:
    """Read a plain-text file as one report."""
    parts = split_plain_text(source.text)
    if not parts.body.strip():
        raise InputError(source.name, "no report text after the header lines")
    yield build_report(
        parts.body,
        origin=source.name,
        title=parts.title,
        outlet=parts.outlet,
        byline=parts.byline,
        url=parts.url,
        published=parts.published,
        precision=parts.published_precision,
    )
