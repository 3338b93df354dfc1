"""An actor's profile: who it is (knowledge base or database) and what the database holds about it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.actors.kb import load_actor_base
from sitrep.records import Actor
from sitrep.store.actors import actor_activity, actor_mentions, find_actor, stored_aliases


@dataclass(frozen=True)
class ActorProfile:
    """Identity and activity of one actor."""

    actor: Actor
    parent: Actor | None
    branches: tuple[Actor, ...]
    aliases: tuple[str, ...]
    events_by_type: list[tuple[str, int]] = field(default_factory=list)
    events_by_month: list[tuple[str, int]] = field(default_factory=list)
    places: list[tuple[str, int]] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)

    @property
    def event_count(self) -> int:
        return sum(n for _, n in self.events_by_type)

    def to_dict(self) -> dict:
        """A JSON-ready form."""
        a = self.actor
        return {
            "id": a.id,
            "name": a.name,
            "kind": a.kind,
            "inter_code": a.inter_code,
            "country": a.country,
            "provisional": a.provisional,
            "parent": self.parent.name if self.parent else None,
            "branches": [b.name for b in self.branches],
            "active": [a.active_from, a.active_to],
            "aliases": list(self.aliases),
            "dataset_names": a.dataset_names,
            "events": self.event_count,
            "events_by_type": dict(self.events_by_type),
            "events_by_month": dict(self.events_by_month),
            "places": dict(self.places),
            "claims": self.claims,
            "mentions": self.mentions,
        }


def actor_profile(db, name: str) -> ActorProfile:
    """The profile of the actor ``name`` means (any alias, dataset name or stored name)."""
    base = load_actor_base()
    actor = find_actor(db, name)
    parent = base.actors.get(actor.parent) if actor.parent else None
    branches = tuple(a for a in base.actors.values() if a.parent == actor.id)
    aliases = tuple(dict.fromkeys((*actor.aliases, *stored_aliases(db, actor.id))))
    activity = actor_activity(db, actor)
    return ActorProfile(
        actor=actor,
        parent=parent,
        branches=branches,
        aliases=tuple(a for a in aliases if a != actor.name),
        mentions=actor_mentions(db, actor.id) if actor.provisional or actor.id.startswith("prov:") else [],
        **activity,
    )
