"""The actor knowledge base and mentions."""

from sitrep.actors import find_actor_mentions, load_actor_base
from sitrep.actors.mentions import generic_name


def test_every_alias_resolves_to_the_same_actor():
    base = load_actor_base()
    for alias in ("IS-K", "ISIS-K", "ISKP", "Islamic State of Khorasan", "Islamic State Khorasan Province"):
        assert base.resolve(alias).id == "iskp", alias


def test_dataset_names():
    base = load_actor_base()
    ttp = base.resolve("Pakistani Taliban")
    assert base.dataset_name(ttp, "ucdp") == "TTP"
    assert base.state_force("Afghanistan", "military", "acled").startswith("Military Forces of Afghanistan")
    assert base.state_force("Narnia", "police", "acled") == "Police Forces of Narnia"


def test_generic_actors_take_the_country():
    base = load_actor_base()
    assert generic_name("civilians", "Mali", base) == "Civilians (Mali)"
    assert generic_name("unidentified", "Kenya", base) == "Unidentified Armed Group (Kenya)"


def test_mentions_named_and_generic():
    mentions = find_actor_mentions("Taliban militants ambushed Afghan soldiers near the road.")
    assert [m.actor.id if m.actor else m.role for m in mentions] == ["taliban", "military"]
    assert mentions[1].country == "Afghanistan"


def test_a_name_means_different_groups_in_different_countries():
    base = load_actor_base()
    taliban, islamic_state = base.resolve("Taliban"), base.resolve("IS")
    assert base.in_country(taliban, "Pakistan").id == "ttp"
    assert base.in_country(taliban, "Afghanistan").id == "taliban"
    assert base.in_country(islamic_state, "Afghanistan").id == "iskp"
    assert base.in_country(islamic_state, "Iraq").id == "islamic_state"


def test_ucdp_names_the_state_by_its_government():
    base = load_actor_base()
    assert generic_name("military", "Pakistan", base, "ucdp") == "Government of Pakistan"
    assert generic_name("military", "Pakistan", base, "acled2015") == "Military Forces of Pakistan"


def test_acled_names_each_countrys_islamic_state_by_the_country():
    base = load_actor_base()
    islamic_state = base.resolve("ISIS")
    assert base.dataset_name(islamic_state, "acled", "Egypt") == "Islamic State (Egypt)"
    assert base.dataset_name(islamic_state, "gtd", "Egypt") == "Islamic State of Iraq and the Levant (ISIL)"


def test_pro_government_militias_are_a_generic_actor():
    mentions = find_actor_mentions("Taliban militants ambushed and killed 3 Arbakis in Sholgara district.")
    assert [m.role for m in mentions if m.role] == ["progov_militia"]
    assert generic_name("progov_militia", "Afghanistan", load_actor_base()) == "Militia (Pro-Government)"


def test_derived_groups_know_their_country():
    base = load_actor_base()
    assert base.resolve("CODECO").country == "Democratic Republic of Congo"


def test_inter_codes_of_event_actors():
    from sitrep.actors.kb import inter_code_of
    from sitrep.records import ActorRef

    def code(name, country):
        return inter_code_of(ActorRef(name, None, name), country)

    assert code("Military Forces of Afghanistan (2014-)", "Afghanistan") == 1
    assert code("Military Forces of the United States", "Afghanistan") == 8  # a state's forces abroad are external
    assert code("Taliban", "Afghanistan") == 2
    assert (
        code("Rioters (India)", "India"),
        code("Protesters (Chile)", "Chile"),
        code("Civilians (Mali)", "Mali"),
    ) == (5, 6, 7)
    assert code("Unidentified Armed Group (Niger)", "Niger") == 3
    assert inter_code_of(None) is None


def test_a_name_two_groups_bear_is_linked_by_the_reports_country_with_its_reasons():
    from datetime import date

    from sitrep.extract import extract_text

    lebanon = "PSP fighters clashed with supporters of a rival party in Aley, Lebanon, on 3 May 2020."
    pakistan = "PSP gunmen shot at a rival party office in Multan, Pakistan, on 3 May 2015."
    first = extract_text(lebanon, date(2020, 5, 4)).events[0].actor1
    second = extract_text(pakistan, date(2015, 5, 4)).events[0].actor1
    assert first.name == "PSP: Progressive Socialist Party" and "acts in Lebanon" in first.link.reason
    assert second.actor_id != first.actor_id and "acts in Pakistan" in second.link.reason
    assert "first of 2 actors" in first.link.reason and 0 < first.link.score <= 1


def test_linking_counts_years_active_against_the_reports():
    base = load_actor_base()
    _, near = base.link("PSP", {"Lebanon"}, 2020)
    _, far = base.link("PSP", {"Lebanon"}, 1975)
    assert near.score > far.score and "not 1975" in far.reason


def test_equal_evidence_keeps_the_alias_index_choice():
    base = load_actor_base()
    actor, link = base.link("ELN", {"Colombia"}, 1989)
    assert actor.id == base.aliases["ELN"] and link.score <= 1


def test_a_group_the_dataset_codes_under_another_name_is_named_as_it_codes_it():
    from datetime import date

    from sitrep.extract import extract_text

    text = (
        "On 3 May 2021, the Luhansk People's Militia shelled Ukrainian positions near Zolote, Luhansk, "
        "wounding one soldier."
    )
    event = extract_text(text, date(2021, 5, 4), dataset="acled").events[0]
    assert event.actor1.name == "NAF: United Armed Forces of Novorossiya"  # ACLED's name for the militias
    assert event.actor1.text == "Luhansk People's Militia" and event.actor2.name.startswith("Military Forces of Ukraine")
