"""Whole-report scoring for datasets keyed with incident templates (MUC-4).

A report may tell several incidents, or none. Each required template is
matched to at most one extracted event (greedily, best agreement first); then:

* ``incident_recall``: templates matched / templates;
* ``event_precision``: events matched / events (events in irrelevant reports
  count against it);
* ``irrelevant_with_event``: share of irrelevant reports given any event;
* the per-field accuracy of the primary template against its matched event
  (no match: wrong), in the same fields as every other dataset;
* ``matched_*``: field accuracy over every matched pair, where the template keys
  the field (type, perpetrator organisation, day, country, place, deaths);
* MUC role-filler F1 over matched pairs (unmatched templates and events count
  as misses and false alarms): incident type, perpetrator organisation and
  individual, physical target, human target (victim) and weapon.

How strings are matched is in ``filler_matches``; docs/evaluation.md says the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sitrep.evaluate.gold import GoldRecord
from sitrep.places.names import fold
from sitrep.records import Event

_NOT_ORGANISATIONS = ("Unidentified", "Civilians", "Protesters", "Rioters")  # generic actors name no organisation
ROLE_SLOTS = ("incident_type", "perp_organization", "perp_individual", "target", "victim", "weapon")
_DETERMINERS = re.compile(r"^(?:the|a|an|some|several|two|three|four|five|\d+)\s+")


@dataclass
class Template:
    """One required MUC template: its accepted types and each slot's entities (each a set of alternative strings)."""

    types: tuple[str, ...]
    dates: list[dict]
    countries: tuple[str, ...]
    places: tuple[str, ...]
    slots: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    deaths: int | None = None  # deaths among the human targets, where the key states them


@dataclass
class SlotCount:
    """Role-filler counts for one slot: fillers right, predicted, keyed."""

    right: int = 0
    predicted: int = 0
    keyed: int = 0

    def f1(self) -> float | None:
        if not self.predicted and not self.keyed:
            return None
        p = self.right / self.predicted if self.predicted else 0.0
        r = self.right / self.keyed if self.keyed else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def templates_of(extra: dict) -> list[Template]:
    """The required templates of a record's ``gold_extra`` with a type mapped to GTD."""
    found = []
    for raw in extra.get("templates") or []:
        if raw.get("optional") or not raw.get("gtd_types_accepted"):
            continue
        found.append(
            Template(
                types=tuple(raw["gtd_types_accepted"]),
                dates=raw.get("date_alternatives") or [],
                countries=tuple(a["country"] for a in raw.get("location_alternatives") or [] if a.get("country")),
                places=tuple(p["name"] for a in raw.get("location_alternatives") or [] for p in a.get("path") or []),
                slots={
                    "perp_organization": _entities(raw.get("perp_organization_ids")),
                    "perp_individual": _entities(raw.get("perp_individual_ids")),
                    "target": _entities(raw.get("phys_tgt_ids")),
                    "victim": _victims(raw),
                    "weapon": _entities(raw.get("instrument_ids")),
                },
                deaths=raw.get("deaths") if raw.get("deaths_status") in {"keyed", "explicit_zero"} else None,
            )
        )
    return found


def _entities(slot) -> list[tuple[str, ...]]:
    return [_alternatives(e["strings"]) for e in slot or [] if not e.get("optional") and e.get("strings")]


def _alternatives(strings) -> tuple[str, ...]:
    """A key's strings, with alternatives the conversion left joined ('ARMED FORCES"/"ARMY') split apart."""
    return tuple(part for s in strings for part in s.split('"/"') if part.strip())


def _victims(raw: dict) -> list[tuple[str, ...]]:
    """Named victims (with the descriptions that refer to them) and unnamed described victims."""
    named = _entities(raw.get("hum_tgt_names"))
    described = []
    for d in raw.get("hum_tgt_descriptions") or []:
        if d.get("optional"):
            continue
        refs = tuple(d.get("refs") or ())
        owner = next((i for i, names in enumerate(named) if set(refs) & set(names)), None)
        if owner is not None:
            named[owner] = named[owner] + tuple(d.get("set") or ())
        elif refs or d.get("set"):
            described.append(tuple(d.get("set") or ()) + refs)
    return named + described


def filler_matches(predicted: str | None, alternatives: tuple[str, ...]) -> bool:
    """A predicted filler names a keyed entity: equal after folding and dropping a leading
    determiner or number, or one is a word run inside the other ending on the same head word."""
    if not predicted:
        return False
    p = _norm(predicted)
    for alternative in alternatives:
        g = _norm(alternative)
        if not p or not g:
            continue
        if p == g or (p.split()[-1] == g.split()[-1] and (f" {p} " in f" {g} " or f" {g} " in f" {p} ")):
            return True
    return False


def _norm(text: str) -> str:
    folded = fold(text)
    for _ in range(2):
        folded = _DETERMINERS.sub("", folded)
    return folded.strip()


def event_fillers(event: Event) -> dict[str, list[str]]:
    """What an event says for each MUC slot, as written."""
    actor = event.actor1
    org = [actor.text] if actor and actor.name and not actor.name.startswith(_NOT_ORGANISATIONS) else []
    return {
        "perp_organization": org,
        "perp_individual": [p.text for p in event.perpetrators],
        # the phrases the parse read; what a deed's words tell ('opened fire', 'attacked the town') is for the
        # event's GTD weapon and target types (with them: muc4 tune role-filler target 24.6 -> 21.7, weapon 50.5 -> 40.8)
        "target": [t.text for t in event.targets if not t.by_deed],
        "victim": [v.text for v in event.victims if not v.by_deed],
        "weapon": [w.text for w in event.weapons if not w.by_deed],
    }


