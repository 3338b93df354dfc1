"""Generated hostile text through every reader and through extraction (hypothesis, a few minutes at most).

Whatever the bytes: errors are one line each, the good report beside the hostile
file is always stored, and reading a report ends within its time limit.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitrep.errors import InputError
from sitrep.extract import extract_text
from sitrep.extract.deadline import time_limit
from sitrep.ingest import read_reports
from sitrep.records import Report
from sitrep.service.ingest import ingest_paths
from sitrep.store import Database

GOOD = "On 7 July, gunmen attacked a police post near Mopti and killed two officers, the army said."
ALTERNATION = ["local", "police", "security", "officials", "said", "killed", "1,", "Army", "(", ")", "—", "\u202e"]

hostile_text = st.one_of(
    st.text(max_size=3000),  # any code points: controls, surrogate-free unicode, combining marks
    st.lists(st.sampled_from(ALTERNATION), max_size=600).map(" ".join),  # words that match many patterns
    st.builds(lambda unit, n: unit * n, st.text(min_size=1, max_size=8), st.integers(1, 3000)),  # long runs
    st.lists(st.sampled_from(["<b>", "</b>", "<p>", "&amp;", "<script>", "]]>", "<![CDATA["]), max_size=300).map(
        "".join
    ),
)

settings_fast = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)


@settings_fast
@given(text=hostile_text)
@example(text="local police " * 400 + "officials said x.")
@example(text="word " * 20_000)
@example(text="1," * 50_000)
def test_extraction_of_hostile_text_ends_in_bounded_time(text):
    with time_limit(60):  # ExtractionTimeout would fail the test
        extraction = extract_text(text)
    for event in extraction.events:
        for evidence in event.evidence:
            assert evidence.start <= evidence.end <= len(text)


def _files(text: str) -> dict[str, str | bytes]:
    """The same hostile text in every format sitrep reads."""
    return {
        "a.txt": text,
        "b.html": f"<html><head><title>{text[:80]}</title></head><body><p>{text}</p></body></html>",
        "c.xml": f"<rss><channel><item><title>t</title><description>{text}</description></item></channel></rss>",
        "d.jsonl": json.dumps({"text": text}) + "\n" + text[:200] + "\n",
        "e.json": json.dumps([{"text": text}, {"body": 3}]),
        "f.csv": "text,outlet\n" + text[:2000] + "\n",
        "g.bin": text.encode("utf-8", "surrogatepass")[::-1],
    }


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(text=hostile_text)
def test_every_reader_fails_one_line_at_a_time_and_keeps_the_good_report(text):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, content in _files(text).items():
            path = root / "in" / name
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
        (root / "in" / "zz-good.txt").write_text(GOOD, encoding="utf-8")
        items = list(read_reports([root / "in"]))
        errors = [i for i in items if isinstance(i, InputError)]
        assert all("\n" not in str(e) and "\r" not in str(e) for e in errors)
        assert any(isinstance(i, Report) and i.body == GOOD for i in items)
        with Database(root / "t.duckdb") as db:
            summary = ingest_paths(db, [root / "in"])
            assert summary.new >= 1
            assert db.scalar("SELECT count(*) FROM reports WHERE body = ?", [GOOD]) == 1
