"""Gold readers, field matching and gates, on tiny gold files written here."""

import json

import pytest

from sitrep.errors import InputError
from sitrep.evaluate import check_gates, evaluate, format_table
from sitrep.evaluate.gold import is_seed_gold, read_jsonl_gold, read_seed_gold
from sitrep.evaluate.match import date_matches, same_actor, same_country, same_name, within_km

GOLD = {
    "event_date": "2021-05-04",
    "event_type": "Protests",
    "sub_event_type": "Peaceful protest",
    "actor1": "Protesters (Pakistan)",
    "actor2": None,
    "country": "Pakistan",
    "admin1": "Punjab",
    "admin2": "Lahore",
    "location": "Lahore",
    "latitude": 31.55,
    "longitude": 74.34,
    "fatalities": 0,
}


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "mini.jsonl"
    row = {
        "id": "mini:1",
        "dataset": "acled",
        "published": None,
        "gold": GOLD,
        "text": "On 4 May 2021, demonstrators gathered in Lahore, Punjab to demand higher wages.",
    }
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def test_jsonl_reader(jsonl):
    (record,) = read_jsonl_gold(jsonl)
    assert record.dataset == "acled" and record.gold["admin1"] == "Punjab" and record.published is None


def test_bad_gold_line_is_one_line_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:1: not a gold record"):
        read_jsonl_gold(path)


def test_evaluate_scores_every_field(jsonl):
    results = evaluate([jsonl])
    fields = results["acled"]["fields"]
    for name in (
        "date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "country",
        "admin1",
        "location",
        "coordinates",
        "fatalities",
    ):
        assert fields[name]["accuracy"] == 1.0, name
    assert "acled" in format_table(results)


def test_gates(jsonl):
    results = evaluate([jsonl])
    assert check_gates(results, ["acled.date=0.9", "country=90"]) == []
    assert check_gates(results, ["nosuch.date=0.5"]) == ["gate 'nosuch.date=0.5' matched no measured field"]


def test_seed_gold_reader(tmp_path):
    (tmp_path / "r1.txt").write_text(
        "date 2019-01-02 Report by Desk Reporter Jo Bloggs\n\nRebels shelled Idlib on Monday.\n", encoding="utf-8"
    )
    gold = {"about": "x", "documents": [{"file": "r1.txt", "events": [], "claims": []}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert is_seed_gold(tmp_path / "gold.json")
    (doc,) = read_seed_gold(tmp_path / "gold.json")
    assert doc.text.startswith("Rebels shelled") and str(doc.published) == "2019-01-02"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Khwāhān", "Khwahan", True),
        ("Karachi town", "Karachi", True),
        ("Khyber Pakhtunkwa", "Khyber Pakhtunkhwa", True),
        ("Quetta district", "Quetta", True),
        ("Lahore", "Karachi", False),
    ],
)
def test_same_name(a, b, same):
    assert same_name(a, b) is same


def test_other_matchers():
    assert same_country("Syrian Arab Republic", "Syria")
    assert same_actor("Military Forces of Afghanistan (2014-2021)", "Military Forces of Afghanistan (2014-)")
    assert same_actor("ISKP", "Islamic State Khorasan Province")
    assert not same_actor("Taliban", "Islamic State")
    assert within_km(34.43, 70.45, 34.50, 70.50) and not within_km(34.43, 70.45, 35.5, 70.45)
    from datetime import date

    assert date_matches(date(2020, 3, 1), date(2020, 3, 7), "2020-03-03")
    assert not date_matches(date(2020, 3, 1), date(2020, 3, 31), "2020-03-03")
