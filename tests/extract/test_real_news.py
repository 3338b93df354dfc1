"""Reading real news: the failure modes seen on wire reports, each on sentences written for these tests."""

from datetime import date

import pytest

from sitrep.extract import extract_text
from sitrep.records import Precision


def events_of(text, published=date(2024, 3, 9)):
    return extract_text(text, published).events


_LONG_TAIL = (
    "\n\nThe interior minister called an emergency meeting of the cabinet on Monday to discuss the attacks, "
    "which business leaders say are driving investors away. Banks closed their doors early across the country, "
    "and the central bank said it would review the security of its branches before the end of the month.\n\n"
    "Opposition deputies demanded that the minister appear before congress to explain why the security forces "
    "had failed to prevent the latest attack, the fourth against a bank since January. The government said on "
    "Tuesday that it would publish a full account of the investigation once the prosecutors had finished."
)


# 1. Incidents told in noun phrases or as background
def test_incident_told_as_a_noun_phrase_is_an_event():
    text = (
        "The government offered a reward on Saturday for information on the murder of the mayor of Tumaco, "
        "Narino, Colombia.\n\nOfficials met to discuss the budget."
    )
    found = events_of(text)
    assert found, "the murder of the mayor is an incident"
    assert found[0].place.country == "Colombia"


def test_a_tally_over_the_past_days_is_no_incident():
    text = (
        "The defence ministry said on Friday that 312 soldiers, rebels and civilians had been killed or wounded "
        "in the past 5 days of fighting in Morazan, El Salvador." + _LONG_TAIL
    )
    assert not [e for e in events_of(text) if any("312" in ev.sentence for ev in e.evidence)]


