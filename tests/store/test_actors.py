"""Provisional actors, merges and promotions in a real database file."""

import pytest

from sitrep.errors import NotFoundError, UsageError
from sitrep.extract import extract_text
from sitrep.service.actors import find_actor, merge_actors, promote_actor
from sitrep.store.actors import provisional_actors
from sitrep.store.extractions import save_extraction

TEXTS = [
    "Fighters from the Mountain Hawks (MH) fired rockets at an army base in Kunduz, Afghanistan, on 3 May 2021.",
    "The Mountain Hawks claimed responsibility for an ambush that killed two soldiers in Baghlan, Afghanistan.",
    "Militants of the Sword of the Valley Brigade attacked a checkpoint in Takhar, Afghanistan.",
]


@pytest.fixture
def stored(db):
    for i, text in enumerate(TEXTS):
        extraction = extract_text(text, report_id=f"r{i}")
        db.execute("INSERT INTO reports (id, body, ingested_at) VALUES (?, ?, now())", [f"r{i}", text])
        save_extraction(db, extraction, "test")
    return db


def test_unknown_groups_become_provisional_actors_with_their_mentions(stored):
    rows = {r["name"]: r for r in provisional_actors(stored)}
    assert rows["Mountain Hawks"]["mentions"] == 2 and rows["Mountain Hawks"]["reports"] == 2
    assert "Sword of the Valley Brigade" in rows
    assert find_actor(stored, "MH").name == "Mountain Hawks"  # the acronym leads to it


def test_merge_moves_names_and_mentions_and_is_audited(stored):
    merged, into = merge_actors(stored, "Sword of the Valley Brigade", "Mountain Hawks")
    assert into.name == "Mountain Hawks"
    assert find_actor(stored, "Sword of the Valley Brigade").id == into.id
    assert [r["name"] for r in provisional_actors(stored)] == ["Mountain Hawks"]
    assert provisional_actors(stored)[0]["mentions"] == 3
    assert stored.scalar("SELECT merged_name FROM actor_merges") == "Sword of the Valley Brigade"
    # Re-extracting a report keeps the decision: the merged name still leads to the target.
    save_extraction(stored, extract_text(TEXTS[2], report_id="r2"), "test")
    assert provisional_actors(stored)[0]["mentions"] == 3


def test_merge_into_a_known_actor_and_refusals(stored):
    merge_actors(stored, "Mountain Hawks", "Taliban")
    assert find_actor(stored, "Mountain Hawks").id == "taliban"
    with pytest.raises(UsageError):
        merge_actors(stored, "Taliban", "ISKP")  # knowledge-base actors are merged in actors.yaml
    with pytest.raises(NotFoundError, match="did you mean"):
        find_actor(stored, "Mountain Hawkz")


def test_promote_confirms_the_actor(stored):
    actor = promote_actor(stored, "Mountain Hawks", "rebel", "Afghanistan")
    assert not actor.provisional and actor.inter_code == 2 and actor.country == "Afghanistan"
    assert "Mountain Hawks" not in {r["name"] for r in provisional_actors(stored)}
    with pytest.raises(UsageError):
        promote_actor(stored, "Sword of the Valley Brigade", "pirates")


def _event_actors(db, report_id):
    return db.execute("SELECT actor1_id, actor1_name FROM events WHERE report_id = ?", [report_id]).fetchall()


def test_a_found_group_fills_its_event_and_a_merge_reaches_the_next_extraction(stored):
    assert _event_actors(stored, "r2") == [("prov:sword-of-the-valley-brigade", "Sword of the Valley Brigade")]
    merge_actors(stored, "Sword of the Valley Brigade", "Taliban")
    assert _event_actors(stored, "r2") == [("taliban", "Taliban")]  # the stored event moves at once
    save_extraction(stored, extract_text(TEXTS[2], report_id="r2"), "test")  # sitrep extract --all
    assert _event_actors(stored, "r2") == [("taliban", "Taliban")]  # ... and stays moved


def test_a_promoted_group_keeps_filling_its_events(stored):
    promote_actor(stored, "Mountain Hawks", "rebel", "Afghanistan")
    save_extraction(stored, extract_text(TEXTS[0], report_id="r0"), "test")
    assert _event_actors(stored, "r0") == [("prov:mountain-hawks", "Mountain Hawks")]
    assert not find_actor(stored, "Mountain Hawks").provisional
