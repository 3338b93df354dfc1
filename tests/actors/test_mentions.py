"""Actor mentions on sentences written for these tests."""

from sitrep.actors.mentions import find_actor_mentions


def test_forces_aligned_with_a_named_group_are_that_group():
    found = find_actor_mentions("On 3 March, pro-Houthi fighters shelled farms near the coast road.")
    assert found[0].text == "pro-Houthi fighters" and found[0].actor.name == "Houthis"


def test_a_paragraph_heading_is_not_an_actor():
    found = find_actor_mentions("Movement of forces: on 4 March, a convoy of Turkish soldiers crossed the border.")
    assert [(m.text, m.country) for m in found] == [("soldiers", "Turkey")]
