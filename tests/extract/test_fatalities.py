"""Death tolls: only numbers tied to people dying (sentences written for these tests)."""

import pytest

from sitrep.extract.fatalities import find_death_count


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rebels ambushed a convoy, killing 4 soldiers and 2 drivers.", 6),
        ("Three guards and one attacker were killed in the assault.", 4),
        ("One farmer was killed and nine others were wounded.", 1),
        ("Militants killed 12 people, including 5 children, in the raid.", 12),
        ("Border clash kills five troops, 8 insurgents: army", 13),
        ("Toll rises to nine in market blast; second bomb kills two", 9),
        ("Gunmen shot and killed a school teacher outside his home.", 1),
        ("In addition to the bomber, six worshippers were killed.", 7),
        ("No casualties were reported after the shelling.", 0),
        ("On 3 May, rebels attacked a post, killing 3 soldiers. Fatalities coded as 0 (reports disputed).", 3),
    ],
)
def test_death_counts(text, value):
    assert find_death_count(text).quantity.value == value


@pytest.mark.parametrize(
    "text",
    [
        "The jail was holding upwards of 900 prisoners when it was stormed.",
        "The siege lasted some 30 hours and more than 400 inmates tried to flee.",
        "An estimated 150 fighters remain at large.",
        "Demonstrators gathered outside the ministry.",
    ],
)
def test_no_death_toll_is_invented(text):
    assert find_death_count(text) is None


def test_a_coders_figure_is_the_acled_profiles_not_the_reports():
    from sitrep.evaluate.profiles import profile_for
    from sitrep.extract import extract_text

    text = "On 3 May 2021, rebels attacked a post in Beni, North Kivu, killing 3 soldiers. Fatalities coded as 0."
    events = list(extract_text(text).events)
    assert events[0].fatalities.value == 3
    assert profile_for("acled").keep(text, events)[0].fatalities.value == 0


@pytest.mark.parametrize(
    "text, value",
    [
        ("The army admitted responsibility for the death of two drivers in Usulutan.", 2),
        ("The murder of five Jesuit priests and their cook drew protests.", 6),
        ("Three reporters were shot dead outside the court in Mazar.", 3),
        ("Survivors described the massacre of 14 peasants near the river.", 14),
        ("Residents mourned the assassination of the mayor of Tarija.", 1),
    ],
)
def test_deaths_told_as_nouns_and_of_named_kinds_of_people(text, value):
    count = find_death_count(text)
    assert count is not None and count.quantity.value == value



# A side's own dead: 'we lost five soldiers'; never seats, aircraft or ground that was lost
@pytest.mark.parametrize(
    "text, value",
    [
        ("The captain said his unit lost five soldiers in the two-hour battle.", 5),
        ("Losing at least 30 of its fighters, the militia pulled back from the bridge.", 30),
        ("The ruling party lost 12 seats in the vote.", None),
        ("Government forces lost two helicopters over the valley.", None),
        ("The rebels lost control of three villages.", None),
    ],
)
def test_a_side_that_lost_people_lost_them_to_death(text, value):
    count = find_death_count(text)
    assert (count.quantity.value if count else None) == value


# 'leaving more than 100 injured': what a clash left besides the dead is no toll
@pytest.mark.parametrize(
    "text, value",
    [
        ("Students clashed with party supporters at the university, leaving more than 100 injured.", None),
        ("The blast left 20 people injured and dozens of shops in ruins.", None),
        ("The floods of violence left 300 families homeless.", None),
        ("The blast left 20 dead and 30 injured.", 20),
        ("The clash left several people injured and two dead.", 2),
        ("The blast killed 7 people and left scores injured.", 7),
        ("The bomb killed two and injured 15.", 2),
    ],
)
def test_what_an_attack_left_besides_the_dead_is_no_toll(text, value):
    count = find_death_count(text)
    assert (count.quantity.value if count else None) == value


def test_a_hedged_number_after_the_verb_is_the_toll_not_added_to_the_killers():
    assert find_death_count("Five gunmen killed at least six people in the raid.").quantity.value == 6


def test_a_day_of_the_month_before_a_killing_is_no_one():
    assert find_death_count("LAGOS, June 12 - Three traders were shot dead.").quantity.value == 3


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In Cuernavaca, Morelos, a taxi driver was shot to death by two men on a motorcycle.", 1),
        ("A gunfight broke out and one of the suspects was shot and died.", 1),
        ("In Leon, Guanajuato, a man was found dead beside a road. 1 fatality.", 1),
        ("Gunmen fired on a water truck near El Arish; no fatalities were reported.", 0),
        ("Gunmen fired on a water truck near El Arish, resulting in his death.", 1),
        ("Militiamen attacked the home of a magistrate, leaving him dead.", 1),
        ("Soldiers shot two fishermen to death near the border.", 2),
        ("The union leader was shot to death along with two other members of the union.", 3),
        ("Local media reported 4 fatalities after the clash between the two clans.", 4),
        ("The raiders came at night and shot a village guard dead before leaving with the cattle.", 1),
    ],
)
def test_single_deaths_told_in_other_words(text, value):
    found = find_death_count(text)
    assert (found.quantity.value if found else None) == value


