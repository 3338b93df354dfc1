"""Datelines become report metadata; an undated report takes its date from the dateline."""

from datetime import date

from sitrep.ingest import read_file
from sitrep.ingest.dateline import find_dateline
from sitrep.records import Report


def test_dateline_forms():
    assert find_dateline("NEW DELHI — Police said two men were held.").place == "NEW DELHI"
    line = find_dateline("KABUL, Afghanistan, March 3, 2024 (Wire) - A bomb exploded near a school.")
    assert (line.place, line.day, line.agency) == ("KABUL", date(2024, 3, 3), "Wire")
    line = find_dateline("LIMA, 9 JAN 90 (WIRE) -- [REPORT] [NATIONAL RADIO] [TEXT] TWO BOMBS EXPLODED.")
    assert line.day == date(1990, 1, 9) and line.headers == ("REPORT", "NATIONAL RADIO", "TEXT")


def test_an_opening_sentence_is_no_dateline():
    assert find_dateline("Gunmen killed 3 people in Kano - police said.") is None
    assert find_dateline("The UN - in a statement - condemned the attack.") is None


def test_readers_store_the_dateline_and_its_date(write):
    path = write("wire.txt", "MOGADISHU, Somalia, March 3, 2024 (Wire) - A car bomb killed five people near a hotel.\n")
    report = next(r for r in read_file(path) if isinstance(r, Report))
    assert report.dateline == "MOGADISHU" and report.published == date(2024, 3, 3)


def test_a_dateline_naming_a_long_country_name_ends_before_the_story():
    found = find_dateline("GOMA, Democratic Republic of the Congo, May 2 (Wire) - Rebels took the town.")
    assert found is not None and found.place == "GOMA" and found.agency == "Wire"


def test_a_dateline_may_name_its_country_in_brackets():
    line = find_dateline("ASUNCION (PARAGUAY), 4 MAR 90 (WIRE) -- [TEXT] THE SENATE APPROVED THE BUDGET.")
    assert (line.place, line.region, line.day, line.agency) == ("ASUNCION", "PARAGUAY", date(1990, 3, 4), "WIRE")
    line = find_dateline("NO CITY (PERU), 4 MAR 90 (WIRE) -- [REPORT] [TEXT] A BRIDGE WAS BLOWN UP.")
    assert line.place == "NO CITY" and line.region == "PERU" and line.headers == ("REPORT", "TEXT")
    assert find_dateline("SANAA (Wire) - Two guards were hurt.").region is None  # an agency, not a country


def test_a_dateline_in_title_case_is_read_where_a_wire_marks_it():
    line = find_dateline("Kyiv, March 3 (Wire) - A drone hit a power station.")
    assert (line.place, line.agency) == ("Kyiv", "Wire")
    line = find_dateline("Nairobi, Kenya, 4 March 2024 – Police fired tear gas at marchers.")
    assert (line.place, line.region, line.day) == ("Nairobi", "Kenya", date(2024, 3, 4))
    assert find_dateline("Imphal, India — Two men were shot in a village.").place == "Imphal"


def test_an_opening_clause_in_title_case_is_no_dateline():
    assert find_dateline("However, Singh — who led the march — was not arrested.") is None
    assert find_dateline("Later, police - and soldiers - arrived.") is None


def test_a_headline_above_a_dateline_is_not_its_place():
    line = find_dateline("Roundup\n\nOUAGADOUGOU, Sept 9 - The week's incidents.")
    assert line.place == "OUAGADOUGOU"


def test_a_date_without_its_year_keeps_its_month_and_day():
    found = find_dateline("KHARTOUM, Feb 9 (Reuters) - A drone hit a market in the city.")
    assert found.day is None and found.month_day == (2, 9)


def test_a_wire_dateline_without_a_place_keeps_its_date_and_agency():
    found = find_dateline("Fighting flares in the north\n\nOct 4 (Reuters) - Rebels attacked two towns.")
    assert found is not None and found.place == "" and found.agency == "Reuters" and found.month_day == (10, 4)
    assert find_dateline("March 3 - nothing here says a wire filed it.") is None
    assert find_dateline("MARIB, Yemen — Fighters attacked a post.").place == "MARIB"  # a city, not a month


def test_a_kicker_in_the_headline_is_no_dateline():
    # 'NIGERIA:' opens the headline as a section name; the body's own dateline says where the report was filed
    text = (
        "NIGERIA: Gunmen kill 12 in raid on farming village\n\n"
        "ABUJA, Nigeria (Reuters) - Gunmen on motorcycles killed 12 farmers in Zamfara state on Thursday."
    )
    line = find_dateline(text)
    assert (line.place, line.region, line.agency) == ("ABUJA", "Nigeria", "Reuters")