def test_a_murder_blamed_on_rebels_is_an_attack_not_a_battle():
    text = (
        "The president of Ecuador blamed rebels on Sunday for the murder of the newspaper columnist Rosa Vega "
        "in Guayaquil, Guayas, Ecuador." + _LONG_TAIL
    )
    event = events_of(text)[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_rebels_who_assassinate_an_army_officer_fight_a_battle():
    event = events_of("Rebels assassinated an army intelligence officer in Cali, Valle del Cauca, Colombia, on Friday.")[0]
    assert event.event_type == "Battles"


# 2. Roles: sources are not actors, victims are not perpetrators, named groups are actors
def test_the_source_of_a_report_is_never_an_actor():
    event = events_of("Four farmers were killed in Gusau, Zamfara, Nigeria, on Tuesday, police said.")[0]
    assert event.fatalities.value == 4
    assert "Police" not in (event.actor1.name or "")
    event = events_of("Unknown attackers torched a church in Gusau, Zamfara, Nigeria, on Tuesday, the police said.")[0]
    assert event.actor2 is None or "Police" not in (event.actor2.name or "")


def test_according_to_the_army_does_not_make_a_foreign_army_the_perpetrator():
    event = events_of("Three soldiers were killed near Kidal, Mali, on Sunday, according to the army.")[0]
    assert event.fatalities.value == 3
    assert "France" not in (event.actor1.name or "") and "France" not in (event.actor2.name if event.actor2 else "")


def test_a_demonym_names_the_state_whose_army_acted():
    text = (
        "The Burkinabe army struck a rebel camp near Djibo, Burkina Faso, on Friday, killing 12 fighters, "
        "a military source said."
    )
    event = events_of(text)[0]
    assert event.actor1.name.startswith("Military Forces of Burkina Faso")


def test_a_named_group_that_shelled_is_the_actor_not_the_state():
    text = (
        "KHARTOUM, 9 Mar (Wire) -- The Rapid Support Forces shelled a market in Omdurman, Sudan, on Friday, "
        "killing 15 civilians, medics said."
    )
    event = events_of(text)[0]
    assert "Rapid Support Forces" in (event.actor1.name or event.actor1.text)
    assert event.fatalities.value == 15


def test_a_known_group_is_named_as_the_dataset_names_it():
    event = events_of("Fighters of the M23 seized Rubaya, North Kivu, DR Congo, on Tuesday, officials said.")[0]
    assert event.actor1.name == "M23: March 23 Movement" and event.actor1.actor_id == "m23"


def test_a_group_outside_the_knowledge_base_is_a_provisional_actor():
    event = events_of("Fighters of the Twirwaneho militia seized Minembwe, South Kivu, DR Congo, on Tuesday.")[0]
    assert event.actor1.name == "Twirwaneho" and event.actor1.actor_id.startswith("prov:")


def test_named_groups_found_in_text_become_actors():
    text = (
        "LIMA, 9 Mar (Wire) -- Shining Path guerrillas dynamited a power pylon in Huancayo, Junin, on Friday "
        "night, leaving the city without electricity, police said."
    )
    event = events_of(text)[0]
    assert event.actor1 is not None and "Shining Path" in (event.actor1.name or "")
    assert any(w.kind == "Explosives" for w in event.weapons) or event.targets


def test_victims_are_recorded_with_their_effect():
    text = (
        "Gunmen shot dead two teachers and wounded a student at a school in Maiduguri, Borno, Nigeria, "
        "on Monday, police said."
    )
    event = events_of(text)[0]
    assert event.fatalities.value == 2
    assert event.victims, "the teachers and the student are victims"
    assert all(v.evidence is not None for v in event.victims)


# 3. Datelines
def test_dateline_is_metadata_never_the_event_place():
    from sitrep.ingest.dateline import find_dateline

    line = find_dateline("SANAA, 14 Jan (Wire) — Coalition jets struck a school in Saada on Saturday.")
    assert line is not None and line.place == "SANAA" and line.agency == "Wire"
    text = "SANAA, 9 Mar (Wire) — Coalition jets struck a fuel depot in Saada, Yemen, on Thursday, killing five guards."
    event = events_of(text)[0]
    assert event.place.text == "Saada" and event.place.country == "Yemen"
    assert event.date.start == date(2024, 3, 7)


def test_a_dateline_without_a_place_in_the_body_gives_only_the_country():
    text = "NEW DELHI — Unidentified attackers threw a grenade at a police post on Tuesday, injuring two officers."
    event = events_of(text)[0]
    assert event.place is None or event.place.name != "New Delhi"


def test_an_incident_told_without_a_town_is_placed_near_the_town_the_report_was_filed_from():
    lead = (
        "LIMA, 12 Jun (Wire) -- A car bomb exploded outside a bank branch in Peru this morning, wounding four guards."
    )
    event = extract_text(lead + _LONG_TAIL, date(1990, 6, 12)).events[0]
    assert event.place.name == "Lima" and event.place.geo_precision == 2  # near it, not a place the text names


def test_a_report_filed_from_abroad_does_not_place_the_incident_in_its_dateline_town():
    lead = (
        "MADRID, 12 Jun (Wire) -- A car bomb exploded outside a bank branch in Peru this morning, wounding four guards."
    )
    event = extract_text(lead + _LONG_TAIL, date(1990, 6, 12)).events[0]
    assert event.place.name == "Peru" and event.place.country == "Peru"


# 4. Tolls
def test_shot_and_killed_is_one_death():
    text = "Mayor Juan Perez was shot and killed outside his home in Cali, Colombia, on Wednesday."
    assert events_of(text)[0].fatalities.value == 1


def test_no_one_was_killed_is_zero():
    text = "A bomb exploded outside a bank in Quetta, Pakistan, on Friday. No one was killed, police said."
    assert events_of(text)[0].fatalities.value == 0


def test_arrests_do_not_count_as_deaths():
    text = "Police dispersed a protest in Lagos, Nigeria, on Saturday; 27 people were arrested and no one was killed."
    event = events_of(text)[0]
    assert event.fatalities is None or event.fatalities.value == 0


def test_headline_and_body_tolls_do_not_add_up():
    text = (
        "MOGADISHU CAR BOMB KILLS NINE\n\n"
        "MOGADISHU, 9 MAR 24 (WIRE) -- A CAR BOMB EXPLODED NEAR A CHECKPOINT YESTERDAY, KILLING NINE PEOPLE, "
        "OFFICIALS SAID."
    )
    found = events_of(text)
    assert len(found) == 1, "the headline announces the incident the body tells"
    assert found[0].fatalities.value == 9 and found[0].date.start == date(2024, 3, 8)


def test_thousands_killed_is_no_toll():
    text = (
        "Thousands are killed on the battlefield every month, the minister said on Monday in Kyiv, Ukraine, "
        "as he appealed for more air defence."
    )
    for event in events_of(text):
        assert event.fatalities is None or event.fatalities.value != 1000


def test_a_sentence_that_sums_up_years_of_killings_is_no_event_and_names_no_perpetrator():
    text = (
        "Gunmen kill nine at a wedding in northern Nigeria\n\n"
        "Gunmen on motorbikes opened fire on guests at a wedding in the village of Tsafe, Zamfara, Nigeria, on "
        "Saturday, killing nine people, a police spokesman said.\n\n"
        "Groups allied to Islamic State have killed thousands of people in the northeast since 2009."
    )
    assert events_of(text)[0].fatalities.value == 9  # read as one note
    text += _LONG_TAIL
    found = events_of(text)
    assert len(found) == 1 and found[0].fatalities.value == 9
    assert found[0].actor1.name.startswith("Unidentified Armed Group")


# Figures that are not the toll: (report, toll)
NOT_THE_TOLL = {
    "a side's boast beside the toll others report": (
        "Fighters stormed an army post near Jilib, Middle Juba, Somalia, on Tuesday. An army officer said four "
        "soldiers were killed. The militants said in a statement on their radio that they had killed 25 soldiers.",
        4,
    ),
    "the sources counted after a toll": (
        "Fighters overran an army post near Menaka, Mali, on Friday, killing at least nine soldiers, "
        "two military sources said.",
        9,
    ),
}


@pytest.mark.parametrize("case", NOT_THE_TOLL)
def test_figures_that_are_not_the_toll(case):
    text, toll = NOT_THE_TOLL[case]
    assert events_of(text)[0].fatalities.value == toll


def test_a_group_name_with_a_number_is_no_strength_claim():
    text = "M23 rebels seized the town of Rubaya in North Kivu, DR Congo, on Tuesday after heavy fighting."
    claims = extract_text(text, date(2024, 3, 9)).claims
    assert not any(c.value and c.value.value == 23 for c in claims)
    text = "THE M23 REBELS SEIZED THE TOWN OF RUBAYA IN NORTH KIVU ON TUESDAY, OFFICIALS SAID."
    event = events_of(text)[0]
    assert event.place is not None and event.place.country == "Democratic Republic of Congo"


# 5. All-capitals text
def test_all_capitals_text_is_read_like_mixed_case():
    text = (
        "LIMA, 9 MAR 24 (WIRE) -- [TEXT] THE SITUATION IS TENSE IN AYACUCHO AFTER GUERRILLAS KILLED THREE "
        "PEASANTS IN HUANTA ON THURSDAY, POLICE REPORTED TODAY."
    )
    event = events_of(text, None)[0]
    assert event.actor1 is None or "Islamic State" not in (event.actor1.name or "")
    assert event.place.country == "Peru"
    assert event.fatalities.value == 3
    assert event.date.start == date(2024, 3, 7)
    assert event.evidence[0].sentence.isupper(), "evidence is shown as written"


# 6. Name collisions
def test_an_acronym_inside_a_place_name_is_no_actor():
    text = "SAN SALVADOR, 9 MAR 24 -- [TEXT] A BOMB EXPLODED AT A BUS TERMINAL IN SANTA ANA ON FRIDAY, INJURING FOUR."
    event = events_of(text, None)[0]
    assert event.actor1 is None or "Afghan" not in (event.actor1.name or "")
    assert event.place.name == "Santa Ana" and event.date.start == date(2024, 3, 8)


def test_a_nationality_is_no_town_spelt_like_it():
    text = (
        "MEXICO CITY (MEXICO), 4 MAR 24 (WIRE) -- [TEXT] THE MEXICAN FOREIGN MINISTRY HAS ASKED PERU TO HELP SECURE THE "
        "RELEASE OF THE MEXICAN ENGINEER LUIS ORTEGA, WHO WAS KIDNAPPED LAST FRIDAY BY A PERUVIAN REBEL GROUP.\n\n"
        "THE MINISTRY SAID IT HAD MADE THE REQUEST THROUGH ITS EMBASSY IN LIMA AND THAT IT HAD CONFIRMED THE KIDNAPPING "
        "ON SUNDAY. ORTEGA WORKS FOR A MEXICAN CONSTRUCTION COMPANY."
    )
    places = [e.place for e in events_of(text, date(2024, 3, 4)) if e.place]
    assert places and all(p.name != "Maxcanú" and p.country != "Mexico" for p in places)


def test_a_city_is_placed_in_the_country_the_report_is_about():
    text = "SANTIAGO, 9 Mar (Wire) -- Students clashed with Chilean police in central Santiago on Friday over pension reform."
    event = events_of(text)[0]
    assert event.place.country == "Chile" and event.actor1.name == "Rioters (Chile)"


# 8. Relative dates in roundups
def test_a_weekday_in_a_weekly_roundup_is_the_day_it_names():
    text = (
        "Mali security digest, week to 9 March 2024\n\n"
        "Gao: On Monday, gunmen killed two traders at the market.\n\n"
        "Menaka: On Wednesday, a roadside bomb wounded four soldiers."
    )
    found = events_of(text, date(2024, 3, 9))
    days = sorted(e.date.start for e in found if e.date.precision is Precision.DAY)
    assert days == [date(2024, 3, 4), date(2024, 3, 6)]
    assert all("France" not in (e.actor1.name or "") + (e.actor2.name if e.actor2 else "") for e in found)


def test_the_attackers_of_a_named_group_are_not_its_victims():
    text = "Gunmen from Boko Haram abducted 40 girls from a school in Damboa, Borno, Nigeria, on Monday night."
    event = events_of(text)[0]
    assert "Boko Haram" in event.actor1.name
    assert event.actor2 is not None and event.actor2.name == "Civilians (Nigeria)"


def test_a_group_named_in_its_deed_is_the_actor():
    text = "On 2 May 2023, two farmers were killed when their cart hit a Taliban-planted mine in Girishk, Helmand."
    assert events_of(text)[0].actor1.name == "Taliban"


def test_unknown_attackers_stay_unknown_beside_a_named_target():
    text = "On 3 May 2023, unidentified gunmen opened fire on a group of Al-Shabaab fighters in Jilib, Somalia."
    event = events_of(text)[0]
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_police_who_arrive_or_are_hit_are_not_the_perpetrators():
    text = (
        "Police rushed to the scene after a bomb exploded outside a bank in Quetta, Pakistan, on Friday, wounding six "
        "people.\n\nThe wounded were taken to hospital.\n\nOfficials met the bank's managers on Saturday."
    )
    assert "Police" not in (events_of(text)[0].actor1.name or "")
    text = (
        "A bomb exploded outside a police station in Quetta, Pakistan, on Friday, wounding six policemen.\n\n"
        "Officials met on Saturday to discuss security."
    )
    event = events_of(text)[0]
    assert event.actor1.name.startswith("Unidentified")


def test_a_drone_strike_is_no_protest_crowd():
    text = "A US drone strike on a car in Kabul, Afghanistan, on Sunday killed ten civilians, relatives said."
    event = events_of(text)[0]
    assert event.actor2.name == "Civilians (Afghanistan)"


def test_a_states_airstrike_names_its_army_not_the_group_it_says_it_targeted():
    # acled fit actor1 83.9 -> 84.1 ('Israeli airstrikes' notes); tune, held-out and muc4 unchanged
    text = (
        "Air strike on market kills 14, medics say\n\n"
        "A Turkish airstrike hit a crowded market in Qamishli, Hasakah, Syria, on Saturday, killing 14 people, "
        "hospital staff said. The Turkish defence ministry said it had targeted Kurdistan Workers' Party "
        "fighters who were using a nearby warehouse."
    )
    event = events_of(text)[0]
    assert event.actor1.name.startswith("Military Forces of Turkey")
    assert event.actor2 is None or "Protesters" not in event.actor2.name


def test_the_group_that_claimed_a_bombing_is_its_actor_not_the_party_it_bombed():
    text = (
        "Islamic State claims bombing of party rally that killed 31\n\n"
        "QUETTA, Pakistan, May 3 (Wire) - Islamic State claimed responsibility on Friday for a suicide bombing "
        "at a rally of the Jamiat Ulema-e-Islam party in the town of Mastung, Balochistan, on Thursday that "
        "killed 31 people, police said." + _LONG_TAIL
    )
    event = events_of(text, date(2024, 5, 3))[0]
    assert event.actor1.name.startswith("Islamic State")


def test_no_group_claiming_an_abduction_is_no_second_incident():
    # muc4 tune place 54.5 -> 55.8 (the state and its capital are one place to the story)
    text = (
        "Gunmen abduct 15 pupils from school in Katsina state\n\n"
        "ABUJA, May 3 (Wire) - Armed men abducted at least 15 pupils from a primary school in Dutsin-Ma, in "
        "northwestern Nigeria's Katsina state, on Thursday, residents said.\n\n"
        "A Katsina police spokesman said officers had been deployed to find the children. No group has claimed "
        "responsibility, but armed gangs often kidnap pupils for ransom." + _LONG_TAIL
    )
    found = [e for e in events_of(text, date(2024, 5, 3)) if e.event_type != "Strategic developments"]
    assert len(found) == 1


def test_the_force_that_lost_men_in_a_short_report_is_the_target_not_the_attacker():
    # acled tune actor1 73.0 -> 73.5, actor2 73.0 -> 73.7 (a force named only as the victims is actor2)
    for text in (
        "Men on motorbikes shot and killed two policemen at a checkpoint near Maiduguri, Borno, Nigeria, on 3 May 2023.",
        "Two policemen were shot dead at a checkpoint near Maiduguri, Borno, Nigeria, on 3 May 2023.",
    ):
        event = events_of(text)[0]
        assert event.actor1.name.startswith("Unidentified Armed Group")
        assert event.actor2.name.startswith("Police Forces of Nigeria")


def test_a_pandemic_in_the_background_does_not_make_a_protest_no_event():
    # acled tune: notes yielding no event 11 -> 4 of 437; event type 90.2 -> 91.1, actor1 77.6 -> 78.3
    text = (
        "On 3 June 2021, in Acapulco, Guerrero, Mexico, residents blocked a road demanding water deliveries during "
        "the coronavirus pandemic."
    )
    (event,) = events_of(text)
    assert event.event_type == "Protests"
    assert not events_of("On 3 June 2021, the health ministry said 40 people tested positive for the coronavirus.")


def test_unnamed_jihadists_are_acleds_islamist_militia_of_the_country():
    # acled tune actor1 78.3 -> 78.7, actor2 73.2 -> 73.5
    for text, country in (
        (
            "On 3 May 2021, suspected Islamic militants attacked a village near Macomia, Cabo Delgado, Mozambique.",
            "Mozambique",
        ),
        (
            "On 3 May 2021, jihadist fighters attacked a village near Djibo, Soum, Burkina Faso, burning 30 homes.",
            "Burkina Faso",
        ),
    ):
        event = events_of(text)[0]
        assert event.actor1.name == f"Islamist Militia ({country})" and event.inter1 == 3
    text = "On 3 May 2021, Islamist fighters of Al-Shabaab attacked an army base near Jilib, Somalia."
    assert events_of(text)[0].actor1.name == "Al Shabaab"


def test_suspected_before_the_dead_is_no_accusation():
    text = (
        "On 4 March 2021, 5 suspected Taliban militants were killed following an attack by Afghan forces in Chak "
        "district, Wardak, Afghanistan."
    )
    event = events_of(text)[0]
    assert event.actor1.name.startswith("Military Forces of Afghanistan") and event.actor2.name == "Taliban"
    text = "On 4 March 2021, gunmen shot dead a teacher in Chak district, Wardak, Afghanistan; police suspected the Taliban."
    assert events_of(text)[0].actor1.name == "Taliban"


def test_a_reported_crowd_size_makes_a_note_a_demonstration():
    # acled tune event type 91.1 -> 93.8, actor1 79.6 -> 82.4
    text = (
        "On 3 June 2021, more than 100 parents gathered in front of a school in Phnom Penh, Cambodia, to demand "
        "lower fees. [size=more than 100]"
    )
    (event,) = events_of(text)
    assert event.event_type == "Protests" and event.actor1.name == "Protesters (Cambodia)"
    text = (
        "On 3 June 2021, villagers beat two suspected cattle thieves and set their truck ablaze in Hajo, Kamrup, "
        "Assam, India. [size=no report]"
    )
    assert events_of(text)[0].event_type in {"Riots", "Protests"}


# Background incidents and the day a report tells them
def _report(*paragraphs):
    return "\n\n".join(paragraphs)


def test_a_killing_in_a_relative_clause_is_an_event():
    text = _report(
        "The president named a new head of the planning council on Tuesday.",
        "The post had been empty since 3 February, when Rafael Ortiz, a former senator, was shot to death in Quito, Ecuador.",
        "The new head will take office next month.",
    )
    found = [e for e in events_of(text) if e.date.start == date(2024, 2, 3)]
    assert found and found[0].place.country == "Ecuador"


def test_a_named_murder_that_is_blamed_on_a_group_is_an_event():
    text = _report(
        "The interior minister has blamed rebels for the murder of the radio presenter Marta Quispe Rojas and said "
        "talks would go on.",
        "The minister spoke to reporters in La Paz, Bolivia, after a cabinet meeting.",
        "He gave no further details.",
    )
    assert events_of(text)


def test_the_day_a_report_was_given_does_not_date_the_incident():
    text = _report(
        "Police reported on Friday that Ana Lopez, a customs official, was kidnapped on 2 March in Tegucigalpa, Honduras.",
        "Her body was found two days later.",
    )
    assert events_of(text)[0].date.start == date(2024, 3, 2)

def test_of_two_days_in_a_sentence_the_deed_takes_its_own():
    text = _report(
        "A judge on Friday ordered the arrest of two officers over the three nuns who were shot dead on "
        "14 February at a convent in Chalatenango, El Salvador.",
        "The officers deny the charge.",
    )
    assert events_of(text)[0].date.start == date(2024, 2, 14)



def test_an_incident_is_placed_by_its_own_sentences_not_by_one_told_between_them():
    text = _report(
        "The Red Front claimed on Friday the kidnapping of a Canadian engineer.",
        "The group's leaders met in Cartagena last year to plan their campaign.",
        "The engineer was kidnapped on Friday in Pereira, Colombia, as he left his office, police said.",
    ) + _LONG_TAIL
    event = events_of(text)[0]
    assert event.place.name == "Pereira"


def test_a_group_that_claimed_credit_is_the_actor_not_the_police_who_defused_a_second_bomb():
    text = (
        "LIMA, 4 MAR 90 (WIRE) -- [TEXT] A BOMB EXPLODED TODAY IN A BANK IN LIMA, AND A SECOND BOMB LEFT IN THE "
        "SAME BRANCH WAS DEFUSED BY THE POLICE. NOBODY WAS HURT. REBELS OF THE TUPAC AMARU REVOLUTIONARY "
        "MOVEMENT (MRTA) HAVE CLAIMED CREDIT FOR THE ATTACK."
    )
    assert events_of(text, date(1990, 3, 4))[0].actor1.name == "Tupac Amaru Revolutionary Movement"


# Tolls counted by the parse, and numbers that count the killers
def test_every_person_listed_as_killed_is_counted():
    # gtd held-out fatalities 87.7 -> 88.8, acled_asia_2015 87.7 -> 88.0, muc4 48.7 -> 50.0 (acled tune -0.2)
    text = _report(
        "Gunmen assassinated Mayor Ana Ruiz and her bodyguard outside the town hall in Cali, Colombia, on Monday."
    ) + _LONG_TAIL
    assert events_of(text)[0].fatalities.value == 2


def test_a_toll_counts_the_people_listed_after_the_first():
    event = events_of("Soldiers killed the mayor and his two sons in Cali, Colombia, on Monday.")[0]
    assert event.fatalities.value == 3


def test_a_number_before_an_active_kill_counts_the_killers():
    text = _report(
        "Three gunmen killed a judge outside a court in Cali, Colombia, on Monday.",
        "The attackers fled on motorcycles.",
    )
    assert events_of(text)[0].fatalities.value == 1


# Datelines and demonyms that look like places
def test_a_santiago_dateline_is_chile_not_a_dominican_province():
    text = (
        "SANTIAGO, 21 Mar (Radio) -- Two men shot a retired air force general at his office this morning.\n\n"
        "He was taken to the military hospital."
    )
    event = events_of(text)[0]
    assert event.place.country == "Chile"


def test_who_says_what_happened_is_not_its_perpetrator():
    text = (
        "SAN SALVADOR, 11 NOV 89 (WIRE) -- [TEXT] THE SALVADORAN GOVERNMENT HAS SAID THAT TODAY'S ROCKET ATTACK ON "
        "THE TREASURY POLICE HEADQUARTERS WAS CARRIED OUT BY URBAN GUERRILLAS FIRING FROM A NEARBY HILL.\n\n"
        "THREE POLICEMEN WERE WOUNDED, THE GOVERNMENT SAID."
    )
    event = extract_text(text, date(2024, 3, 9), dataset="gtd").events[0]
    assert event.actor1 is None or "government" not in (event.actor1.name or "").lower()


# Background after the incident does not type it
def test_a_denied_arrest_after_a_raid_does_not_make_it_an_arrest():
    text = (
        "Gunmen shot dead three shopkeepers in a market in Maiduguri, Nigeria, on Thursday, witnesses said. "
        "No one has been arrested."
    )
    event = events_of(text)[0]
    assert event.event_type != "Strategic developments"


def test_talks_mentioned_as_background_do_not_make_an_attack_an_agreement():
    text = (
        "Rebels ambushed an army patrol near Tame, Arauca, Colombia, on Sunday, killing four soldiers. "
        "The group has held peace talks with the government since last year."
    )
    event = events_of(text)[0]
    assert event.event_type == "Battles"


# A day of the month is no one's death
def test_the_day_in_a_dateline_is_not_added_to_the_toll():
    text = (
        "Villages raided in northern Burkina Faso\n\n"
        "OUAGADOUGOU, May 9 - Jihadist fighters killed at least seven herders near Djibo, Burkina Faso, "
        "local sources said."
    )
    assert events_of(text, date(2024, 5, 9))[0].fatalities.value == 7


# A country's name is the country
def test_a_country_named_in_the_text_is_not_its_namesake_town():
    text = (
        "Gunmen killed two teachers in Mozambique on Monday, the education ministry said. "
        "The ministry did not say where the shooting happened."
    )
    place = events_of(text)[0].place
    assert (place.country, place.level) == ("Mozambique", "country")


def test_a_dateline_with_a_long_country_name_is_read_as_a_dateline():
    text = (
        "Farmers killed in eastern Congo\n\n"
        "BENI, Democratic Republic of Congo, May 9 (Wire) - Suspected rebels killed eight farmers overnight in a "
        "village in North Kivu province, a local official said."
    )
    event = events_of(text, date(2024, 5, 9))[0]
    assert event.place.country == "Democratic Republic of Congo"
    assert event.place.admin1 in {"North Kivu", "Nord-Kivu"}


# Who acted: (report, publication day, actor1 begins with, actor2 begins with or None)
WHO_ACTED = {
    "a group that claimed in an apposition": (
        "A suicide bomber rammed a car into a police post in Bannu, Pakistan, on Wednesday, killing five officers. "
        "Hafiz Gul Bahadur, a faction of the Pakistani Taliban, claimed responsibility.",
        date(2024, 3, 9),
        "TTP",
        None,
    ),
    "not the victims of a headline": (
        "Four soldiers killed in Colombia as ELN raids army post\n\n"
        "BOGOTA, May 9 (Wire) - Guerrillas of the National Liberation Army (ELN) attacked an army post in Tame, "
        "Arauca, with explosives on Thursday, killing four soldiers, the army said.",
        date(2024, 5, 9),
        "Army of National Liberation",
        "Military Forces of Colombia",
    ),
    "an army fighting a militia": (
        "Heavy fighting between the Ethiopian army and local militiamen near Gondar, Amhara, Ethiopia, on Monday "
        "left dozens dead, residents said.\n\nThe fighting resumed on Wednesday near the airport, a doctor said.",
        date(2024, 3, 9),
        "Military Forces of Ethiopia",
        None,
    ),
    "a force telling of its own strike": (
        "Roundup\n\nOUAGADOUGOU, Sept 9 - The main security incidents of the week.\n\n"
        "On Friday, the army said it had destroyed a militant camp near Arbinda in an air strike.",
        date(2024, 9, 9),
        "Military Forces of Burkina Faso",
        None,
    ),
    "a gang the report names": (
        "Members of the Kraze Baryè gang opened fire on residents of a suburb of Port-au-Prince, Haiti, on Saturday, "
        "killing nine people, a rights group said.\n\nPolice arrived hours later, and on Monday officers searched "
        "the area.",
        date(2024, 3, 9),
        "Kraze Baryè",
        None,
    ),
}


@pytest.mark.parametrize("case", WHO_ACTED)
def test_who_acted(case):
    text, published, actor1, actor2 = WHO_ACTED[case]
    event = events_of(text, published)[0]
    assert event.actor1.name.startswith(actor1)
    assert actor2 is None or event.actor2.name.startswith(actor2)


def test_the_dateline_city_is_not_a_victim():
    text = (
        "QUETTA, Pakistan, May 9 — A suicide bomber drove a car packed with explosives into a police checkpoint "
        "on Thursday, killing four policemen, officials said."
    )
    event = events_of(text, date(2024, 5, 9))[0]
    assert [v.text for v in event.victims] == ["four policemen"]


def test_a_state_air_force_quoted_as_a_source_is_not_the_actor_of_the_strike():
    text = (
        "Russian missiles hit Zaporizhzhia shopping centre\n\n"
        "KYIV, Aug 20 (Wire) - The death toll from a Russian missile strike on a shopping centre in the "
        "southern Ukrainian city of Zaporizhzhia rose to six on Tuesday after rescuers found two more bodies, "
        "the regional governor said.\n\nThe strike on Monday evening also wounded 18 people, he said.\n\n"
        "Ukraine's air force said Russia had fired three missiles at the city."
    )
    event = events_of(text, date(2024, 8, 20))[0]
    assert event.actor1.name == "Military Forces of Russia"
    assert event.fatalities.value == 6


def test_a_count_since_a_campaign_began_is_no_incident_toll():
    text = (
        "A candidate for mayor was shot dead in Acapulco, Guerrero, Mexico, on Friday, prosecutors said.\n\n"
        "At least 20 candidates have been killed across the country since the campaign began in the autumn."
    )
    assert all(e.fatalities is None or e.fatalities.value < 20 for e in events_of(text))


def test_the_dateline_city_lends_no_province_to_a_village_the_body_names():
    text = (
        "YANGON, May 9 — A military air strike hit a school in Sagaing region on Thursday, killing six children, "
        "residents said. A jet dropped two bombs on the school in Let Pan Hla village shortly before noon."
    )
    assert events_of(text, date(2024, 5, 9))[0].place.admin1 == "Sagaing"


def test_a_dateline_naming_its_country_in_brackets_is_neither_actor_nor_date():
    text = "SANTA ANA (EL SALVADOR), 3 APR 90 (WIRE) -- [TEXT] GUNMEN SHOT DEAD A JUDGE YESTERDAY AS HE LEFT HIS COURT."
    event = events_of(text, date(1990, 4, 3))[0]
    assert event.actor1.name != "Military Forces of El Salvador"  # 'ANA' of the dateline is not the Afghan army
    assert event.date.start == date(1990, 4, 2) and event.place.country == "El Salvador"


def test_a_town_in_a_dateline_is_the_namesake_in_the_country_it_names():
    from sitrep.extract.context import dateline_entry
    from sitrep.ingest.dateline import find_dateline

    entry = dateline_entry(find_dateline("SANTA ANA (EL SALVADOR), 3 APR 90 (WIRE) -- [TEXT] A BUS WAS BURNED."))
    assert entry.country == "El Salvador"
    entry = dateline_entry(find_dateline("NO CITY (PERU), 3 APR 90 (WIRE) -- [TEXT] A BRIDGE WAS BLOWN UP."))
    assert entry.level == "country" and entry.country == "Peru"


def test_a_modal_in_another_clause_does_not_make_a_told_killing_hypothetical():
    text = (
        "Church leaders will meet the president on Friday, who has voiced his alarm after a death squad "
        "shot dead four teachers in a village near the border on Tuesday.\n\n"
        "In the north, rebels threatened on Wednesday to attack the town of Kidal before the elections, and "
        "the army said it could send more troops to the region within days."
    )
    events = events_of(text)
    assert len(events) == 1 and events[0].fatalities.value == 4


@pytest.mark.parametrize("victims", ["three union leaders", "a judge", "two priests", "the town's mayor"])
def test_gunmen_killing_people_for_who_they_are_is_violence_against_civilians(victims):
    text = f"Gunmen shot dead {victims} in Kano on Monday, police said."
    assert events_of(text)[0].event_type == "Violence against civilians"


def test_a_group_that_says_it_carried_out_the_attack_is_its_actor_not_a_source():
    text = (
        "MOGADISHU, March 3 (Reuters) - A suicide bomber drove a car packed with explosives into a security "
        "checkpoint near the parliament building in the Somali capital on Tuesday, killing at least nine people, "
        "police said.\n\nAl Shabaab, the al Qaeda-linked insurgent group, said in a statement on its radio station "
        "that it had carried out the attack and that it had killed 15 soldiers. Hospital officials said 12 people "
        "had died and more than 20 were wounded.\n\n\"The car exploded when the soldiers tried to stop it,\" a "
        "police officer said by phone. The blast destroyed several nearby shops and a minibus." + _LONG_TAIL
    )
    event = events_of(text, date(2026, 3, 5))[0]
    assert event.actor1.name == "Al Shabaab"
    assert event.place.name == "Mogadishu"
    assert event.fatalities.value in (9, 12)  # the police's or the hospital's figure, not the group's boast of 15


def test_a_states_artillery_named_by_its_demonym_is_that_states_army():
    text = (
        "Russian artillery shelled the town of Kupiansk, Ukraine, on Sunday afternoon, killing a 58-year-old man "
        "and wounding a child, the regional governor said." + _LONG_TAIL
    )
    event = events_of(text)[0]
    assert event.actor1.name.startswith("Military Forces of Russia")
    assert event.fatalities.value == 1


def test_a_country_acting_in_one_incident_is_not_the_actor_of_another():
    text = (
        "Turkish jets struck a village near Zakho, Iraq, on Monday, killing three shepherds, local officials said."
        "\n\nIn a separate incident, gunmen shot dead two traffic policemen at a checkpoint in Kirkuk, Iraq, on "
        "Tuesday, police said." + _LONG_TAIL
    )
    events = events_of(text)
    kirkuk = next(e for e in events if e.place and e.place.name == "Kirkuk")
    assert not kirkuk.actor1.name.startswith("Military Forces of Turkey")


def test_a_headline_announcing_two_incidents_lends_each_only_its_own_toll():
    text = (
        "Drones hit grain silos in Odesa; two killed in Kharkiv shelling\n\n"
        "Drones struck grain silos in the port of Odesa, Ukraine, overnight, injuring three workers, the regional "
        "governor said on Monday.\n\nIn a separate attack, artillery shelled the city of Kharkiv on Sunday evening, "
        "killing two people, local officials said." + _LONG_TAIL
    )
    odesa = next(e for e in events_of(text) if e.place and e.place.name == "Odesa")
    assert not (odesa.fatalities and odesa.fatalities.value)


# The month March is no protest march
def test_a_march_dateline_does_not_make_an_attack_a_riot():
    text = (
        "NIAMEY, March 4 (Wire) - Gunmen on motorcycles stormed a market in Tillaberi, Niger, on Monday, "
        "killing 14 traders, a local official said on Tuesday.\n\n"
        "The attackers looted shops and burned stalls before fleeing, the official said."
    )
    event = events_of(text, date(2024, 3, 5))[0]
    assert event.event_type in {"Violence against civilians", "Battles"}
    assert event.event_type not in {"Riots", "Protests"}


def test_a_protest_march_is_still_a_protest():
    event = events_of("Thousands of teachers marched through Nairobi, Kenya, on 4 March 2024 to demand higher pay.")[0]
    assert event.event_type == "Protests"


def test_the_month_march_is_no_crowd_word():
    from sitrep.extract.classify import has_trigger, without_month_march

    assert without_month_march("On 16 March 2024 and since early March") == "On 16 month 2024 and since early month"
    assert without_month_march("a march on parliament") == "a march on parliament"
    assert not has_trigger("The budget was presented in March.")


# A clash has two armed sides
def test_fighters_who_storm_a_village_and_kill_civilians_attack_them():
    text = (
        "Fighters of the Rapid Support Forces stormed a village in North Kordofan, Sudan, on Sunday, killing 31 "
        "civilians and wounding dozens more, a medical group said on Monday.\n\n"
        "The attackers set fire to houses before they withdrew, residents said on Tuesday."
    )
    event = events_of(text, date(2024, 3, 5))[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.name == "Rapid Support Forces"


def test_troops_who_fight_rebels_still_fight_a_battle():
    text = (
        "Troops fought rebels near Goma, Democratic Republic of Congo, on Sunday, killing five fighters, the army "
        "said on Monday.\n\nThe rebels withdrew into the hills after the fighting, residents said on Tuesday."
    )
    assert events_of(text, date(2024, 3, 5))[0].event_type == "Battles"


# A wire report in paragraphs is read as a report, not as one coded note
_RAID_REPORT = (
    "Troops kill six militants in raid near Afghan border\n\n"
    "QUETTA, Pakistan (Wire) — Pakistani security forces raided a militant hideout in Zhob district of "
    "Balochistan on Thursday, killing six insurgents in an exchange of fire, the military said.\n\n"
    "The military said the dead militants belonged to the Pakistani Taliban, the Tehrik-e-Taliban Pakistan.\n\n"
    "In a separate incident, a roadside bomb hit a police van in Kech district, wounding four officers, a "
    "police official said. No group immediately claimed responsibility."
)


def test_a_short_wire_report_with_two_incidents_gives_two_events():
    found = events_of(_RAID_REPORT, date(2024, 3, 8))
    assert len(found) == 2
    assert {e.place.admin2 or e.place.name for e in found} >= {"Zhob", "Kech"} or len({e.place.name for e in found}) == 2


def test_a_force_that_raids_a_group_is_the_actor_and_the_group_is_hit():
    raid = events_of(_RAID_REPORT, date(2024, 3, 8))[0]
    assert raid.actor1.name.startswith("Military Forces of Pakistan")
    assert raid.actor2.name.startswith("TTP")


def test_an_unclaimed_bomb_is_not_pinned_on_a_group_named_elsewhere():
    bomb = events_of(_RAID_REPORT, date(2024, 3, 8))[1]
    assert bomb.actor1.name.startswith("Unidentified Armed Group")


# A state's strike named with its armed forces or junta, and a source is no actor of an incident told elsewhere
@pytest.mark.parametrize(
    "text",
    [
        "Junta air strike kills 12 in Myanmar village\n\n"
        "BANGKOK (Wire) - A Myanmar military air strike on a village in the Magway region killed at least 12 "
        "people on Monday, according to the People's Defence Force in the area and residents.\n\n"
        "A spokesman for the military government did not answer calls on Tuesday.",
        # the group the dead belonged to, in the junta's words, did not act
        "BANGKOK (AFP) - Warplanes of the Myanmar army bombed a monastery in the Magway region, killing about 30 "
        "people, villagers said on Monday.\n\n"
        "A junta spokesman confirmed the raid but said those killed were members of the Arakan Army.",
    ],
)
def test_a_junta_air_strike_names_the_state_military(text):
    event = events_of(text, date(2024, 3, 6))[0]
    assert event.actor1.name.startswith("Military Forces of Myanmar")


# A state's bombs, guns and aircraft named by its demonym name its forces: 'Russian glide bombs hit …'
@pytest.mark.parametrize(
    ("weapon", "state"),
    [("Russian glide bombs", "Russia"), ("Syrian army helicopters", "Syria"), ("Israeli artillery", "Israel")],
)
def test_a_states_weapons_name_its_forces(weapon, state):
    text = (
        f"KYIV, May 25 (AP) — {weapon} hit a residential district of Kharkiv on Saturday evening, wounding 18 "
        "people, regional officials said."
    )
    event = events_of(text, date(2024, 5, 25))[0]
    assert event.actor1.name.startswith(f"Military Forces of {state}")


# Groups a background paragraph names as what militants are tied to are nobody's actor in the incident
def test_groups_named_as_ties_in_the_background_are_not_the_attackers():
    text = (
        "At least 20 killed in attack on Burkina Faso church\n\n"
        "At least 20 worshippers were killed when suspected jihadists opened fire during Sunday mass in a village "
        "in northern Burkina Faso, a local official said on Monday.\n\n"
        "The junta, which seized power in 2022, has struggled to contain militants linked to al-Qaeda and the "
        "Islamic State group who hold large parts of the country."
    )
    event = events_of(text, date(2024, 2, 26))[0]
    assert event.actor1.name.startswith("Unidentified Armed Group")


# The accused's denial ('said its forces had clashed with militias') is evidence, but tells no clash
def test_a_denial_is_evidence_but_does_not_retype_the_killing():
    text = (
        "PORT SUDAN, Sudan, Aug 12 (Wire) - Paramilitary fighters of the Rapid Support Forces killed at least 40 "
        "civilians in an attack on a village near El Fasher in North Darfur on Sunday, a rights group said.\n\n"
        "The RSF denied targeting civilians and said its forces had clashed with army-allied militias in the area."
    )
    event = events_of(text, date(2024, 8, 12))[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert any("denied" in evidence.sentence for evidence in event.evidence)


# A roundup item where the army tells of its aircraft's deed: an air strike, by the army
def test_an_army_that_says_its_aircraft_destroyed_a_base_struck_it_from_the_air():
    text = (
        "Sahel roundup\n\n"
        "BAMAKO, March 4 (Wire) - Here are the main security incidents of the past week.\n\n"
        "MALI: On Thursday, the army said its aircraft destroyed a militant base near Tessit, killing about 30 "
        "fighters."
    )
    event = events_of(text, date(2024, 3, 4))[0]
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.name.startswith("Military Forces of Mali")
    assert event.fatalities.value == 30


# The part of a town an incident's sentence names is its place, at the town's coordinates
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GAZA, May 3 (Wire) - An Israeli air strike hit a house in the Shujaiya neighbourhood of Gaza City on "
            "Friday, killing six people, medics said.\n\nThe army did not comment.",
            ("Shujaiya", "Gaza"),
        ),
        (
            "MEDELLIN, 11 SEP 89 (WIRE) -- A FORMER MAYOR WAS SHOT DEAD TODAY BY GUNMEN IN THE EL POBLADO "
            "NEIGHBORHOOD OF MEDELLIN.\n\nPOLICE SAID THE GUNMEN FLED ON A MOTORCYCLE.",
            ("El Poblado", "Antioquia"),
        ),
    ],
)
def test_a_neighbourhood_named_for_the_incident_is_its_place(text, expected):
    place = events_of(text, date(2024, 5, 3))[0].place
    assert (place.name, place.admin1) == expected
    assert place.latitude is not None and place.geo_precision == 1


