"""Whole-report scoring (MUC-4 style) on reports and templates written for these tests."""

import json

from sitrep.evaluate import evaluate
from sitrep.evaluate.documents import filler_matches
from sitrep.evaluate.split import is_held_out, part_of


def template(kind, gtd, perp, victims, day, country, place, deaths):
    return {
        "template": "1", "optional": False, "incident_type": [kind], "gtd_types_accepted": gtd,
        "date_alternatives": [{"form": "day", "start": day, "end": day}],
        "location_alternatives": [{"country": country, "path": [{"name": place, "type": "CITY"}]}],
        "perp_organization_ids": [{"optional": False, "strings": perp}] if perp else [],
        "perp_individual_ids": [], "phys_tgt_ids": [], "instrument_ids": [],
        "hum_tgt_names": [], "hum_tgt_descriptions": [{"optional": False, "set": [], "refs": victims}],
        "deaths": deaths, "deaths_status": "keyed",
    }


RELEVANT = (
    "LIMA, 4 MAR 24 (WIRE) -- [TEXT] SHINING PATH GUERRILLAS KILLED TWO PEASANTS IN HUANTA, AYACUCHO, "
    "PERU, YESTERDAY, POLICE REPORTED TODAY."
)
IRRELEVANT = "LIMA, 4 MAR 24 (WIRE) -- [TEXT] THE PERUVIAN CONGRESS APPROVED THE BUDGET FOR NEXT YEAR TODAY."


def records(tmp_path):
    keyed = template("ATTACK", ["Armed Assault"], ["SHINING PATH"], ["PEASANTS"], "2024-03-03", "PERU", "HUANTA", 2)
    rows = [
        {"id": "t:1", "dataset": "muc4", "text": RELEVANT, "published": "2024-03-04",
         "gold": {"event_date": "2024-03-03", "event_type": "Armed Assault", "actor1": "SHINING PATH",
                  "country": "Peru", "location": "Huanta", "fatalities": 2},
         "gold_extra": {"relevant": True, "primary_template": "1", "templates": [keyed],
                        "event_types_accepted": ["Armed Assault"]}},
        {"id": "t:2", "dataset": "muc4", "text": IRRELEVANT, "published": "2024-03-04", "gold": {},
         "gold_extra": {"relevant": False, "templates": []}},
    ]
    path = tmp_path / "muc.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def test_whole_reports_are_scored_per_template(tmp_path):
    result = evaluate([records(tmp_path)])["muc4"]
    docs = result["documents"]
    assert docs["counts"]["templates"] == 1 and docs["counts"]["irrelevant"] == 1
    assert docs["incident_recall"] == 1.0
    assert docs["matched_event_type"] == 1.0 and docs["matched_country"] == 1.0
    assert docs["matched_fatalities"] == 1.0
    assert result["fields"]["actor1"]["accuracy"] == 1.0
    assert docs["rf_perp_organization"] > 0


def test_fillers_match_by_words_and_head():
    assert filler_matches("the FMLN", ("FMLN",))
    assert filler_matches("guerrillas", ("URBAN GUERRILLAS",))
    assert not filler_matches("urban commandos", ("URBAN GUERRILLAS",))
    assert not filler_matches(None, ("X",))


def test_the_held_out_part_is_fixed_and_about_a_fifth():
    ids = [f"acled:{i}" for i in range(5000)]
    share = sum(is_held_out(i) for i in ids) / len(ids)
    assert 0.17 < share < 0.23
    assert {part_of(i) for i in ids} == {"fit", "tune", "held_out"}
    assert [is_held_out(i) for i in ids[:50]] == [is_held_out(i) for i in ids[:50]]


def test_key_alternatives_left_joined_are_each_an_answer():
    from sitrep.evaluate.documents import templates_of
    from sitrep.evaluate.match import same_actor

    raw = {"templates": [{"gtd_types_accepted": ["Armed Assault"],
                          "perp_organization_ids": [{"strings": ['ARMED FORCES"/"MILITARY"/"ARMY']}]}]}
    assert templates_of(raw)[0].slots["perp_organization"] == [("ARMED FORCES", "MILITARY", "ARMY")]
    assert same_actor("army", 'ARMED FORCES"/"MILITARY"/"ARMY', "El Salvador")
    assert not same_actor("FMLN", 'ARMED FORCES"/"MILITARY"/"ARMY', "El Salvador")
