"""The MUC-4 coding profile's learned choice of which extracted events are keyed (reports written for these tests)."""

from datetime import date

from sitrep.evaluate.keyed import MUC4_COUNTRIES, ReportSignals, event_features, load_keyed_model
from sitrep.evaluate.profiles import profile_for
from sitrep.extract import extract_text

RECENT = (
    "SAN SALVADOR, 9 APR 90 (RADIO) -- [TEXT] URBAN GUERRILLAS SHOT AND KILLED TWO POLICEMEN ON A STREET OF "
    "SOYAPANGO, SAN SALVADOR DEPARTMENT, LAST NIGHT, THE NATIONAL POLICE REPORTED TODAY. THE ATTACKERS FLED "
    "IN A PICKUP TRUCK AFTER THE SHOOTING."
)
POLITICS = (
    "TEGUCIGALPA, 9 APR 90 (RADIO) -- [TEXT] THE HONDURAN CONGRESS TODAY DEBATED THE BUDGET FOR NEXT YEAR. "
    "DEPUTIES OF BOTH PARTIES RECALLED THAT IN 1982 A BOMB DESTROYED PART OF THE OLD CONGRESS BUILDING, AND "
    "THEY ASKED THE MINISTER OF FINANCE TO PAY FOR ITS REPAIR. THE VOTE WILL TAKE PLACE ON THURSDAY."
)


def test_the_model_ships_with_a_threshold_and_named_features():
    model = load_keyed_model()
    assert 0.0 < model.threshold < 1.0
    assert len(model.names) == len(model.coef) > 10
    assert "relevance" in model.names and "age=older" in model.names


def test_features_describe_the_event_and_its_report():
    events = list(extract_text(RECENT, date(1990, 4, 9), dataset="gtd").events)
    assert events
    signals = ReportSignals(relevance=0.8, published=date(1990, 4, 9), length=len(RECENT), count=len(events))
    features = event_features(events[0], 0, signals)
    assert features["relevance"] == 0.8 and features["muc4_country"] == 1.0
    assert features["age=0-3"] == 1.0 and features["fatalities"] == 1.0
    assert "El Salvador" in MUC4_COUNTRIES


def test_a_recent_attack_is_kept_and_an_old_bombing_recalled_in_a_debate_weighs_less():
    muc4 = profile_for("muc4")
    recent = list(extract_text(RECENT, date(1990, 4, 9), dataset="gtd").events)
    kept = muc4.keep(RECENT, recent, date(1990, 4, 9))
    assert len(kept) == 1 and kept[0].fatalities.value == 2
    recalled = list(extract_text(POLITICS, date(1990, 4, 9), dataset="gtd").events)
    assert recalled[0].date.start.year == 1982  # dated by the bombing, not by the debate 'today'
    model = load_keyed_model()
    signals = ReportSignals(relevance=0.6, published=date(1990, 4, 9), length=len(RECENT), count=1)
    old, new = (model.probability(event_features(e[0], 0, signals)) for e in (recalled, recent))
    assert old < new - 0.2


def test_the_same_event_scores_lower_in_a_report_about_something_else():
    event = extract_text(RECENT, date(1990, 4, 9), dataset="gtd").events[0]
    model = load_keyed_model()
    about_it = ReportSignals(relevance=0.9, published=date(1990, 4, 9), length=len(RECENT), count=1)
    aside = ReportSignals(relevance=0.2, published=date(1990, 4, 9), length=len(RECENT), count=1)
    doubted, sure = (model.probability(event_features(event, 0, s)) for s in (aside, about_it))
    assert doubted < sure - 0.2 and sure > model.threshold


CLASH = (
    "SAN SALVADOR, 9 APR 90 (RADIO) -- [TEXT] ARMY TROOPS AND GUERRILLAS CLASHED FOR FOUR HOURS NEAR THE TOWN OF "
    "SESORI, SAN MIGUEL DEPARTMENT, YESTERDAY; THREE SOLDIERS AND FIVE REBELS DIED IN THE FIGHTING, THE ARMY SAID."
)


def test_a_clash_between_armed_sides_weighs_less_than_an_attack_on_people():
    model = load_keyed_model()
    signals = ReportSignals(relevance=0.6, published=date(1990, 4, 9), length=len(CLASH), count=1)
    clash = extract_text(CLASH, date(1990, 4, 9), dataset="gtd").events[0]
    attack = extract_text(RECENT, date(1990, 4, 9), dataset="gtd").events[0]
    features = event_features(clash, 0, signals)
    assert features["acled=Battles"] == 1.0
    assert model.probability(features) < model.probability(event_features(attack, 0, signals))
    weight = dict(zip(model.names, model.coef))
    assert weight["acled=Battles"] < weight["acled=Violence against civilians"]