# Vigilantes somebody supported are named, not a mob at work: a gang's massacre stays an attack on civilians
def test_a_gang_massacre_blamed_on_support_for_vigilantes_is_an_attack():
    text = (
        "PORT-AU-PRINCE (AP) — Members of the Gran Grif gang opened fire on residents of a town in the Artibonite "
        "region on Thursday, killing at least 70 people, the United Nations said.\n\n"
        "The gang's leader said on social media that the attack punished residents who supported a vigilante group."
    )
    event = events_of(text, date(2024, 10, 4))[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities.value == 70


# A town taken is an event even where the incident model (MUC-4's incidents) doubts the sentence
def test_a_town_a_group_says_it_captured_is_an_event():
    text = (
        "ADDIS ABABA, Aug 14 (Reuters) - A drone strike on a market in the town of Finote Selam in the Amhara region "
        "killed at least 30 people on Sunday, three witnesses and a health worker told Reuters.\n\n"
        "Fano fighters said they had captured the town of Debre Markos on Friday after heavy fighting with federal "
        "troops."
    )
    strike, taken = events_of(text, date(2023, 8, 14))
    assert strike.fatalities.value == 30  # the witnesses who spoke are no toll
    assert taken.sub_event_type == "Non-state actor overtakes territory"
    assert taken.actor1.name == "Fano"


# A village the gazetteer does not list is still the place, never the town the report was filed from
def test_an_unlisted_village_is_the_place_not_the_dateline_city():
    text = (
        "BEIRUT, Jan 8 (AP) — An Israeli airstrike on a car in the south Lebanese village of Khirbet Selm killed a "
        "senior commander of Hezbollah's elite Radwan force on Monday, two security officials said.\n\n"
        "Hezbollah confirmed the death in a statement but did not say how he was killed."
    )
    place = events_of(text, date(2024, 1, 8))[0].place
    assert (place.name, place.country, place.latitude) == ("Khirbet Selm", "Lebanon", None)


# 'captured Laukkaing, a town on the border': the town taken, named before what it is
def test_a_town_captured_named_before_its_kind_is_taken_ground():
    text = (
        "BANGKOK, Jan 5 (Reuters) - An alliance of ethnic minority armed groups said on Friday it had captured "
        "Laukkaing, a town on Myanmar's border with China, after weeks of fighting with junta troops.\n\n"
        "A junta spokesman did not answer calls seeking comment."
    )
    event = events_of(text, date(2024, 1, 5))[0]
    assert (event.sub_event_type, event.place.name) == ("Non-state actor overtakes territory", "Laukkaing")


def test_a_title_case_dateline_makes_a_wire_report_and_gives_no_place():
    text = (
        "Imphal, India — Two villagers were killed and five wounded when armed men opened fire on a village in "
        "Manipur's Bishnupur district on Saturday, police said.\n\n"
        "Security forces have been deployed in the area and a curfew imposed, a senior police officer said."
    )
    event = events_of(text, date(2024, 3, 4))[0]
    assert event.actor1.name.startswith("Unidentified Armed Group")
    assert event.place.name != "Imphal"


# A striking state's demonym says who struck, not where
def test_a_strike_across_a_border_is_placed_where_it_hit():
    event = events_of("An Israeli airstrike hit a house in Khan Younis on Tuesday, killing seven people.")[0]
    assert (event.place.country, event.actor1.name) == ("Palestine", "Military Forces of Israel")
    assert event.sub_event_type == "Air/drone strike"


def test_a_states_jets_over_an_unnamed_place_give_its_country():
    event = events_of("Pakistani jets hit a militant hideout in the northwest on Monday, killing 15 fighters.")[0]
    assert event.place.country == "Pakistan"
    assert event.sub_event_type == "Air/drone strike"


def test_a_states_missile_names_its_forces():
    event = events_of("A Russian missile struck a school in Zaporizhzhia on Friday, killing three people.")[0]
    assert event.actor1.name.startswith("Military Forces of Russia")
    assert event.place.country == "Ukraine"


def test_an_incident_with_only_wounded_has_a_toll_of_zero():
    bomb = events_of(_RAID_REPORT, date(2024, 3, 8))[1]
    assert bomb.fatalities is not None and bomb.fatalities.value == 0


# A sentence that says 'another bombing' tells a second incident, even on the same day or undated
def test_another_explosion_on_the_same_day_is_a_second_incident():
    text = (
        "BOGOTA, 6 May 1990 (Wire) -- A car bomb exploded on Sunday outside a bank in the north of Bogota, "
        "Colombia, wounding four passers-by, police said.\n\n"
        "Another explosion destroyed a power pylon on the road to Soacha on Sunday, cutting electricity to "
        "thousands of homes, the power company said."
    )
    events = events_of(text, date(1990, 5, 6))
    assert len(events) == 2
    assert "pylon" in events[1].evidence[0].sentence


# 'X's murder' names one person killed
def test_a_possessive_murder_is_one_death():
    text = (
        "Security for candidates became the main issue of the campaign after the mayor of Medellin's "
        "assassination on Friday in Medellin, Colombia."
    )
    event = events_of(text, date(1990, 5, 6))[0]
    assert event.fatalities is not None and event.fatalities.value == 1


# A group named with its abbreviation is named by the abbreviation, as the report's own readers name it
def test_a_group_paired_with_its_abbreviation_is_named_by_it():
    text = (
        "SAN SALVADOR, 12 MAR 90 (Wire) -- [TEXT] Guerrillas of the Farabundo Marti National Liberation Front "
        "[FMLN] blew up an electricity pylon in Usulutan, El Salvador, on Sunday night, the army said.\n\n"
        "The pylon fed the towns of the eastern coast, which were left without power."
    )
    event = events_of(text, date(1990, 3, 12))[0]
    assert event.actor1.name == "Farabundo Marti National Liberation Front"
    assert event.actor1.text == "FMLN"


# 'The monks were killed' where the report counts them elsewhere
def test_victims_counted_elsewhere_in_the_report_give_the_toll():
    text = (
        "LIMA, 3 APR 90 (Wire) -- [TEXT] Police in Ayacucho, Peru, said today that four Franciscan monks who ran a "
        "school near Huanta were taken from their house at night.\n\n"
        "The monks were murdered on the road to Huanta on Monday, the police said."
    )
    events = events_of(text, date(1990, 4, 3))
    assert any(e.fatalities is not None and e.fatalities.value == 4 for e in events)


def test_killing_and_abducting_in_one_raid_is_an_attack():
    text = _report(
        "Gunmen stormed a farming village in Sokoto state, Nigeria, on Sunday night, killing 11 people and "
        "abducting at least 25 others, a local official said."
    ) + _LONG_TAIL
    assert events_of(text)[0].sub_event_type == "Attack"


def test_a_war_going_on_since_a_month_is_background_and_a_repelled_assault_is_a_battle():
    text = _report(
        "A drone strike hit a crowded market in El Fasher, Sudan, on Saturday, killing at least 12 civilians, "
        "a rights group said.",
        "The army and the paramilitary Rapid Support Forces have been at war since April 2023.",
        "On Thursday, the army said it had repelled an RSF assault on Babanusa in West Kordofan, killing dozens of fighters.",
    ) + _LONG_TAIL
    events = events_of(text)
    assert not any("at war since" in " ".join(s.sentence for s in e.evidence) for e in events)
    assert any(e.event_type == "Battles" and e.place and e.place.admin1 == "West Kordofan" for e in events)


def test_a_dateline_without_its_year_dates_the_report_in_the_year_the_text_allows():
    text = (
        "GOMA, Jan 12 (Reuters) - M23 rebels shelled a camp for displaced people outside Goma, Congo, on "
        "Wednesday, killing five people, aid workers said.\n\n"
        "The rebels have held much of North Kivu province since November 2023."
    )
    event = extract_text(text, None).events[0]
    assert (event.date.start, event.date.precision) == (date(2024, 1, 10), Precision.DAY)
    assert event.date.inferred


def test_a_weekday_in_a_report_that_only_gives_a_year_stays_undated():
    text = (
        "A mob burned down a dozen shops in a market town of Nakuru county, Kenya, late on Saturday, police said.\n\n"
        "More than 40 people have been killed in land disputes in the county since March 2022."
    ) + _LONG_TAIL
    events = extract_text(text, None).events
    assert events and events[0].date.precision is not Precision.DAY  # no day can be named for 'Saturday'


def test_a_running_toll_since_a_month_is_a_claim_not_an_incident():
    text = _report(
        "Gunmen shot dead a village chief in Tillaberi, Niger, on Tuesday, a local official said.",
        "More than 300 civilians have been killed in the Tillaberi region since June 2023, according to a rights group.",
    ) + _LONG_TAIL
    result = extract_text(text, date(2024, 5, 2))
    assert [e.fatalities.value for e in result.events if e.fatalities] == [1]
    assert any(c.value.value == 300 for c in result.claims)


def test_people_counted_as_killed_in_a_passive_clause_are_victims():
    text = _report(
        "Three police officers were killed and 11 wounded when a car bomb exploded outside a police academy in "
        "Quetta, Pakistan, on Monday, officials said."
    ) + _LONG_TAIL
    victims = [(v.text, v.count, v.effect) for v in events_of(text)[0].victims]
    assert ("Three police officers", 3, "killed") in victims
    assert not any(v.text.startswith(("and ", "when ")) for v in events_of(text)[0].victims)


def test_martyred_is_killed():
    text = _report(
        "Four soldiers were martyred when militants attacked a check post in North Waziristan, Pakistan, on "
        "Friday, the military said."
    ) + _LONG_TAIL
    assert [(v.count, v.effect) for v in events_of(text)[0].victims][:1] == [(4, "killed")]


def test_a_bare_congo_is_the_drc_and_a_group_killing_civilians_has_them_as_actor2():
    text = (
        "KINSHASA, Congo (AP) - Fighters of the Allied Democratic Forces killed at least 18 civilians in a night "
        "raid on a village near Oicha in North Kivu province, a local official said on Thursday."
    ) + _LONG_TAIL
    event = extract_text(text, date(2024, 6, 7)).events[0]
    assert event.place.country == "Democratic Republic of Congo"
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians")


def test_the_bomber_who_wounded_is_not_read_as_one_of_the_wounded():
    text = _report(
        "Five policemen were killed and nine others injured when a suicide bomber blew himself up at the gate of "
        "a police station in Dera Ismail Khan, Pakistan, on Sunday, officials said.",
        "Police spokesman Khalid Anwar told reporters that the attacker had walked up to the gate on foot.",
    ) + _LONG_TAIL
    event = events_of(text)[0]
    assert event.actor1.name.startswith("Unidentified")
    assert event.actor2.name == "Police Forces of Pakistan"
    assert not any(e.actor2 and e.actor2.name.startswith("Civilians") for e in events_of(text))


def test_a_faction_that_claimed_the_attack_is_actor1_and_the_police_it_hit_actor2():
    text = _report(
        "Gunmen fired rockets at a police compound in Tank district, Pakistan, on Monday night, officials said.",
        "District police chief Asif Bahadar said four militants then tried to climb the wall. All four were killed "
        "in the exchange of fire with police that followed, he said.",
        "The Tehrik-i-Taliban Pakistan denied any role, but a new faction, Ittehad-ul-Mujahideen Pakistan, "
        "claimed the attack in a message to journalists.",
    ) + _LONG_TAIL
    event = events_of(text)[0]
    assert (event.actor1.name, event.actor2.name) == ("Ittehad-ul-Mujahideen Pakistan", "Police Forces of Pakistan")


def test_a_headline_toll_takes_its_source_from_the_body_and_a_second_sources_toll_joins_the_event():
    text = (
        "Raid on Ethiopian market town leaves at least 25 dead\n\n"
        "Gunmen attacked the market town of Gida Kiremu in Ethiopia's Oromia region on Sunday, killing at least 25 "
        "people, the Ethiopian Human Rights Commission said Tuesday.\n\n"
        "Traders said the attackers also looted shops. A local administrator, however, put the death toll at 60."
        + _LONG_TAIL
    )
    result = extract_text(text, date(2024, 5, 7))
    event = result.events[0]
    assert event.fatalities_attributed_to == "Ethiopian Human Rights Commission"
    second = [c for c in result.claims if c.value and c.value.value == 60]
    assert second and second[0].event_id == event.id and second[0].attributed_to == "local administrator"


def test_a_country_named_like_its_capital_is_the_country():
    text = _report(
        "Gunmen shot dead a local councillor in Mexico's Michoacan state on Friday, prosecutors said."
    ) + _LONG_TAIL
    place = events_of(text)[0].place
    assert (place.country, place.admin1) == ("Mexico", "Michoacan")


def test_the_group_a_speaker_belongs_to_is_not_the_actor():
    text = _report(
        "A military air strike hit a monastery in Myanmar's Magway region on Thursday, killing 11 people, "
        "said a spokesman for the local People's Defence Force.",
        "The junta has carried out hundreds of air strikes since it seized power.",
    ) + _LONG_TAIL
    event = events_of(text)[0]
    assert event.actor1.name.startswith("Military Forces of Myanmar")


def test_an_age_is_not_a_count_of_victims():
    text = _report("Shelling killed a 58-year-old woman in the village of Kozacha Lopan, Ukraine, on Monday, officials said.")
    assert all(v.count != 58 for v in events_of(text + _LONG_TAIL)[0].victims)


def test_a_roundups_items_keep_their_own_actors():
    text = (
        "West Africa security digest: week to 9 November 2025\n\n"
        "Mali: On Monday, suspected JNIM fighters attacked an army camp at Tessit, in the Gao region, killing at "
        "least six soldiers. The army said it killed 14 assailants while repelling the assault.\n\n"
        "Burkina Faso: On Wednesday, a roadside bomb struck a minibus near Arbinda, Soum province, killing nine "
        "civilians, local sources said.\n\n"
        "Niger: On Friday, Nigerien troops fought Islamic State Sahel fighters near Menaka border posts in the "
        "Tillaberi region; no toll was given."
    )
    events = extract_text(text, date(2025, 11, 9)).events
    by_country = {e.place.country: e for e in events if e.place}
    mali, burkina = by_country["Mali"], by_country["Burkina Faso"]
    assert mali.actor1.name.startswith("JNIM") and mali.actor2.name.startswith("Military Forces of Mali")
    assert burkina.actor1.name.startswith("Unidentified")


def test_a_mine_that_is_dug_is_no_weapon_and_a_target_ends_before_the_time():
    text = _report(
        "Rebels seized the gold mine town of Lomera in South Kivu, Congo, on Tuesday after fighting with the army, "
        "residents said.",
        "Gunmen stormed a school shortly after morning prayers in Zamfara, Nigeria, on Thursday, abducting 40 pupils.",
    ) + _LONG_TAIL
    events = events_of(text)
    assert not any(w.kind == "Explosives" for e in events for w in e.weapons)
    assert any(t.text == "school" for e in events for t in e.targets)


def test_a_state_that_says_it_carried_out_a_strike_is_actor1_and_its_target_actor2():
    text = _report(
        "The U.S. military said on Tuesday it had carried out an airstrike against Islamic State fighters in the "
        "Cal Miskaad mountains of Puntland, Somalia, killing four militants."
    ) + _LONG_TAIL
    event = events_of(text)[0]
    assert event.actor1.name == "Military Forces of the United States"
    assert event.actor2 is not None and "Islamic State" in event.actor2.name


def test_a_war_going_on_since_last_year_names_no_actor_of_a_drone_strike():
    text = _report(
        "A drone strike killed at least 14 people at a market in the town of Bure in Ethiopia's Amhara region on "
        "Monday, two medics said.",
        "The federal army has been fighting the Fano militia in Amhara since last year.",
    ) + _LONG_TAIL
    event = events_of(text)[0]
    assert event.actor1 is None or event.actor1.name.startswith("Unidentified")


def test_a_compass_region_written_as_one_word_is_found_and_a_retaken_prison_is_no_territory():
    text = _report(
        "Gunmen killed four people in a raid on the village of Bali Nyonga in Cameroon's Northwest region on "
        "Sunday, a local official said.",
        "In a separate incident, at least 12 inmates died in a fight between rival gangs at the Turi prison in Kenya "
        "on Monday. Police said they regained control of the prison after several hours.",
    ) + _LONG_TAIL
    events = events_of(text)
    assert events[0].place.admin1 in {"North-West", "Northwest"}
    assert not any(e.sub_event_type and "territory" in e.sub_event_type for e in events)


def test_a_force_owned_by_a_country_in_the_possessive_is_that_countrys():
    text = _report(
        "Ethiopia's army and the Tigray People's Liberation Front signed a ceasefire agreement in Pretoria, "
        "South Africa, on Wednesday, the African Union said."
    ) + _LONG_TAIL
    event = events_of(text)[0]
    assert "Military Forces of Ethiopia" in {event.actor1.name.split(" (")[0], (event.actor2.name if event.actor2 else "").split(" (")[0]}


# Wire idioms read in December 2026 (each fails on the code before it)
def test_a_dateline_is_not_parsed_as_the_subject_of_the_first_sentence():
    text = (
        "BANNU, Pakistan, Oct 9 (Reuters) - Pakistani security forces killed seven militants during an "
        "intelligence-based operation in the South Waziristan district near the Afghan border, the military said on "
        "Monday.\n\nTwo soldiers were also killed in the exchange of fire, the army's press office added in a "
        "statement. It did not name the group the militants belonged to, but such raids usually target the "
        "Pakistani Taliban."
    )
    event = events_of(text, date(2024, 10, 9))[0]
    assert event.actor1.name.startswith("Military Forces of Pakistan")  # was the Pakistani Taliban


def test_a_count_over_the_past_year_is_neither_an_incident_nor_part_of_one():
    text = (
        "JOS, Nigeria (Reuters) - Gunmen shot dead a village head and his son in Mangu in Plateau state on Sunday, "
        "police said.\n\n"
        "Plateau has seen repeated attacks on farming villages in the past year, with more than 200 people killed "
        "in January alone."
    )
    found = events_of(text, date(2024, 5, 12))
    assert len(found) == 1 and found[0].fatalities.value == 2  # the 200 were a second event
    assert not any("200" in e.sentence for e in found[0].evidence)


def test_a_death_toll_that_has_risen_is_the_toll():
    from sitrep.extract.fatalities import find_death_count

    text = (
        "The death toll from an attack on a beach restaurant in the Somali capital has risen to 32, a government "
        "spokesman said on Saturday, as troops cleared the building."
    )
    assert find_death_count(text).quantity.value == 32


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        (  # a truce that dates the fighting is not the event
            "Fighting between two armed groups in the port city killed at least nine people overnight, medics said. "
            "The clashes spread to the old town before a truce was agreed at dawn.",
            "Armed clash",
        ),
        (  # people killed where armed groups fight each other: a battle
            "Fighting between rival militias near the airport killed six people on Friday, hospital sources said.",
            "Armed clash",
        ),
        (
            "Insurgents blew up an armoured vehicle carrying soldiers near the border, killing five of them.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_wire_idioms_of_fighting_take_their_sub_event_type(text, sub_event_type):
    from sitrep.extract.classify import classify_event

    assert classify_event(text).sub_event_type == sub_event_type


def test_what_keeps_happening_is_background_not_the_incident_or_its_actors():
    text = (
        "NIAMEY, Feb 6 (Reuters) - A roadside bomb killed four soldiers and wounded two others near the town of "
        "Ayorou in western Niger on Monday, the defence ministry said.\n\n"
        "The patrol was travelling on a road that has been repeatedly targeted by jihadist groups linked to al Qaeda "
        "and Islamic State. Bomb attacks were frequent in the area during the insurgency of 2021."
    )
    found = events_of(text, date(2024, 2, 6))
    assert len(found) == 1  # 2021's bombings were a second event
    assert found[0].actor1.name.startswith("Unidentified Armed Group")  # was al Qaeda, with Islamic State as actor2


def test_killed_at_least_does_not_make_the_killers_the_victims():
    text = (
        "KHARTOUM (Reuters) - Fighters from the paramilitary Rapid Support Forces killed at least 25 people in a raid "
        "on a village in Sennar state on Thursday, a local monitoring group said on Friday."
    )
    event = events_of(text, date(2024, 7, 12))[0]
    assert event.actor1.name == "Rapid Support Forces" and event.actor2.name.startswith("Civilians")


def test_the_people_killed_end_where_the_next_deed_begins():
    text = (
        "LIMA (Reuters) - Armed men killed seven people and wounded 12 others in an attack on a bus terminal in the "
        "city of Trujillo on Saturday, police said."
    )
    victims = {(v.text, v.count, v.effect) for v in events_of(text, date(2024, 6, 2))[0].victims}
    assert ("seven people", 7.0, "killed") in victims and ("12 others", 12.0, "injured") in victims
    assert not any("wounded" in text for text, _, _ in victims)  # was 'seven people and wounded 12 others', 12 killed


def test_a_claim_by_a_group_that_stages_attacks_still_types_the_attack():
    text = (
        "BEIRUT (Reuters) - A suicide car bomber struck a checkpoint of the Syrian Democratic Forces near the town of "
        "Hajin in Deir al-Zor province on Thursday, killing four fighters, the group said.\n\n"
        "Islamic State militants, who still stage attacks in the area, claimed responsibility."
    )
    assert events_of(text, date(2024, 8, 1))[0].sub_event_type == "Suicide bomb"  # was none


def test_a_running_total_the_incident_adds_to_is_not_its_toll():
    from sitrep.extract.fatalities import find_death_count

    text = (
        "Two radio presenters were shot dead in the state of Guerrero on Monday, prosecutors said, bringing to nine "
        "the number of media workers killed in the country this year."
    )
    assert find_death_count(text).quantity.value == 2  # was 11


def test_a_country_read_as_its_capital_gives_way_to_the_province_named():
    text = (
        "Two radio presenters shot dead in Mexico\n\n"
        "MEXICO CITY (AP) — Two radio presenters were shot dead in the southern state of Guerrero on Monday, state "
        "prosecutors said, the latest of many media workers killed in Mexico."
    )
    assert events_of(text, date(2024, 8, 5))[0].place.admin1 == "Guerrero"  # was Mexico City


def test_a_lead_that_kills_is_an_incident_however_unsure_the_model_is():
    text = (
        "Gunmen ambush state police in Mexico\n\n"
        "MEXICO CITY (AP) — Gunmen ambushed a convoy of state police officers in the western state of Jalisco on "
        "Tuesday, killing 8 of them, state authorities said."
    )
    event = events_of(text, date(2024, 5, 8))[0]
    assert event.place.admin1 == "Jalisco"  # the lead was no candidate: the headline's 'Mexico' gave Mexico City
    assert event.fatalities.value == 8


def test_a_toll_since_a_month_is_no_part_of_the_incident():
    text = (
        "IMPHAL, India, Feb 2 (Reuters) - Suspected militants shot dead four people in a village in Manipur, "
        "police said.\n\nMore than 200 people have been killed in ethnic clashes in Manipur since May."
    )
    assert [e.fatalities.value for e in events_of(text, None)] == [4]  # was 200


def test_a_killing_outranks_the_burning_or_the_seizure_told_with_it():
    from sitrep.extract.classify import rule_sub_event

    assert rule_sub_event("Armed men killed five villagers and set fire to their huts.") == "Attack"
    assert rule_sub_event("The rebels killed 12 soldiers and seized weapons from the post.") != "Disrupted weapons use"
    assert rule_sub_event("The rebels set fire to the market.") == "Looting/property destruction"


def test_where_the_attack_happened_told_next_places_it():
    text = (
        "QUETTA, Pakistan (AP) — A suicide bomber blew himself up outside a police post in southwest Pakistan on "
        "Friday, killing three officers, police said.\n\n"
        "The attack happened in the town of Turbat in Kech district, said a local official."
    )
    assert events_of(text, date(2024, 3, 9))[0].place.name == "Turbat"  # was the dateline's Quetta


def test_villagers_the_deed_names_make_a_massacre_an_attack_on_civilians():
    text = (
        "BUTEMBO, Democratic Republic of Congo (AP) — Rebels armed with machetes and guns killed at least 22 "
        "villagers overnight in North Kivu province, a local official said on Thursday.\n\n"
        "The attackers raided the village late on Wednesday, going from house to house, he said."
    )
    found = events_of(text, date(2024, 6, 14))
    assert len(found) == 1  # the raid on Wednesday is the massacre reported on Thursday
    assert found[0].sub_event_type == "Attack"  # 'raided' made it an armed clash


def test_a_group_that_says_in_a_statement_it_killed_is_the_actor_not_its_ally():
    text = (
        "Al Shabaab, which is linked to al Qaeda, said in a statement on its website that it had killed 15 "
        "soldiers in an attack on a base in Lower Shabelle on Sunday."
    )
    event = events_of(text, date(2024, 4, 2))[0]
    assert event.actor1.name == "Al Shabaab"
    assert event.actor2 is None or "Qaeda" not in event.actor2.name  # the ally was actor1, then actor2


def test_the_day_a_toll_was_reported_gives_way_to_the_day_of_the_strike():
    text = (
        "Air strike kills 11 in Myanmar village, residents say\n\n"
        "Sept 21 (Reuters) - A military air strike on a village in Myanmar's Magway region killed at least 11 "
        "people, residents said on Thursday.\n\n"
        "A jet dropped bombs on the village on Wednesday morning, a resident said."
    )
    found = events_of(text, date(2023, 9, 21))
    assert len(found) == 1  # was two: the telling's Thursday and the strike's Wednesday
    assert found[0].date.start == date(2023, 9, 20)


def test_a_states_air_strike_keeps_the_state_as_actor_over_the_group_it_says_it_hit():
    text = (
        "Israeli strike on school kills 19, health officials say\n\n"
        "CAIRO (Reuters) - An Israeli air strike on a school sheltering displaced families in northern Gaza killed at "
        "least 19 people on Monday, the Palestinian health ministry said.\n\n"
        "The Israeli military said it had struck Hamas militants operating from a command post inside the school in "
        "Jabalia. It did not give a figure for casualties."
    )
    assert events_of(text, date(2024, 8, 5))[0].actor1.name == "Military Forces of Israel"  # was Hamas


def test_where_a_second_attack_happened_does_not_place_the_first():
    text = (
        "QUETTA, Pakistan (AP) — A suicide bomber blew himself up outside a police post in southwest Pakistan on "
        "Friday, killing three officers, police said.\n\n"
        "The second attack took place in the town of Turbat, where gunmen shot dead a teacher, said a local official."
    )
    assert events_of(text, date(2024, 3, 9))[0].place.name != "Turbat"


def test_an_attack_in_a_region_of_the_country_is_not_placed_in_the_city_it_was_filed_from():
    text = (
        "Gunmen kill 12 villagers in northern Benin\n\n"
        "COTONOU (AP) - Gunmen killed 12 villagers in an attack on a farming settlement in northern Benin on "
        "Friday, a local official said.\n\n"
        "The official said the attackers arrived on motorbikes and set fire to granaries."
    )
    place = events_of(text, date(2025, 2, 9))[0].place
    assert place.name != "Cotonou"  # was the dateline city, far to the south
    assert place.country == "Benin"


def test_the_town_named_after_a_region_of_the_country_places_the_same_attack():
    text = (
        "NAIROBI (AP) - Rebels attacked a camp for displaced people in eastern Democratic Republic of Congo on "
        "Saturday, killing at least 20 people, a camp official said.\n\n"
        "The assailants, armed with guns and machetes, raided the camp near Bunia in Ituri province before dawn."
    )
    found = events_of(text, date(2025, 3, 2))
    assert len(found) == 1  # was two: one in the country, one near Bunia
    assert found[0].place.admin1 == "Ituri"


def test_a_bare_congo_beside_the_democratic_republic_is_that_country():
    text = (
        "Militia fighters killed 9 people in Djugu in eastern Democratic Republic of Congo on Tuesday, the UN "
        "mission in Congo said."
    )
    from sitrep.places.resolve import find_places

    congo = [p for p in find_places(text) if p.text == "Congo"]
    assert congo and congo[0].entry.country == "Democratic Republic of Congo"  # was the Republic of Congo


def test_the_day_a_comparison_reaches_back_to_does_not_date_the_attack():
    text = (
        "Car bomb kills 14 in Mogadishu\n\n"
        "MOGADISHU (AP) - A car bomb exploded outside a busy restaurant in Mogadishu on Sunday, killing 14 people, "
        "police said.\n\n"
        "It was the deadliest bombing in the Somali capital since the attack on a hotel in August, residents said."
    )
    found = events_of(text, date(2025, 5, 12))
    assert len(found) == 1  # was a second bombing dated August
    assert found[0].date.start == date(2025, 5, 11)


def test_the_thousands_a_group_has_killed_over_the_years_are_no_toll():
    text = (
        "BAMAKO (AP) - Jihadists attacked a village in central Mali on Wednesday, killing 11 civilians, a local "
        "official said.\n\n"
        "The group, which is linked to al Qaeda, has killed thousands of civilians in central Mali."
    )
    found = events_of(text, date(2025, 5, 15))
    assert [e.fatalities.value for e in found] == [11]  # was 1,000 on a second event


def test_an_attack_in_the_same_area_is_placed_where_the_one_before_was():
    text = (
        "KABUL (AP) - A roadside bomb killed four soldiers in the Nad Ali district of Helmand province on Monday, "
        "officials said.\n\n"
        "In March, nine police officers were killed in an ambush in the same area."
    )
    found = events_of(text, date(2024, 6, 4))
    assert len(found) == 2
    assert found[1].place.name == found[0].place.name != "Kabul"


def test_a_states_air_strikes_that_killed_are_not_the_officials_who_said_so():
    text = (
        "KYIV (AP) - Russian air strikes killed at least 14 people in the city of Zaporizhzhia on Saturday, "
        "regional officials said.\n\nRescue workers searched the rubble of a school."
    )
    assert events_of(text, date(2025, 4, 6))[0].actor1.name == "Military Forces of Russia"  # was an unnamed group


def test_people_killed_by_a_states_fire_name_its_forces():
    text = (
        "RAFAH (AP) - Six people were killed by Israeli fire near a food distribution point in Rafah on Tuesday, "
        "hospital officials said.\n\nThe Hamas-run government media office condemned the killings."
    )
    assert events_of(text, date(2025, 6, 4))[0].actor1.name == "Military Forces of Israel"  # was Hamas


def test_a_strike_on_a_house_is_no_labour_strike():
    text = "BEIRUT (AP) - A strike on a house in the town of Nabatieh killed a father and his two sons on Monday, officials said."
    event = events_of(text, date(2024, 10, 8))[0]
    assert event.actor2 is None or "Protesters" not in event.actor2.name  # was Protesters (Lebanon)


def test_another_strike_is_another_incident():
    text = (
        "GAZA (AP) - An Israeli air strike on a school sheltering displaced families in Gaza City killed 11 people "
        "on Sunday, medics said.\n\nAnother strike on a house in Deir al-Balah killed a man and his wife, they said."
    )
    assert len(events_of(text, date(2025, 5, 12))) == 2  # was one


def test_where_the_attack_took_place_places_it():
    text = (
        "QUETTA, Pakistan (AP) - Gunmen stopped a bus in Pakistan's Balochistan province and shot dead six "
        "passengers, officials said on Saturday.\n\n"
        "The attack took place late on Friday near the town of Mastung, a police officer said."
    )
    event = events_of(text, date(2025, 8, 9))[0]
    assert event.place.name == "Mastung"  # was the province
    assert event.event_type == "Violence against civilians"  # was a clash


def test_the_people_a_war_displaced_are_no_toll():
    text = (
        "JUBA (AP) - Gunmen killed 14 cattle herders in an attack on a camp in Jonglei state on Sunday, a local "
        "official said.\n\nThe fighting killed 14 people and displaced some 3,000 others, the official said."
    )
    assert [e.fatalities.value for e in events_of(text, date(2025, 2, 10))] == [14]  # was 3,014


def test_the_toll_of_a_long_insurgency_is_no_part_of_the_incident():
    text = (
        "MOGADISHU (AP) - Militants ambushed a convoy of soldiers near the town of Jowhar on Tuesday, killing six "
        "soldiers, a military officer said.\n\n"
        "The country has faced an Islamist insurgency that has killed more than 25,000 people and displaced millions."
    )
    found = events_of(text, date(2025, 3, 5))
    assert [e.fatalities.value for e in found] == [6]


def test_a_repelled_attack_on_a_base_is_a_clash_not_ground_taken():
    text = (
        "BAMAKO (AP) - Soldiers repelled an attack by jihadists on an army base near Boulkessi on Sunday, killing "
        "dozens of the attackers, the army said.\n\n"
        "The jihadists said in a statement they had overrun the base."
    )
    assert events_of(text, date(2025, 6, 2))[0].sub_event_type == "Armed clash"  # was Government regains territory


def test_protesters_shot_dead_by_police_is_excessive_force():
    text = (
        "NAIROBI (AP) - Police shot dead three protesters in the town of Kisumu on Tuesday as crowds marched "
        "against new taxes, a rights group said.\n\nThe government said it regretted the loss of life."
    )
    event = events_of(text, date(2025, 7, 9))[0]
    assert event.sub_event_type == "Excessive force against protesters"  # was a peaceful protest


def test_homes_set_on_fire_with_people_killed_is_an_attack():
    text = (
        "PORT-AU-PRINCE (AP) - Gang members set fire to homes in the Carrefour-Feuilles neighbourhood of the capital "
        "on Monday, killing at least eight people, a rights group said."
    )
    assert events_of(text, date(2025, 4, 1))[0].sub_event_type == "Attack"  # was looting with eight dead


def test_a_states_tanks_name_its_forces():
    text = (
        "GAZA (AP) - Israeli tanks shelled a school in Jabalia on Sunday, killing five people, medics said.\n\n"
        "The school had been sheltering displaced families for months."
    )
    assert events_of(text, date(2025, 5, 12))[0].actor1.name == "Military Forces of Israel"


def test_a_state_whose_drone_strike_killed_someone_is_the_actor_not_a_victim():
    text = (
        "BEIRUT (AP) - A Hezbollah commander was killed in an Israeli drone strike on his car near the town of "
        "Bint Jbeil on Friday, a security source said.\n\nThe group confirmed his death in a statement."
    )
    assert events_of(text, date(2025, 3, 8))[0].actor1.name == "Military Forces of Israel"  # was an unnamed group


def test_an_army_that_said_on_a_weekday_it_killed_militants_is_the_actor():
    text = (
        "PESHAWAR, Pakistan (AP) - The army said on Sunday it had killed 11 militants in a raid on a hideout in the "
        "Bannu district.\n\nThe statement gave no further details."
    )
    event = events_of(text, date(2025, 4, 7))[0]
    assert event.actor1.name == "Military Forces of Pakistan"  # was an unnamed group: the army was the source only


def test_fighting_between_militias_beside_diplomacy_is_still_violence():
    text = (
        "Fighting between rival militias in the Libyan capital Tripoli killed at least nine people on Monday, the "
        "health ministry said.\n\nDiplomats urged the sides to respect a truce agreed last year. The United Nations "
        "mission said it was alarmed by the violence and called on all sides to protect civilians."
    )
    assert events_of(text, date(2025, 5, 13))  # was none: 'diplomats' read it as diplomacy


def test_a_strike_from_tanks_does_not_make_their_state_the_place():
    text = (
        "Israeli tanks shelled a school sheltering displaced families in Khan Younis on Sunday, killing five people, "
        "medics said.\n\nThe school had been used as a shelter for months, and diplomats urged restraint."
    )
    assert events_of(text, date(2025, 5, 12))[0].place.country == "Palestine"


def test_the_owner_of_what_was_hit_is_not_the_perpetrator():
    text = (
        "NIAMEY (AFP) - Jihadists killed at least 12 soldiers and militiamen in an ambush in western Niger on "
        "Tuesday, security sources told AFP on Thursday.\n\nA supply column of the army and the local militia was "
        "attacked near the town of Tera, in the Tillaberi region, one source said.\n\n\"The assailants came on "
        "motorbikes and targeted the column with explosives before opening fire,\" the source said."
    )
    event = events_of(text, date(2024, 3, 14))[0]
    assert not event.actor1.name.startswith("Military Forces of Niger")  # the army owned the column that was hit
    assert event.actor2.name.startswith("Military Forces of Niger")


def test_a_background_tail_does_not_make_the_incident_a_running_toll():
    text = (
        "GUWAHATI, India (Reuters) - Gunmen shot dead four villagers in Assam on Monday, police said, the latest "
        "killings in a dispute that has claimed more than 60 lives since early March."
    )
    found = events_of(text, date(2024, 5, 14))
    assert len(found) == 1
    assert found[0].fatalities.value == 4  # not 64, nor no event at all
    assert found[0].date.start == date(2024, 5, 13)  # the deed's day, not March


def test_a_toll_told_as_a_participle_is_an_attack():
    text = (
        "An armed gang went on a rampage through the market town of Kabala on Sunday, killing at least 14 people, "
        "aid workers said.\n\nThe town's mayor called for calm."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert (event.event_type, event.fatalities.value) == ("Violence against civilians", 14)  # was a protest


def test_a_village_inside_the_province_told_first_places_the_same_incident():
    text = (
        "MANILA (AP) - Rebels ambushed a police patrol in the northern province of Abra on Thursday, killing three "
        "officers, the police said.\n\nThe attackers detonated a bomb and then fired on the patrol in a village in "
        "Bangued town, a police spokesman said."
    )
    found = events_of(text, date(2024, 3, 15))
    assert len(found) == 1  # was two: the village sentence made a second incident


def test_a_responsibility_claim_later_in_the_report_is_the_same_incident():
    text = (
        "KABUL (Reuters) - A suicide bomber struck a mosque in the city of Kunduz during Friday prayers, killing at "
        "least 20 worshippers, officials said.\n\nWitnesses described bodies in the courtyard.\n\nThe Islamic State "
        "group claimed responsibility in a statement, saying its fighter had killed more than 40 people."
    )
    found = events_of(text, date(2024, 3, 9))
    assert len(found) == 1 and found[0].fatalities.value == 20  # the claim's 40 is the group's boast


def test_a_day_told_after_a_week_dates_the_incident():
    text = (
        "Insurgents killed nine villagers in a raid in northern Mozambique last week, an official said on Monday.\n\n"
        "The attackers raided the village of Mbau in Cabo Delgado province on Thursday, he said."
    )
    found = events_of(text, date(2024, 3, 11))
    assert len(found) == 1 and found[0].date.start == date(2024, 3, 7)


def test_a_conflicts_running_toll_is_no_incident():
    text = (
        "Separatists attacked a checkpoint in Bamenda on Saturday, killing two soldiers, the army said.\n\n"
        "The local council met on Monday to discuss the budget. The conflict has killed more than 6,000 people."
    )
    found = events_of(text, date(2024, 3, 11))
    assert len(found) == 1 and found[0].fatalities.value == 2  # the running toll was added as 6,000


def test_a_named_speaker_is_not_a_victim():
    text = (
        "KISMAYO, Somalia (Reuters) - Militants stormed a hotel in the port city of Kismayo late on Friday, killing at "
        "least eight people, a police officer said.\n\nThe attack began when a car bomb exploded at the gate of the "
        "hotel, and gunmen then forced their way inside, police captain Abdi Hassan told Reuters by phone."
    )
    event = events_of(text, date(2024, 3, 9))[0]
    assert "Abdi Hassan" not in [v.text for v in event.victims]  # the parse set the name beside the speaker


def test_a_group_named_only_as_a_suspect_is_not_the_actor():
    text = (
        "HILLA, Iraq (Reuters) - A roadside bomb hit a minibus carrying pilgrims near Hilla on Tuesday, killing five "
        "people, police said.\n\nThe passengers were travelling to Kerbala.\n\nNo group immediately claimed "
        "responsibility, but Islamic State militants have carried out similar bombings in the past."
    )
    event = events_of(text, date(2024, 3, 6))[0]
    assert event.actor1.name.startswith("Unidentified")


def test_a_roundup_lead_is_not_added_to_its_first_incident():
    text = (
        "PESHAWAR (Reuters) - Two separate attacks killed seven members of the security forces in northwest "
        "Pakistan on Sunday, officials said.\n\nIn the first attack, militants ambushed a police van in Tank, "
        "killing four policemen.\n\nIn the second attack, gunmen shot dead three soldiers at a checkpoint in "
        "Lakki Marwat."
    )
    found = events_of(text, date(2024, 3, 11))
    assert [e.fatalities.value for e in found] == [4, 3]  # the first was 7: the lead's sum joined to it
    assert all(e.date.start == date(2024, 3, 10) for e in found)  # the lead's day dates each incident


def test_a_roundup_lead_told_alone_is_the_event():
    text = "LIMA (Reuters) - Two bombings killed five people in the Peruvian capital on Sunday, police said."
    found = events_of(text, date(2024, 3, 11))
    assert len(found) == 1 and found[0].fatalities.value == 5


def test_two_sources_two_tolls_in_one_sentence_are_two_claims():
    text = (
        "Police shot at protesters in Kampala on Tuesday. Human Rights Watch said at least 4 people were killed, "
        "while the Uganda Law Society said 11 had died."
    )
    tolls = {(c.value.value, c.attributed_to) for c in extract_text(text, date(2024, 3, 13)).claims if c.kind.value == "fatalities"}
    assert (4, "Human Rights Watch") in tolls and (11, "Uganda Law Society") in tolls  # the second was dropped


def test_a_bare_drone_is_the_striking_states_not_the_country_it_hit():
    text = (
        "KYIV (AP) - A Russian missile hit an apartment block in the city of Zaporizhzhia on Friday, killing at least "
        "six people, officials said.\n\nElsewhere, a drone attack on the city of Sumy wounded three people, the "
        "regional governor said."
    )
    found = events_of(text, date(2024, 3, 9))
    assert len(found) == 2
    assert all(e.actor1.name.startswith("Military Forces of Russia") for e in found)  # the drone was Ukraine's


def test_live_bullets_fired_at_protesters_are_excessive_force():
    text = (
        "DHAKA (Reuters) - Police fired tear gas and live bullets at protesters in Dhaka on Thursday as thousands "
        "marched against job quotas, and at least 6 people were shot dead, hospital officials said."
    )
    event = events_of(text, date(2024, 3, 15))[0]
    assert event.sub_event_type == "Excessive force against protesters"


_ROUNDUP = (
    "Mali security roundup: week to April 14\n\n"
    "On Monday, suspected jihadists killed five traders in an attack on a market in the village of Diallassagou, "
    "in the Mopti region, local sources said.\n\n"
    "On Wednesday, an improvised explosive device struck a police vehicle near Gao, killing three officers. The "
    "Islamic State Sahel Province claimed the attack on Thursday.\n\n"
    "On Saturday, the army said it had killed about 30 \"terrorists\" in air strikes near Tessit."
)


def test_a_claim_in_a_roundup_belongs_to_its_own_item():
    found = events_of(_ROUNDUP, date(2024, 4, 15))
    assert len(found) == 3  # the claim, dated Thursday, made a fourth
    assert found[0].actor1.name.startswith("Unidentified")  # the market killing was claimed by no one
    assert not found[2].actor1.name.startswith("Islamic State")  # the army told of its own strikes


def test_a_short_town_name_after_near_is_a_place():
    event = events_of(_ROUNDUP, date(2024, 4, 15))[1]
    assert event.place.name == "Gao"  # a three-letter word needed a cue ('Gao region')


def test_a_headline_ending_in_a_place_does_not_run_into_the_body():
    text = (
        "Bomb kills two in Balochistan\n\n"
        "QUETTA, Pakistan — A bomb hidden in a motorcycle exploded in a market in Turbat in Kech district of "
        "Balochistan province on Monday, killing two people, police said."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert event.place.admin1 == "Balochistan"  # it was 'Balochistan\n\n  A', the headline's name and the body's 'A'


def test_a_group_that_says_its_fighters_did_it_is_the_actor_and_its_toll_only_a_claim():
    text = (
        "BAIDOA, Somalia (Reuters) - Gunmen stormed a hotel in the town of Baidoa on Friday, killing six people, a "
        "police officer said.\n\nAl Shabaab said in a statement on its radio that its fighters had carried out the "
        "raid and put the death toll at 30."
    )
    found = extract_text(text, date(2024, 3, 9))
    event = found.events[0]
    assert event.actor1.name == "Al Shabaab"  # the group was read as a source only
    assert event.fatalities.value == 6  # the group's 30 replaced the police officer's figure
    assert 30 in {c.value.value for c in found.claims if c.kind.value == "fatalities"}  # and stays a claim


def test_the_head_of_a_claimants_name_is_the_actor():
    text = (
        "MAIDUGURI, Nigeria (Reuters) - Militants attacked a military base in Borno state on Sunday, killing five "
        "soldiers, two army sources said.\n\nBoko Haram splinter group ISWAP claimed the attack on Monday."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert event.actor1.actor_id == "iswap"  # it was Boko Haram, named before the head


def test_a_places_long_story_of_rival_groups_names_no_actor():
    text = (
        "ZACATECAS, Mexico (AP) - Gunmen opened fire at a party in the city of Fresnillo late Saturday, killing seven "
        "people, state prosecutors said.\n\nZacatecas has long been contested by two of the country's most powerful "
        "cartels, the Sinaloa Cartel and the Jalisco New Generation Cartel."
    )
    event = events_of(text, date(2024, 3, 11))[0]
    assert event.actor1.name.startswith("Unidentified")  # a cartel of the background became the actor


def test_separately_tells_another_incident_the_same_day():
    text = (
        "PESHAWAR, Pakistan (AP) - A roadside bomb hit a police van in Dera Ismail Khan on Thursday, killing two "
        "policemen, officials said.\n\nSeparately, troops killed three militants in a raid in South Waziristan on "
        "Thursday, the military said."
    )
    found = events_of(text, date(2024, 3, 15))
    assert len(found) == 2  # the raid was joined to the bombing


def test_a_state_that_attacked_with_drones_after_a_dateline_is_the_actor():
    text = (
        "KYIV (Reuters) - Russia attacked the city of Kharkiv with drones overnight, injuring five people and damaging "
        "a school, Ukraine's military said on Tuesday."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.name.startswith("Military Forces of Russia")
    assert event.actor2 is None or not event.actor2.name.startswith("Military Forces of Ukraine")  # the drones were


def test_a_prepositional_phrase_is_not_what_was_hit():
    text = (
        "COTABATO, Philippines - A bomb exploded at a bus terminal in Cotabato city on Wednesday, wounding nine "
        "people, police said.\n\nThe Dawlah Islamiyah group claimed responsibility for the bombing in a message to "
        "reporters."
    )
    event = events_of(text, date(2024, 3, 14))[0]
    assert not [t.text for t in event.targets if t.text.startswith("in ")]


def test_a_raid_that_killed_and_stole_cattle_counts_only_the_dead():
    text = (
        "JUBA (Reuters) - Gunmen raided a cattle camp in South Sudan's Warrap state on Tuesday, killing 14 herders "
        "and driving away hundreds of cattle, a local official said."
    )
    event = events_of(text, date(2024, 3, 13))[0]
    assert event.fatalities.value == 14  # the hundreds of cattle were counted among the dead


def test_a_battle_between_two_sides_keeps_both():
    text = (
        "NIAMEY, Niger - At least 17 people were killed on Tuesday in fighting between the Nigerien army and "
        "jihadist fighters near the town of Tillaberi, security sources said.\n\nThe army said it had sent "
        "reinforcements to the area."
    )
    event = events_of(text, date(2024, 3, 13))[0]
    assert event.event_type == "Battles"
    sides = {event.actor1.name, event.actor2.name if event.actor2 else None}
    assert len(sides) == 2 and not [s for s in sides if s and s.startswith("Civilians")]  # a side was dropped


def test_an_earlier_incident_told_to_date_this_one_adds_no_toll():
    text = (
        "BEIRUT (Reuters) - Hezbollah fired a barrage of rockets at an Israeli army post on Thursday, two days after "
        "an Israeli drone strike in south Lebanon killed three of its fighters, the group said."
    )
    event = events_of(text, date(2024, 3, 15))[0]
    assert event.fatalities is None or event.fatalities.value == 0  # the earlier strike's three were this one's


def test_a_point_to_measure_from_is_not_the_place():
    text = (
        "Two policemen killed in Islamic State attack south of Kirkuk\n\n"
        "BAGHDAD (Reuters) - Two Iraqi policemen were killed when Islamic State militants attacked a checkpoint in "
        "Salahuddin province on Monday night, security sources said.\n\nThe militants fired on the checkpoint "
        "near the town of Tuz Khurmatu, the sources said."
    )
    event = events_of(text, date(2024, 3, 13))[0]
    assert event.place.name != "Kirkuk"  # the headline's reference point was taken over the body's places


def test_the_ends_of_a_journey_are_not_the_place():
    text = (
        "KARACHI, Pakistan (AP) - Gunmen opened fire on a bus travelling from Karachi to Gwadar in the Lasbela "
        "district of Balochistan province on Sunday, killing three passengers, police said.\n\nThe bus was "
        "carrying about 40 people."
    )
    event = events_of(text, date(2024, 3, 11))[0]
    assert event.place.name not in {"Karachi", "Gwadar"}


def test_a_strike_that_hit_a_car_is_no_labour_strike():
    text = (
        "BEIRUT (Reuters) - The strike on Monday hit a car near the Lebanese town of Nabatieh, killing two men, "
        "security sources said."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert not [a for a in (event.actor1, event.actor2) if a is not None and a.name.startswith("Protesters")]


def test_a_conflicts_running_toll_with_a_clause_between_is_no_incident():
    text = (
        "ABUJA (Reuters) - Gunmen killed seven farmers in Benue state on Friday, police said.\n\n"
        "The violence, which began in 2018, has killed more than 3,000 people in the region."
    )
    found = events_of(text, date(2024, 3, 11))
    assert len(found) == 1 and found[0].fatalities.value == 7  # the running toll became an event dated 2018


def test_a_victim_count_with_a_thousands_separator_is_read_whole():
    text = (
        "KHARTOUM (Reuters) - Paramilitary fighters stormed the town of Tawila on Monday and abducted 1,200 "
        "displaced people, aid groups said.\n\nThe fighters then withdrew."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert [v.count for v in event.victims if v.count] == [1200]  # it was 1


def test_the_day_where_it_happened_replaces_the_day_it_was_reported():
    text = (
        "NIAMEY (Reuters) - Suspected jihadists killed nine villagers in western Niger over the weekend, a local "
        "official said on Monday.\n\nThe attack took place in the village of Tiloa on Sunday, he said."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert event.date.start == date(2024, 3, 10)  # it was Monday the 11th, the day the official spoke


def test_a_groups_spokesman_does_not_make_the_group_the_actor():
    text = (
        "KABUL, Afghanistan (AP) - Gunmen shot dead three shopkeepers in a market in Kandahar province, a Taliban "
        "spokesman said Wednesday.\n\nThe killings happened late Tuesday in Spin Boldak district, a local official said."
    )
    event = events_of(text, date(2024, 3, 14))[0]
    assert event.actor1.name.startswith("Unidentified")  # the Taliban, named only as the spokesman's, was the actor


def test_the_victims_told_again_give_the_day_inside_the_week_and_the_village():
    text = (
        "ADDIS ABABA (Reuters) - Gunmen killed at least 12 farmers in an attack in Ethiopia's Amhara region last "
        "week, residents told Reuters on Friday.\n\nThe victims were killed on Tuesday in the village of Dera Kebele "
        "in North Shewa zone, a resident said."
    )
    event = events_of(text, date(2024, 3, 15))[0]
    assert event.date.start == date(2024, 3, 5)  # it was the week of the 4th: the day was lost with the sentence
    assert event.place.name != "Amhara"


def test_rocket_propelled_grenades_are_no_grenade_attack():
    text = (
        "NAIROBI (Reuters) - Militants attacked a police post in Kenya's Lamu county on Tuesday night with "
        "rocket-propelled grenades and rifles, killing two officers, police said.\n\nThe attackers fled."
    )
    event = events_of(text, date(2024, 3, 13))[0]
    assert event.sub_event_type != "Grenade"


def test_a_town_told_by_its_short_name_is_in_the_state_the_report_names():
    text = (
        "CHILPANCINGO, Mexico (AP) - Gunmen shot dead a local councillor outside his home in Chilapa on Sunday, "
        "state prosecutors said.\n\nThe killing was the third of a local politician in Guerrero this year."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert event.place.admin1 == "Guerrero"  # 'Chilapa' was a hamlet in Veracruz


def test_the_drones_of_a_named_group_are_not_the_other_side():
    text = (
        "DUBAI (Reuters) - Yemen's Houthis said on Monday they had attacked a tanker in the Red Sea with missiles and "
        "drones.\n\nThe tanker's crew were unharmed, a maritime security agency said."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert event.actor2 is None or "Military Forces of Yemen" not in event.actor2.name


def test_between_two_numbers_is_a_range_not_their_sum():
    text = (
        "LAGOS (Reuters) - Gunmen killed between 10 and 15 people in a raid on a village in Zamfara state on Sunday, "
        "residents said.\n\nThe attackers are estimated to number between 200 and 300 fighters."
    )
    found = extract_text(text, date(2024, 3, 12))
    assert found.events[0].fatalities.value == 10  # it was 25, the two ends added up
    strength = [c.value for c in found.claims if c.kind.value == "strength"]
    assert strength and (strength[0].value, strength[0].high) == (200, 300)  # it was 300


def test_the_dead_told_in_headline_and_body_are_one_victim():
    text = (
        "Indian troops kill 4 Maoist rebels in clash\n\nRAIPUR, India (Reuters) - Indian security forces killed four "
        "suspected Maoist rebels in a gunbattle in Chhattisgarh state on Tuesday, police said."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert len([v for v in event.victims if v.effect == "killed"]) == 1


def test_the_attacked_sides_response_types_nothing_and_its_post_makes_it_no_actor():
    text = (
        "Six soldiers killed as militants storm army base in Mali\n\nBAMAKO (Reuters) - Militants killed six Malian "
        "soldiers in an attack on an army base in the centre of the country, the army said on Friday.\n\nThe attack "
        "took place on Wednesday near the town of Boni. The army said about 20 assailants were killed in its "
        "response, which included air strikes."
    )
    event = events_of(text, date(2024, 3, 16))[0]
    assert event.event_type == "Battles"  # the response's air strikes made it one
    assert not event.actor1.name.startswith("Military Forces of Mali")  # the army whose base was hit


def test_people_arrested_before_no_one_was_killed_are_no_toll():
    text = (
        "KARACHI, Pakistan - Police detained 35 people and no one was killed when supporters of a religious party "
        "clashed with officers in Karachi on Friday, police said.\n\nThe marchers threw stones at the police."
    )
    event = events_of(text, date(2024, 3, 16))[0]
    assert event.fatalities is not None and event.fatalities.value == 0  # it was 35
    assert not [v for v in event.victims if v.text.lower().startswith("no one")]


def test_the_number_in_a_groups_name_is_no_count():
    text = (
        "GOMA, Congo (Reuters) - M23 rebels captured the town of Kanyabayonga in North Kivu province on Friday, local "
        "officials said.\n\nResidents fled towards Lubero."
    )
    claims = extract_text(text, date(2024, 3, 16)).claims
    assert not [c for c in claims if c.value.value == 23]


def test_a_person_seized_near_a_town_is_no_territory_taken():
    text = (
        "OWERRI, Nigeria - Gunmen kidnapped a Catholic priest in Nigeria's southeastern Imo state on Sunday, the "
        "diocese said.\n\nThe priest was seized near the town of Orlu, the diocese said in a statement on Monday."
    )
    found = events_of(text, date(2024, 3, 12))
    assert len(found) == 1  # the second sentence was a non-state actor taking the town, dated Monday
    assert found[0].sub_event_type == "Abduction/forced disappearance"


def test_a_group_that_blames_another_is_not_the_actor():
    text = (
        "YANGON (Reuters) - Three villagers were killed when a landmine exploded near a village in Myanmar's Chin "
        "state on Sunday, a local aid worker said.\n\nThe Chin National Front, an ethnic armed group, blamed the "
        "military for laying the mine."
    )
    event = events_of(text, date(2024, 3, 12))[0]
    assert "Chin National" not in event.actor1.name


def test_a_town_the_body_names_inside_the_headlines_province_places_it():
    text = (
        "Bomb at Sindh market kills 7\n\nKARACHI, Pakistan (Reuters) - A bomb hidden in a motorcycle exploded at a "
        "crowded market in Sukkur, a city in Pakistan's southern Sindh province, on Friday, killing seven people, "
        "police said."
    )
    event = events_of(text, date(2024, 3, 16))[0]
    assert event.place.name == "Sukkur"  # it was Sindh, named first, in the headline


def test_a_dissident_faction_of_the_farc_is_not_the_farc():
    text = (
        "BOGOTA (AP) - Rebels of a dissident faction of the FARC attacked a police station in the town of Jamundi in "
        "Valle del Cauca province on Thursday, wounding three officers, police said.\n\nThe attackers fled."
    )
    event = events_of(text, date(2024, 3, 16))[0]
    assert event.actor1.actor_id == "farc_dissidents"  # it was the FARC, which laid down its arms in 2017


# Session 24: lists of the dead, threats, recalled attacks, surnames that are towns
def test_a_surname_that_is_a_town_does_not_place_the_incident():
    text = "Gunmen killed a mayor, Ana Ruiz, at her office in Celaya on Monday, police said." + _LONG_TAIL
    assert events_of(text, date(2024, 7, 2))[0].place.name == "Celaya"  # Ruiz is a town in Nayarit


def test_a_threat_to_kill_kills_no_one_and_the_threatened_are_not_the_actor():
    text = (
        "BOGOTA, 3 May 2024 -- A criminal gang threatened on Friday to kill 20 police officers for every member it "
        "loses, in a leaflet left in the town of Tumaco. The gang set fire to a bus in the town earlier this week."
    )
    event = events_of(text, date(2024, 5, 3))[0]
    assert not event.fatalities or event.fatalities.value == 0
    assert not any(v.count == 20 for v in event.victims)
    assert event.actor1 is None or "Police" not in event.actor1.name


def test_thousands_killed_over_an_insurgency_is_no_toll_of_the_attack():
    text = (
        "Gunmen kill five at wedding in northern Burkina Faso\n\n"
        "OUAGADOUGOU, Oct 4 (Reuters) - Suspected jihadists killed a groom, his father and three guests at a wedding "
        "in the village of Tougouri on Saturday, two local sources said.\n\n"
        "The attackers arrived on motorbikes and opened fire on the crowd, one of the sources said.\n\n"
        "Burkina Faso has been battling an Islamist insurgency that spread from Mali in 2015. Thousands of people "
        "have been killed and more than two million displaced."
    )
    event = events_of(text, date(2024, 10, 5))[0]
    assert event.fatalities.value == 5


def test_the_people_among_the_dead_are_not_counted_twice():
    text = (
        "Suicide bomber kills 9 at market in Pakistan's northwest\n\n"
        "PESHAWAR, June 3 (AP) - A suicide bomber blew himself up at a crowded vegetable market in the town of Bannu "
        "on Monday, killing nine people, among them a police officer and a child, officials said.\n\n"
        "A provincial health official said 23 others were wounded, four of them critically."
    )
    assert events_of(text, date(2024, 6, 3))[0].fatalities.value == 9


def test_what_a_suspected_group_did_in_earlier_attacks_is_not_this_attacks_toll():
    text = (
        "QUITO, 9 June 2024 -- A bomb wrecked a minibus carrying oil workers in Lago Agrio on Saturday, injuring "
        "five of them, police said.\n\nIt was not clear whether the attack was the work of a dissident gang that has "
        "killed several workers in previous attacks in the province." + _LONG_TAIL
    )
    event = events_of(text, date(2024, 6, 9))[0]
    assert not event.fatalities or event.fatalities.value == 0


def test_in_another_development_starts_another_incident():
    text = (
        "Gunmen shot dead a trader in Mandera on Wednesday, police said.\n\n"
        "In another development, police arrested three men on Wednesday suspected of planning an attack on a church."
        + _LONG_TAIL
    )
    found = events_of(text, date(2024, 10, 9))
    assert len(found) == 2 and found[1].sub_event_type == "Arrests"


def test_guerrillas_of_the_tupac_amaru_movement_are_the_mrta():
    text = (
        "LIMA, 14 MAR 91 -- Police said today that on 12 March guerrillas of the Tupac Amaru movement murdered two "
        "farmers in the village of Pampas, 40 km north of Huancayo." + _LONG_TAIL
    )
    assert events_of(text, date(1991, 3, 14))[0].actor1.name == "Tupac Amaru Revolutionary Movement"


def test_the_police_who_search_for_a_kidnapped_priest_are_not_the_other_side():
    text = (
        "Gunmen kidnap priest in southeast Nigeria\n\n"
        "LAGOS, May 20 (Reuters) - Gunmen abducted a Catholic priest on Sunday as he drove back from a service in "
        "the town of Nsukka in Enugu state, police said.\n\n"
        "The kidnappers have demanded a ransom for his release, a church spokesman said. Police said they had "
        "deployed officers to search for the priest."
    )
    event = events_of(text, date(2024, 5, 20))[0]
    assert event.actor2.name.startswith("Civilians")


def test_a_town_near_a_larger_one_is_where_it_happened():
    text = (
        "Two killed as police fire on protesters in Kenya\n\n"
        "NAIROBI, July 7 (Reuters) - Kenyan police fired live rounds at protesters in Kitengela, near Nairobi, on "
        "Monday, killing two people, a rights group said.\n\n"
        "Police also fired tear gas in central Nairobi, where hundreds of young people had gathered."
    )
    assert events_of(text, date(2025, 7, 7))[0].place.name == "Kitengela"


def test_what_a_side_regularly_does_is_no_event():
    text = (
        "Russian shelling kills three in Kherson, governor says\n\n"
        "KYIV, Aug 14 (Reuters) - Russian artillery shelled residential areas of Kherson on Wednesday, killing a "
        "67-year-old woman and two men and wounding at least eight others, the regional governor said.\n\n"
        "Russian forces, which withdrew from the city in November 2022, regularly shell it from the eastern bank of "
        "the Dnipro river."
    )
    found = events_of(text, date(2024, 8, 14))
    assert [(e.date.start, e.fatalities.value) for e in found] == [(date(2024, 8, 14), 3)]


def test_a_group_that_an_attack_was_claimed_by_is_its_actor():
    text = (
        "Drone attack hits US base in Syria\n\n"
        "BEIRUT, Jan 20 (Reuters) - A drone struck a US military base in eastern Syria on Saturday, wounding three "
        "American soldiers, a US official said.\n\n"
        "The attack was claimed by a self-styled group called the Islamic Resistance in Iraq, an umbrella of "
        "Iran-backed militias, in a statement on Telegram."
    )
    event = events_of(text, date(2024, 1, 20))[0]
    assert event.actor1.text == "Islamic Resistance in Iraq"


def test_the_death_that_set_off_a_riot_is_not_its_toll():
    text = (
        "Mob burns police station in Bangladesh after custodial death\n\n"
        "DHAKA, Aug 10 (AFP) - An angry mob set fire to a police station in the northern town of Sirajganj on "
        "Saturday after a local man died in police custody, killing two officers who were trapped inside, police said."
        "\n\nArmy troops were deployed to restore order and a curfew was imposed in the town, an administrator said."
    )
    assert events_of(text, date(2024, 8, 10))[0].fatalities.value == 2


def test_a_deed_done_later_by_the_other_side_is_another_event():
    text = (
        "Israeli strike on Lebanon kills Hezbollah commander, two others\n\n"
        "BEIRUT, March 12 (Reuters) - An Israeli drone strike on a car near the southern Lebanese town of Nabatieh "
        "killed a senior Hezbollah field commander and two other fighters on Tuesday, security sources said.\n\n"
        "Hezbollah confirmed the deaths of three of its members. Hezbollah later fired dozens of rockets at northern "
        "Israel."
    )
    found = events_of(text, date(2024, 3, 12))
    assert [(e.actor1.name, e.date.start) for e in found] == [
        ("Military Forces of Israel", date(2024, 3, 12)),
        ("Hezbollah", date(2024, 3, 12)),
    ]


def test_hooded_gunmen_after_a_dateline_are_no_named_group():
    text = (
        "Gunmen kill 8 at football pitch in Ecuador's Guayaquil\n\n"
        "QUITO, Nov 3 (AP) - Hooded gunmen opened fire on people watching a football match in the city of Guayaquil "
        "on Sunday, killing eight and wounding at least five, police said." + _LONG_TAIL
    )
    assert events_of(text, date(2024, 11, 3))[0].actor1.name.startswith("Unidentified")


def test_the_group_police_were_ambushed_by_is_the_actor():
    text = (
        "Five police officers killed in ambush in Mexico's Michoacan\n\n"
        "MEXICO CITY, June 18 (Reuters) - Five police officers were killed and three wounded when their patrol was "
        "ambushed by suspected members of the Jalisco New Generation Cartel near the town of Aguililla in the "
        "western state of Michoacan on Monday, state officials said.\n\n"
        "Soldiers and National Guard troops were sent to the area."
    )
    event = events_of(text, date(2024, 6, 18))[0]
    assert (event.actor1.name, event.actor2.name) == ("CJNG: Jalisco New Generation Cartel", "Police Forces of Mexico (2018-)")


def test_the_group_the_killed_insurgents_came_from_is_not_the_raider():
    text = (
        "Pakistani forces kill 8 militants in raid in Balochistan\n\n"
        "QUETTA, Sept 9 (AP) - Pakistani security forces raided a militant hideout in the Panjgur district of "
        "Balochistan province overnight, killing eight insurgents from the outlawed Balochistan Liberation Army, the "
        "military said on Monday.\n\n"
        "Two soldiers were wounded in the exchange of fire, the army said."
    )
    event = events_of(text, date(2024, 9, 9))[0]
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Pakistan", "BLA: Baloch Liberation Army")


def test_a_group_that_tells_of_its_missile_attack_has_no_unnamed_other_side():
    text = (
        "Houthis claim missile attack on ship in Red Sea\n\n"
        "SANAA, Feb 19 (Reuters) - Yemen's Houthi movement said on Monday it had fired missiles at a British-owned "
        "cargo ship in the Gulf of Aden, setting it on fire, in the latest attack on shipping in the region." + _LONG_TAIL
    )
    event = events_of(text, date(2024, 2, 19))[0]
    assert "Yemen" in event.actor1.name and event.actor2 is None


def test_each_victim_is_listed_once():
    text = (
        "Gunmen kill nine in attack on Honduran village\n\n"
        "TEGUCIGALPA, Aug 5 (AP) - Gunmen burst into a house in the village of El Ocotillo in Olancho department "
        "late on Saturday and shot dead nine members of the same family, police said." + _LONG_TAIL
    )
    victims = [(v.text, v.count) for v in events_of(text, date(2024, 8, 5))[0].victims if v.count]
    assert victims == [("nine members of the same family", 9)]  # not also 'dead nine members'



def test_a_running_count_for_the_year_is_no_second_incident():
    text = (
        "Reporter shot dead in Honduras\n\n"
        "TEGUCIGALPA, May 6 (AP) - A radio reporter was shot dead outside his home in the city of La Ceiba on "
        "Sunday, police said.\n\n"
        "The rights group Article 19 said at least six reporters had been killed in Honduras this year." + _LONG_TAIL
    )
    found = events_of(text, date(2024, 5, 6))
    assert len(found) == 1 and found[0].fatalities.value == 1


def test_a_war_that_killed_thousands_is_background_to_a_truce():
    text = (
        "BEIRUT, Dec 2 (AP) - Lebanese soldiers moved into border towns on Monday as a truce held for a third day.\n\n"
        "The truce began on Saturday after fourteen months of fighting that killed thousands of people." + _LONG_TAIL
    )
    assert not [e for e in events_of(text, date(2024, 12, 2)) if e.fatalities and e.fatalities.value >= 1000]


def test_riot_police_do_not_make_a_protest_a_riot():
    text = (
        "YEREVAN, June 3 (Reuters) - Armenian riot police used stun grenades and tear gas to break up a crowd of "
        "protesters outside the government building in Yerevan late on Sunday, detaining 60 people." + _LONG_TAIL
    )
    event = events_of(text, date(2024, 6, 3))[0]
    assert event.event_type == "Protests" and event.actor1.name.startswith("Protesters")


def test_clashes_between_party_supporters_are_mob_violence():
    text = (
        "KATHMANDU, Nepal - Clashes between supporters of two rival parties in the town of Birgunj left two men "
        "dead and 15 injured on Sunday, police said." + _LONG_TAIL
    )
    assert events_of(text, date(2024, 6, 3))[0].sub_event_type == "Mob violence"


def test_the_attack_on_a_named_place_tells_where_the_incident_was():
    text = (
        "Niger: soldiers killed in attack on army post\n\n"
        "NIAMEY (AP) - Jihadi fighters attacked an army post in western Niger on Sunday, killing at least 15 "
        "soldiers, two security officials said.\n\n"
        "The attack on the post in Tera was among the deadliest in the region this year." + _LONG_TAIL
    )
    assert events_of(text, date(2024, 6, 3))[0].place.name == "Téra"


def test_a_missile_with_its_kind_keeps_the_state_that_fired_it():
    text = (
        "KHARKIV, Ukraine - A Russian cruise missile hit a shopping centre in Kharkiv on Saturday afternoon, killing "
        "six people, the regional governor said." + _LONG_TAIL
    )
    assert events_of(text, date(2024, 6, 3))[0].actor1.name == "Military Forces of Russia"


def test_firing_at_people_is_an_incident_apart_from_a_deployment_that_day():
    text = (
        "JERUSALEM, July 1 (AP) - Israeli troops deployed along the border fence on Sunday as part of a new security "
        "arrangement, the army said.\n\n"
        "An Israeli drone fired at a group of farmers near the village of Khuzaa on Sunday, wounding three, Gaza's "
        "civil defence said." + _LONG_TAIL
    )
    found = events_of(text, date(2024, 7, 1))
    assert any(e.event_type == "Violence against civilians" and e.actor1.name == "Military Forces of Israel" for e in found)


def test_a_roundup_paragraph_lends_its_country_to_an_unplaced_incident():
    text = (
        "Sahel security digest\n\n"
        "In Mali, fighters ambushed an army convoy near Gao on Tuesday, killing four soldiers. On Thursday, a "
        "landmine killed two herders near a well.\n\n"
        "In Niger, the army said it had killed 30 fighters near Tillaberi on Friday. In Niger, soldiers also arrested "
        "12 suspects near Niamey on Saturday."
    )
    herders = next(e for e in events_of(text, date(2024, 6, 3)) if e.fatalities and e.fatalities.value == 2)
    assert herders.place.country == "Mali"


def test_a_deed_the_incident_came_after_is_an_incident_of_the_day_before():
    text = (
        "PESHAWAR, Pakistan (AP) - Soldiers killed six militants in a raid on a hideout in the Khyber district on "
        "Tuesday, the army said.\n\n"
        "The raid came a day after a suicide bomber blew himself up at a checkpoint in the same district, wounding "
        "seven policemen." + _LONG_TAIL
    )
    found = events_of(text, date(2024, 6, 5))
    assert found[0].sub_event_type != "Suicide bomb"
    bombing = next(e for e in found if e.sub_event_type == "Suicide bomb")
    assert bombing.date.start == date(2024, 6, 3)


def test_the_network_a_group_belongs_to_is_not_the_actor():
    text = (
        "OUAGADOUGOU, Burkina Faso (AP) - Fighters linked to al-Qaida attacked a gendarmerie post in the town of "
        "Djibo on Sunday, killing nine gendarmes, security sources said.\n\n"
        "JNIM, the al-Qaida affiliate that operates across the Sahel, said its fighters had carried out the attack."
        + _LONG_TAIL
    )
    assert events_of(text, date(2024, 6, 3))[0].actor1.name.startswith("JNIM")


def test_the_day_a_toll_rose_is_not_the_day_of_the_blast():
    text = (
        "Toll from Quetta market bombing rises to 19\n\n"
        "QUETTA, Pakistan (Reuters) - The death toll from a bomb blast in a vegetable market in the Pakistani city of "
        "Quetta rose to 19 on Thursday, as two of the wounded died in hospital, officials said.\n\n"
        "The blast on Wednesday ripped through the market as traders were setting up their stalls." + _LONG_TAIL
    )
    found = events_of(text, date(2024, 4, 12))
    assert len(found) == 1 and found[0].date.start == date(2024, 4, 10) and found[0].fatalities.value == 19


def test_a_year_alone_is_a_tally_not_an_incident():
    text = (
        "Analysis: the long war in the Lake Chad basin\n\n"
        "DAKAR (Reuters) - Ten years after the first mass abductions, the insurgency around Lake Chad shows no sign of "
        "ending, analysts say. In 2022 alone, more than 3,000 people were killed in the four countries that border the "
        "lake, a monitoring group says."
    )
    assert events_of(text, date(2024, 4, 12)) == ()


def test_glide_bombs_are_an_air_strike():
    text = (
        "ZAPORIZHZHIA, Ukraine - Russian glide bombs struck an industrial district of Zaporizhzhia on Friday, killing "
        "three workers, the regional governor said." + _LONG_TAIL
    )
    assert events_of(text, date(2024, 4, 12))[0].sub_event_type == "Air/drone strike"


def test_the_backer_of_a_force_is_no_side():
    text = (
        "NAIROBI (Reuters) - Kenyan troops backed by British helicopters killed 15 al Shabaab fighters in a raid on a "
        "camp near the town of Kolbio on Tuesday, the army said." + _LONG_TAIL
    )
    event = events_of(text, date(2024, 4, 12))[0]
    assert "United Kingdom" not in (event.actor2.name if event.actor2 else "") and event.actor2.name == "Al Shabaab"


def test_government_warplanes_are_the_states():
    text = (
        "BEIRUT - Syrian government warplanes carried out a series of air strikes on the town of Maarat al-Numan on "
        "Saturday, killing six civilians, a war monitor said." + _LONG_TAIL
    )
    assert events_of(text, date(2024, 4, 12))[0].actor1.name.startswith("Military Forces of Syria")


def test_a_group_that_praised_but_did_not_claim_is_not_the_actor():
    text = (
        "JERUSALEM (AP) - A Palestinian attacker stabbed two Israelis at a bus station in the settlement of Ariel in "
        "the occupied West Bank on Monday before being shot dead by a guard, police said.\n\n"
        "Islamic Jihad praised the attack but did not claim it." + _LONG_TAIL
    )
    assert "Jihad" not in events_of(text, date(2024, 4, 12))[0].actor1.name


def test_a_captured_headquarters_is_ground_taken():
    text = (
        "BANGKOK (Reuters) - Rebels of the Ta'ang National Liberation Army said on Tuesday they had captured the "
        "headquarters of an army division in the town of Kyaukme in Shan state after two weeks of fighting." + _LONG_TAIL
    )
    found = events_of(text, date(2024, 4, 12))
    assert found and found[0].sub_event_type == "Non-state actor overtakes territory"


def test_a_religion_before_a_settlement_is_no_village():
    text = (
        "JERUSALEM (AP) - A gunman opened fire at a checkpoint near a Jewish settlement in the occupied West Bank on "
        "Sunday, wounding a soldier, the army said." + _LONG_TAIL
    )
    assert events_of(text, date(2024, 4, 12))[0].place.name != "Jewish"


def test_hours_later_starts_another_incident_of_that_day():
    text = (
        "MAIDUGURI, Nigeria (AP) - Militants killed 31 people in two attacks in Borno state on Sunday, officials said.\n\n"
        "In the first attack, gunmen shot dead 19 herders in the village of Mafa. Hours later, 12 people were killed in "
        "an attack on the nearby village of Kukawa, a local leader said." + _LONG_TAIL
    )
    found = events_of(text, date(2024, 4, 9))
    assert sorted(e.fatalities.value for e in found) == [12, 19]
    assert {e.date.start for e in found} == {date(2024, 4, 7)}


def test_a_cause_a_rally_supports_is_not_where_it_was():
    text = (
        "Man stabbed at pro-Ukrainian rally in Belgrade\n\n"
        "BELGRADE (Reuters) - A man was stabbed to death during a clash between pro-Ukrainian demonstrators and "
        "counter-protesters in central Belgrade on Saturday, police said." + _LONG_TAIL
    )
    event = events_of(text, date(2024, 4, 9))[0]
    assert event.place.country == "Serbia" and event.event_type == "Riots"


def test_the_day_a_killing_was_told_is_not_its_day_whatever_follows():
    text = (
        "QUETTA, Pakistan (Reuters) - Gunmen shot dead five truck drivers on a highway in Balochistan's Kalat district "
        "late on Sunday, officials said on Monday, in an attack blamed on a separatist group." + _LONG_TAIL
    )
    assert events_of(text, date(2024, 4, 9))[0].date.start == date(2024, 4, 7)


def test_police_hit_by_a_bomb_are_not_its_actor():
    text = (
        "QUETTA, Pakistan (AP) - A bomb hidden in a rickshaw went off beside a police truck in the city of Quetta on "
        "Friday, killing three police officers and a child, police said."
    )
    event = events_of(text, date(2024, 4, 9))[0]
    assert event.actor1.name.startswith("Unidentified")


def test_grenades_the_attackers_carried_make_no_grenade_attack():
    text = (
        "KANO, Nigeria (AP) — Gunmen carrying assault rifles and hand grenades stormed a army base near Malam "
        "Madori on Tuesday, killing four soldiers in a firefight, the army said."
    )
    found = events_of(text)
    assert found and found[0].sub_event_type != "Grenade"


def test_grenades_thrown_are_still_a_grenade_attack():
    text = "Assailants armed with pistols threw grenades into a bar in Cali on Friday, wounding 11 people, police said."
    found = events_of(text)
    assert found and found[0].sub_event_type == "Grenade"


@pytest.mark.parametrize(
    ("lead", "gtd_type"),
    [
        ("Armed men abducted 12 farmers from their fields outside Zurmi on Sunday, residents said.",
         "Hostage Taking (Kidnapping)"),
        ("A suicide bomber on a motorcycle rammed a police vehicle in Bannu on Sunday, killing five officers, police "
         "said.",
         "Bombing/Explosion"),
    ],
)
def test_a_report_s_kidnapping_or_bombing_keeps_its_codebook_gtd_type(lead, gtd_type):
    text = "Attack in the north\n\n" + lead + "\n\nNo group has said it carried out the attack."
    found = extract_text(text, date(2024, 3, 12)).events
    assert found and found[0].type_in("gtd") == gtd_type


def test_what_befell_the_target_just_told_is_the_same_incident_and_places_it():
    text = (
        "Rebels ambush police convoy\n\n"
        "QUITO, March 8 (Reuters) - Suspected dissident guerrillas ambushed a police convoy in a remote stretch of "
        "jungle on Wednesday, killing two officers, the interior ministry said.\n\n"
        "The convoy was attacked with explosives and rifles near the town of Lago Agrio in Sucumbios province, the "
        "ministry said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert len(found) == 1
    assert found[0].place is not None and found[0].place.admin1 and "Sucumb" in found[0].place.admin1


def test_a_weekday_is_read_from_the_day_the_dateline_gives():
    text = (
        "NAIROBI, March 2 (Reuters) - Al Shabaab fighters attacked a police post in Mandera county on Thursday, "
        "killing three officers, police said."
    )
    found = extract_text(text, date(2024, 3, 9)).events  # the feed published it a week later
    assert found and found[0].date.start == date(2024, 2, 29)


def test_a_dateline_far_from_the_publication_day_is_not_its_writing_day():
    text = (
        "NAIROBI, June 2 (Reuters) - Al Shabaab fighters attacked a police post in Mandera county on Thursday, "
        "killing three officers, police said."
    )
    found = extract_text(text, date(2024, 3, 9)).events
    assert found and found[0].date.start == date(2024, 3, 7)


def test_a_group_that_attacked_a_target_many_times_tells_no_incident():
    text = (
        "Rebels blow up power line in Balochistan\n\n"
        "QUETTA, March 8 (Reuters) - Separatist rebels blew up a power pylon near Dera Murad Jamali on Thursday, "
        "cutting electricity to three districts, officials said.\n\n"
        "The Baloch Liberation Army, which wants independence for the province, has attacked power lines dozens of "
        "times this year."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        # a pipeline bombed is an explosion, not a clash
        ("Guerrillas bombed a section of the Trasandino oil pipeline in Narino on Monday, the army said.",
         "Remote explosive/landmine/IED"),
        # one military jet bombing a village is an air strike
        ("A military jet bombed the village of Let Yet Kone in Sagaing region on Tuesday, killing 9 people.",
         "Air/drone strike"),
    ],
)
def test_what_was_bombed_and_by_what_tells_the_sub_event(text, sub_event):
    found = events_of(text)
    assert found and found[0].sub_event_type == sub_event


def test_a_toll_told_to_the_radio_is_another_source_s_not_more_deaths():
    text = (
        "SAN PEDRO SULA, March 8 (Reuters) - Gunmen opened fire at a football pitch in the town of Choloma on "
        "Thursday night. Police put the toll at 7, while a local councillor told a television channel that 11 "
        "people had died."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].fatalities.value == 7


def test_drones_shot_down_are_no_victims():
    text = (
        "Russian drones hit a power station in Odesa overnight, wounding two workers, the governor said on Friday. "
        "The air force said 41 drones were shot down over the south of the country."
    )
    found = events_of(text)
    assert found
    assert not [v for v in found[0].victims if "drone" in v.text]


def test_a_toll_since_an_election_is_no_incident():
    text = (
        "Police kill two protesters in Conakry\n\n"
        "CONAKRY, March 8 (Reuters) - Police shot dead two young men during a protest against the junta in Conakry "
        "on Thursday, a rights group said.\n\n"
        "At least 60 people have been killed since the contested referendum and the coup, the group said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert len(found) == 1 and found[0].fatalities.value == 2


def test_fishermen_killed_by_fighters_are_an_attack_on_civilians():
    text = (
        "Jihadist fighters shot dead five fishermen on the Niger river near Ayorou on Sunday, according to a local "
        "militia commander."
    )
    found = events_of(text)
    assert found and found[0].event_type == "Violence against civilians"


def test_an_attack_on_civilians_has_civilians_as_actor2_whoever_else_is_named():
    text = (
        "Village head killed in Borno\n\n"
        "MAIDUGURI, Nigeria, March 8 (Reuters) - Boko Haram fighters shot dead a village head near Damboa in Borno "
        "state on Monday for cooperating with the army, residents said.\n\n"
        "The group has killed several community leaders in the area this year."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert len(found) == 1, "the group's killings this year are a tally"
    assert found[0].event_type == "Violence against civilians"
    assert found[0].actor1.name.startswith("Boko Haram"), "the army the victim helped took no part"
    assert found[0].actor2.name.startswith("Civilians")


def test_the_patrol_a_bomb_went_off_beside_as_it_passed_is_its_target():
    text = (
        "A bomb hidden in a parked car exploded as a police patrol drove past in the town of Jamundi in Valle del "
        "Cauca on Friday, killing one officer."
    )
    found = events_of(text)
    assert found and not found[0].actor1.name.startswith("Police Forces")
    assert found[0].actor2 is not None and found[0].actor2.name.startswith("Police Forces")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Anglophone separatists killed two gendarmes at a checkpoint near Kumba in Cameroon's South-West region "
         "on Tuesday, officials said.", "Ambazonian Separatists (Cameroon)"),
        ("Jewish settlers set fire to a mosque in the West Bank village of Deir Dibwan on Sunday, Palestinian "
         "officials said.", "Settlers (Israel)"),
        ("Members of the Imbonerakure beat two opposition activists to death in Muramvya province in Burundi on "
         "Saturday, their party said.", "Imbonerakure"),
    ],
)
def test_groups_news_names_by_their_cause_are_known(text, actor1):
    found = events_of(text)
    assert found and found[0].actor1.name == actor1


def test_control_regained_after_a_prison_riot_is_no_ground_taken():
    text = (
        "Rival gangs fought inside the prison in the city of Machala on Sunday, killing six inmates, until soldiers "
        "regained control, the prison service said."
    )
    found = events_of(text)
    assert found and "territory" not in found[0].sub_event_type


def test_one_of_a_group_s_fighters_is_no_strength_claim():
    text = (
        "The group said one of its fighters had driven the car bomb into the base in Mogadishu on Saturday, "
        "killing 5 soldiers."
    )
    claims = extract_text(text, date(2024, 3, 9)).claims
    assert not [c for c in claims if c.kind.name == "STRENGTH"]


def test_bodies_found_dumped_are_a_killing():
    text = (
        "Bodies found in Guerrero\n\n"
        "CHILPANCINGO, Mexico, March 8 (AP) — Police found the bodies of seven men dumped in a ravine near the town "
        "of Tlapa on Thursday, state prosecutors said.\n\n"
        "The men had been reported missing by their families last week."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].event_type == "Violence against civilians"
    assert found[0].fatalities.value == 7


def test_last_and_a_month_name_is_that_month():
    text = (
        "Drone war in the Sahel\n\n"
        "DAKAR, March 8 (Reuters) - When a drone hit a market in the town of Djibo last October, it killed 14 "
        "traders, according to witnesses interviewed by a rights group.\n\n"
        "The army said it had targeted a meeting of militants."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].date.start == date(2023, 10, 1) and found[0].date.precision is Precision.MONTH


def test_a_town_that_has_seen_repeated_attacks_tells_no_incident():
    text = (
        "Car bomb kills 6 in northern Syria\n\n"
        "BEIRUT, March 8 (AP) — A car bomb exploded near a bus station in the town of Azaz on Thursday, killing six "
        "people, local rescuers said.\n\n"
        "Azaz has seen repeated bombings since rebel factions took over the area from Islamic State fighters in 2016."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert len(found) == 1


def test_witnesses_who_told_of_the_deed_are_no_victims():
    text = (
        "A drone hit a wedding party in the village of Maksegnit in Amhara region on Sunday, killing at least 16 "
        "guests, two residents and a nurse told Reuters."
    )
    found = events_of(text)
    assert found and not [v for v in found[0].victims if "resident" in v.text]


def test_a_road_blocked_with_burning_trucks_is_the_gunmen_s_not_a_protest():
    text = (
        "Gunmen kill four soldiers in Jalisco\n\n"
        "GUADALAJARA, Mexico (AP) — Gunmen opened fire on an army convoy near the town of Teocaltiche on Tuesday, "
        "killing four soldiers, the defence ministry said.\n\n"
        "The attackers had blocked the highway with two burning trucks before the convoy arrived."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].event_type != "Protests"


def test_a_headline_s_officers_killed_in_an_ambush_are_its_victims():
    text = (
        "Four police officers killed in ambush in Guerrero\n\n"
        "CHILPANCINGO, Mexico (AP) — Gunmen ambushed a municipal police patrol near the town of Coyuca de Catalan "
        "on Monday, killing four officers, state authorities said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and not found[0].actor1.name.startswith("Police Forces")


def test_a_blame_stays_with_its_incident_despite_what_the_group_has_been_doing():
    text = (
        "Soldiers killed in Arauca\n\n"
        "BOGOTA, March 8 (Reuters) - Three soldiers were killed when a bomb exploded beside their patrol near the "
        "town of Tame in Arauca province on Thursday, the army said.\n\n"
        "The army blamed the ELN, which has been fighting dissident FARC fronts for control of the border region "
        "since 2022."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].actor1.name == "Army of National Liberation"


def test_an_accusation_of_sheltering_militants_is_no_incident():
    text = (
        "Air strikes kill 6 in Khost\n\n"
        "KABUL, March 8 (Reuters) - Pakistani jets struck houses in the Afghan province of Khost on Thursday, "
        "killing six civilians, a Taliban spokesman said.\n\n"
        "Pakistan accuses Afghanistan of harbouring Pakistani Taliban militants, which Kabul denies."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert len(found) == 1


def test_a_second_source_s_own_kills_are_its_claim_not_more_deaths():
    text = (
        "Strike on shelter kills 18\n\n"
        "GAZA, March 8 (AP) — An Israeli strike on a tent camp in Khan Younis on Thursday killed 18 people, according "
        "to the Health Ministry, while the Israeli military said it had killed 4 gunmen hiding among the tents.\n\n"
        "Hospital staff said children were among the dead."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].fatalities.value == 18


def test_a_strength_told_of_the_group_described_is_the_group_s():
    text = (
        "ADF rebels attacked the village of Ntoyo in North Kivu on Sunday, killing 20 civilians, officials said. "
        "The Uganda-born group, which the U.N. says has about 1,500 fighters, pledged allegiance to Islamic State."
    )
    claims = [c for c in extract_text(text, date(2024, 3, 9)).claims if c.kind.name == "STRENGTH"]
    assert claims and claims[0].subject is not None and claims[0].subject.name.startswith("ADF")


def test_a_province_s_surge_and_a_year_s_hundreds_dead_are_tallies_kept_as_claims():
    text = (
        "Bomb kills 6 police in Dera Ismail Khan\n\n"
        "PESHAWAR, Pakistan, March 8 (AP) — A roadside bomb hit a police van in Dera Ismail Khan on Thursday, killing "
        "six officers, police said.\n\n"
        "The region has seen a surge in attacks since the Taliban took power in Afghanistan in 2021. More than 250 "
        "police officers were killed in the province last year, according to official figures."
    )
    extraction = extract_text(text, date(2024, 3, 8))
    assert len(extraction.events) == 1 and extraction.events[0].fatalities.value == 6
    tolls = sorted(c.value.value for c in extraction.claims if c.kind.name == "FATALITIES")
    assert 250 in tolls, "the year's tally is still a claim"


def test_tens_of_thousands_is_one_figure():
    text = (
        "Thousands flee fighting in Darfur\n\n"
        "NAIROBI, March 8 (Reuters) - RSF fighters attacked the town of Tawila on Thursday, killing 12 civilians, aid "
        "workers said.\n\n"
        "Tens of thousands of people have been killed in Sudan's war, according to the United Nations."
    )
    tolls = [c.value.value for c in extract_text(text, date(2024, 3, 8)).claims if c.kind.name == "FATALITIES"]
    assert 10_000 in tolls and 1_010 not in tolls


def test_the_attackers_dead_told_later_add_to_the_toll():
    text = (
        "Militants storm army post in Niger\n\n"
        "NIAMEY, March 8 (Reuters) - Islamic State fighters attacked an army post near the village of Chatoumane on "
        "Tuesday, killing 9 soldiers, the defence ministry said.\n\n"
        "The ministry said 40 assailants were killed in the fighting that followed."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].fatalities.value == 49


def test_an_island_the_gazetteer_lacks_is_the_place_not_the_capital():
    text = (
        "Soldiers killed in Lake Chad attack\n\n"
        "N'DJAMENA, March 8 (Reuters) - Boko Haram fighters attacked soldiers on the island of Kaiga Kindjiria in the "
        "Lake Chad area on Tuesday, killing 11 of them, the army said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].place.name != "N'Djamena" and "Kaiga" in found[0].place.name


@pytest.mark.parametrize("group", ["Hamas", "guerrillas", "Ahmadiyyas"])
def test_a_name_ending_in_as_does_not_cut_off_the_number_of_the_dead(group):
    from sitrep.extract.fatalities import find_death_count

    found = find_death_count(f"Five {group} members were killed in the exchange near the border crossing.")
    assert found is not None and found.quantity.value == 5


def test_the_group_of_the_fallen_fighters_is_a_side_of_the_battle():
    text = (
        "Troops clash with rebels in Bukidnon, 3 dead\n\n"
        "MANILA, March 8 - Three New People's Army guerrillas died in a firefight with army troops in the hills of "
        "Bukidnon province on Thursday, the military said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].event_type == "Battles" and found[0].fatalities.value == 3
    assert {found[0].actor1.name, found[0].actor2.name} >= {"NPA: New People's Army"}
    assert not any(a.name.startswith("Unidentified") for a in (found[0].actor1, found[0].actor2))


def test_ground_regained_by_troops_has_the_state_first():
    text = (
        "Soldiers take back Bunagana\n\n"
        "GOMA, March 8 - Congolese soldiers retook the town of Bunagana from M23 rebels on Thursday after a week of "
        "fighting, a military spokesman said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].sub_event_type == "Government regains territory"
    assert found[0].actor1.name.startswith("Military Forces of the Democratic Republic of Congo")
    assert found[0].actor2.name.startswith("M23")


def test_civilians_caught_in_militia_fighting_make_it_no_attack_on_them():
    text = (
        "Militia fighting in Zawiya kills 4\n\n"
        "TRIPOLI, March 8 - Militia clashes in the western city of Zawiya killed four people, among them a woman "
        "caught in crossfire, the city's hospital said on Thursday."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].event_type == "Battles"
    assert not any(a and a.name.startswith("Civilians") for a in (found[0].actor1, found[0].actor2))


def test_groups_named_after_no_one_claimed_are_suspects_not_actors():
    text = (
        "Bomb at Turbat market kills 4\n\n"
        "QUETTA, Pakistan, March 8 (AP) - A bomb planted on a motorcycle went off in a busy market in Turbat on "
        "Thursday, killing four people and wounding 19 others, police said.\n\n"
        "No group claimed responsibility, though the Pakistani Taliban have carried out similar bombings in "
        "Balochistan."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].actor1.name.startswith("Unidentified")


def test_a_claim_denied_then_laid_on_a_group_still_names_it():
    text = (
        "03/08/2016: An explosive device went off beside a police vehicle in Chaparhar district, Nangarhar province, "
        "Afghanistan. Two police officers were hurt. No group claimed responsibility; however, officials blamed the "
        "Taliban for it."
    )
    found = extract_text(text, None, dataset="gtd").events
    assert found and found[0].actor1 is not None and found[0].actor1.name == "Taliban"


def test_a_port_the_gazetteer_lacks_is_the_place_not_the_dateline_city():
    text = (
        "Drone hits cargo ship off Yemen\n\n"
        "ADEN, March 8 (Reuters) - A drone launched by the Houthis struck a cargo ship near the Red Sea port of "
        "Khokha on Thursday, causing a fire on deck, the ship's operator said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].place.name == "Khokha"


def test_a_town_named_as_such_is_not_the_last_word_of_its_name():
    text = (
        "Strike kills two in south Lebanon\n\n"
        "BEIRUT, March 8 - An Israeli strike on a motorcycle in the town of Bint Jbeil killed two men on Thursday, "
        "the health ministry said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].place.name == "Bint Jbeil" and found[0].place.admin1 != "Mount Lebanon"


def test_killing_people_outranks_a_burning_in_gtd_s_hierarchy():
    text = (
        "Ambush in Cameroon\n\n"
        "YAOUNDE, March 8 - Separatist fighters attacked a gendarmerie post near Kumba on Thursday, killing two "
        "gendarmes, a military source said. The separatists also set fire to the post."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].type_in("gtd") == "Armed Assault"


def test_an_armed_gang_s_members_are_no_partisan_mob():
    text = (
        "Gang raids town north of the capital\n\n"
        "PORT-AU-PRINCE, March 8 - Members of the Gran Grif gang attacked the town of Liancourt overnight, setting "
        "fire to the town hall and freeing detainees from the police lockup, officials said on Thursday.\n\n"
        "At least 6 residents were killed, according to a rights group."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].event_type != "Riots"


def test_a_title_before_a_name_counts_one_dead_with_those_also_killed():
    text = (
        "MAYOR SLAIN IN CAUCA\n\n"
        "POPAYAN, 4 MAY 90 (EFE) -- [TEXT] GUNMEN TODAY SHOT AND KILLED TOWN MAYOR JORGE PALACIOS OUTSIDE THE TOWN "
        "HALL. HIS DRIVER WAS ALSO KILLED."
    )
    found = extract_text(text, date(1990, 5, 4)).events
    assert found and found[0].fatalities.value == 2


def test_things_left_behind_are_no_dead():
    from sitrep.extract.fatalities import find_death_count

    assert find_death_count("Saboteurs blew up two pylons, leaving several towns without electricity.") is None
    assert find_death_count("The blast left four dead and nine hurt.").quantity.value == 4


def test_a_guided_bomb_is_an_air_strike_and_dynamite_a_bombing():
    text = (
        "Russian bomb hits Zaporizhzhia\n\n"
        "KYIV, March 8 - A Russian guided bomb struck an apartment block in Zaporizhzhia on Thursday, killing two "
        "residents, the regional governor said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].sub_event_type == "Air/drone strike"
    shouted = (
        "REBELS DYNAMITE BRIDGE\n\n"
        "TEGUCIGALPA, 9 APR 90 (ACAN) -- [TEXT] GUERRILLAS TODAY DYNAMITED A BRIDGE ON THE ROAD TO SAN PEDRO SULA. "
        "NO ONE WAS HURT."
    )
    found = extract_text(shouted, date(1990, 4, 9)).events
    assert found and found[0].event_type == "Explosions/Remote violence"


def test_the_article_of_a_shouted_name_is_part_of_it():
    from sitrep.extract.truecase import truecase

    assert "in La Union department" in truecase("TROOPS CLASHED WITH REBELS IN LA UNION DEPARTMENT ON MONDAY.")
    text = (
        "[TEXT] GUERRILLAS AMBUSHED AN ARMY TRUCK ON 3 MAY NEAR THE TOWN OF SANTA ROSA DE LIMA, IN LA UNION "
        "DEPARTMENT. FOUR SOLDIERS WERE KILLED."
    )
    found = extract_text(text, date(1990, 5, 5)).events
    assert found and found[0].place is not None and found[0].place.admin1 == "La Unión"


def test_escapees_recaptured_are_no_ground_taken():
    text = (
        "Jailbreak in Kogi\n\n"
        "ABUJA, March 8 - Gunmen attacked a prison in Kogi state on Wednesday night and freed about 150 inmates after "
        "a shootout with warders, officials said on Thursday. Officials said 30 of the inmates had been recaptured."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].sub_event_type not in {"Government regains territory", "Non-state actor overtakes territory"}


def test_a_separate_attack_told_in_the_same_sentence_is_its_own_event():
    text = (
        "Eight killed in two attacks in Niger\n\n"
        "NIAMEY, March 8 - Gunmen killed five herders near the village of Bankilare on Tuesday, and in a separate "
        "attack on Wednesday jihadists killed three soldiers near Tera, the defence ministry said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert len(found) == 2
    assert sorted(e.fatalities.value for e in found) == [3, 5]


def test_the_number_of_attacks_is_no_toll():
    from sitrep.extract.fatalities import find_death_count

    assert find_death_count("Eleven killed in three attacks in Borno").quantity.value == 11
    assert find_death_count("Seven dead in two separate bombings in Kabul").quantity.value == 7


def test_a_force_that_says_it_did_the_deed_is_its_actor():
    text = (
        "Army says FARC dissidents killed in air raid\n\n"
        "BOGOTA, March 8 - Colombia's military said on Thursday it had bombed a camp of the Central General Staff "
        "(EMC) in Guaviare province, killing nine dissidents."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].actor1.name == "Military Forces of Colombia"


def test_the_police_who_say_a_toll_are_no_side_of_a_gang_battle():
    text = (
        "Gangs fight in Cite Soleil; police say 11 dead\n\n"
        "PORT-AU-PRINCE, March 8 - Fighting between the 5 Segonn and Grand Ravine gang alliances in Cite Soleil killed "
        "at least 11 people over the weekend, Haiti's national police said on Monday, adding that most of the dead "
        "were gang members."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    sides = [a.name for a in (found[0].actor1, found[0].actor2) if a] if found else []
    assert found and not any(name.startswith(("Police", "Civilians")) for name in sides)


def test_a_group_named_people_is_no_unarmed_victim():
    from sitrep.extract.classify import rule_sub_event

    sentence = (
        "Gunmen shot dead three soldiers at a checkpoint on Monday, the army said, blaming the Indigenous People of "
        "Biafra."
    )
    assert rule_sub_event(sentence) == "Armed clash"
    assert rule_sub_event("Gunmen shot dead three people at a market on Monday.") == "Attack"


def test_ground_only_promised_is_not_taken_and_who_took_it_follows_the_speaker():
    from sitrep.extract.classify import rule_sub_event

    sentence = (
        "Burundi's army said on Monday that rebels of the RED-Tabara had overrun a military base near the border, and "
        "that its troops would recapture the base."
    )
    assert rule_sub_event(sentence) == "Non-state actor overtakes territory"


def test_a_deed_that_took_lives_is_a_toll():
    from sitrep.extract.fatalities import find_death_count

    assert find_death_count("The landslide of fire took the lives of 14 villagers.").quantity.value == 14
    assert find_death_count("An ambush that took the life of army captain Luis Mora shocked the town.").quantity.value == 1


def test_police_firing_on_a_protesting_crowd_is_excessive_force():
    text = (
        "Police fire on land protest in Jharkhand\n\n"
        "RANCHI, March 8 - Police opened fire on a crowd demonstrating against a mining project in Jharkhand on "
        "Thursday, killing three villagers, officials said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].sub_event_type == "Excessive force against protesters"


def test_an_aid_workers_convoy_ambushed_is_an_attack_on_civilians():
    text = (
        "Aid workers killed in Darfur\n\n"
        "NAIROBI, March 8 - Two aid workers were killed when gunmen ambushed their convoy near Nyala in South Darfur on "
        "Thursday, the charity they worked for said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].event_type == "Violence against civilians"


def test_an_unclaimed_drone_strike_names_no_state():
    text = (
        "Drone hits oil field in Kurdistan region\n\n"
        "ERBIL, March 8 - A drone struck an oil field near Zakho in Iraq's Kurdistan region on Thursday, starting a "
        "fire, the operator said. No group claimed the attack."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].actor1.name.startswith("Unidentified")



def test_a_bomb_told_with_where_it_was_hidden_is_an_explosion():
    from sitrep.extract.classify import rule_sub_event

    assert rule_sub_event("A bomb tied to a donkey cart went off near the checkpoint.") == "Remote explosive/landmine/IED"
    text = (
        "Blast at bus stand kills 3 in Peshawar\n\n"
        "PESHAWAR, March 8 (AP) - A bomb hidden on a bicycle exploded at a crowded bus stand in Peshawar on Thursday, "
        "killing three passengers and wounding 15, police said.\n\n"
        "No one claimed responsibility, but Baloch insurgents and the Pakistani Taliban have staged similar bombings "
        "in the region."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].sub_event_type == "Remote explosive/landmine/IED"


def test_a_half_year_tally_is_a_claim_not_an_event():
    text = (
        "UN counts 900 civilians killed in Sudan's Darfur in first half of year\n\n"
        "GENEVA, March 8 - At least 900 civilians were killed in Darfur in the first six months of the year, most of "
        "them in shelling of towns, the U.N. human rights office said on Friday."
    )
    extraction = extract_text(text, date(2024, 3, 8))
    assert not extraction.events
    assert any(c.kind.name == "FATALITIES" and c.value.value == 900 for c in extraction.claims)


def test_a_thousands_comma_does_not_cut_off_the_dead():
    from sitrep.extract.fatalities import find_death_count

    assert find_death_count("At least 2,100 people were killed in the floods of fighting.").quantity.value == 2100


def test_the_network_a_group_is_the_affiliate_of_is_not_its_actor():
    text = (
        "ANALYSIS-Jihadists squeeze Burkina Faso's east\n\n"
        "OUAGADOUGOU, March 8 (Reuters) - Al Qaeda's Sahel branch JNIM has grown bolder in eastern Burkina Faso. On "
        "March 2, its fighters ambushed a supply convoy near the town of Fada N'Gourma, killing seven soldiers, the "
        "army said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].actor1.name.startswith("JNIM")
    assert not any("ANALYSIS" in (a.text or "") for e in found for a in (e.actor1, e.actor2) if a)


def test_things_damaged_are_not_counted_among_the_dead():
    text = (
        "Drone strike on Kherson kills 2\n\n"
        "KYIV, March 8 (Reuters) - Russia launched 30 drones at Ukraine overnight, the air force said on Thursday, with "
        "one strike on the city of Kherson killing two people and damaging power infrastructure, the governor said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].fatalities.value == 2


def test_a_patrol_attacked_near_a_village_is_a_battle():
    text = (
        "Soldiers killed in Tillaberi\n\n"
        "NIAMEY, March 8 - Six Nigerien soldiers were killed on Tuesday when Islamic State fighters attacked their "
        "patrol near the village of Anzourou, the defence ministry said."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].event_type == "Battles"
    chief = (
        "Chief killed in Cameroon\n\n"
        "YAOUNDE, March 8 - Separatist fighters beheaded a traditional ruler in the village of Batibo on Tuesday, "
        "officials said."
    )
    found = extract_text(chief, date(2024, 3, 8)).events
    assert found and found[0].event_type == "Violence against civilians"


def test_armed_groups_that_fought_make_their_dead_a_battle_s():
    text = (
        "Truce in Zawiya after two days of clashes\n\n"
        "TRIPOLI, March 8 - Two armed groups that fought in the city of Zawiya this week agreed on Saturday to a "
        "ceasefire brokered by elders, officials said. At least six people were killed in the fighting."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].event_type == "Battles"


def test_a_province_named_only_inside_a_group_s_name_does_not_place_the_town():
    text = (
        "Blast near Karachi port kills 3\n\n"
        "KARACHI, March 8 (AP) - A bomb hidden in a cart exploded near Karachi's port on Thursday, killing three "
        "dockworkers, police said. The Balochistan Liberation Army claimed responsibility."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].place.admin1 == "Sindh"


def test_no_one_arrested_or_nobody_killed_is_no_toll_of_one_or_zero():
    from sitrep.extract.fatalities import find_death_count

    assert find_death_count("Nobody was killed when the rocket hit the depot.").quantity.value == 0
    lynching = "A crowd stoned to death a man accused of theft on Monday, police said. Police have arrested no one."
    assert find_death_count(lynching).quantity.value == 1


def test_a_speaker_s_government_is_no_claim_subject():
    text = (
        "Blast at Kandahar ministry office kills 4\n\n"
        "KABUL, March 8 - A bomb exploded at a provincial ministry office in Kandahar on Thursday, killing four "
        "employees, a Taliban government spokesman said."
    )
    claims = [c for c in extract_text(text, date(2024, 3, 8)).claims if c.kind.name == "FATALITIES"]
    assert claims and all(c.subject is None or c.subject.name != "Taliban" for c in claims)


def test_a_us_regional_command_that_says_it_struck_is_actor1():
    text = (
        "Somalia weekly\n\n"
        "MOGADISHU, March 8 - Key security events this week:\n\n"
        "On Tuesday, al Shabaab fighters ambushed an army convoy near Afgoye, killing five soldiers, a commander said.\n\n"
        "On Wednesday, U.S. Africa Command said it had carried out an air strike near Bu'aale that killed four al "
        "Shabaab militants."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    strike = [e for e in found if e.sub_event_type == "Air/drone strike"]
    assert strike and strike[0].actor1.name == "Military Forces of the United States"


def test_a_headline_town_that_the_body_calls_a_region_narrows_to_the_village():
    text = (
        "Soldiers accused of killing 12 in Segou\n\n"
        "BAMAKO, March 8 - Malian soldiers killed at least 12 civilians in the village of Farabougou in the Segou "
        "region last week, residents said on Thursday."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].place.name == "Farabougou"


def test_a_crowd_that_beat_people_to_death_is_a_lynching_with_its_toll():
    text = (
        "Villagers kill two suspected thieves in Malawi\n\n"
        "LILONGWE, March 8 - A crowd in the village of Chikwawa beat two young men to death on Friday after "
        "accusing them of stealing goats, a police spokesman said on Saturday.\n\n"
        "He said officers reached the village after the men had died."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].sub_event_type == "Mob violence"
    assert found[0].fatalities.value == 2


def test_what_is_common_is_no_incident_of_the_report():
    text = (
        "Crowd kills man accused of witchcraft in Tanzania\n\n"
        "DAR ES SALAAM, March 8 - A crowd in a village near Shinyanga beat a man to death on Thursday after "
        "accusing him of witchcraft, a police commander said.\n\n"
        "The commander said policemen arrived too late to stop the attack. Mob killings of suspected witches are "
        "common in the region."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert len(found) == 1 and found[0].actor2.name.startswith("Civilians")
    assert found[0].fatalities.value == 1


def test_the_neighbourhood_of_a_shooting_is_none_of_its_dead():
    text = (
        "LA PAZ, 4 MAY 89 (PRESENCIA) -- [TEXT] TWO ENGINEERS FROM GERMANY WERE SHOT DEAD LAST NIGHT AT THEIR HOME "
        "IN THE VILLA LA MERCED NEIGHBORHOOD OF LA PAZ. NO GROUP HAS CLAIMED RESPONSIBILITY."
    )
    found = extract_text(text, date(1989, 5, 4)).events
    assert found and found[0].fatalities.value == 2


def test_a_network_s_unnamed_local_affiliate_is_its_branch_there():
    text = (
        "Bomb kills 9 at Jalalabad market\n\n"
        "KABUL, March 8 - A bomb hidden in a handcart exploded in a crowded market in Jalalabad on Thursday, "
        "killing nine shoppers, a provincial spokesman said. The Islamic State group's Afghan affiliate claimed "
        "the bombing."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].actor1.name == "Islamic State (Afghanistan)"


def test_honduran_groups_of_the_eighties_are_known():
    text = (
        "TEGUCIGALPA, 6 JUN 89 (RADIO AMERICA) -- [TEXT] A BOMB DAMAGED THE OFFICES OF A FRUIT COMPANY IN LA "
        "CEIBA LAST NIGHT. THE LORENZO ZELAYA POPULAR REVOLUTIONARY FORCES CLAIMED RESPONSIBILITY FOR THE ATTACK."
    )
    found = extract_text(text, date(1989, 6, 6), dataset="gtd").events
    assert found and found[0].actor1.name.startswith("Lorenzo Zelaya")


def test_a_battle_s_unnamed_side_is_an_unidentified_group():
    text = (
        "Police kill 3 suspected robbers in Mombasa shootout\n\n"
        "MOMBASA, Kenya (AP) - Kenyan police shot dead three suspected robbers in a shootout in the Likoni area of "
        "Mombasa on Friday night, a police statement said.\n\n"
        "The statement said the suspects opened fire on officers who had been tipped off about a planned robbery. "
        "Two pistols were recovered."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].event_type == "Battles"
    assert found[0].actor2 is not None and found[0].actor2.name.startswith("Unidentified")


def test_death_squads_are_what_the_killers_are_not_a_named_service():
    text = (
        "SAN SALVADOR, 9 APR 90 (ACAN-EFE) -- [TEXT] UNIDENTIFIED MEN TODAY SHOT AND WOUNDED A TRADE UNION LEADER "
        "AS HE LEFT HIS OFFICE IN MEJICANOS. THE UNION BLAMED RIGHTIST DEATH SQUADS FOR THE ATTACK."
    )
    found = extract_text(text, date(1990, 4, 9), dataset="gtd").events
    assert found and (found[0].actor1 is None or "G-2" not in found[0].actor1.name.upper())


def test_a_charge_of_massacring_people_gives_their_number():
    text = (
        "GUATEMALA CITY, 2 MAR 90 (ACAN-EFE) -- [TEXT] A PEASANT ORGANIZATION TODAY ACCUSED SOLDIERS OF MASSACRING "
        "nine FARMERS IN THE VILLAGE OF SANTA ROSA, QUICHE DEPARTMENT. THE ARMY DENIED THE CHARGE."
    )
    found = extract_text(text.upper(), date(1990, 3, 2)).events
    assert found and found[0].fatalities.value == 9


def test_a_communique_s_annihilated_patrol_is_an_incident():
    text = (
        "SAN SALVADOR, 3 DEC 89 (RADIO VENCEREMOS) -- [COMMUNIQUE] [TEXT] THE GENERAL COMMAND REPORTS THAT OUR "
        "FORCES YESTERDAY ANNIHILATED AN ARMY PATROL NEAR THE TOWN OF BERLIN, USULUTAN DEPARTMENT, KILLING NINE "
        "SOLDIERS.\n\nOUR UNITS ALSO SABOTAGED TWO ELECTRIC POLES IN SAN VICENTE."
    )
    found = extract_text(text, date(1989, 12, 3)).events
    assert found and found[0].fatalities.value == 9 and found[0].date.start == date(1989, 12, 2)


def test_a_headline_and_its_lead_that_agree_tell_an_incident_with_the_lead_s_day():
    text = (
        "Two rockets hit near U.S. base in Erbil, no casualties\n\n"
        "ERBIL, Iraq (Reuters) - Two Katyusha rockets landed near a base hosting U.S. troops at Erbil airport late "
        "on Sunday, Kurdish security officials said. There were no casualties.\n\n"
        "No group claimed responsibility. Iran-backed militias have attacked U.S. targets in Iraq in the past."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].sub_event_type == "Shelling/artillery/missile attack"
    assert found[0].date.start == date(2024, 3, 3) and found[0].date.precision is Precision.DAY


def test_buses_set_on_fire_are_a_facility_attack():
    text = (
        "BOGOTA, 8 JUN 89 (INRAVISION TELEVISION CADENA 1) -- [REPORT] [TEXT] A GROUP OF ARMED MEN SET FIRE TO FOUR "
        "BUSES OF THE TRANSUBA COMPANY IN THE WESTERN PART OF BOGOTA LAST NIGHT AFTER FORCING THE PASSENGERS TO GET "
        "OFF. NO ONE WAS HURT.\n\n"
        "POLICE SOURCES SAID LEAFLETS OF THE NATIONAL LIBERATION ARMY (ELN) WERE FOUND AT THE SITE."
    )
    found = extract_text(text, date(1989, 6, 8), dataset="gtd").events
    assert found and found[0].type_in("gtd") == "Facility/Infrastructure Attack"


def test_a_count_since_a_peace_deal_is_no_toll_and_the_deal_s_year_no_date():
    text = (
        "Former guerrilla shot dead in Colombia's Narino\n\n"
        "BOGOTA (Reuters) - A demobilised FARC fighter who had signed up to the 2016 peace accord was shot dead "
        "by gunmen in the town of Tumaco in Narino province on Tuesday, the Comunes party said.\n\n"
        "About 400 former fighters have been killed since the accord was signed, the United Nations says."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert len(found) == 1 and found[0].fatalities.value == 1
    assert found[0].date.start == date(2024, 3, 5) and found[0].event_type == "Violence against civilians"


def test_the_m19_is_the_19th_of_april_movement():
    text = (
        "BOGOTA, 3 MAR 89 (EFE) -- [TEXT] M-19 GUERRILLAS TODAY ATTACKED A POLICE STATION IN THE TOWN OF SANTANDER "
        "DE QUILICHAO, CAUCA DEPARTMENT, KILLING TWO POLICEMEN."
    )
    found = extract_text(text, date(1989, 3, 3)).events
    assert found and found[0].actor1.name == "19th of April Movement"


def test_a_force_whose_vehicle_a_bomb_hit_is_its_target():
    text = (
        "Roadside bomb kills five Malian soldiers\n\n"
        "BAMAKO (Reuters) - A roadside bomb struck an army truck near Douentza in central Mali on Wednesday, "
        "killing five soldiers, the armed forces said.\n\n"
        "No group claimed the attack."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].actor1.name.startswith("Unidentified")
    assert found[0].actor2 is not None and found[0].actor2.name.startswith("Military Forces of Mali")


def test_a_group_that_denies_involvement_after_a_clause_is_no_actor():
    text = (
        "Gunmen kill six in attack on Nigerian police post\n\n"
        "ABUJA (Reuters) - Gunmen killed four police officers and two civilians in an attack on a police post in "
        "Anambra state early on Tuesday, police said, blaming separatists.\n\n"
        "The Indigenous People of Biafra, which seeks a separate state in the southeast, denied involvement."
    )
    found = extract_text(text, date(2024, 3, 8)).events
    assert found and found[0].actor1.name.startswith("Unidentified")


def test_inmates_left_dead_are_a_toll():
    from sitrep.extract.fatalities import find_death_count

    assert find_death_count("A gang fight inside the Tocoron jail left 14 inmates dead, officials said.").quantity.value == 14
    assert find_death_count("Gunmen stormed the jail, killing three guards and freeing 90 prisoners.").quantity.value == 3


def test_a_sabotage_attributed_to_a_group_is_that_group_s():
    text = (
        "SAN SALVADOR, 4 NOV 89 (RADIO CADENA YSU) -- [TEXT] THE ARMED FORCES HAVE REPORTED THAT A GROUP OF "
        "TERRORISTS LAST NIGHT DYNAMITED TWO ELECTRIC TOWERS NEAR SAN MIGUEL, LEAVING THE CITY WITHOUT POWER. THE "
        "ARMED FORCES ATTRIBUTED THE SABOTAGE TO THE FMLN."
    )
    found = extract_text(text, date(1989, 11, 4), dataset="gtd").events
    assert found and found[0].actor1.name.startswith("Farabundo Marti")
