from datetime import date

from sitrep.ingest.plaintext import split_credit, split_plain_text
from sitrep.records import Precision


def test_date_credit_header_and_body():
    text = (
        " date 2019-03-02 Video report by Harbour News Chief Foreign Correspondent Ada Lovell\n\n"
        "Rebels shelled the port on Friday, officials said.\n"
    )
    parts = split_plain_text(text)
    assert parts.published == date(2019, 3, 2)
    assert parts.published_precision is Precision.DAY
    assert parts.outlet == "Harbour News"
    assert parts.byline == "Ada Lovell"
    assert parts.body.startswith("Rebels shelled")
    assert parts.title is None


def test_repeated_title_kept_once_and_source_trailer_removed():
    text = (
        "Ceasefire collapses in the north\n\nCeasefire collapses in the north\n\n"
        "Fighting resumed on Monday.\n\nSource: Valley Herald\n"
    )
    parts = split_plain_text(text)
    assert parts.title == "Ceasefire collapses in the north"
    assert parts.outlet == "Valley Herald"
    assert parts.body.count("Ceasefire collapses in the north") == 1
    assert "Source:" not in parts.body
    assert parts.published is None


def test_field_header_block():
    text = "Title: Curfew in the capital\nPublished: 2020-07\nBy Sam Okoro, Lagos Ledger\n\nA curfew was imposed.\n"
    parts = split_plain_text(text)
    assert parts.title == "Curfew in the capital"
    assert parts.published == date(2020, 7, 1)
    assert parts.published_precision is Precision.MONTH
    assert parts.outlet == "Lagos Ledger"
    assert parts.byline == "Sam Okoro"
    assert parts.body == "A curfew was imposed."


def test_sentence_first_line_is_not_a_title():
    parts = split_plain_text("Troops entered the town on Sunday.\n\nResidents fled.")
    assert parts.title is None
    assert parts.body.startswith("Troops entered")


def test_split_credit_forms():
    assert split_credit("Harbour News Security Editor Jo Park") == ("Harbour News", "Jo Park")
    assert split_credit("Jo Park for Harbour News") == ("Harbour News", "Jo Park")
    assert split_credit("Jo Park") == (None, "Jo Park")
