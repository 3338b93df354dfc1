"""Row-based files: JSON Lines, JSON arrays and CSV/TSV, one report per row.

Rows are streamed, so a large export does not need to fit in memory. Columns
are found by option (``--text-column`` …) or else by common names
(text/body/notes, title, date/published, url, source/outlet, author).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Mapping

from sitrep.errors import InputError, SkippedInput
from sitrep.ingest.decode import sniff_encoding
from sitrep.ingest.readers import _common as c
from sitrep.ingest.readers._common import ReadOptions, SourceFile, build_report
from sitrep.records import Report

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read_jsonl(source: SourceFile, options: ReadOptions) -> Iterator[Report | InputError]:
    """Read one report per JSON object line; a bad line is reported and skipped."""
    encoding = sniff_encoding(source.path)
    with source.path.open(encoding=encoding, errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(source.name, f"invalid JSON ({exc.msg} at column {exc.colno})", line=number)
                continue
            yield _row_report(row, source, options, number)


def read_json(source: SourceFile, options: ReadOptions) -> Iterator[Report | InputError]:
    """Read a JSON file holding one report object or an array of them."""
    try:
        data = json.loads(source.text)
    except json.JSONDecodeError as exc:
        if "\n{" in source.text.lstrip()[1:]:  # really JSON Lines with a .json name
            yield from read_jsonl(source, options)
            return
        raise InputError(source.name, f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(data, Mapping) and _column(list(data), options.text_column, c.TEXT_COLUMNS) is None:
        raise SkippedInput(source.name, "skipped: a JSON document with no text/body/notes field, not a report")
    rows = data if isinstance(data, list) else [data]
    for number, row in enumerate(rows, start=1):
        yield _row_report(row, source, options, number)


def read_csv(source: SourceFile, options: ReadOptions) -> Iterator[Report | InputError]:
    """Read one report per CSV/TSV row; the text column must exist."""
    encoding = sniff_encoding(source.path)
    with source.path.open(encoding=encoding, errors="replace", newline="") as handle:
        dialect = _dialect(handle.read(65536), source)
        handle.seek(0)
        reader = csv.DictReader(handle, dialect=dialect)
        header = reader.fieldnames or []
        if _column(header, options.text_column, c.TEXT_COLUMNS) is None:
            wanted = options.text_column or "/".join(c.TEXT_COLUMNS[:3])
            raise InputError(source.name, f"no text column ({wanted}) in header; name it with --text-column")
        try:
            for row in reader:
                yield _row_report(row, source, options, reader.line_num)
        except csv.Error as exc:
            yield InputError(source.name, f"malformed CSV ({exc})", line=reader.line_num)


def _dialect(sample: str, source: SourceFile) -> type[csv.Dialect] | csv.Dialect:
    if source.path.suffix.lower() == ".tsv":
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def _row_report(row: object, source: SourceFile, options: ReadOptions, number: int) -> Report | InputError:
    if not isinstance(row, Mapping):
        return InputError(source.name, "row is not a JSON object", line=number)
    keys = list(row.keys())
    text_key = _column(keys, options.text_column, c.TEXT_COLUMNS)
    text = _scalar(row.get(text_key)) if text_key else None
    if not text or not text.strip():
        return InputError(source.name, "row has no text (no text/body/notes field)", line=number)

    def pick(option: str | None, names: tuple[str, ...]) -> str | None:
        key = _column(keys, option, names)
        return _scalar(row.get(key)) if key else None

    return build_report(
        text,
        origin=f"{source.name}:{number}",
        title=pick(options.title_column, c.TITLE_COLUMNS),
        outlet=pick(options.outlet_column, c.OUTLET_COLUMNS),
        byline=pick(options.byline_column, c.BYLINE_COLUMNS),
        url=pick(options.url_column, c.URL_COLUMNS),
        published=pick(options.date_column, c.DATE_COLUMNS),
        language=pick(None, c.LANGUAGE_COLUMNS),
    )


def _column(keys: list[str], option: str | None, names: tuple[str, ...]) -> str | None:
    """The key to use: the one named by the option, else the first common name present."""
    lowered = {str(key).strip().lower(): key for key in keys if key is not None}
    if option:
        return lowered.get(option.strip().lower())
    for name in names:
        if name in lowered:
            return lowered[name]
    return None


def _scalar(value: object) -> str | None:
    """Only plain values count as metadata; nested objects are ignored."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None
