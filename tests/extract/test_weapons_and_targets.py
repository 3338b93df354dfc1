"""GTD weapon and target types of an event, from the words of its deed (sentences written for these tests)."""

from datetime import date

import pytest

from sitrep.extract import extract_text


def first_event(text):
    return extract_text(text, date(2024, 5, 20)).events[0]


def kinds(participants):
    return [p.kind for p in participants if p.kind and p.kind != "Unknown"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen opened fire on a wedding party in Kaduna, Nigeria, on Sunday, killing four guests.", "Firearms"),
        ("An Israeli airstrike hit a house in Rafah, Gaza, on Monday, killing six people.", "Explosives"),
        ("An explosive device detonated beside a minibus in Quetta, Pakistan, on Friday, wounding nine.", "Explosives"),
        ("Militants set fire to a girls' school in Logar, Afghanistan, on Tuesday; no one was hurt.", "Incendiary"),
        ("Youths threw a petrol bomb at a police van in Bamako, Mali, on Saturday.", "Incendiary"),
        ("A man stabbed two worshippers outside a church in Lyon, France, on Sunday.", "Melee"),
    ],
)
def test_the_deed_tells_the_weapon_type(text, kind):
    weapons = first_event(text).weapons
    assert kinds(weapons)[:1] == [kind]
    assert weapons[0].evidence is not None


def test_no_weapon_is_invented_where_the_deed_tells_none():
    event = first_event("Assailants raided a village in Tillaberi, Niger, on Thursday, the governor said.")
    assert kinds(event.weapons) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Assailants attacked a police checkpoint in Kandahar, Afghanistan, on Monday.", "Police"),
        ("Rebels shelled an army barracks outside Goma, Congo, on Friday.", "Military"),
        # a named person is of the kind their description says
        ("Gunmen shot and killed Amos Keter, a county official, in Eldoret, Kenya, on Sunday.", "Government (General)"),
        # a bomb at someone's car hit them, not transport
        ("A bomb exploded under the car of Musa Bello, the district mayor, in Kano, Nigeria, on Friday.", "Government (General)"),
        # a town attacked is its people and their property
        ("Fighters attacked Kidal, Mali, on Wednesday, burning shops.", "Private Citizens & Property"),
        ("A bomb targeting a civilian vehicle exploded near Herat, Afghanistan, on Monday.", "Private Citizens & Property"),
    ],
)
def test_the_deed_tells_the_target_type(text, kind):
    event = first_event(text)
    assert kinds([*event.targets, *event.victims])[:1] == [kind]


def test_a_person_the_deed_was_done_to_is_a_victim_with_its_effect():
    event = first_event("Gunmen abducted three farmers in Zinder, Niger, on Tuesday.")
    assert [(v.kind, v.effect, v.count) for v in event.victims][:1] == [("Private Citizens & Property", "kidnapped", 3)]


def test_people_shot_dead_are_victims_who_were_killed():
    event = first_event("Police shot dead four people in Mombasa, Kenya, on Tuesday during a march against taxes.")
    assert [(v.count, v.effect) for v in event.victims][:1] == [(4, "killed")]
    assert kinds(event.weapons) == ["Firearms"]
