"""The situation brief as an HTML page or a PDF file (Chromium prints the same page; no other renderer).

The page is drawn on the server (SVG map and chart, no script), so the file needs nothing else to open
and prints as it shows. Report text is escaped by the template's autoescaping.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from sitrep.errors import UsageError
from sitrep.serve.charts import daily_bars, events_map
from sitrep.serve.templating import TEMPLATES
from sitrep.service.brief import Brief

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
MAP_POINTS = 5000  # a map of a whole archive draws the deadliest incidents only (100k circles: a 24 MB page)
PRINT_SECONDS = 120


def render_html(brief: Brief) -> str:
    """The brief as one self-contained HTML page."""
    deadliest = sorted(brief.located, key=lambda i: -(i["fatalities_low"] or 0))[:MAP_POINTS]
    located = [
        {**i, "fatalities_best": i["fatalities_low"] or 0, "sources": [{"event_id": i["event_id"]}]} for i in deadliest
    ]
    headline = [
        ("incidents", brief.current.incidents, brief.previous.incidents),
        ("killed", brief.current.deaths, brief.previous.deaths),
    ]
    return TEMPLATES.get_template("brief.html").render(
        brief=brief,
        days=(brief.until - brief.since).days + 1,
        headline=headline,
        map=events_map(located, width=900, height=480),
        undrawn=len(brief.located) - len(located),
        daily=daily_bars(brief.by_day),
    )


def write_brief(brief: Brief, out: Path) -> None:
    """Write the brief to ``out``: HTML for .html/.htm, PDF (printed by Chromium) for .pdf."""
    suffix = out.suffix.lower()
    if suffix not in {".html", ".htm", ".pdf"}:
        raise UsageError(f"{out}: the brief is written as .html or .pdf, not {suffix or 'no suffix'!r}")
    partial = out.with_name(f".{out.name}.partial")  # a failed write never leaves half a file under the name
    try:
        if suffix == ".pdf":
            print_pdf(render_html(brief), partial)
        else:
            partial.write_text(render_html(brief), encoding="utf-8")
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)


def print_pdf(page: str, out: Path) -> None:
    """Print an HTML page to PDF with headless Chromium (Debian's package; nothing is downloaded)."""
    browser = next((found for name in CHROMIUM if (found := shutil.which(name))), None)
    if browser is None:
        raise UsageError(f"{out}: a PDF needs Chromium (apt-get install chromium); write .html instead")
    with tempfile.TemporaryDirectory(prefix="sitrep-brief-") as folder:
        source = Path(folder) / "brief.html"
        source.write_text(page, encoding="utf-8")
        target = Path(folder) / "brief.pdf"
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={folder}/profile",
            "--no-pdf-header-footer",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=PRINT_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise UsageError(f"{out}: Chromium did not print the brief within {PRINT_SECONDS} s") from None
        if not target.exists() or target.stat().st_size == 0:
            raise UsageError(f"{out}: Chromium printed no PDF")
        shutil.copyfile(target, out)
