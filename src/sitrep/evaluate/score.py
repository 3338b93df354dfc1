"""``sitrep eval``: run extraction on gold texts and score every field.

Coded datasets (JSON Lines) are scored per field on the first event extracted
from each text. Seed documents are scored as event and claim recall and
precision. Field matching rules live in ``sitrep.evaluate.match``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.evaluate import documents, match
from sitrep.evaluate.gold import GoldRecord, is_seed_gold, read_jsonl_gold, read_seed_gold
from sitrep.evaluate.merging import evaluate_merging, is_merge_gold
from sitrep.evaluate.profiles import profile_for
from sitrep.evaluate.seeds import score_seed_documents
from sitrep.evaluate.split import is_held_out
from sitrep.extract import extract_text
from sitrep.records import Event

# Dataset -> (taxonomy of its event types, whose actor names it uses)
DATASETS = {
    "acled": ("acled", "acled"),
    "acled_asia_2015": ("acled2015", "acled2015"),
    "gtd": ("gtd", "gtd"),
    "ucdp_ged_pak": ("ucdp", "ucdp"),
    "case2021_task2": ("acled", "acled"),
    "muc4": ("gtd", "gtd"),
}
FIELDS = (
    "date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "location",
    "coordinates",
    "fatalities",
    "weapon_type",
    "target_type",
)
# Fields a dataset keys beside its gold record (GTD's weapon and target types), scored where it does.
EXTRA_FIELDS = ("weapon_type", "target_type")
# Where a null gold value is itself the right answer, it is scored too.
NULL_IS_ANSWER = {("acled", "actor2"), ("case2021_task2", "event_type"), ("case2021_task2", "sub_event_type")}


@dataclass
class FieldScore:
    """Correct out of scored for one field of one dataset."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class DatasetScore:
    """Per-field scores for one dataset, and the records evaluated."""

    name: str
    records: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: defaultdict(FieldScore))
    documents: dict | None = None  # report-level figures for datasets keyed with templates (MUC-4)

    def to_dict(self) -> dict:
        result = {
            "records": self.records,
            "fields": {
                k: {"accuracy": v.accuracy, "correct": v.correct, "total": v.total} for k, v in self.fields.items()
            },
        }
        if self.documents is not None:
            result["documents"] = self.documents
        return result


def evaluate(paths: list[str | Path], taxonomy: str | None = None, held_out: bool = False) -> dict[str, dict]:
    """Scores for every gold file: ``{dataset: {"records": n, "fields": {...}}}`` plus ``seeds`` if given,
    and ``merging`` for a folder of reports with a ``gold.json`` of event labels. ``held_out`` keeps only
    the held-out fifth of each file (for training files; see ``sitrep.evaluate.split``)."""
    results: dict[str, dict] = {}
    for path in paths:
        if is_merge_gold(Path(path)):
            results["merging"] = evaluate_merging(Path(path))
            continue
        if is_seed_gold(path):
            results["seeds"] = score_seed_documents(read_seed_gold(path))
            continue
        records = read_jsonl_gold(path)
        if held_out:
            records = [r for r in records if is_held_out(r.id)]
        by_dataset: dict[str, list[GoldRecord]] = defaultdict(list)
        for record in records:
            by_dataset[record.dataset].append(record)
        for name, group in by_dataset.items():
            results[name] = score_dataset(name, group, taxonomy).to_dict()
    return results


def score_dataset(name: str, records: list[GoldRecord], taxonomy: str | None = None) -> DatasetScore:
    """Extract from each record's text and compare the first event with the gold fields."""
    default_taxonomy, names = DATASETS.get(name, ("acled", "acled"))
    taxonomy = taxonomy or default_taxonomy
    score = DatasetScore(name)
    keyed = any(record.extra.get("templates") is not None for record in records)
    slots = defaultdict(documents.SlotCount)
    counts: dict[str, int] = defaultdict(int)
    cells: dict[str, list[int]] = {}
    profile = profile_for(name)
    for record in records:
        extraction = extract_text(record.text, record.published, dataset=names)
        events = profile.keep(record.text, list(extraction.events), record.published)
        if keyed:
            event = _score_report(record, events, slots, counts, cells)
        else:
            event = events[0] if events else None
        score.records += 1
        for field_name, correct in compare(event, record.gold, taxonomy, record.extra).items():
            gold_value = _gold_value(record.gold, field_name, record.extra)
            if gold_value is None and (name, field_name) not in NULL_IS_ANSWER:
                continue
            cell = score.fields[field_name]
            cell.total += 1
            cell.correct += int(correct)
    if keyed:
        score.documents = documents.document_summary(slots, counts, cells)
    return score


