"""Who says so (sentences written for these tests)."""

import pytest

from sitrep.extract.attribution import find_attribution


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Eleven soldiers died in the ambush, according to provincial officials.", "provincial officials"),
        (
            "According to the International Crisis Group (ICG), the militia has 2,000 members.",
            "International Crisis Group",
        ),
        ("In a 2019 report, UNAMA estimated that 400 civilians were hurt.", "UNAMA"),
        ("The Associated Press reports that 30 fighters escaped.", "Associated Press"),
        ("Hospital officials said four people died.", "Hospital officials"),
        ("But military sources now say the group has grown.", "military sources"),
        ("In a report by Human Rights Watch, the abuses were documented.", "Human Rights Watch"),
        (
            "Raiders burned two hamlets near the border overnight, killing nine people, the regional health bureau said Monday.",
            "regional health bureau",
        ),
        ("A hospital director, however, put the death toll at 31.", "hospital director"),
    ],
)
def test_sources(sentence, source):
    assert find_attribution(sentence) == source


def test_no_source():
    assert find_attribution("Fighting continued for a second day.") is None
