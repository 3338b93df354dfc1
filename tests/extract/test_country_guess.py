"""A text that names no country still says one in its words; a text that names one keeps it."""

from datetime import date

from sitrep.extract import extract_text
from sitrep.extract.country_guess import guess_country


def test_words_of_a_note_point_to_its_country():
    note = (
        "Cotton farmers staged a dharna outside the tehsil office, demanding that the state government "
        "pay the crop compensation it had promised."
    )
    assert guess_country(note) == "India"


def test_no_guess_without_telling_words():
    assert guess_country("The weather was mild and the market opened late.") is None


def test_event_of_a_note_without_a_country_gets_the_guessed_one():
    note = "Hartal supporters set fire to two buses and hurled cocktails at policemen near the upazila office."
    events = extract_text(note, date(2015, 2, 3)).events
    assert events and events[0].place is not None
    assert events[0].place.country == "Bangladesh"
    assert events[0].actor1 is not None and events[0].actor1.name.endswith("(Bangladesh)")


def test_a_named_country_is_never_overridden():
    note = "Farmers staged a dharna outside the district office in Kathmandu, Nepal, over fertiliser shortages."
    events = extract_text(note, date(2015, 2, 3)).events
    assert events[0].place.country == "Nepal"


def test_a_sit_in_told_with_south_asian_words_is_a_protest():
    note = "Sugarcane growers staged a dharna outside the collectorate over unpaid dues."
    events = extract_text(note, date(2015, 2, 3)).events
    assert [e.event_type for e in events] == ["Protests"]
