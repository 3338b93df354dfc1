"""Truecasing text written in capitals, on sentences written for these tests."""

from sitrep.extract.truecase import is_shouted, truecase


def test_mixed_case_text_is_left_alone():
    text = "Gunmen killed two guards in Kano on Friday."
    assert not is_shouted(text) and truecase(text) == text


def test_shouted_text_keeps_its_length_and_gets_case():
    text = "THE FMLN SAID IT ATTACKED A POLICE POST IN SAN MIGUEL. IT IS THE THIRD ATTACK THIS WEEK."
    cased = truecase(text)
    assert len(cased) == len(text)
    assert cased.startswith("The FMLN said it attacked a police post in San Miguel.")
    assert " is the third attack" in cased  # the verb, not Islamic State
    assert cased.lower() == text.lower()


def test_a_word_inside_a_run_of_names_stays_a_name():
    assert "Farabundo Marti" in truecase("MEMBERS OF THE FARABUNDO MARTI FRONT BURNED A BUS IN USULUTAN.")


def test_a_reading_does_not_depend_on_the_texts_read_before():
    from sitrep.extract.nlp import load_nlp

    shouted = "MEMBERS OF THE ZORBANICA QUELTAR FRONT BURNED A BUS IN USULUTAN."
    before = truecase(shouted)
    load_nlp()("The Zorbanica Queltar Front and the zorbanica queltar militia were named today.")
    from sitrep.extract.truecase import word_form

    word_form.cache_clear()
    assert truecase(shouted) == before
