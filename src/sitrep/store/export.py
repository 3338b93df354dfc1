"""Exporting tables as CSV, JSON Lines, GeoJSON or Parquet."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sitrep.errors import UsageError

if TYPE_CHECKING:
    from sitrep.store.database import Database

FORMATS = ("csv", "jsonl", "geojson", "parquet")
_REPORTS_SQL = (
    "SELECT id, published, published_precision, outlet, byline, title, url, language, origin, dateline, "
    "ingested_at, body FROM reports ORDER BY id"
)


# ACLED's column names first, then what sitrep adds (hedge, precision, provenance); ``e`` is an event row and
# ``r`` its report.
_EVENT_COLUMNS = """
e.id AS event_id_cnty,
       strftime(e.date_start, '%Y-%m-%d') AS event_date,
       year(e.date_start) AS year,
       CASE e.date_precision WHEN 'day' THEN 1 WHEN 'week' THEN 2 ELSE 3 END AS time_precision,
       CASE WHEN e.sub_event_type = 'Excessive force against protesters' THEN 'Political violence; Demonstrations'
            WHEN e.event_type = 'Protests' OR e.sub_event_type = 'Violent demonstration' THEN 'Demonstrations'
            WHEN e.event_type = 'Strategic developments' THEN 'Strategic developments'
            ELSE 'Political violence' END AS disorder_type,
       e.event_type, e.sub_event_type,
       e.actor1_name AS actor1, NULL AS assoc_actor_1, e.inter1, e.actor2_name AS actor2, NULL AS assoc_actor_2,
       e.inter2,
       CASE WHEN e.inter1 IS NULL THEN NULL WHEN e.inter2 IS NULL THEN e.inter1 * 10
            ELSE least(e.inter1, e.inter2) * 10 + greatest(e.inter1, e.inter2) END AS interaction,
       CASE WHEN e.event_type = 'Violence against civilians'
                 OR e.sub_event_type = 'Excessive force against protesters'
                 OR e.event_type IN ('Explosions/Remote violence', 'Riots')
                    AND (e.actor2_name LIKE 'Civilians%' OR len(list_intersect(
                        json_extract_string(coalesce(e.victims, '[]'), '$[*].kind'),
                        ['Private Citizens & Property', 'Religious Figures/Institutions', 'Journalists & Media',
                         'Educational Institution'])) > 0)
            THEN 'Civilian targeting' END AS civilian_targeting,  -- civilians the target: by type, actor or victims
       (SELECT c.iso FROM country_codes c WHERE c.country = e.country) AS iso,
       (SELECT c.region FROM country_codes c WHERE c.country = e.country) AS region,
       e.country, e.admin1, e.admin2, NULL AS admin3, e.place_name AS location, e.latitude, e.longitude,
       e.geo_precision, r.outlet AS source, NULL AS source_scale,
       (SELECT string_agg(v.sentence, ' ' ORDER BY v.seq) FROM evidence v
         WHERE v.owner_kind = 'event' AND v.owner_id = e.id) AS notes,
       CAST(e.fatalities AS BIGINT) AS fatalities, NULL AS tags,
       CAST(epoch(coalesce(r.extracted_at, r.ingested_at)) AS BIGINT) AS "timestamp",
       e.fatalities_hedge, e.fatalities_attributed_to, e.date_start, e.date_end, e.date_precision, e.date_inferred,
       e.taxonomy_types, e.victims, e.targets, e.perpetrators, e.weapons,
       e.report_id, r.url AS report_url, r.dateline AS report_dateline, e.extractor,
       e.actor1_text, e.actor1_link_score, e.actor1_link_reason, e.actor2_text, e.actor2_link_score,
       e.actor2_link_reason
