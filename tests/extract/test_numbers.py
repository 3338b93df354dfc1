"""Numbers and their hedges, on phrases written for these tests."""

import pytest

from sitrep.extract.numbers import find_numbers, words_to_number
from sitrep.records import Hedge


@pytest.mark.parametrize(
    ("text", "value", "hedge"),
    [
        ("more than 2,400 troops", 2400, Hedge.MORE_THAN),
        ("roughly 650 recruits", 650, Hedge.APPROX),
        ("some 15 vehicles", 15, Hedge.APPROX),
        ("an estimated 90 fighters", 90, Hedge.APPROX),
        ("upwards of 3,100 inmates", 3100, Hedge.AT_LEAST),
        ("at least 41 people", 41, Hedge.AT_LEAST),
        ("fewer than 10 soldiers", 10, Hedge.FEWER_THAN),
        ("up to 60 militants", 60, Hedge.AT_MOST),
        ("seven guards", 7, Hedge.EXACT),
        ("two policemen", 2, Hedge.EXACT),
        ("a dozen villagers", 12, Hedge.APPROX),
        ("dozens of students", 12, Hedge.APPROX),
        ("hundreds of residents", 100, Hedge.APPROX),
        ("tens of protesters", 10, Hedge.APPROX),
        ("1.5 million refugees", 1_500_000, Hedge.EXACT),
    ],
)
def test_value_and_hedge(text, value, hedge):
    mention = find_numbers(text)[0]
    assert mention.quantity.value == value and mention.quantity.hedge is hedge


def test_range():
    q = find_numbers("20-25 people were hurt")[0].quantity
    assert (q.value, q.high, q.hedge) == (20, 25, Hedge.RANGE)


@pytest.mark.parametrize(
    ("words", "value"), [("twenty-one", 21), ("two hundred and fifty", 250), ("a dozen", 12), ("three thousand", 3000)]
)
def test_words_to_number(words, value):
    assert words_to_number(words) == value
