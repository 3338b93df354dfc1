"""Row-based files: JSON Lines, JSON arrays and CSV/TSV, one report per row.

Rows are streamed, so a large export does not need to fit in memory. Columns
are found by option (``--text-column`` …) or else by common names
(text/body/notes, title, date/published, url, source/outlet, author).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping

from sitrep.errors import InputError, SkippedInput
from sitrep.ingest.decode import sniff_encoding
from sitrep.ingest.readers import _common as c
from sitrep.ingest.readers._common import ReadOptions, SourceFile, build_report
from sitrep.records import Report


def read_jsonl(source: SourceFile, options: ReadOptions) -> Iterator[Report | InputError]:
    """Read one report per JSON object line; a bad, too deep or too long line is reported and skipped."""
    encoding = sniff_encoding(source.path)
    with source.path.open(encoding=encoding, errors="replace") as handle:
        for number, line in _bounded_lines(handle, options.max_bytes):
            if line is None:
                yield InputError(
                    source.name, f"row too large (> {options.max_bytes / 1e6:.1f} MB; see --max-bytes)", line=number
                )
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(source.name, f"invalid JSON ({exc.msg} at column {exc.colno})", line=number)
                continue
            except RecursionError:
                yield InputError(source.name, "invalid JSON (nested too deeply)", line=number)
                continue
            yield _row_report(row, source, options, number)


def _bounded_lines(handle, limit: int) -> Iterator[tuple[int, str | None]]:
    """(number, line) for each line; None for a line longer than ``limit``, which is skipped unread."""
    number = 0
    while line := handle.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith("\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith("\n"):
                pass
            yield number, None
        else:
            yield number, line


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
    """Read one report per CSV/TSV row (RFC 4180 quoting); the text column must exist."""
    encoding = sniff_encoding(source.path)
    csv.field_size_limit(max(options.max_bytes, _MIN_FIELD_LIMIT))  # a longer field fails its row only
    with source.path.open(encoding=encoding, errors="replace", newline="") as handle:
        dialect = _dialect(handle.read(65536), source, options.sniff_csv)
        handle.seek(0)
        reader = csv.DictReader(handle, dialect=dialect)
        try:
            header = reader.fieldnames or []
        except csv.Error as exc:
            raise InputError(source.name, f"malformed CSV header ({exc})") from None
        if _column(header, options.text_column, c.TEXT_COLUMNS) is None:
            wanted = options.text_column or "/".join(c.TEXT_COLUMNS[:3])
            raise InputError(source.name, f"no text column ({wanted}) in header; name it with --text-column")
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield InputError(source.name, f"malformed CSV row ({exc})", line=reader.line_num)
                continue
            yield _row_report({k: _unprotected(v) for k, v in row.items()}, source, options, reader.line_num)


_NEUTRALISED = ("'=", "'+", "'-", "'@", "'\t", "'\r")


def _unprotected(cell: object) -> object:
    """A cell a CSV export protected from spreadsheets ("'=…", see ``store.export.spreadsheet_safe``),
    as it was written."""
    return cell[1:] if isinstance(cell, str) and cell.startswith(_NEUTRALISED) else cell


_MIN_FIELD_LIMIT = 131072
_DELIMITERS = ",;\t|"


def _dialect(sample: str, source: SourceFile, sniff: bool) -> type[csv.Dialect] | csv.Dialect:
    """RFC 4180 (doubled quotes inside quoted fields) with the header's delimiter; ``sniff`` guesses
    the whole dialect from the sample instead, for files that escape quotes some other way."""
    if source.path.suffix.lower() == ".tsv":
        return csv.excel_tab
    if sniff:
        try:
            return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
        except csv.Error:
            return csv.excel
    header = sample.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=header.count)
    return type("Rfc4180", (csv.excel,), {"delimiter": delimiter if header.count(delimiter) else ","})


def _row_report(row: object, source: SourceFile, options: ReadOptions, number: int) -> Report | InputError:
    if not isinstance(row, Mapping):
        return InputError(source.name, "row is not a JSON object", line=number)
    keys = list(row.keys())
    text_key = _column(keys, options.text_column, c.TEXT_COLUMNS)
    text = _scalar(row.get(text_key)) if text_key else None
    if not text or not text.strip():
        return InputError(source.name, "row has no text (no text/body/notes field)", line=number)
    if len(text) > options.max_bytes:
        return InputError(
            source.name, f"row too large (> {options.max_bytes / 1e6:.1f} MB; see --max-bytes)", line=number
        )

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
