"""The actor knowledge base: hand-written ``actors.yaml`` plus names derived from training data.

``actors.yaml`` holds canonical actors with aliases and per-dataset names.
``actor_names.json`` (made by ``train/derive_actor_names.py``) adds how each
dataset names state forces per country, and more group aliases.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from sitrep.names import generic_kind
from sitrep.places.names import fold
from sitrep.records import INTER_CODES, Actor, ActorLink, ActorRef

DATASETS = ("acled", "acled2015", "gtd", "ucdp")
_ERA = re.compile(r"\s*\((?:\d{4})?-(?:\d{4})?\)")


@dataclass
class ActorBase:
    """Canonical actors, an alias index, and dataset naming tables."""

    actors: dict[str, Actor] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # alias (exact text) -> actor id
    folded: dict[str, str] = field(default_factory=dict)  # folded alias -> actor id
    state_forces: dict = field(default_factory=dict)
    force_units: dict = field(default_factory=dict)  # dataset -> country -> unit name (lower case) -> full name
    group_names: dict = field(default_factory=dict)
    group_countries: dict[str, str] = field(default_factory=dict)  # dataset name of a group -> its country
    branches: dict[tuple[str, str], str] = field(default_factory=dict)  # (actor id, country) -> actor id there
    country_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (actor id, dataset) -> '... ({country})'
    claimants: dict[str, list[str]] = field(default_factory=dict)  # folded alias -> every actor id it may mean

    def claim(self, alias: str, actor_id: str) -> None:
        """Record that ``alias`` may name ``actor_id`` (the linker ranks every claimant of an alias)."""
        ids = self.claimants.setdefault(fold(_ERA.sub("", alias)), [])
        if actor_id not in ids:
            ids.append(actor_id)

    def link(
        self, written: str, countries: Collection[str] = (), year: int | None = None
    ) -> tuple[Actor, ActorLink] | None:
        """The actor a name written in a report means, ranked among every actor the name may denote by
        the report's countries and year, with the score and the reasons of the choice."""
        first = self.aliases.get(written) or self.folded.get(fold(_ERA.sub("", written)))
        ids = list(dict.fromkeys([i for i in (first, *self.claimants.get(fold(_ERA.sub("", written)), ())) if i]))
        ranked = sorted(
            (
                (self._rank(self.actors[i], written, i == first, countries, year), n, i)
                for n, i in enumerate(ids)
                if i in self.actors
            ),
            key=lambda item: (-item[0][0], item[1]),
        )
        if not ranked:
            return None
        (score, reasons), _, actor_id = ranked[0]
        if len(ranked) > 1:
            reasons.append(f"ranked first of {len(ranked)} actors the name may mean")
        return self.actors[actor_id], ActorLink(round(score, 2), "; ".join(reasons))

    # Weights set by hand, so that the report's country outweighs years and years outweigh review; on the
    # tune part they moved acled actor1 84.0 -> 84.2 and left acled_asia_2015, gtd, ucdp and muc4 unchanged.
    def _rank(self, actor: Actor, written: str, default: bool, countries: Collection[str], year: int | None):
        score, reasons = 0.5, [f"'{written}' is a name of {actor.name}"]
        if default:
            score += 0.1  # the alias index's own choice breaks ties
        if actor.country and countries:
            if actor.country in countries:
                score += 0.3
                reasons.append(f"acts in {actor.country}, which the report names")
            else:
                score -= 0.3
                reasons.append(f"acts in {actor.country}, which the report does not name")
        if year and (actor.active_from or actor.active_to):
            start, end = (actor.active_from or year) - _YEARS_SLACK, (actor.active_to or year) + _YEARS_SLACK
            if start <= year <= end:
                score += 0.1
                reasons.append(f"active around {year}")
            else:
                score -= 0.2
                reasons.append(f"known active {actor.active_from or '?'}-{actor.active_to or '?'}, not {year}")
        if not actor.id.startswith(_DERIVED_PREFIXES):
            score += 0.05
            reasons.append("reviewed actor")
        return round(max(0.0, min(1.0, score)), 3), reasons  # rounded: 0.5 + 0.3 + 0.1 must tie 0.5 + 0.1 + 0.3

    def resolve(self, name: str) -> Actor | None:
        """The canonical actor for any alias, canonical name or dataset name."""
        actor_id = self.aliases.get(name) or self.folded.get(fold(_ERA.sub("", name)))
        return self.actors.get(actor_id) if actor_id else None

    def in_country(self, actor: Actor, country: str | None) -> Actor:
        """The actor a name means in a country: a global group's local branch (IS in Afghanistan is ISKP),
        or the group a shared name denotes there (the Taliban in Pakistan are the TTP)."""
        if not country:
            return actor
        named = self.branches.get((actor.id, country))
        if named in self.actors:
            return self.actors[named]
        if actor.country:
            return actor
        return next((a for a in self.actors.values() if a.parent == actor.id and a.country == country), actor)

    def dataset_name(self, actor: Actor, dataset: str, country: str | None = None) -> str:
        """How ``dataset`` writes this actor; the canonical name when it has no entry."""
        template = self.country_names.get((actor.id, dataset))
        if template and country:
            return template.format(country=country)
        if dataset in actor.dataset_names:
            return actor.dataset_names[dataset]
        for alias in (actor.name, *actor.aliases):
            if alias in self.group_names.get(dataset, {}):
                return self.group_names[dataset][alias]
        return actor.name

    def state_force(self, country: str, role: str, dataset: str = "acled") -> str:
        """'Military Forces of Afghanistan (2014-)' and the like, as ``dataset`` names them."""
        table = self.state_forces.get(dataset, {}).get(country, {})
        if role in table:
            return table[role]
        article = "the " if country in _WITH_ARTICLE else ""
        prefix = {"military": "Military Forces of", "police": "Police Forces of", "government": "Government of"}[role]
        return f"{prefix} {article}{country}"


