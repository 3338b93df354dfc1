"""Actors in a database: provisional actors found in reports, analysts' merges and promotions.

The shipped knowledge base (``actors.yaml``) is read-only; what an analyst
decides about a corpus lives in its database: ``actors`` rows for provisional
and promoted actors, ``actor_aliases`` for every name that leads to one,
``actor_mentions`` with the sentence of each mention, and ``actor_merges`` as
the audit trail.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sitrep.errors import UsageError
from sitrep.names import fold, generic_kind
from sitrep.records import Actor, ActorRef, Extraction, GroupMention, provisional_id

if TYPE_CHECKING:
    from sitrep.store.database import Database


def relinked(db: Database, extraction: Extraction) -> Extraction:
    """An extraction whose provisional actors follow the reviews stored in this database: a group merged
    into another actor (``sitrep actors merge``) is that actor in the next extraction too."""
    cache: dict[str, ActorRef | None] = {}

    def follow(ref: ActorRef | None) -> ActorRef | None:
        if ref is None or not (ref.actor_id or "").startswith("prov:"):
            return ref
        if ref.actor_id not in cache:
            target = _alias_target(db, ref.name or ref.text)
            cache[ref.actor_id] = (
                None if target in (None, ref.actor_id) else ActorRef(ref.text, target, _name_of(db, target))
            )
        return cache[ref.actor_id] or ref

    events = tuple(replace(e, actor1=follow(e.actor1), actor2=follow(e.actor2)) for e in extraction.events)
    claims = tuple(replace(c, subject=follow(c.subject)) for c in extraction.claims)
    relations = tuple(replace(r, actor1=follow(r.actor1), actor2=follow(r.actor2)) for r in extraction.relations)
    return replace(extraction, events=events, claims=claims, relations=relations)


def _name_of(db: Database, actor_id: str) -> str:
    stored = db.scalar("SELECT name FROM actors WHERE id = ?", [actor_id])
    merged_into = db.scalar(
        "SELECT into_name FROM actor_merges WHERE into_id = ? AND into_name IS NOT NULL ORDER BY merged_at DESC LIMIT 1",
        [actor_id],
    )
    return stored or merged_into or actor_id


def save_group_mentions(db: Database, report_id: str, mentions: Iterable[GroupMention]) -> None:
    """Replace a report's mentions of unknown groups; new names become provisional actors.

    Call inside the transaction that stores the report's extraction."""
    db.execute("DELETE FROM actor_mentions WHERE report_id = ?", [report_id])
    for mention in mentions:
        actor_id = _alias_target(db, mention.name) or (mention.acronym and _alias_target(db, mention.acronym))
        if not actor_id:
            actor_id = provisional_id(mention.name)
            db.execute(
                "INSERT INTO actors (id, name, kind, provisional) VALUES (?, ?, 'unknown', true) ON CONFLICT DO NOTHING",
                [actor_id, mention.name],
            )
        for alias in filter(None, (mention.name, mention.acronym)):
            _add_alias(db, alias, actor_id)
        db.execute(
            "INSERT INTO actor_mentions (actor_id, report_id, mention, span_start, span_end, sentence) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [actor_id, report_id, mention.name, mention.start, mention.end, mention.evidence.sentence],
        )


def _alias_target(db: Database, name: str) -> str | None:
    return db.scalar("SELECT actor_id FROM actor_aliases WHERE alias_key = ? LIMIT 1", [fold(name)])


def _add_alias(db: Database, alias: str, actor_id: str) -> None:
    if _alias_target(db, alias) is None:
        db.execute(
            "INSERT INTO actor_aliases (alias_key, alias, actor_id) VALUES (?, ?, ?)", [fold(alias), alias, actor_id]
        )


def stored_actor(db: Database, name: str) -> Actor | None:
    """The actor a name means in this database (provisional, promoted or merged, or a generic name on
    events), or None; the knowledge base is the caller's to ask first (``sitrep.service.actors``)."""
    target = _alias_target(db, name)
    stored_id = db.scalar("SELECT id FROM actors WHERE id = ?", [target or name])
    if stored_id:
        return _stored_actor(db, stored_id)
    if target:
        return Actor(id=target, name=_name_of(db, target), kind="unknown")  # merged into a known actor
    return _generic_actor(db, name)


