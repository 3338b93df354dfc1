"""End-to-end extraction on reports written for these tests."""

from datetime import date

from sitrep.extract import extract_text
from sitrep.records import ClaimKind, Hedge, Precision

REPORT = """Al-Shabaab's strength in the south has grown, officials say.

Al-Shabaab fighters attacked an army base in Kismayo, Somalia, on Tuesday, killing 9 soldiers, according to military officials. The attack began before dawn.

Last year 3,000 fighters were thought to be serving with al-Shabaab in Jubaland, security sources say. Now, more than 4,000 militants are fighting for the group as it expands.

The prison in the town was holding upwards of 600 prisoners at the time. More than 200 inmates escaped during the fighting, which lasted some 10 hours.
"""


def test_long_report_events_and_claims():
    result = extract_text(REPORT, date(2019, 3, 14))
    assert len(result.events) == 1
    event = result.events[0]
    assert event.date.start == date(2019, 3, 12) and event.date.precision is Precision.DAY
    assert event.fatalities.value == 9
    assert event.place.country == "Somalia" and event.place.name == "Kismayo"
    assert event.actor1.actor_id == "al_shabaab"
    assert event.fatalities_attributed_to == "military officials"
    strength = sorted((c for c in result.claims if c.kind is ClaimKind.STRENGTH), key=lambda c: c.value.value)
    assert [(c.value.value, c.value.hedge) for c in strength] == [(3000, Hedge.APPROX), (4000, Hedge.MORE_THAN)]
    assert strength[0].as_of.start == date(2018, 1, 1) and strength[0].as_of.precision is Precision.YEAR
    assert strength[1].as_of.precision is Precision.MONTH
    assert all(c.attributed_to == "security sources" for c in strength)
    assert all(c.subject and c.subject.actor_id == "al_shabaab" for c in strength)
    counts = {c.value.value: c for c in result.claims if c.kind is ClaimKind.COUNT}
    assert counts[600].value.hedge is Hedge.AT_LEAST and counts[200].value.hedge is Hedge.MORE_THAN
    assert not any(c.kind is ClaimKind.FATALITIES and c.value.value in {600, 200, 10} for c in result.claims)
    assert not any(c.value and 1900 <= c.value.value <= 2100 for c in result.claims)
    for claim in result.claims:
        assert claim.evidence.sentence in REPORT


def test_short_note_is_one_event_with_zero_default_fatalities():
    result = extract_text("On 4 May 2021, demonstrators gathered in Lahore, Punjab to demand higher wages.")
    (event,) = result.events
    assert event.event_type == "Protests" and event.sub_event_type == "Peaceful protest"
    assert event.actor1.name == "Protesters (Pakistan)"
    assert event.place.admin1 == "Punjab" and event.place.country == "Pakistan"
    assert event.fatalities.value == 0


def test_not_political_violence_yields_no_event():
    assert extract_text("A powerful earthquake and floods killed 40 people in the valley.").events == ()


def test_undated_report_infers_its_year():
    text = (
        "On February 29th, the two sides signed a ceasefire agreement in Doha. "
        "In a 2018 assessment, analysts counted roughly 700 fighters. "
        * 2
        + "\n\nOn July 9 gunmen stormed a checkpoint in Kandahar, Afghanistan, killing 3 police officers."
    )
    result = extract_text(text)
    dated = [e for e in result.events if e.date.start]
    assert {e.date.start for e in dated} >= {date(2020, 2, 29), date(2020, 7, 9)}
    assert all(e.date.inferred for e in dated)


def test_the_side_that_suffered_is_not_actor1():
    from sitrep.extract import extract_text

    text = "On 4 June 2020, 2 Afghan soldiers were killed in fighting with Taliban militants in Ghazni city, Ghazni."
    event = extract_text(text).events[0]
    assert event.actor1.name == "Taliban" and event.actor2.name.startswith("Military Forces of Afghanistan")


def test_a_group_saying_it_carried_out_the_attack_is_actor1():
    from sitrep.extract import extract_text

    text = "A bomb killed 12 people at a shrine in Sehwan, Sindh, Pakistan, police said. Islamic State said it carried out the attack."
    assert extract_text(text).events[0].actor1.actor_id == "islamic_state"
