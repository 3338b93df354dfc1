from datetime import date

import pytest

from sitrep.ingest.published import parse_published
from sitrep.records import Precision


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-05-14", (date(2018, 5, 14), Precision.DAY)),
        ("2018-05-14T08:30:00Z", (date(2018, 5, 14), Precision.DAY)),
        ("2018-05", (date(2018, 5, 1), Precision.MONTH)),
        ("2018", (date(2018, 1, 1), Precision.YEAR)),
        ("Mon, 28 Sep 2015 18:00:00 GMT", (date(2015, 9, 28), Precision.DAY)),
        ("14 May 2018", (date(2018, 5, 14), Precision.DAY)),
        ("May 2018", (date(2018, 5, 1), Precision.MONTH)),
        ("", (None, Precision.UNKNOWN)),
        (None, (None, Precision.UNKNOWN)),
        ("not a date", (None, Precision.UNKNOWN)),
        ("2018-13-45", (None, Precision.UNKNOWN)),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected
