"""Readers turn one file into reports, keyed by format.

Each reader is a function ``read(source: SourceFile, options: ReadOptions)``
yielding ``Report`` records, or ``InputError`` values for single rows that
fail (a reader raises ``InputError`` when the whole file fails). Formats are
chosen by extension, then by sniffing the first bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.readers._common import ReadOptions, SourceFile
from sitrep.ingest.readers.feed import read_feed
from sitrep.ingest.readers.html import read_html
from sitrep.ingest.readers.tabular import read_csv, read_json, read_jsonl
from sitrep.ingest.readers.text import read_text
from sitrep.records import Report

Reader = Callable[[SourceFile, ReadOptions], Iterator["Report | InputError"]]

READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "feed": read_feed,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
}

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
}


def detect_format(path: Path, head: bytes) -> str:
    """The reader name for a file, from its extension or else its first bytes."""
    by_extension = _EXTENSIONS.get(path.suffix.lower())
    if by_extension:
        return by_extension
    sniff = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if sniff.startswith(b"<?xml") or b"<rss" in sniff or b"<feed" in sniff:
        return "feed" if (b"<rss" in sniff or b"<feed" in sniff or b"<rdf" in sniff) else "html"
    if sniff.startswith((b"<!doctype html", b"<html")):
        return "html"
    if sniff.startswith(b"{"):
        return "jsonl"
    if sniff.startswith(b"["):
        return "json"
    return "text"


__all__ = ["READERS", "ReadOptions", "Reader", "SourceFile", "detect_format"]
