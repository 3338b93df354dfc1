"""Actors by name across the shipped knowledge base and one database (a service module: it reads both).

The knowledge base answers first (any alias, canonical or dataset name); then the database's own
actors: provisional ones found in reports, promoted ones, names merged by analysts, and generic
names that exist only on events. Filters get an ``ActorQuery`` so the store matches an actor under
any of its names without reading the knowledge base itself.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from sitrep.actors.kb import load_actor_base
from sitrep.errors import NotFoundError
from sitrep.records import Actor, ActorQuery
from sitrep.store import actors as stored

if TYPE_CHECKING:
    from sitrep.store.database import Database


def find_actor(db: Database | None, name: str) -> Actor:
    """The actor any name means; raises NotFoundError naming the closest known names."""
    base = load_actor_base()
    known = base.resolve(name) or base.actors.get(name)
    if known is not None:
        return known
    found = stored.stored_actor(db, name) if db is not None else None
    if found is not None:
        return base.actors.get(found.id, found)  # a name merged into a knowledge-base actor is that actor
    raise NotFoundError(f"no actor called {name!r}" + _suggestions(db, name))


def actor_query(name: str | None) -> ActorQuery | None:
    """A filter for an actor as named, matching also the knowledge-base actor the name resolves to."""
    if not name:
        return None
    known = load_actor_base().resolve(name)
    return ActorQuery(name, known.id if known else None)


def merge_actors(db: Database, source_name: str, target_name: str) -> tuple[Actor, Actor]:
    """Merge the provisional actor ``source_name`` into ``target_name`` (``sitrep.store.actors.merge_actors``)."""
    return stored.merge_actors(db, find_actor(db, source_name), find_actor(db, target_name))


def promote_actor(db: Database, name: str, kind: str, country: str | None = None) -> Actor:
    """Confirm the provisional actor ``name`` as one of ``kind`` (``sitrep.store.actors.promote_actor``)."""
    return stored.promote_actor(db, find_actor(db, name), kind, country)


def _suggestions(db: Database | None, name: str) -> str:
    names = list(load_actor_base().aliases) + (stored.stored_alias_names(db) if db is not None else [])
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
