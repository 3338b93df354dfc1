"""Event clusters in the database: merging results, analysts' splits, and the merged view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sitrep.errors import NotFoundError, UsageError
from sitrep.figures import SourceFigure, summarise
from sitrep.records import EventSketch, Link

if TYPE_CHECKING:
    from sitrep.store.database import Database

SKETCH_COLUMNS = (
    "id",
    "report_id",
    "event_type",
    "date_start",
    "date_end",
    "country",
    "admin1",
    "admin2",
    "place_name",
    "latitude",
    "longitude",
    "geo_precision",
    "actor1_id",
    "actor1_name",
    "actor2_id",
    "actor2_name",
    "sub_event_type",
    "coalesce(date_inferred, false)",
)


def event_sketches(db: Database, batch: int = 5000) -> Iterator[EventSketch]:
    """Every event, sorted by country then date, streamed in batches."""
    cursor = db.execute(
        f"SELECT {', '.join(SKETCH_COLUMNS)} FROM events ORDER BY country NULLS LAST, date_start NULLS LAST, id"
    )
    while rows := cursor.fetchmany(batch):
        for row in rows:
            yield EventSketch(*row)


# How far merging looks (``resolve.merge``): a day-precise event is compared with events of the day
# before, a vaguer one with events that ended up to 32 days before it began.
FINE_REACH_DAYS = 2
COARSE_REACH_DAYS = 33


def has_clusters(db: Database) -> bool:
    """Whether any event was resolved before (else a resolve reads everything)."""
    return db.scalar("SELECT count(*) FROM (SELECT 1 FROM events WHERE cluster_id IS NOT NULL LIMIT 1)") > 0


def sketches_to_resolve(db: Database) -> list[EventSketch]:
    """The events a resolve must look at again after new ones came, sorted by country, then date: the new
    (unclustered) events; the later events of their countries that merging compares with them (a day
    after a day-precise one, 32 days after a vaguer one's end); the earlier events those may join (a
    day-precise one from two days before, a vaguer one that ended up to 33 days before); and every
    member of the clusters all these belong to. Their ids stay in the connection's table
    ``resolve_ids`` for ``save_links_of``."""
    db.execute("DROP TABLE IF EXISTS temp.resolve_blocks")
    db.execute("DROP TABLE IF EXISTS temp.resolve_ids")
    db.execute(
        """CREATE TEMP TABLE resolve_blocks AS
           SELECT country, min(date_start) AS first_day,
                  max(CASE WHEN coalesce(date_end, date_start) = date_start THEN date_start + ?
                           ELSE date_end + ? END) AS last_day
           FROM events WHERE cluster_id IS NULL AND country IS NOT NULL AND date_start IS NOT NULL
           GROUP BY country, date_trunc('month', date_start)""",
        [FINE_REACH_DAYS, COARSE_REACH_DAYS],
    )
    db.execute(
        """CREATE TEMP TABLE resolve_ids AS
           WITH nearby AS (
               SELECT e.id, e.cluster_id FROM events e JOIN resolve_blocks b
                 ON e.country = b.country AND e.date_start <= b.last_day
                AND CASE WHEN coalesce(e.date_end, e.date_start) = e.date_start
                         THEN e.date_start >= b.first_day - ? ELSE e.date_end >= b.first_day - ? END
               UNION ALL SELECT id, cluster_id FROM events WHERE cluster_id IS NULL)
           SELECT id FROM nearby
           UNION SELECT id FROM events WHERE cluster_id IN (SELECT cluster_id FROM nearby)""",
        [FINE_REACH_DAYS, COARSE_REACH_DAYS],
    )
    cursor = db.execute(
        f"SELECT {', '.join(SKETCH_COLUMNS)} FROM events WHERE id IN (SELECT id FROM resolve_ids) "
        "ORDER BY country NULLS LAST, date_start NULLS LAST, id"
    )
    return [EventSketch(*row) for row in cursor.fetchall()]


def save_links_of(db: Database, links: list[Link]) -> None:
    """Replace the clusters of the events ``sketches_to_resolve`` chose (and drop links of events that
    are gone), atomically."""
    with db.transaction():
        db.execute(
            "DELETE FROM event_links WHERE event_id IN (SELECT id FROM resolve_ids) "
            "OR event_id NOT IN (SELECT id FROM events)"
        )
        _insert_links(db, links)
        _copy_clusters_to_events(db, "AND e.id IN (SELECT id FROM resolve_ids)")
    db.execute("DROP TABLE IF EXISTS temp.resolve_blocks")
    db.execute("DROP TABLE IF EXISTS temp.resolve_ids")


def cluster_counts(db: Database) -> tuple[int, int, int]:
    """Events, distinct events (clusters) and clusters of more than one report, over the whole database."""
    row = db.execute(
        """SELECT coalesce(sum(n), 0), count(*), count(*) FILTER (WHERE n > 1)
           FROM (SELECT count(*) AS n FROM events GROUP BY coalesce(cluster_id, id))"""
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def split_pairs(db: Database) -> set[frozenset[str]]:
    """Pairs of events an analyst said are different events."""
    return {frozenset(pair) for pair in db.execute("SELECT event_a, event_b FROM merge_splits").fetchall()}


def save_links(db: Database, links: list[Link]) -> None:
    """Replace every event's cluster and merge reason, atomically."""
    with db.transaction():
        db.execute("DELETE FROM event_links")
        _insert_links(db, links)
        db.execute("UPDATE events SET cluster_id = NULL")
        _copy_clusters_to_events(db)


