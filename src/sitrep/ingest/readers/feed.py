"""RSS and Atom feeds: one report per item, parsed by feedparser."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sitrep.errors import InputError
from sitrep.ingest.readers._common import ReadOptions, SourceFile, build_report
from sitrep.records import Report


def read_feed(source: SourceFile, options: ReadOptions) -> Iterator[Report | InputError]:
    """Read every item of an RSS or Atom feed as a report."""
    import feedparser

    feed = feedparser.parse(source.data)
    if not feed.entries:
        problem = getattr(feed, "bozo_exception", None)
        reason = f"not a readable RSS/Atom feed ({problem})" if problem else "feed has no items"
        raise InputError(source.name, " ".join(reason.split()))
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        body = _entry_text(entry)
        if not body:
            yield InputError(source.name, "feed item has no text", line=number)
            continue
        yield build_report(
            body,
            origin=f"{source.name}#{number}",
            title=entry.get("title"),
            outlet=outlet,
            byline=entry.get("author"),
            url=entry.get("link"),
            published=_entry_date(entry),
            language=entry.get("language") or feed.feed.get("language"),
        )


def _entry_text(entry) -> str:
    html = ""
    if entry.get("content"):
        html = entry["content"][0].get("value", "")
    html = html or entry.get("summary", "") or entry.get("description", "")
    return _strip_html(html)


def _strip_html(html: str) -> str:
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    paragraphs = [" ".join(p.text_content().split()) for p in root.xpath("//p")]
    text = "\n\n".join(p for p in paragraphs if p)
    return text or " ".join(root.text_content().split())


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None
