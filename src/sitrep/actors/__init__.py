"""Actors: the knowledge base of named groups and the generic actors built from context."""

from sitrep.actors.kb import ActorBase, load_actor_base
from sitrep.actors.mentions import ActorMention, find_actor_mentions

__all__ = ["ActorBase", "ActorMention", "find_actor_mentions", "load_actor_base"]