def _insert_links(db: Database, links: list[Link]) -> None:
    db.bulk_insert(
        "event_links",
        ("event_id", "cluster_id", "linked_to", "reason"),
        ((link.event_id, link.cluster_id, link.linked_to, link.reason) for link in links),
    )


def _copy_clusters_to_events(db: Database, condition: str = "") -> None:
    # In the table's row order: updated at random, rows updated before took DuckDB 71 s for 100,000
    # events (0.07 s in order).
    db.execute(
        "UPDATE events SET cluster_id = l.cluster_id FROM (SELECT e.rowid AS row_id, l.cluster_id "
        f"FROM events e JOIN event_links l ON e.id = l.event_id {condition} ORDER BY e.rowid) l "
        "WHERE events.rowid = l.row_id"
    )


def record_split(db: Database, event_id: str) -> list[str]:
    """Take an event out of its cluster for good: it will not merge with the others again."""
    row = db.rows("SELECT id, cluster_id FROM events WHERE id = ? OR id LIKE ?", [event_id, event_id + "%"])
    if len(row) != 1:
        raise NotFoundError(f"no single event with id {event_id!r}" + (" (prefix is ambiguous)" if row else ""))
    event_id, cluster_id = row[0]["id"], row[0]["cluster_id"]
    others = [
        r[0]
        for r in db.execute("SELECT id FROM events WHERE cluster_id = ? AND id <> ?", [cluster_id, event_id]).fetchall()
    ]
    now = datetime.now(UTC).replace(tzinfo=None)
    with db.transaction():
        for other in others:
            a, b = sorted((event_id, other))
            db.execute("INSERT INTO merge_splits VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [a, b, now])
        db.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id = ?", [cluster_id])  # resolved again next
    return others


# How a list of merged events may be sorted (names the web app offers; never SQL from a request).
CLUSTER_ORDERS = {
    "reports": "count(*) DESC, min(date_start), cluster_id",
    "newest": "max(date_start) DESC NULLS LAST, cluster_id",
    "oldest": "min(date_start) NULLS LAST, cluster_id",
    "deadliest": "max(fatalities) DESC NULLS LAST, count(*) DESC, cluster_id",
}


def merged_page(
    db: Database,
    where_sql: str = "",
    params: list[Any] | None = None,
    limit: int = 50,
    offset: int = 0,
    order: str = "reports",
    counted: bool = True,
) -> tuple[list[dict], int | None]:
    """One row per cluster with its sources and figures, most reported first or in another of
    ``CLUSTER_ORDERS`` (only the clusters of the page are read), and, when ``counted``, how many merged events
    match the filters in all, from the same grouping of the events (a separate count grouped them twice: a cold
    list page of 50 at 100,000 events 24 -> 20 ms); None otherwise (the map and the CLI show no total)."""
    if order not in CLUSTER_ORDERS:
        raise UsageError(f"sort must be one of {', '.join(CLUSTER_ORDERS)}, not {order!r}")
    clause = f"AND {where_sql}" if where_sql else ""
    total_column = "count(*) OVER ()" if counted else "NULL"
    clusters = db.execute(
        f"""SELECT cluster_id, {total_column} AS total FROM events WHERE cluster_id IS NOT NULL {clause}
            GROUP BY cluster_id ORDER BY {CLUSTER_ORDERS[order]} LIMIT ? OFFSET ?""",
        [*(params or []), limit, offset],
    ).fetchall()
    total = None
    if counted:
        total = clusters[0][1] if clusters else count_clusters(db, where_sql, params)  # a page past the end
    members = _members(db, [cluster_id for cluster_id, _ in clusters])
    return [_detail(cluster_id, members[cluster_id]) for cluster_id, _ in clusters if members[cluster_id]], total


def count_clusters(db: Database, where_sql: str = "", params: list[Any] | None = None) -> int:
    """How many merged events match the filters."""
    clause = f"AND {where_sql}" if where_sql else ""
    sql = f"SELECT count(DISTINCT cluster_id) FROM events WHERE cluster_id IS NOT NULL {clause}"
    return int(db.scalar(sql, params or []))


# The columns of an event that a merged event shows (``_detail``): reading these rather than every column
# halves the lookup (1.1 -> 0.5 ms an event at 100,000 events).
_MEMBER_COLUMNS = (
    "id, report_id, cluster_id, event_type, sub_event_type, date_start, date_precision, place_name, admin1, "
    "country, actor1_name, actor2_name, fatalities, fatalities_text, fatalities_hedge, fatalities_high, "
    "fatalities_attributed_to"
)


def _members(
    db: Database,
    cluster_ids: list[str],
    known_events: dict[str, dict] | None = None,
    known_reports: dict[str, dict] | None = None,
) -> dict[str, list[dict]]:
    """Each cluster's events with their reports' outlet and date and why each was linked, in date order.

    Three lookups by key for all the clusters at once (links by cluster, m012; events and reports by id), never
    a join: DuckDB joins by scanning, so one cluster cost 7.0 ms at 100,000 events by a join and 2.4 ms by
    lookups, and a page of 50 merged events 209 ms one cluster at a time. Members must still carry the
    cluster: a split leaves old links until the next resolve. Many clusters at once (a list page) are read in
    one join instead (``_JOIN_FROM``)."""
    if len(cluster_ids) >= _JOIN_FROM and not known_events and not known_reports:
        return _members_joined(db, cluster_ids)
    links = {
        r["event_id"]: r
        for r in _rows_in(
            db, "SELECT event_id, cluster_id, linked_to, reason FROM event_links", "cluster_id", cluster_ids
        )
    }
    known_events, known_reports = known_events or {}, known_reports or {}
    fetched = _rows_in(db, f"SELECT {_MEMBER_COLUMNS} FROM events", "id", [i for i in links if i not in known_events])
    events = [
        e
        for e in [*(known_events[i] for i in links if i in known_events), *fetched]
        if e["cluster_id"] == links[e["id"]]["cluster_id"]
    ]
    report_ids = {e["report_id"] for e in events}
    wanted = sorted(report_ids - set(known_reports))
    reports = {r["id"]: r for r in _rows_in(db, "SELECT id, outlet, published FROM reports", "id", wanted)}
    reports |= {i: r for i, r in known_reports.items() if i in report_ids}
    members: dict[str, list[dict]] = {cluster_id: [] for cluster_id in cluster_ids}
    for e in events:
        if e["report_id"] in reports:
            report, link = reports[e["report_id"]], links[e["id"]]
            members[e["cluster_id"]].append(
                e
                | {
                    "outlet": report["outlet"],
                    "published": report["published"],
                    "linked_to": link["linked_to"],
                    "reason": link["reason"],
                }
            )
    for rows in members.values():
        rows.sort(key=_member_order)
    return members


# From this many clusters on (a list page has 50), one join beats three lookups: a join scans, a lookup by
# key does not, but lookups grow with the ids (5 clusters 3.6 vs 10.3 ms, 20: 8.5 vs 11.3, 50: 17.5 vs 11.0).
_JOIN_FROM = 25
_JOINED_COLUMNS = ", ".join(f"e.{name.strip()}" for name in _MEMBER_COLUMNS.split(","))


def _members_joined(db: Database, cluster_ids: list[str]) -> dict[str, list[dict]]:
    """``_members`` for many clusters, in one query."""
    rows = db.rows(
        f"SELECT {_JOINED_COLUMNS}, r.outlet, r.published, l.linked_to, l.reason FROM events e "
        "JOIN event_links l ON e.id = l.event_id AND e.cluster_id = l.cluster_id JOIN reports r ON r.id = e.report_id "
        f"WHERE e.cluster_id IN ({', '.join('?' * len(cluster_ids))})",
        cluster_ids,
    )
    members: dict[str, list[dict]] = {cluster_id: [] for cluster_id in cluster_ids}
    for row in rows:
        members[row["cluster_id"]].append(row)
    for found in members.values():
        found.sort(key=_member_order)
    return members


def _rows_in(db: Database, select: str, column: str, values: list[str]) -> list[dict]:
    """``select`` restricted to rows whose ``column`` is one of ``values`` (one list parameter).

    One value is looked up by key. Many are joined to the table: DuckDB compares each row with each value
    of an IN list, so 150 cluster ids cost 17.5 ms in the links of 100,000 events, joined 4.6 ms."""
    if not values:
        return []
    if len(values) == 1:
        return db.rows(f"{select} WHERE {column} = ?", values)
    return db.rows(f"{select} WHERE {column} IN (SELECT unnest(?::VARCHAR[]))", [values])


def _member_order(row: dict) -> tuple:
    """Date order, undated last, then publication, then id (as ORDER BY date_start, published NULLS LAST, id)."""
    return (
        row["date_start"] is None,
        row["date_start"] or date.min,
        row["published"] is None,
        row["published"] or date.min,
        row["id"],
    )


def cluster_detail(
    db: Database, cluster_id: str, known_events: list[dict] = (), known_reports: list[dict] = ()
) -> dict:
    """One merged event: the anchor's fields, every report with its figure, merge reasons, a summary.

    Event and report rows the caller has read already (an event page has its own event and report) are not
    read again: most merged events have one report, whose page then costs two lookups fewer."""
    found = cluster_details(db, [cluster_id], known_events, known_reports)
    if cluster_id not in found:
        raise NotFoundError(f"no event cluster {cluster_id!r}")
    return found[cluster_id]


def cluster_details(
    db: Database, cluster_ids: list[str], known_events: list[dict] = (), known_reports: list[dict] = ()
) -> dict[str, dict]:
    """``cluster_detail`` of each of some merged events, read together (clusters with no member left out)."""
    members = _members(db, cluster_ids, {e["id"]: e for e in known_events}, {r["id"]: r for r in known_reports})
    return {cluster_id: _detail(cluster_id, rows) for cluster_id, rows in members.items() if rows}


def _detail(cluster_id: str, rows: list[dict]) -> dict:
    """A merged event from its members (``_members``): the anchor's fields, the sources, the summary."""
    figures = [
        SourceFigure(
            r["report_id"],
            r["outlet"],
            r["fatalities_attributed_to"],
            r["published"],
            r["fatalities"] if r["fatalities_text"] or r["fatalities"] else None,  # a default 0 is no figure
            r["fatalities_hedge"],
            r["fatalities_high"],
            r["fatalities_text"],
        )
        for r in rows
    ]
    summary = summarise(figures)
    anchor = next((r for r in rows if r["id"] == cluster_id.removeprefix("c:")), rows[0])
    return {
        "cluster_id": cluster_id,
        "event_type": anchor["event_type"],
        "sub_event_type": anchor["sub_event_type"],
        "date_start": anchor["date_start"],
        "date_precision": anchor["date_precision"],
        "place_name": anchor["place_name"],
        "admin1": anchor["admin1"],
        "country": anchor["country"],
        "actor1_name": anchor["actor1_name"],
        "actor2_name": anchor["actor2_name"],
        "reports": len(rows),
        "fatalities_low": summary.low,
        "fatalities_best": summary.best,
        "fatalities_high": summary.high,
        "fatalities_conservative": summary.conservative,
        "figures_disagree": summary.disagree,
        "sources": [
            {
                "event_id": r["id"],
                "report_id": r["report_id"],
                "outlet": r["outlet"],
                "published": r["published"],
                "source": f.source,
                "fatalities": f.value,
                "hedge": f.hedge,
                "fatalities_text": f.text,
                "date_start": r["date_start"],
                "place_name": r["place_name"],
                "merged_because": r["reason"],
                "linked_to": r["linked_to"],
            }
            for r, f in zip(rows, figures, strict=True)
        ],
    }