def agreement(template: Template, event: Event, same_country: Callable[[str, str], bool]) -> int:
    """How much a template and an event agree: type, date, country, place and named fillers."""
    score = 2 * int(event.type_in("gtd") in template.types)
    if event.date.start and any(_overlaps(event, d) for d in template.dates):
        score += 1
    place = event.place
    if place and place.country and any(same_country(place.country, c) for c in template.countries):
        score += 1
    if place and place.name and any(filler_matches(place.name, (p,)) for p in template.places):
        score += 1
    fillers = event_fillers(event)
    for slot in ("perp_organization", "target", "victim"):
        if any(filler_matches(f, alts) for f in fillers[slot] for alts in template.slots[slot]):
            score += 1
    return score


def _overlaps(event: Event, alternative: dict) -> bool:
    if not alternative.get("start"):
        return False
    start = date.fromisoformat(alternative["start"])
    end = date.fromisoformat(alternative.get("end") or alternative["start"])
    return event.date.start <= end and (event.date.end or event.date.start) >= start


def align(templates: list[Template], events: list[Event], same_country) -> list[tuple[int, int]]:
    """Pairs (template index, event index), each used once, best agreement first; pairs that agree on nothing are left out."""
    scored = sorted(
        ((agreement(t, e, same_country), ti, ei) for ti, t in enumerate(templates) for ei, e in enumerate(events)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_t, used_e, pairs = set(), set(), []
    for score, ti, ei in scored:
        if score >= 2 and ti not in used_t and ei not in used_e:
            used_t.add(ti)
            used_e.add(ei)
            pairs.append((ti, ei))
    return pairs


def count_fillers(slots: dict[str, SlotCount], templates, events, pairs) -> None:
    """Add one report's role-filler counts to ``slots``."""
    paired_t = {ti: ei for ti, ei in pairs}
    paired_e = set(paired_t.values())
    for ti, template in enumerate(templates):
        event = events[paired_t[ti]] if ti in paired_t else None
        slots["incident_type"].keyed += 1
        if event is not None:
            slots["incident_type"].predicted += 1
            slots["incident_type"].right += int(event.type_in("gtd") in template.types)
        fillers = event_fillers(event) if event is not None else {}
        for slot, keyed in template.slots.items():
            predicted = list(dict.fromkeys(fillers.get(slot, [])))
            slots[slot].keyed += len(keyed)
            slots[slot].predicted += len(predicted)
            slots[slot].right += sum(1 for alts in keyed if any(filler_matches(p, alts) for p in predicted))
    for ei, event in enumerate(events):
        if ei in paired_e:
            continue
        slots["incident_type"].predicted += 1
        for slot, predicted in event_fillers(event).items():
            slots[slot].predicted += len(set(predicted))


MATCHED_FIELDS = ("event_type", "actor1", "date", "country", "location", "fatalities")


def count_matched_fields(cells: dict[str, list[int]], templates, events, pairs, same_country) -> None:
    """Add each matched pair's field agreement to ``cells`` ({field: [right, scored]}); a field is
    scored only where the template keys it."""
    for ti, ei in pairs:
        template, event = templates[ti], events[ei]
        place = event.place
        checks = {
            "event_type": event.type_in("gtd") in template.types,
            "actor1": any(filler_matches(f, alts) for f in event_fillers(event)["perp_organization"]
                          for alts in template.slots["perp_organization"]) if template.slots["perp_organization"] else None,
            "date": bool(event.date.start) and any(_overlaps(event, d) for d in template.dates)
            if any(d.get("form") == "day" for d in template.dates) else None,
            "country": bool(place and place.country) and any(same_country(place.country, c) for c in template.countries)
            if template.countries else None,
            "location": bool(place and place.name) and any(filler_matches(place.name, (p,)) for p in template.places)
            if template.places else None,
            "fatalities": (event.fatalities.value if event.fatalities else None) == template.deaths
            if template.deaths is not None else None,
        }
        for name, right in checks.items():
            if right is not None:
                cells.setdefault(name, [0, 0])
                cells[name][0] += int(right)
                cells[name][1] += 1


def primary_event(record: GoldRecord, templates: list[Template], events: list[Event], pairs) -> Event | None:
    """The event matched to the record's primary template (the one its ``gold`` fields come from)."""
    primary = str(record.extra.get("primary_template") or "")
    order = [t for t in record.extra.get("templates") or [] if not t.get("optional") and t.get("gtd_types_accepted")]
    index = next((i for i, t in enumerate(order) if str(t.get("template")) == primary), 0)
    return next((events[ei] for ti, ei in pairs if ti == index), None)


def document_summary(slots: dict[str, SlotCount], counts: dict[str, int], cells: dict[str, list[int]]) -> dict:
    """The report-level figures: recall, precision, invented events, field accuracy on matched pairs,
    role-filler F1 per slot."""

    def ratio(a: str, b: str) -> float | None:
        return counts[a] / counts[b] if counts[b] else None

    summary = {
        "incident_recall": ratio("templates_matched", "templates"),
        "event_precision": ratio("events_matched", "events"),
        "irrelevant_with_event": ratio("irrelevant_with_event", "irrelevant"),
    }
    summary.update({f"matched_{name}": right / scored for name, (right, scored) in cells.items() if scored})
    summary.update({f"rf_{slot}": slots[slot].f1() for slot in ROLE_SLOTS})
    summary["counts"] = dict(counts)
    return summary