def _generic_actor(db: Database, name: str) -> Actor | None:
    """Generic actors ('Police Forces of Pakistan', 'Civilians (Mali)') exist as names on events."""
    stored = db.scalar(
        "SELECT name FROM (SELECT actor1_name AS name FROM events UNION ALL SELECT actor2_name FROM events) "
        "WHERE lower(name) = lower(?) LIMIT 1",
        [name],
    )
    if stored is None:
        return None
    kind = generic_kind(stored) or "unknown"
    return Actor(id="generic:" + fold(stored).replace(" ", "-"), name=stored, kind=kind)


def _stored_actor(db: Database, actor_id: str) -> Actor:
    row = db.rows("SELECT * FROM actors WHERE id = ?", [actor_id])[0]
    aliases = stored_aliases(db, actor_id)
    return Actor(
        id=row["id"],
        name=row["name"],
        kind=row["kind"] or "unknown",
        country=row["country"],
        aliases=tuple(a for a in aliases if a != row["name"]),
        parent=row["parent"],
        dataset_names=json.loads(row["dataset_names"]) if row["dataset_names"] else {},
        provisional=bool(row["provisional"]),
    )


def stored_alias_names(db: Database) -> list[str]:
    """Every name this database has learned (for suggesting a close one)."""
    return [r[0] for r in db.execute("SELECT alias FROM actor_aliases").fetchall()]


def stored_aliases(db: Database, actor_id: str) -> list[str]:
    """Names this database has learned for an actor (merged names, acronyms)."""
    return [
        r[0]
        for r in db.execute("SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", [actor_id]).fetchall()
    ]


def provisional_actors(db: Database, min_mentions: int = 1) -> list[dict]:
    """Provisional actors with how often and where they are mentioned, most mentioned first."""
    return db.rows(
        """SELECT a.id, a.name, count(*) AS mentions, count(DISTINCT m.report_id) AS reports,
                  string_agg(DISTINCT m.mention, '; ') AS written_as, min(m.sentence) AS example
           FROM actors a JOIN actor_mentions m ON m.actor_id = a.id
           WHERE a.provisional GROUP BY a.id, a.name HAVING count(*) >= ?
           ORDER BY mentions DESC, a.name""",
        [min_mentions],
    )


def actor_mentions(db: Database, actor_id: str, limit: int = 20) -> list[dict]:
    """Where an actor found by discovery is mentioned: report, words and sentence."""
    return db.rows(
        "SELECT report_id, mention, sentence FROM actor_mentions WHERE actor_id = ? ORDER BY report_id, span_start "
        "LIMIT ?",
        [actor_id, limit],
    )


def merge_actors(db: Database, source: Actor, target: Actor) -> tuple[Actor, Actor]:
    """Merge a provisional actor into another actor: its names, mentions, events and claims move over.

    Returns (merged, into). Knowledge-base actors are merged by editing ``actors.yaml``, not here."""
    if source.id == target.id:
        raise UsageError(f"{source.name!r} and {target.name!r} are already the same actor ({target.name})")
    if not source.provisional:
        raise UsageError(f"{source.name!r} is in the knowledge base, not provisional; edit actors.yaml to merge it")
    with db.transaction():
        db.execute("UPDATE actor_mentions SET actor_id = ? WHERE actor_id = ?", [target.id, source.id])
        for slot in ("actor1", "actor2"):
            db.execute(
                f"UPDATE events SET {slot}_id = ?, {slot}_name = ? WHERE {slot}_id = ?",
                [target.id, target.name, source.id],
            )
        db.execute(
            "UPDATE claims SET subject_id = ?, subject_name = ? WHERE subject_id = ?",
            [target.id, target.name, source.id],
        )
        db.execute("UPDATE actor_aliases SET actor_id = ? WHERE actor_id = ?", [target.id, source.id])
        _add_alias(db, source.name, target.id)
        db.execute("DELETE FROM actors WHERE id = ?", [source.id])
        db.execute(
            "INSERT INTO actor_merges (merged_id, merged_name, into_id, merged_at, into_name) VALUES (?, ?, ?, ?, ?)",
            [source.id, source.name, target.id, datetime.now(UTC).replace(tzinfo=None), target.name],
        )
    return source, target


