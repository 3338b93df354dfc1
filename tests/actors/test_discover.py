"""Discovery of named armed groups the knowledge base does not know (sentences written for these tests)."""

from sitrep.actors import find_actor_mentions
from sitrep.actors.discover import discover_groups
from sitrep.records import Evidence


def groups(text):
    found = discover_groups(text, find_actor_mentions(text), lambda s, e: Evidence("r", s, e, text[s:e]))
    return [(g.name, g.acronym) for g in found]


def test_head_words_and_opening_words_mark_a_group():
    assert groups("Militants of the Sword of the Valley Brigade ambushed a convoy.") == [
        ("Sword of the Valley Brigade", None)
    ]
    assert groups("Jaish al-Qamar claimed the rocket attack on the airport.") == [("Jaish al-Qamar", None)]


def test_context_marks_a_group_and_acronyms_are_kept():
    assert groups("Fighters from the Mountain Hawks (MH) fired rockets at the base.") == [("Mountain Hawks", "MH")]
    assert groups("A little-known group called Green Lantern Collective claimed the blast.") == [
        ("Green Lantern Collective", None)
    ]


def test_known_groups_state_forces_and_places_are_not_new():
    text = (
        "Taliban fighters and the Afghan National Army clashed near Lashkar Gah. Pakistan Army troops and "
        "Syrian Arab Army units were not involved; the United Nations condemned Boko Haram militants."
    )
    assert groups(text) == []


def test_a_rebel_army_is_not_a_state_army():
    assert groups("The Free Valley Army denied the report.") == [("Free Valley Army", None)]


def test_one_word_named_by_the_words_after_it_is_a_group_unless_it_describes():
    assert groups("Residents said Kotoko militiamen burned the market in the night.") == [("Kotoko", None)]
    assert groups("Residents said Jihadist fighters and Islamic militants burned the market.") == []
    assert groups("Opposition fighters entered the town. Maoist rebels blocked the road.") == []