_YEARS_SLACK = 5  # coded data sees a group in a few years of its life; a name used a decade apart is another group
_DERIVED_PREFIXES = ("kb:", "news:", "derived:")

_WITH_ARTICLE = {
    "United States",
    "United Kingdom",
    "Philippines",
    "Netherlands",
    "Central African Republic",
    "Democratic Republic of the Congo",
    "Republic of the Congo",
    "Gambia",
    "Bahamas",
}


@cache
def load_actor_base() -> ActorBase:
    """Load the shipped knowledge base (cached per process)."""
    base = ActorBase()
    data = resources.files("sitrep.data")
    for item in yaml.safe_load((data / "actors.yaml").read_text(encoding="utf-8")):
        actor = _actor(item)
        base.actors[actor.id] = actor
        for country, branch in (item.get("branches") or {}).items():
            base.branches[(actor.id, country)] = branch
        for dataset, template in (item.get("names_in_country") or {}).items():
            base.country_names[(actor.id, dataset)] = template
        for alias in (actor.name, *actor.aliases, *actor.dataset_names.values()):
            base.aliases.setdefault(alias, actor.id)
            base.folded.setdefault(fold(_ERA.sub("", alias)), actor.id)
            base.claim(alias, actor.id)
    derived = json.loads((data / "actor_names.json").read_text(encoding="utf-8"))
    base.state_forces = derived["state_forces"]
    base.force_units = derived.get("force_units", {})
    base.group_names = derived["groups"]
    base.group_countries = derived.get("group_countries", {})
    _add_derived_groups(base)
    _add_news_groups(base, json.loads((data / "news_groups.json").read_text(encoding="utf-8"))["groups"])
    _add_coded_actors(base, json.loads((data / "actor_kb.json").read_text(encoding="utf-8"))["actors"])
    return base


