"""Coding profiles: a dataset's own rules for which events it codes, applied after extraction.

Extraction reads news the same way whatever the dataset; what a dataset keeps
is its convention, not a fact of the text. ACLED notes may say which toll the
coder chose ("Fatalities coded as 0"); ACLED codes fire the OSCE monitors saw
in eastern Ukraine to one of the two sides, names an unknown perpetrator by what
the violence looks like where it has several names ('Unidentified Gang'), and
names the unit of a state's forces a note names; its pre-2019 codebook names the
crowd as the actor of a 'Riots/Protests' event nobody is named for. MUC-4 keys recent terrorist
incidents in Latin America only, in five GTD attack types (which events those
are is learned: ``sitrep.evaluate.keyed``), and an incident with no death told
has 0 deaths keyed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources

from sitrep.evaluate.keyed import ReportSignals, event_features, load_keyed_model
from sitrep.extract.textclass import load_classifier
from sitrep.extract.truecase import truecase
from sitrep.records import ActorRef, Event, Quantity

MUC4_TYPES = frozenset(
    {
        "Armed Assault",
        "Bombing/Explosion",
        "Hostage Taking (Kidnapping)",
        "Facility/Infrastructure Attack",
        "Assassination",
    }
)


@dataclass(frozen=True)
class Profile:
    """Which events a dataset codes."""

    name: str

    def keep(self, text: str, events: list[Event], published: date | None = None) -> list[Event]:
        """The events this dataset would code from ``text``, with the dataset's own figures."""
        if self.name in {"acled", "acled_asia_2015"}:
            events = _frontline_sides(text, _coded_fatalities(text, events))
            events = _force_units(text, _unidentified_names(text, events))
            return _crowds_of_riots_protests(events) if self.name == "acled_asia_2015" else events
        if self.name != "muc4":
            return events
        candidates = muc4_candidates(events)
        signals = report_signals(text, published, len(candidates))
        model = load_keyed_model()
        kept = [e for i, e in enumerate(candidates) if model.keeps(event_features(e, i, signals))]
        # MUC-4 keys the deaths among the targets; a report that tells of no death keys none (0), not unknown.
        return [e if e.fatalities is not None else replace(e, fatalities=Quantity(0.0)) for e in kept]


def profile_for(dataset: str) -> Profile:
    """The coding profile of a dataset (datasets without rules of their own keep every event)."""
    return Profile(dataset)


# ACLED coders write which figure they coded when it differs from the reports ('Fatalities coded as 0').
_CODED = re.compile(r"\bfatalities\s+(?:were\s+)?coded\s+as\s+(\d+)", re.IGNORECASE)


def _coded_fatalities(text: str, events: list[Event]) -> list[Event]:
    coded = _CODED.search(text)
    if coded is None:
        return events
    figure = Quantity(float(coded.group(1)), text=coded.group(0))
    return [replace(e, fatalities=figure) for e in events]


# OSCE monitors in eastern Ukraine (2014-2022) logged fire without saying who fired; ACLED codes each such
# observation between the two sides, the Ukrainian army first more often than not (fit part: 37 of 67), and
# the other side as actor2 only sometimes. acled tune actor1 73.5 -> 76.4 (actor2 with NAF: 73.7 -> 72.5, so not).
_OSCE_OBSERVED = re.compile(r"\bOSCE\b[^.]{0,40}\bobserved\b", re.IGNORECASE)
_UKRAINIAN_ARMY = "Military Forces of Ukraine"


def _frontline_sides(text: str, events: list[Event]) -> list[Event]:
    if not _OSCE_OBSERVED.search(text):
        return events
    army = ActorRef(_UKRAINIAN_ARMY, None, _UKRAINIAN_ARMY)
    return [
        replace(e, actor1=army) if e.place and e.place.country == "Ukraine" and _unattributed(e.actor1) else e
        for e in events
    ]


@cache
def _unidentified_table() -> dict[str, dict[str, str]]:
    ref = resources.files("sitrep.data.models") / "acled_unidentified_names.json"
    return json.loads(ref.read_text(encoding="utf-8"))


def _unidentified_names(text: str, events: list[Event]) -> list[Event]:
    """ACLED's name for unknown perpetrators where it has several ('Unidentified Gang (Mexico)' for crime),
    chosen by the ``acled_unidentified`` model (``train/train_unidentified_names.py``).
    acled tune actor1 76.4 -> 77.6 (held-out 68.3 -> 70.2)."""
    table = _unidentified_table()
    label = None  # what the note's violence looks like: read once, only where a name depends on it
    named = []
    for event in events:
        country = event.place.country if event.place else None
        for field in ("actor1", "actor2"):
            actor = getattr(event, field)
            if actor and country in table and actor.name == f"Unidentified Armed Group ({country})":
                label = label or load_classifier("acled_unidentified").predict(text)[0]
                event = replace(event, **{field: replace(actor, name=table[country].get(label, actor.name))})
        named.append(event)
    return named


def _force_units(text: str, events: list[Event]) -> list[Event]:
    """ACLED names a unit of a state's forces when the note names it ('Turkish Gendarmerie forces' ->
    'Military Forces of Turkey (2016-) Gendarmerie'; units from ``actor_names.json``). Held-out actor1
    74.1 -> 75.1; applied to actor2 too it cost 0.2 there, so actor1 only."""
    from sitrep.actors.kb import load_actor_base

    units = load_actor_base().force_units.get("acled", {})
    named = []
    for event in events:
        country = event.place.country if event.place else None
        actor = event.actor1
        forces = (f"Military Forces of {country}", f"Police Forces of {country}")
        if actor and country in units and (actor.name or "").startswith(forces):
            unit = next((full for unit, full in units[country].items() if _names(text, unit)), None)
            if unit:
                event = replace(event, actor1=replace(actor, name=unit))
        named.append(event)
    return named


def _crowds_of_riots_protests(events: list[Event]) -> list[Event]:
    """ACLED's pre-2019 codebook has one 'Riots/Protests' type whose unnamed actors are the crowd: a bus
    torched by unknown 'assailants' during a blockade is the rioters' doing, a peaceful one the protesters'.
    acled_asia_2015 tune actor1 57.3 -> 63.8."""
    crowded = []
    for event in events:
        country = event.place.country if event.place else None
        if country and event.type_in("acled2015") == "Riots/Protests" and _unattributed(event.actor1):
            role = "Protesters" if event.sub_event_type == "Peaceful protest" else "Rioters"
            name = f"{role} ({country})"
            event = replace(event, actor1=ActorRef(name, None, name))
        crowded.append(event)
    return crowded


def _names(text: str, unit: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(unit)}(?!\w)", text, re.IGNORECASE) is not None


def _unattributed(actor: ActorRef | None) -> bool:
    return actor is None or (actor.actor_id is None and (actor.name or "").startswith("Unidentified"))


def muc4_candidates(events: list[Event]) -> list[Event]:
    """The events of a MUC-4 attack type, in report order."""
    return [e for e in events if e.type_in("gtd") in MUC4_TYPES]


def report_signals(text: str, published: date | None, count: int) -> ReportSignals:
    """What the whole report says, for ``event_features``."""
    relevance = load_classifier("muc4_relevant").probabilities(truecase(text)).get("True", 0.0)
    return ReportSignals(relevance=relevance, published=published, length=len(text), count=count)
