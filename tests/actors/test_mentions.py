"""Actor mentions on sentences written for these tests."""

from sitrep.actors.mentions import find_actor_mentions


def test_forces_aligned_with_a_named_group_are_that_group():
    found = find_actor_mentions("On 3 March, pro-Houthi fighters shelled farms near the coast road.")
    assert found[0].text == "pro-Houthi fighters" and found[0].actor.name == "Houthis"


def test_a_paragraph_heading_is_not_an_actor():
    found = find_actor_mentions("Movement of forces: on 4 March, a convoy of Turkish soldiers crossed the border.")
    assert [(m.text, m.country) for m in found] == [("soldiers", "Turkey")]


def test_a_states_strike_is_its_armed_forces_and_no_labour_strike():
    found = find_actor_mentions("A Russian missile strike hit Odesa, and a Russian strike followed at dawn.")
    assert [(m.role, m.country) for m in found] == [("military", "Russia"), ("military", "Russia")]
    assert [m.role for m in find_actor_mentions("Dock workers began a strike on Monday.")] == ["civilians", "protesters"]
    assert [m.role for m in find_actor_mentions("A strike on a house killed two children.")] == ["civilians"]


def test_an_acronym_never_matches_inside_a_name_or_in_another_case():
    found = find_actor_mentions("Gang members shot a bus driver in Santa Ana on Sunday; the fc office was closed.")
    assert not [m for m in found if m.text.lower() in {"ana", "fc"}]
    assert [m.role for m in find_actor_mentions("ANA soldiers repelled the attack.") if m.text == "ANA"] == ["military"]


def test_a_group_known_only_from_coded_data_is_linked_only_in_its_country():
    from sitrep.extract.context import build_context

    uganda = build_context("r1", "In Jinja, Uganda, police and UPDF soldiers dispersed a crowd on Friday.", None)
    assert not [a for a in uganda.actors if a.text == "UPDF" and a.actor and a.actor.country == "Bangladesh"]


def test_the_farc_splinter_groups_english_names_are_farc_dissidents():
    text = "The bombing was blamed on the Central General Staff, and Second Marquetalia denied any role."
    named = [m.actor.name for m in find_actor_mentions(text, countries={"Colombia"}) if m.actor]
    assert named == ["FARC dissidents", "FARC dissidents"]
