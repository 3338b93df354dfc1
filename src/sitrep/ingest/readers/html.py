"""HTML pages: the main text and metadata, found by trafilatura."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sitrep.errors import InputError
from sitrep.ingest.readers._common import ReadOptions, SourceFile, build_report
from sitrep.records import Report

_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([a-zA-Z]{2,3})", re.IGNORECASE)


def read_html(source: SourceFile, options: ReadOptions) -> Iterator[Report | InputError]:
    """Read an HTML page as one report (boilerplate such as menus is dropped)."""
    import trafilatura

    html = source.text
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(source.name, "no article text found in the HTML")
    lang = _LANG.search(html[:5000])
    yield build_report(
        _paragraphs(body),
        origin=source.name,
        title=doc.title,
        outlet=doc.sitename,
        byline=doc.author,
        url=doc.url,
        published=doc.date,
        language=lang[1].lower() if lang else None,
    )


def _paragraphs(body: str) -> str:
    """trafilatura puts each block on one line: a blank line between them, as in every other reader, keeps a
    headline and a dateline apart ('… in Kenya's Mandera' / 'NAIROBI, June 12 (Reuters) - …': the dateline's day
    became the event's, a page of ours)."""
    return "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