def _score_report(record: GoldRecord, events: list[Event], slots, counts, cells) -> Event | None:
    """Align a whole report's events with its templates; return the event matched to the primary template."""
    templates = documents.templates_of(record.extra)
    pairs = documents.align(templates, events, match.same_country)
    documents.count_fillers(slots, templates, events, pairs)
    documents.count_matched_fields(cells, templates, events, pairs, match.same_country)
    counts["templates"] += len(templates)
    counts["templates_matched"] += len(pairs)
    counts["events"] += len(events)
    counts["events_matched"] += len(pairs)
    if not record.extra.get("relevant", bool(templates)):
        counts["irrelevant"] += 1
        counts["irrelevant_with_event"] += int(bool(events))
    return documents.primary_event(record, templates, events, pairs)


def _gold_value(gold: dict, field_name: str, extra: dict | None = None):
    if field_name in EXTRA_FIELDS:
        return (extra or {}).get(field_name)
    if field_name == "coordinates":
        return gold.get("latitude")
    if field_name == "date":
        return gold.get("event_date")
    return gold.get(field_name)


def compare(event: Event | None, gold: dict, taxonomy: str, extra: dict | None = None) -> dict[str, bool]:
    """Whether each field of ``event`` matches the gold record (an event type the source also accepts counts)."""
    if event is None:
        return {name: (_gold_value(gold, name, extra) is None) for name in FIELDS}
    place = event.place
    sub_type = event.sub_event_type if taxonomy == "acled" else None
    fatalities = event.fatalities.value if event.fatalities else None
    return {
        "date": match.date_matches(event.date.start, event.date.end, gold.get("event_date")),
        "event_type": any(
            match.same_type(event.type_in(taxonomy), accepted)
            for accepted in [gold.get("event_type"), *((extra or {}).get("event_types_accepted") or [])]
        ),
        "sub_event_type": match.same_type(sub_type, gold.get("sub_event_type"))
        if gold.get("sub_event_type")
        else sub_type is None,
        "actor1": match.same_actor(event.actor1.name if event.actor1 else None, gold.get("actor1"), gold.get("country")),
        "actor2": match.same_actor(event.actor2.name if event.actor2 else None, gold.get("actor2"), gold.get("country"))
        if gold.get("actor2")
        else event.actor2 is None,
        "country": match.same_country(place.country if place else None, gold.get("country")),
        "admin1": match.same_admin(place.admin1 if place else None, gold.get("admin1"), gold.get("country"), "admin1"),
        "admin2": match.same_admin(place.admin2 if place else None, gold.get("admin2"), gold.get("country"), "admin2"),
        "location": match.same_name(place.name if place else None, gold.get("location")),
        "coordinates": match.within_km(
            place.latitude if place else None,
            place.longitude if place else None,
            gold.get("latitude"),
            gold.get("longitude"),
        ),
        "fatalities": fatalities is not None
        and gold.get("fatalities") is not None
        and fatalities == gold["fatalities"],
        "weapon_type": _first_kind(event.weapons, "Unknown") == (extra or {}).get("weapon_type"),
        "target_type": _first_kind((*event.targets, *event.victims), "Unknown") == (extra or {}).get("target_type"),
    }


def _first_kind(participants, default: str) -> str:
    """The kind of the first participant that has one: GTD codes the weapon and target an event used first."""
    return next((p.kind for p in participants if p.kind and p.kind != "Unknown"), default)
