"""Date expressions resolved against a publication date (sentences written for these tests)."""

from datetime import date

import pytest

from sitrep.extract.dates import find_dates, infer_year
from sitrep.records import Precision

PUBLISHED = date(2019, 6, 12)  # a Wednesday


def first(text, reference=PUBLISHED):
    found = find_dates(text, reference)
    return found[0].interval if found else None


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("The raid happened in April last year.", date(2018, 4, 1), date(2018, 4, 30), Precision.MONTH),
        ("Last year the group had few recruits.", date(2018, 1, 1), date(2018, 12, 31), Precision.YEAR),
        ("Shelling continued over the last week.", date(2019, 6, 5), date(2019, 6, 12), Precision.RANGE),
        ("Deaths since January of 2017 exceed 300.", date(2017, 1, 1), date(2019, 6, 12), Precision.RANGE),
        ("In a 2016 report, analysts warned of growth.", date(2016, 1, 1), date(2016, 12, 31), Precision.YEAR),
        ("Gunmen struck on August 3 near the market.", date(2018, 8, 3), date(2018, 8, 3), Precision.DAY),
        ("Gunmen struck on June 3 near the market.", date(2019, 6, 3), date(2019, 6, 3), Precision.DAY),
        ("Protesters marched on Monday.", date(2019, 6, 10), date(2019, 6, 10), Precision.DAY),
        ("On 3 March 2020, rebels attacked a post.", date(2020, 3, 3), date(2020, 3, 3), Precision.DAY),
        ("05/07/2016: Assailants fired on a convoy.", date(2016, 5, 7), date(2016, 5, 7), Precision.DAY),
        ("The bridge was blown up yesterday.", date(2019, 6, 11), date(2019, 6, 11), Precision.DAY),
        ("Two days ago a drone struck a car.", date(2019, 6, 10), date(2019, 6, 10), Precision.DAY),
        ("Talks collapsed in March 2019.", date(2019, 3, 1), date(2019, 3, 31), Precision.MONTH),
        ("Fighting flared last week.", date(2019, 6, 3), date(2019, 6, 9), Precision.WEEK),
    ],
)
def test_resolves_against_publication(text, start, end, precision):
    interval = first(text)
    assert (interval.start, interval.end, interval.precision) == (start, end, precision)


def test_day_and_month_never_resolve_into_the_future():
    assert first("It began on December 24.").start == date(2018, 12, 24)


def test_relative_dates_need_a_reference():
    assert first("The strike happened on Monday.", None) is None
    assert first("On 3 March 2020, rebels attacked.", None).start == date(2020, 3, 3)


def test_year_inferred_from_leap_day_and_latest_year():
    text = (
        "A truce was signed on February 29th. Analysts in a 2018 study counted 500 fighters. On July 4 a bomb exploded."
    )
    assert infer_year(text) == 2020
    assert infer_year("A 2017 census and a 2019 election.") == 2019
    assert infer_year("No years here at all.") is None


def test_numbers_that_are_not_years_are_not_dates():
    assert find_dates("Some 1,200 fighters and 300 prisoners.", PUBLISHED) == []


def test_the_start_of_the_year_is_its_january():
    from datetime import date

    from sitrep.extract.dates import find_dates

    (mention,) = find_dates("Some 700 fighters were active at the start of the year.", date(2017, 4, 13))
    assert (mention.interval.start, mention.interval.end, mention.interval.precision.value) == (
        date(2017, 1, 1),
        date(2017, 1, 31),
        "month",
    )


def test_a_weekday_in_a_weekly_roundup_published_that_day_is_the_week_before():
    text = "Sahel weekly roundup.\n\nOn Monday, gunmen burned a school near Dori."
    monday = date(2024, 9, 9)
    weekdays = [d.interval.start for d in find_dates(text, monday) if d.kind == "weekday"]
    assert weekdays == [date(2024, 9, 2)]
    assert [d.interval.start for d in find_dates("On Monday, gunmen burned a school.", monday)] == [monday]


def test_the_first_day_of_a_range_takes_the_year_written_with_the_last():
    text = "Soldiers killed villagers between April 3 and April 7, 2021, and again between Dec 30 and Jan 2, 2023."
    days = [d.interval.start for d in find_dates(text, date(2026, 11, 20))]
    assert days == [date(2021, 4, 3), date(2021, 4, 7), date(2022, 12, 30), date(2023, 1, 2)]
