"""Relations between armed groups, on sentences written for these tests."""

from __future__ import annotations

from sitrep.extract import extract_text
from sitrep.store.extractions import query_relations


def relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.kind.value, r.actor1.name, r.actor2.name) for r in extract_text(text).relations}


def test_cooperation_recruitment_allegiance_and_split():
    assert ("cooperation", "Jamaat-ul-Ahrar", "Lashkar-e-Jhangvi") in relations(
        "Police say Jamaat-ul-Ahrar worked closely with Lashkar-e-Jhangvi in the Quetta bombings."
    )
    assert ("recruitment", "Islamic State Khorasan Province", "Tehrik-i-Taliban Pakistan") in relations(
        "In Orakzai, ISKP has lured dozens of fighters away from the TTP, local elders said."
    )
    assert ("split", "Jamaat-ul-Ahrar", "Tehrik-i-Taliban Pakistan") in relations(
        "Jamaat-ul-Ahrar, a splinter group of the TTP, claimed the bombing in Lahore."
    ) or ("split", "Jamaat-ul-Ahrar", "Tehrik-i-Taliban Pakistan") in relations(
        "Jamaat-ul-Ahrar broke away from the TTP in 2014."
    )


def test_the_group_refers_to_the_group_last_named():
    found = relations(
        "Al Shabaab fighters stormed a base near Kismayo on Monday.\n\n"
        "A commander said the group had pledged allegiance to al-Qaeda years ago."
    )
    assert any(kind == "allegiance" and a == "Al Shabaab" for kind, a, _ in found), found


def test_a_denied_relation_is_not_stated():
    assert not relations("The Taliban denied that they were co-operating with the Islamic State in Kunar.")


def test_relations_are_stored_with_their_sentence(db):
    from sitrep.records import Report, report_id_for
    from sitrep.service.extract import extract_stored
    from sitrep.store.reports import store_reports

    body = "Officials said the Haqqani Network coordinated with the Taliban on the Kabul attack."
    store_reports(db, [Report(id=report_id_for(body), body=body, origin="k.txt")])
    extract_stored(db)
    from sitrep.service.actors import actor_query

    (row,) = query_relations(db, actor=actor_query("Haqqanis"))
    assert (row["kind"], row["actor1_name"], row["actor2_name"]) == ("cooperation", "Haqqani Network", "Taliban")
    assert row["sentence"] == body
