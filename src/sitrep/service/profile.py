"""An actor's profile: who it is (knowledge base or database) and what the database holds about it:
strength estimates over time with their sources, events by type, month and place, responsibility
claims and open conflicts between sources."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.actors.kb import load_actor_base
from sitrep.records import Actor
from sitrep.resolve.conflicts import ClaimConflict, as_of_label, find_conflicts
from sitrep.service.actors import actor_query, find_actor
from sitrep.store.actors import actor_activity, actor_events, actor_mentions, stored_aliases
from sitrep.store.extractions import claims_with_sources, query_relations


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
    events: list[dict] = field(default_factory=list)
    strength: list[dict] = field(default_factory=list)
    responsibility: list[dict] = field(default_factory=list)
    conflicts: list[ClaimConflict] = field(default_factory=list)
    relations: list[dict] = field(default_factory=list)

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
            "strength": self.strength,
            "event_list": self.events,
            "responsibility": self.responsibility,
            "conflicts": [c.to_dict() for c in self.conflicts],
            "claims": self.claims,
            "mentions": self.mentions,
            "relations": self.relations,
        }


def actor_profile(db, name: str, event_limit: int = 50) -> ActorProfile:
    """The profile of the actor ``name`` means (any alias, dataset name or stored name)."""
    base = load_actor_base()
    actor = find_actor(db, name)
    parent = base.actors.get(actor.parent) if actor.parent else None
    branches = tuple(a for a in base.actors.values() if a.parent == actor.id)
    aliases = tuple(dict.fromkeys((*actor.aliases, *stored_aliases(db, actor.id))))
    activity = actor_activity(db, actor)
    claims = _own_claims(db, actor)
    return ActorProfile(
        actor=actor,
        parent=parent,
        branches=branches,
        aliases=tuple(a for a in aliases if a != actor.name),
        mentions=actor_mentions(db, actor.id) if actor.provisional or actor.id.startswith("prov:") else [],
        events=actor_events(db, actor, event_limit),
        strength=[_series_point(c) for c in claims if c["kind"] == "strength" and c.get("value") is not None],
        responsibility=[_series_point(c) for c in claims if c["kind"] == "responsibility"],
        conflicts=find_conflicts(claims),
        relations=[relation_view(r, actor) for r in query_relations(db, actor=actor_query(actor.name))],
        **activity,
    )


def _own_claims(db, actor: Actor) -> list[dict]:
    """Claims whose subject is this actor (by id, else by name), oldest as-of first."""
    rows = [
        c
        for c in claims_with_sources(db, actor=actor_query(actor.name))
        if c.get("subject_id") == actor.id or (c.get("subject_name") or "").lower() == actor.name.lower()
    ]
    return sorted(rows, key=lambda c: (c.get("as_of_start") is None, c.get("as_of_start") or 0, c["id"]))


def _series_point(claim: dict) -> dict:
    return {
        "as_of": as_of_label(claim),
        "as_of_start": claim.get("as_of_start"),
        "value": claim.get("value"),
        "hedge": claim.get("hedge"),
        "value_high": claim.get("value_high"),
        "unit": claim.get("unit"),
        "source": claim.get("attributed_to") or claim.get("outlet") or "unattributed",
        "outlet": claim.get("outlet"),
        "sentence": (claim.get("evidence") or [""])[0],
        "claim_id": claim["id"],
    }


_VERB = {
    "cooperation": "cooperates with",
    "fighting": "fights",
    "recruitment": "recruits from",
    "defection": "loses members to",
    "allegiance": "is affiliated with",
    "split": "split from",
}


def relation_view(row: dict, actor: Actor | None = None) -> dict:
    """A stored relation as a line of a profile: '<actor1> recruits from <actor2>', its source and sentence."""
    return {
        "kind": row["kind"],
        "actor1": row["actor1_name"],
        "actor2": row["actor2_name"],
        "summary": f"{row['actor1_name']} {_VERB.get(row['kind'], row['kind'])} {row['actor2_name']}",
        "as_of": as_of_label(row),
        "source": row.get("attributed_to") or row.get("outlet") or "unattributed",
        "sentence": row.get("sentence") or "",
        "report_id": row["report_id"],
    }