"""
_REJECTED_EVENTS = """SELECT owner_id FROM reviews WHERE owner_kind = 'event'
                   QUALIFY row_number() OVER (PARTITION BY owner_id ORDER BY reviewed_at DESC) = 1
                       AND action = 'reject'"""
_EVENTS_SQL = f"""
SELECT {_EVENT_COLUMNS}
FROM events e JOIN reports r ON r.id = e.report_id
WHERE e.id NOT IN ({_REJECTED_EVENTS})
ORDER BY e.date_start NULLS LAST, e.id
"""
# One row per merged event: the anchor's fields (or, if a reviewer rejected it, the earliest member's), every
# outlet in ACLED's ``source`` (separated by '; ', as ACLED does), and every source's own figure. The figures
# are summarised as ``sitrep.figures.summarise`` does (tests/store/test_export_merged.py holds the two equal):
# ``fatalities`` is the lowest credible figure (ACLED's conservative rule), beside low / best / high.
_MERGED_EVENTS_SQL = """
WITH kept AS (
    SELECT e.*, coalesce(e.cluster_id, 'c:' || e.id) AS cid FROM events e WHERE e.id NOT IN ({rejected})
), chosen AS (SELECT DISTINCT cid FROM kept {matching}),
members AS (
    SELECT k.*, r.outlet AS member_outlet, r.published AS member_published,
           CASE WHEN coalesce(k.fatalities_text, '') <> '' OR coalesce(k.fatalities, 0) <> 0 THEN k.fatalities
                END AS figure,
           row_number() OVER (PARTITION BY k.cid ORDER BY k.id = substr(k.cid, 3) DESC, k.date_start NULLS LAST,
                              k.id) AS member_rank
    FROM kept k JOIN reports r ON r.id = k.report_id WHERE k.cid IN (SELECT cid FROM chosen)
), bounded AS (
    SELECT *,
           CASE WHEN figure IS NULL THEN NULL WHEN fatalities_hedge IN ('fewer_than', 'at_most') THEN 0
                ELSE figure END AS lo,
           CASE WHEN figure IS NULL OR fatalities_hedge IN ('more_than', 'at_least') THEN NULL
                WHEN fatalities_hedge = 'range' AND fatalities_high IS NOT NULL THEN fatalities_high
                ELSE figure END AS hi,
           coalesce(nullif(concat_ws(' via ', fatalities_attributed_to, member_outlet), ''), 'unattributed')
               || ': ' ||
           CASE WHEN figure IS NULL THEN 'no figure'
                ELSE CASE fatalities_hedge WHEN 'approx' THEN '~' WHEN 'more_than' THEN '>' WHEN 'at_least' THEN '≥'
                                           WHEN 'fewer_than' THEN '<' WHEN 'at_most' THEN '≤' ELSE '' END
                     || regexp_replace(CAST(figure AS VARCHAR), '\\.0$', '')
                     || CASE WHEN fatalities_hedge = 'range' AND fatalities_high IS NOT NULL
                             THEN '-' || regexp_replace(CAST(fatalities_high AS VARCHAR), '\\.0$', '') ELSE '' END
                END AS source_figure
    FROM members
), summary AS (
    SELECT cid, count(*) AS reports,
           string_agg(DISTINCT member_outlet, '; ' ORDER BY member_outlet) AS outlets,
           coalesce(min(lo) FILTER (WHERE figure IS NOT NULL
                                      AND coalesce(fatalities_hedge, '') NOT IN ('fewer_than', 'at_most')),
                    min(lo)) AS low,
           max(hi) AS closed_high, max(lo) AS highest_low, min(hi) AS lowest_high,
           list_sort(list(figure) FILTER (WHERE figure IS NOT NULL)) AS points,
           string_agg(source_figure, '; ' ORDER BY member_published NULLS LAST, id) AS source_figures
    FROM bounded GROUP BY cid
), figures AS (
    SELECT *, points[(len(points) - 1) // 2 + 1] AS best FROM summary
)
SELECT {columns},
       e.cid AS cluster_id, s.reports, s.low AS fatalities_low, s.best AS fatalities_best,
       CASE WHEN s.closed_high IS NOT NULL THEN greatest(s.closed_high, s.best) END AS fatalities_high,
       coalesce(s.highest_low > s.lowest_high, false) AS figures_disagree, s.source_figures
FROM bounded e JOIN reports r ON r.id = e.report_id JOIN figures s ON s.cid = e.cid
WHERE e.member_rank = 1
ORDER BY e.date_start NULLS LAST, e.id
"""


def merged_events_sql(where_sql: str = "") -> str:
    """The merged-events export query, over the clusters with an event matching ``where_sql`` (all if empty)."""
    columns = _EVENT_COLUMNS.replace("r.outlet AS source,", "s.outlets AS source,").replace(
        "CAST(e.fatalities AS BIGINT) AS fatalities,", "CAST(coalesce(s.low, e.fatalities) AS BIGINT) AS fatalities,"
    )
    matching = f"WHERE id IN (SELECT id FROM events WHERE {where_sql})" if where_sql else ""
    return _MERGED_EVENTS_SQL.format(rejected=_REJECTED_EVENTS, matching=matching, columns=columns)


_CLAIMS_SQL = """
SELECT c.id, c.kind, c.subject_name, c.value, c.hedge, c.value_high, c.unit, c.as_of_start, c.as_of_end,
       c.as_of_precision, c.place_name, c.country, c.attributed_to, r.outlet, c.event_id, c.report_id,
       (SELECT v.sentence FROM evidence v WHERE v.owner_kind = 'claim' AND v.owner_id = c.id LIMIT 1) AS evidence
FROM claims c JOIN reports r ON r.id = c.report_id
WHERE c.id NOT IN (SELECT owner_id FROM reviews WHERE owner_kind = 'claim'
                   QUALIFY row_number() OVER (PARTITION BY owner_id ORDER BY reviewed_at DESC) = 1
                       AND action = 'reject')
ORDER BY c.as_of_start NULLS LAST, c.id
"""
_RELATIONS_SQL = """
SELECT l.id, l.kind, l.actor1_name AS actor1, l.actor2_name AS actor2, l.actor1_text, l.actor2_text,
       l.as_of_start, l.as_of_end, l.as_of_precision, l.attributed_to, r.outlet, l.report_id, l.sentence,
       l.span_start, l.span_end, l.extractor, l.actor1_link_score, l.actor1_link_reason, l.actor2_link_score,
       l.actor2_link_reason
FROM relations l JOIN reports r ON r.id = l.report_id
ORDER BY l.as_of_start NULLS LAST, l.id
"""
_PLACED = {_EVENTS_SQL}
TABLES = {"reports": _REPORTS_SQL, "events": _EVENTS_SQL, "claims": _CLAIMS_SQL, "relations": _RELATIONS_SQL}


def export_table(db: Database, what: str, fmt: str, out: str | Path | None = None, merged: bool = False) -> int:
    """Write reports, events (ACLED-compatible columns; one row per report's event, or per ``merged`` event)
    or claims as ``fmt``; return the row count."""
    if what not in TABLES:
        raise UsageError(f"cannot export {what!r} (choose from {', '.join(TABLES)})")
    if what == "events" and merged:
        return export_events(db, fmt, out, merged=True)
    return export_query(db, TABLES[what], [], fmt, out)


def export_events(
    db: Database,
    fmt: str,
    out: str | Path | None = None,
    where_sql: str = "",
    params: list[Any] | None = None,
    merged: bool = False,
) -> int:
    """Events in ACLED's columns as ``fmt``, only those matching ``where_sql`` over the events table (the
    condition ``event_filter_sql`` makes, with its ``params``); one row per report's event, or per ``merged``
    event (a merged event matches when one of its reports' events does); return the row count."""
    if merged:
        return export_query(db, merged_events_sql(where_sql), list(params or []), fmt, out, placed=True)
    if not where_sql:
        return export_query(db, _EVENTS_SQL, [], fmt, out)
    sql = _EVENTS_SQL.replace(
        "ORDER BY e.date_start", f"  AND e.id IN (SELECT id FROM events WHERE {where_sql})\nORDER BY e.date_start"
    )
    return export_query(db, sql, list(params or []), fmt, out, placed=True)


def export_reports(db: Database, fmt: str, out: str | Path | None = None) -> int:
    """Write every report as ``fmt`` to ``out`` (stdout when None); return the row count."""
    return export_query(db, _REPORTS_SQL, [], fmt, out)


def export_query(
    db: Database, sql: str, params: list[Any], fmt: str, out: str | Path | None, placed: bool = False
) -> int:
    """Write a query's rows as csv, jsonl, geojson (rows with latitude and longitude: ``placed``) or parquet;
    return the row count."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    placed = placed or sql in _PLACED  # the events query, filtered or not
    if fmt == "geojson" and not placed:
        raise UsageError("geojson export is for events (they have coordinates); use csv, jsonl or parquet")
    if placed:
        _with_country_codes(db)
    if fmt == "parquet":
        if out is None:
            raise UsageError("parquet export needs --out FILE")
        relation = db.conn.sql(sql, params=params)
        relation.write_parquet(str(out))
        # fetchall, not fetchone: the result is finished, so the connection can write the next export
        return int(db.execute(f"SELECT count(*) FROM ({sql})", params).fetchall()[0][0])
    if out is None:
        return _write_stream(db, sql, params, fmt, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as handle:
        return _write_stream(db, sql, params, fmt, handle)


def _with_country_codes(db: Database) -> None:
    """Each country's ISO 3166 numeric code and ACLED region (``data/country_codes.json``, derived by
    ``train/derive_country_codes.py``) as a temporary table of this connection, for the events export."""
    present = "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'country_codes' AND temporary"
    if db.execute(present).fetchall()[0][0]:
        return
    db.execute("CREATE TEMP TABLE country_codes (country VARCHAR, iso INTEGER, region VARCHAR)")
    db.executemany("INSERT INTO country_codes VALUES (?, ?, ?)", _country_codes())


@cache
def _country_codes() -> list[list[Any]]:
    codes = json.loads((resources.files("sitrep.data") / "country_codes.json").read_text(encoding="utf-8"))
    return [[country, *values] for country, values in codes.items()]


def _write_stream(db: Database, sql: str, params: list[Any], fmt: str, handle: IO[str]) -> int:
    cursor = db.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    if fmt == "geojson":
        return _write_features(cursor, names, handle)
    writer = csv.writer(handle) if fmt == "csv" else None
    if writer:
        writer.writerow(names)
    count = 0
    while rows := cursor.fetchmany(1000):
        for row in rows:
            if writer:
                writer.writerow(["" if v is None else spreadsheet_safe(_plain(v)) for v in row])
            else:
                handle.write(json.dumps(dict(zip(names, map(_plain, row))), ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_features(cursor, names: list[str], handle: IO[str]) -> int:
    """An RFC 7946 FeatureCollection written a thousand rows at a time: each row a Point feature
    ([longitude, latitude]) with every other column as a property; a row without coordinates has a
    null geometry, as the RFC allows, so that no event is left out."""
    handle.write('{"type": "FeatureCollection", "features": [')
    count = 0
    while rows := cursor.fetchmany(1000):
        for row in rows:
            properties = {k: _plain(v) for k, v in zip(names, row) if k not in {"latitude", "longitude"}}
            values = dict(zip(names, row))
            lat, lon = values.get("latitude"), values.get("longitude")
            geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
            feature = {
                "type": "Feature",
                "id": properties.get("event_id_cnty"),
                "geometry": geometry,
                "properties": properties,
            }
            handle.write(("\n" if count == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
            count += 1
    handle.write("\n]}\n")
    return count


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula ('=HYPERLINK(…)', '+cmd|…', '@SUM') starts with
    a quote instead, as OWASP advises for CSV files; numbers stay numbers. sitrep's CSV reader removes
    the quote again, so its own export ingests back unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
