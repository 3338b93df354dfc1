"""Reading gold data: the JSON Lines format of coded datasets, and the seed gold document format."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest import read_file
from sitrep.records import Report

GOLD_FIELDS = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "fatalities",
)


@dataclass(frozen=True)
class GoldRecord:
    """One coded text: its dataset, text, publication date and the 12 gold fields."""

    id: str
    dataset: str
    text: str
    published: date | None
    gold: dict
    extra: dict = field(default_factory=dict)  # the source's other coded fields (MUC-4 templates among them)


@dataclass
class SeedDocument:
    """A seed report with its hand-coded events, claims and conflicts."""

    file: str
    text: str
    published: date | None
    events: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)


def read_jsonl_gold(path: str | Path) -> list[GoldRecord]:
    """Records of a ``shared/eval/dev``-style JSON Lines file."""
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                gold = row["gold"]
                records.append(
                    GoldRecord(
                        id=str(row.get("id", f"{Path(path).stem}:{number}")),
                        dataset=row.get("dataset") or Path(path).stem,
                        text=row["text"],
                        published=date.fromisoformat(row["published"][:10]) if row.get("published") else None,
                        gold={name: gold.get(name) for name in GOLD_FIELDS},
                        extra=row.get("gold_extra") or {},
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise InputError(str(path), f"not a gold record ({type(exc).__name__}: {exc})", line=number) from None
    return records


def read_seed_gold(path: str | Path) -> list[SeedDocument]:
    """Seed documents: ``gold.json`` plus the report files it names, read like ``sitrep ingest`` reads them."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        documents = data["documents"]
    except (OSError, json.JSONDecodeError, KeyError) as exc:
        raise InputError(str(path), f"not a seed gold file ({type(exc).__name__})") from None
    seeds = []
    for doc in documents:
        report = next((r for r in read_file(path.parent / doc["file"]) if isinstance(r, Report)), None)
        if report is None:
            raise InputError(str(path.parent / doc["file"]), "seed report cannot be read")
        seeds.append(
            SeedDocument(doc["file"], report.body, report.published, doc.get("events", []), doc.get("claims", []))
        )
    return seeds


def is_seed_gold(path: str | Path) -> bool:
    """True for a seed gold document (a JSON object with 'documents'), False for JSON Lines."""
    path = Path(path)
    if path.suffix.lower() != ".json":
        return False
    try:
        return "documents" in json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return False
