"""The situation brief as a page, an HTML file and a PDF printed by Debian's Chromium (read back with pypdf)."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.serve.brief import write_brief
from sitrep.service.brief import compose_brief
from sitrep.store import Database

runner = CliRunner()


def test_the_brief_page_escapes_report_text(client):
    page = client.get("/brief", params={"country": "Afghanistan", "since": "2021-03-01", "until": "2021-03-31"})
    assert page.status_code == 200 and "Situation brief" in page.text
    assert "Kandah" in page.text and "<script>" not in page.text.split("</style>", 1)[1]
    assert "<svg id='map'" in page.text and "<svg id='daily'" in page.text
    assert client.get("/brief", params={"since": "March"}).status_code == 400


def test_the_brief_shows_figures_that_disagree_and_changed_strength(client):
    page = client.get("/brief", params={"since": "2018-01-01", "until": "2018-12-31"}).text
    assert "Figures that disagree" in page and "1200" in page and "800" in page
    assert "CSIS" in page or "Policy Review" in page


def test_the_cli_writes_html_and_refuses_other_suffixes(served_db, tmp_path):
    out = tmp_path / "week.html"
    args = [
        "brief",
        "--db",
        str(served_db),
        "--country",
        "Afghanistan",
        "--since",
        "2021-03-01",
        "--until",
        "2021-03-31",
    ]
    result = runner.invoke(app, [*args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Kandah" in out.read_text(encoding="utf-8")
    result = runner.invoke(app, [*args, "--out", str(tmp_path / "week.docx")])
    assert result.exit_code != 0 and "written as .html or .pdf" in str(result.exception)
    assert not (tmp_path / "week.docx").exists()
    missing = runner.invoke(app, ["brief", "--db", str(tmp_path / "none.duckdb"), "--out", str(out)])
    assert missing.exit_code != 0 and "no database" in str(missing.exception)


def test_the_pdf_holds_the_brief(served_db, tmp_path):
    if shutil.which("chromium") is None:
        if os.environ.get("SITREP_REQUIRE_BROWSER"):
            raise RuntimeError("SITREP_REQUIRE_BROWSER is set but chromium is missing")
        pytest.skip("Debian chromium is not installed")
    from pypdf import PdfReader

    with Database(served_db) as db:
        brief = compose_brief(db, date(2021, 3, 1), date(2021, 3, 31), "Afghanistan")
    out = tmp_path / "brief.pdf"
    write_brief(brief, out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Situation brief" in text and "Kandah" in text and "Most deadly" in text


def test_a_map_of_a_whole_archive_draws_the_deadliest_and_says_so(monkeypatch):
    from sitrep.serve import brief as rendering
    from sitrep.service.brief import Brief, Totals

    monkeypatch.setattr(rendering, "MAP_POINTS", 2)
    incidents = [
        {
            "event_id": f"e{n}",
            "fatalities_low": n,
            "latitude": 10.0 + n,
            "longitude": 20.0,
            "event_type": "Battles",
            "date_start": date(2024, 3, 1),
            "place_name": f"Town {n}",
            "reports": 1,
        }
        for n in range(5)
    ]
    brief = Brief(None, date(2024, 3, 1), date(2024, 3, 7), Totals(), Totals(), [], [], [], incidents, 0, [], [], [])
    page = rendering.render_html(brief)
    assert page.count("class='event-point'") == 2 and "Town 4" in page and "Town 0" not in page
    assert "3 less deadly incident(s) are not drawn" in page
