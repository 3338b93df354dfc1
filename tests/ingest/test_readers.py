"""Each reader on small files written here, in the shapes real collections use."""

from datetime import date

from sitrep.errors import InputError
from sitrep.ingest import read_file, read_reports
from sitrep.ingest.readers import ReadOptions
from sitrep.records import Report

HTML = """<!DOCTYPE html><html lang="en"><head><title>Convoy ambushed | Plains Courier</title>
<meta name="author" content="Ravi Menon"><meta property="og:site_name" content="Plains Courier">
<meta property="article:published_time" content="2021-02-03"></head><body>
<nav>Home | World | Sport</nav><article><h1>Convoy ambushed</h1>
<p>Militants ambushed a police convoy near the river crossing on Tuesday, killing four officers, a district official said.</p>
<p>The attackers fled into the forest, and a search operation was under way on Wednesday morning.</p>
</article><footer>All rights reserved</footer></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Border Bulletin</title>
<item><title>Shelling hits village</title><link>https://bb.example/1</link>
<pubDate>Tue, 02 Mar 2021 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Artillery shells struck a village near the border, wounding three people.&lt;/p&gt;</description></item>
<item><title>Empty</title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Delta Notes</title>
<id>urn:x</id><updated>2020-01-01T00:00:00Z</updated>
<entry><title>Strike on depot</title><id>urn:x:1</id><published>2020-01-05T00:00:00Z</published>
<updated>2020-01-05T00:00:00Z</updated><author><name>K. Obi</name></author>
<content type="html">&lt;p&gt;An air strike destroyed a fuel depot outside the town.&lt;/p&gt;</content></entry></feed>"""


def reports(path, **options):
    items = list(read_file(path, ReadOptions(**options)))
    return [i for i in items if isinstance(i, Report)], [i for i in items if isinstance(i, InputError)]


def test_html_main_text_and_metadata(write):
    good, bad = reports(write("a.html", HTML))
    assert not bad
    (report,) = good
    assert report.outlet == "Plains Courier"
    assert report.byline == "Ravi Menon"
    assert report.published == date(2021, 2, 3)
    assert report.language == "en"
    assert "ambushed a police convoy" in report.body
    assert "All rights reserved" not in report.body and "Sport" not in report.body


def test_html_paragraphs_stay_apart(write):
    (report,), _ = reports(write("a.html", HTML))
    # as in every other reader: a headline must not run into the dateline or first sentence after it
    assert "four officers, a district official said.\n\nThe attackers fled" in report.body


def test_rss_one_report_per_item_and_empty_item_fails(write):
    good, bad = reports(write("feed.rss", RSS))
    assert [r.title for r in good] == ["Shelling hits village"]
    assert good[0].outlet == "Border Bulletin"
    assert good[0].published == date(2021, 3, 2)
    assert good[0].body.startswith("Artillery shells")
    assert "<p>" not in good[0].body
    assert len(bad) == 1 and "feed.rss:2: feed item has no text" in str(bad[0])


def test_atom_detected_by_content_without_extension(write):
    good, _ = reports(write("delta", ATOM))
    assert good[0].byline == "K. Obi" and good[0].published == date(2020, 1, 5)


def test_jsonl_columns_and_truncated_row(write):
    path = write(
        "rows.jsonl",
        '{"text": "Riot police used tear gas in the square.", "published": "2020-06-01", "source": "City Desk"}\n'
        '{"text": "A grenade was thrown at a checkpoint", "publ\n'
        '{"body": "Two soldiers died when a mine exploded.", "title": "Mine blast", "source": {"nested": 1}}\n',
    )
    good, bad = reports(path)
    assert [r.published for r in good] == [date(2020, 6, 1), None]
    assert good[0].outlet == "City Desk"
    assert good[1].outlet is None  # nested values are not metadata
    assert good[1].title == "Mine blast"
    assert len(bad) == 1 and str(bad[0]).startswith(f"{path}:2: invalid JSON")


def test_jsonl_custom_text_column(write):
    path = write("custom.jsonl", '{"story": "Gunmen kidnapped a trader.", "when": "2019-09-09"}\n')
    good, _ = reports(path, text_column="story", date_column="when")
    assert good[0].body == "Gunmen kidnapped a trader." and good[0].published == date(2019, 9, 9)


def test_csv_defaults_and_missing_text_column(write):
    good, bad = reports(
        write("a.csv", 'date,source,notes\n2020-04-28,Delta Radio,"Protesters blocked the highway, police said."\n')
    )
    assert not bad and good[0].outlet == "Delta Radio" and good[0].body.startswith("Protesters")
    good, bad = reports(write("b.csv", "date,place\n2020-04-28,Kano\n"))
    assert not good
    assert len(bad) == 1 and "b.csv: no text column" in str(bad[0])


def test_tsv_and_semicolon_csv(write):
    good, _ = reports(write("c.tsv", "text\tdate\nCurfew declared after clashes.\t2018-01-02\n"))
    assert good[0].published == date(2018, 1, 2)
    good, _ = reports(write("d.csv", "text;date\nStudents marched on parliament.;2018-01-03\n"))
    assert good[0].published == date(2018, 1, 3)


def test_json_array_and_non_report_json(write):
    good, _ = reports(write("arr.json", '[{"text": "Shots were fired at a rally."}, {"text": "A bomb was defused."}]'))
    assert len(good) == 2
    good, bad = reports(write("meta.json", '{"about": "not reports", "documents": []}'))
    assert not good and "skipped" in str(bad[0])


def test_same_body_gives_same_id_whatever_the_wrapping(write):
    a = reports(write("x.txt", "Fighting   erupted in the valley.\n"))[0][0]
    b = reports(write("y.jsonl", '{"text": "Fighting erupted in the valley."}\n'))[0][0]
    assert a.id == b.id


def test_folder_walk_is_recursive_sorted_and_skips_hidden(write, tmp_path):
    write("b/2.txt", "Second report text here.")
    write("a/1.txt", "First report text here.")
    write(".hidden/3.txt", "Hidden report text.")
    write("a/.secret.txt", "Hidden file text.")
    items = list(read_reports([tmp_path / "reports", tmp_path / "missing.txt"]))
    bodies = [i.body for i in items if isinstance(i, Report)]
    assert bodies == ["First report text here.", "Second report text here."]
    assert str(items[-1]) == f"{tmp_path / 'missing.txt'}: no such file or folder"
