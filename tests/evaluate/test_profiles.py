"""Coding profiles: a dataset's conventions applied after extraction (reports written for these tests)."""

from datetime import date

from sitrep.evaluate.profiles import profile_for
from sitrep.extract import extract_text

MONITORS = "On 3 March 2021, the OSCE SMM observed 12 explosions of undetermined origin near Avdiivka, Ukraine."


def test_acled_codes_unattributed_fire_seen_by_monitors_in_donbas_to_the_ukrainian_army():
    events = list(extract_text(MONITORS, date(2021, 3, 4), dataset="acled").events)
    assert events[0].actor1 is None or events[0].actor1.name.startswith("Unidentified")
    coded = profile_for("acled").keep(MONITORS, events)
    assert coded[0].actor1.name == "Military Forces of Ukraine"
    assert profile_for("gtd").keep(MONITORS, events) == events


def test_a_named_shooter_is_kept_in_a_monitors_report():
    text = "On 3 March 2021, the OSCE SMM observed that NAF: United Armed Forces of Novorossiya fired mortars near Avdiivka, Ukraine."
    events = list(extract_text(text, date(2021, 3, 4), dataset="acled").events)
    assert events[0].actor1.name.startswith("NAF")
    assert profile_for("acled").keep(text, events)[0].actor1 == events[0].actor1


def test_acled_names_an_unknown_killer_by_what_the_violence_looks_like_where_it_does_so():
    crime = (
        "On 3 May 2023, in Ciudad Juarez, Chihuahua, Mexico, the handcuffed and mutilated body of a man was found "
        "in an abandoned vehicle; authorities blamed a criminal gang selling marijuana. 1 fatality."
    )
    events = list(extract_text(crime, date(2023, 5, 4), dataset="acled").events)
    assert events[0].actor1.name == "Unidentified Armed Group (Mexico)"
    assert profile_for("acled").keep(crime, events)[0].actor1.name == "Unidentified Gang (Mexico)"
    elsewhere = "On 3 May 2023, unidentified gunmen shot dead a shopkeeper in Daraa, Syria."
    events = list(extract_text(elsewhere, date(2023, 5, 4), dataset="acled").events)
    assert profile_for("acled").keep(elsewhere, events)[0].actor1.name == "Unidentified Armed Group (Syria)"


def test_acled_names_the_unit_of_a_state_force_the_note_names():
    text = "On 3 March 2021, Turkish Gendarmerie forces raided a farm near Siirt, Turkey, and seized 4 rifles."
    events = list(extract_text(text, date(2021, 3, 4), dataset="acled").events)
    assert events[0].actor1.name.startswith("Military Forces of Turkey")
    coded = profile_for("acled").keep(text, events)
    assert coded[0].actor1.name.endswith(") Gendarmerie")
    plain = "On 3 March 2021, Turkish soldiers raided a farm near Siirt, Turkey, and seized 4 rifles."
    events = list(extract_text(plain, date(2021, 3, 4), dataset="acled").events)
    assert profile_for("acled").keep(plain, events)[0].actor1 == events[0].actor1


def test_acled_2015_names_the_crowd_of_a_riot_by_unknown_attackers():
    text = "During the transport blockade, assailants torched a bus and two lorries on the highway near Feni, Bangladesh."
    events = list(extract_text(text, date(2015, 1, 20), dataset="acled2015").events)
    assert events[0].type_in("acled2015") == "Riots/Protests"
    assert events[0].actor1 is None or events[0].actor1.name.startswith("Unidentified")
    assert profile_for("acled_asia_2015").keep(text, events)[0].actor1.name == "Rioters (Bangladesh)"
    assert profile_for("acled").keep(text, events)[0].actor1 == events[0].actor1


def test_police_acting_on_a_protest_in_the_next_sentence_is_an_intervention():
    text = "Nurses demonstrated outside the health ministry in Lahore, Pakistan. Police detained eleven of them."
    event = extract_text(text, date(2015, 1, 20)).events[0]
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of Pakistan")