def promote_actor(db: Database, actor: Actor, kind: str, country: str | None = None) -> Actor:
    """Confirm a provisional actor as a real one of ``kind`` (an ACLED inter kind) in this database."""
    from sitrep.records import INTER_CODES

    if kind not in INTER_CODES:
        raise UsageError(f"kind must be one of {', '.join(INTER_CODES)}, not {kind!r}")
    if not actor.provisional:
        raise UsageError(f"{actor.name!r} is already a confirmed actor")
    with db.transaction():
        db.execute(
            "UPDATE actors SET provisional = false, kind = ?, country = ? WHERE id = ?", [kind, country, actor.id]
        )
    return _stored_actor(db, actor.id)


def merges(db: Database) -> list[dict]:
    """The audit trail of merges, newest first."""
    return db.rows("SELECT merged_id, merged_name, into_id, merged_at FROM actor_merges ORDER BY merged_at DESC")


def actor_activity(db: Database, actor: Actor) -> dict:
    """What the database holds about an actor: events by type, month and place, and claims about it."""
    where = (
        "(actor1_id = $id OR actor2_id = $id OR lower(actor1_name) = lower($name) OR lower(actor2_name) = lower($name))"
    )
    params = {"id": actor.id, "name": actor.name}
    by_type = db.execute(
        f"SELECT event_type, count(*) FROM events WHERE {where} GROUP BY 1 ORDER BY 2 DESC, 1", params
    ).fetchall()
    by_month = db.execute(
        f"SELECT strftime(date_start, '%Y-%m') AS month, count(*) FROM events WHERE {where} AND date_start IS NOT NULL "
        "GROUP BY 1 ORDER BY 1",
        params,
    ).fetchall()
    places = db.execute(
        f"SELECT coalesce(place_name, country) AS place, count(*) FROM events WHERE {where} AND "
        "coalesce(place_name, country) IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10",
        params,
    ).fetchall()
    claims = db.rows(
        """SELECT c.kind, c.value, c.hedge, c.value_high, c.unit, c.as_of_start, c.as_of_precision,
                  c.attributed_to, r.outlet, c.report_id
           FROM claims c JOIN reports r ON r.id = c.report_id
           WHERE c.subject_id = $id OR lower(c.subject_name) = lower($name)
           ORDER BY c.kind, c.as_of_start NULLS LAST, c.value""",
        params,
    )
    return {"events_by_type": by_type, "events_by_month": by_month, "places": places, "claims": claims}


def actor_events(db: Database, actor: Actor, limit: int = 50) -> list[dict]:
    """The actor's events, one per cluster (merged reports count once), newest first, with figures and sources."""
    where = (
        "(actor1_id = $id OR actor2_id = $id OR lower(actor1_name) = lower($name) OR lower(actor2_name) = lower($name))"
    )
    return db.rows(
        f"""SELECT e.cluster_id, min(e.id) AS id, any_value(e.event_type) AS event_type,
                   min(e.date_start) AS date_start, any_value(e.date_precision) AS date_precision,
                   any_value(e.place_name) AS place_name, any_value(e.admin1) AS admin1, any_value(e.country) AS country,
                   any_value(e.actor1_name) AS actor1_name, any_value(e.actor2_name) AS actor2_name,
                   min(e.fatalities) AS fatalities_low, max(e.fatalities) AS fatalities_high,
                   string_agg(DISTINCT e.fatalities_attributed_to, '; ') AS fatalities_source,
                   count(*) AS reports
            FROM events e WHERE {where}
            GROUP BY coalesce(e.cluster_id, e.id), e.cluster_id
            ORDER BY date_start DESC NULLS LAST, id LIMIT $limit""",
        {"id": actor.id, "name": actor.name, "limit": limit},
    )
