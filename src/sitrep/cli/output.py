"""Printing results safely: report text is hostile and must not drive the terminal."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

# C0/C1 controls (but tab and newline), and bidi overrides that can disguise text.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

OUTPUT_FORMATS = ("table", "json", "csv")


def safe_text(value: Any) -> str:
    """Text with control and escape characters shown as ``\\xNN`` instead of acting on the terminal."""
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return _UNSAFE.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}", str(value)
    )


def one_line(value: Any) -> str:
    """``safe_text`` on one line: newlines, returns and tabs too are shown escaped (a name or title
    cannot forge a line of output)."""
    return safe_text(value).replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def console(stderr: bool = False) -> Console:
    """A rich console that never interprets markup in our data."""
    return Console(stderr=stderr, markup=False, highlight=False, emoji=False)


def print_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, title: str | None = None) -> None:
    """Print rows as a table, JSON (one array) or CSV."""
    if fmt == "json":
        print(json.dumps([{c: _plain(r.get(c)) for c in columns} for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        clean = safe_text if sys.stdout.isatty() else _plain
        writer.writerow(columns)
        for row in rows:
            writer.writerow([clean(row.get(c)) if row.get(c) is not None else "" for c in columns])
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(
                *(Text(safe_text(row.get(c)) if c == "evidence" else _shorten(safe_text(row.get(c)))) for c in columns)
            )
        console().print(table)


def print_cards(rows: Sequence[dict[str, Any]], card, title: str) -> None:
    """One block per row: a bold headline, then indented detail lines (evidence sentences in full)."""
    out = console()
    out.print(Text(title, style="bold"))
    for row in rows:
        headline, details = card(row)
        out.print()
        out.print(Text(safe_text(headline), style="bold"))
        for line in details:
            if line:
                out.print(Text("  " + safe_text(line)))


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


class ProgressLine:
    """A transient progress line on stderr, only when stderr is a terminal: a spinner, or, when the job
    reports ``total`` and ``done``, a bar with done/total, rate and time left.

    ``describe(state)`` turns whatever the running job reports into the line's text;
    the context manager yields the callback to hand to that job.
    """

    def __init__(self, describe) -> None:
        self.describe = describe
        self._progress = None

    def __enter__(self):
        if sys.stderr.isatty():
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                SpinnerColumn(),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("starting", total=None)
        return self.tick

    def tick(self, state) -> None:
        """Show the job's latest state."""
        if self._progress is not None:
            total = getattr(state, "total", None) or None
            done = getattr(state, "done", None)
            self._progress.update(self._task, description=self.describe(state), total=total, completed=done)

    def __exit__(self, *exc_info) -> None:
        if self._progress is not None:
            self._progress.stop()