def _add_coded_actors(base: ActorBase, entries: list[dict]) -> None:
    """Every actor the training data codes (``train/build_actor_kb.py``): a reviewed actor gains the
    entry's aliases; an unknown one becomes an actor of its own, with kind, country and years."""
    for entry in entries:
        contested = entry.get("contested_aliases") or []
        if not entry["aliases"] and not contested:
            continue  # generic names (protesters, state forces) are named by role and country
        known = base.actors.get(entry.get("reviewed_as") or "") or base.resolve(entry["name"])
        if known is None:
            years = entry.get("years") or [None, None]
            actor_id = "kb:" + fold(_ERA.sub("", entry["name"])).replace(" ", "_")
            known = base.actors.setdefault(
                actor_id,
                Actor(
                    id=actor_id,
                    name=entry["name"],
                    kind=entry.get("kind") or "rebel",
                    country=(entry.get("countries") or [None])[0],
                    aliases=tuple(entry["aliases"] + contested),
                    active_from=years[0],
                    active_to=years[1],
                    dataset_names={d: n for d, n in entry["names"].items() if d in DATASETS},
                ),
            )
            base.folded.setdefault(fold(_ERA.sub("", entry["name"])), known.id)
        for alias in entry["aliases"]:
            base.aliases.setdefault(alias, known.id)
            base.claim(alias, known.id)
            if len(alias) > 3:  # a short acronym folded ('al') would match ordinary words
                base.folded.setdefault(fold(alias), known.id)
        for alias in contested:  # several groups' name: the linker ranks them by the report's context
            base.aliases.setdefault(alias, known.id)
            base.claim(alias, known.id)


def _add_news_groups(base: ActorBase, groups: list[dict]) -> None:
    """Groups named as perpetrators in newswire training reports (``train/derive_news_groups.py``)."""
    for group in groups:
        names = [group["name"], *group["aliases"]]
        known = base.resolve(group["name"])  # an alias alone ('Maoists') may belong to another group
        if known is None:
            actor_id = "news:" + fold(group["name"]).replace(" ", "_")
            known = Actor(
                id=actor_id, name=group["name"], kind="rebel", country=group["country"], aliases=tuple(group["aliases"])
            )
            base.actors[actor_id] = known
        for name in names:
            base.aliases.setdefault(name, known.id)
            base.folded.setdefault(fold(name), known.id)
            base.claim(name, known.id)


def _actor(item: dict) -> Actor:
    active = item.get("active") or [None, None]
    return Actor(
        id=item["id"],
        name=item["name"],
        kind=item.get("kind", "rebel"),
        country=item.get("country"),
        aliases=tuple(item.get("aliases", ())),
        parent=item.get("parent"),
        active_from=active[0],
        active_to=active[1],
        dataset_names=dict(item.get("names", {})),
    )


def _add_derived_groups(base: ActorBase) -> None:
    """Groups known only from the derived table become actors too (id from their ACLED-style name)."""
    for dataset, table in base.group_names.items():
        for alias, name in table.items():
            if alias in base.aliases or len(alias) < 3 and not alias.isupper():
                continue
            known = base.resolve(name)
            if known is None:
                actor_id = "derived:" + fold(name).replace(" ", "_")
                home = base.group_countries.get(name)
                known = base.actors.setdefault(
                    actor_id,
                    Actor(
                        id=actor_id,
                        name=name,
                        kind="rebel",
                        country=home,
                        aliases=(alias,),
                        dataset_names={dataset: name},
                    ),
                )
                base.folded.setdefault(fold(_ERA.sub("", name)), actor_id)
            base.aliases.setdefault(alias, known.id)
            base.claim(alias, known.id)


def branch_link(link: ActorLink | None, named: Actor, meant: Actor, country: str | None) -> ActorLink | None:
    """The link of a name to ``named``, saying so when the name means its branch ``meant`` in ``country``."""
    if link is None or meant.id == named.id:
        return link
    return ActorLink(link.score, f"{link.reason}; in {country} the name means {meant.name}")


def inter_code_of(ref: ActorRef | None, country: str | None = None, base: ActorBase | None = None) -> int | None:
    """ACLED's inter code of an event's actor in ``country``: its knowledge-base kind, or what a generic
    name says; a state's forces outside their own country are external forces (8); None when nothing
    tells (a provisional group not yet reviewed)."""
    if ref is None:
        return None
    base = base or load_actor_base()
    name = ref.name or ""
    home = _FORCE_OF.match(name)
    if home and country and _ERA.sub("", home.group(1)).strip() not in (country, f"the {country}"):
        return 8
    actor = base.actors.get(ref.actor_id or "") or base.resolve(name)
    if actor is not None and actor.inter_code is not None:
        return actor.inter_code
    return INTER_CODES.get(generic_kind(name) or "")


_FORCE_OF = re.compile(r"^(?:Military|Police) Forces of (?:the )?([^()]+?)(?:\s*\(.*)?$")