def test_a_sides_boast_told_after_a_long_attribution_is_not_the_toll():
    text = (
        "A car bomb hit an army post in the port city on Friday, killing at least six people, a doctor said. "
        "The insurgents said in a statement sent to reporters through a messaging app late on Friday that they had "
        "killed 30 soldiers."
    )
    assert find_death_count(text).quantity.value == 6


def test_a_second_sources_figure_in_the_same_sentence_is_not_added():
    text = (
        "At least three protesters were shot dead in the suburb, according to a rights group, "
        "while police said only one man had died."
    )
    assert find_death_count(text).quantity.value == 3


def test_a_count_since_the_start_of_the_year_is_no_incidents_toll():
    assert find_death_count("At least 40 aid workers have been killed in the province since the start of the year.") is None


def test_an_age_is_no_toll():
    text = "Shells hit the market on Sunday evening, killing a 71-year-old woman and wounding three others."
    assert find_death_count(text).quantity.value == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a dateline's day or a broadcaster's channel number is no victim
        ("KANO, 14 JUN 24 -- [TEXT] Two traders were killed when gunmen stormed the cattle market.", 2),
        ("ABUJA (CHANNEL 4) -- [REPORT] Nine people were killed in the attack on the bus park.", 9),
        # the list of the dead ends where the wounded begin
        ("Two blasts hit the bus station, leaving at least three dead, eight wounded and shops burnt.", 3),
        ("The car bomb left 4 police officers dead and 17 bystanders hurt.", 4),
        # a part of the dead is not more of them
        ("They condemned the killing of seven aid workers, four of them foreigners, near the crossing.", 7),
    ],
)
def test_a_list_of_the_dead_ends_at_a_dateline_or_another_effect(text, value):
    assert find_death_count(text).quantity.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a named victim after a title, not only at the start of a clause
        ("Later that night councillor Tomas de la Vega was shot to death by two men on a scooter.", 1),
        ("Police said that Musa Danjuma, head of the traders' union, was killed on his way home.", 1),
        ("The curfew held overnight: not a single person was killed in the city.", 0),
        # people the list of nouns does not know
        ("Five herders were killed near the river on Sunday.", 5),
    ],
)
def test_a_named_victim_anywhere_and_no_one_at_all(text, value):
    found = find_death_count(text)
    assert (found.quantity.value if found else None) == value


def test_assassinated_is_a_death_like_murdered():
    assert find_death_count("Right-wing squads assassinated ten labour leaders in the port last year.").quantity.value == 10


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # one person written without a number still counts in a list of the dead
        ("Officials condemned the killing of a village chief, two of his sons and a teacher in an ambush.", 4),
        ("A roadside bomb killed a soldier, his wife and their two children near the border.", 4),
        ("The bomb killed the mayor, a guard and 3 bystanders on Monday.", 5),
        ("A car bomb went off beside his car, killing him and two of his bodyguards, police said.", 3),
        ("A car bomb exploded outside a bank, killing a security guard, two passersby and a policeman.", 4),
        ("Mourners recalled the murder of the six priests, a cook, and her daughter at the seminary.", 8),
        # the dead a relative clause counts are the people it is about
        ("Relatives buried four aid workers, three of them doctors, who were killed on Thursday.", 4),
        # an age after a name is no one dead, nor are hours
        ("Gunmen killed a trader, 45, in the market.", 1),
        ("The blast killed a man and two hours later police sealed the street.", 1),
    ],
)
def test_lists_of_the_dead(text, value):
    assert find_death_count(text).quantity.value == value


@pytest.mark.parametrize(
    "text",
    [
        "A gang threatened on Friday to kill 20 police officers for every member it loses.",
        "The group vowed in a leaflet to kill ten judges.",
    ],
)
def test_a_threat_to_kill_is_no_toll(text):
    assert find_death_count(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a number in a speaker's name is no one dead
        ("The watchdog Article 19 said four reporters had been killed in the region.", 4),
        ("UN Resolution 2401 said at least 30 civilians were killed in the siege.", 30),
        # 'hacked to death' with the dead after it
        ("Militiamen hacked to death at least 14 farmers in a dawn raid.", 14),
        ("Attackers hacked to death six villagers and burned their huts.", 6),
        ("A mob hacked to death a trader accused of theft.", 1),
        # the death that set a protest off is no toll of the protest
        ("Students rallied in the city centre after a classmate was killed by a stray bullet on Friday.", None),
        # bodies found are the dead
        ("The bodies of nine men with bound hands were found beside a highway on Sunday.", 9),
        # a victim told right after a dateline's dash
        ("LIMA (AP) - A Quechua community leader was shot to death on Friday near his farm.", 1),
        # what the killers did next is no count of the dead
        ("Raiders killed seven herders and took 400 goats from the camp.", 7),
        ("Bandits killed 21 villagers and stole hundreds of cattle, officials said.", 21),
    ],
)
def test_speakers_names_and_deaths_told_after_the_manner(text, value):
    found = find_death_count(text)
    assert (found.quantity.value if found else None) == value
