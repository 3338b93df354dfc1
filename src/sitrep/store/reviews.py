"""Reviews of events and claims: accept, correct or reject, each kept with who, when and why."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from sitrep.errors import InvalidValue, NotFoundError, UsageError
from sitrep.records import Hedge, Precision
from sitrep.taxonomy import ACLED, PARENT

if TYPE_CHECKING:
    from sitrep.store.database import Database

ACTIONS = ("accept", "correct", "reject")

# What a correction may write: field names are fixed here (never taken from input as SQL), and every value
# is checked before it reaches the database (a NaN or 1e300 toll once broke every later export).
_Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300, pattern=r"^[^\x00-\x1f\x7f]*$")]
_Day = Annotated[date, Field(ge=date(1900, 1, 1), le=date(2100, 12, 31))]


class _Changes(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    @model_validator(mode="after")
    def _interval_in_order(self):
        for start, end in (("date_start", "date_end"), ("as_of_start", "as_of_end")):
            first, last = getattr(self, start, None), getattr(self, end, None)
            if first is not None and last is not None and first > last:
                raise ValueError(f"{start} is after {end}")
        return self


class EventChanges(_Changes):
    """The fields of an event a correction may change: types from ACLED's taxonomy (the sub-event type
    within the event type when both are given), a date range corrected as a whole."""

    @model_validator(mode="after")
    def _in_the_taxonomy(self):
        if self.event_type is not None and self.event_type not in ACLED:
            raise ValueError(f"event_type must be one of {', '.join(ACLED)}")
        if self.sub_event_type is not None and self.sub_event_type not in PARENT:
            raise ValueError(f"sub_event_type {self.sub_event_type!r} is not an ACLED sub-event type")
        if self.event_type and self.sub_event_type and PARENT[self.sub_event_type] != self.event_type:
            raise ValueError(f"{self.sub_event_type!r} is a sub-event type of {PARENT[self.sub_event_type]!r}")
        return self

    event_type: _Text | None = None
    sub_event_type: _Text | None = None
    date_start: _Day | None = None
    date_end: _Day | None = None
    date_precision: Precision | None = None
    place_name: _Text | None = None
    admin1: _Text | None = None
    admin2: _Text | None = None
    country: _Text | None = None
    actor1_name: _Text | None = None
    actor2_name: _Text | None = None
    fatalities: Annotated[int, Field(ge=0, le=1_000_000)] | None = None


class ClaimChanges(_Changes):
    """The fields of a claim a correction may change."""

    as_of_precision: Precision | None = None

    value: Annotated[float, Field(ge=0, le=1e10)] | None = None
    hedge: Hedge | None = None
    unit: _Text | None = None
    as_of_start: _Day | None = None
    as_of_end: _Day | None = None
    subject_name: _Text | None = None
    attributed_to: _Text | None = None


CHANGES = {"event": EventChanges, "claim": ClaimChanges}
CORRECTABLE = {kind: tuple(model.model_fields) for kind, model in CHANGES.items()}
_TABLE = {"event": "events", "claim": "claims"}


def review(
    db: Database,
    kind: str,
    owner_id: str,
    action: str,
    reviewer: str,
    reason: str | None = None,
    changes: dict[str, Any] | None = None,
) -> dict:
    """Record a review and, for a correction, apply the changes to the stored row, in one transaction."""
    if kind not in _TABLE:
        raise UsageError(f"reviews are for events or claims, not {kind!r}")
    if action not in ACTIONS:
        raise UsageError(f"action must be one of {', '.join(ACTIONS)}, not {action!r}")
    if not reviewer.strip():
        raise UsageError("a review needs a reviewer name")
    if action != "correct" and changes:
        raise UsageError("only a correction carries changes")
    changes = validated_changes(kind, changes or {})
    if db.scalar(f"SELECT count(*) FROM {_TABLE[kind]} WHERE id = ?", [owner_id]) != 1:
        raise NotFoundError(f"no {kind} with id {owner_id!r}")
    row = {
        "id": uuid.uuid4().hex,
        "owner_kind": kind,
        "owner_id": owner_id,
        "action": action,
        "changes": json.dumps(changes, default=str) if changes else None,
        "reviewer": reviewer.strip(),
        "reason": reason,
        "reviewed_at": datetime.now(UTC).replace(tzinfo=None),
    }
    with db.transaction():
        db.execute("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?)", list(row.values()))
        for column, value in changes.items():
            db.execute(f"UPDATE {_TABLE[kind]} SET {column} = ? WHERE id = ?", [value, owner_id])
    return row


def validated_changes(kind: str, changes: dict[str, Any]) -> dict[str, Any]:
    """The changes as the database takes them, or InvalidValue naming the first bad field."""
    unknown = sorted(set(changes) - set(CORRECTABLE[kind]))
    if unknown:
        raise InvalidValue(f"cannot correct {', '.join(map(repr, unknown))} of a {kind}"[:300])
    try:
        checked = CHANGES[kind].model_validate(changes)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or kind
        raise InvalidValue(f"{where}: {first.get('msg', 'invalid value')}") from None
    changes = checked.model_dump(mode="json", exclude_unset=True)
    for prefix in ("date", "as_of"):
        # A corrected start alone is a corrected day: the old end would silently make the event a range.
        if f"{prefix}_start" in changes and f"{prefix}_end" not in changes:
            changes[f"{prefix}_end"] = changes[f"{prefix}_start"]
            changes.setdefault(f"{prefix}_precision", "day")
    return changes


def reviews_of(db: Database, kind: str, owner_id: str) -> list[dict]:
    """The audit trail of one event or claim, newest first."""
    return db.rows(
        "SELECT action, changes, reviewer, reason, reviewed_at FROM reviews WHERE owner_kind = ? AND owner_id = ? "
        "ORDER BY reviewed_at DESC",
        [kind, owner_id],
    )


def reviews_of_each(db: Database, kind: str, owner_ids: list[str]) -> dict[str, list[dict]]:
    """``reviews_of`` for many events or claims in one query, by owner id (those never reviewed are left out)."""
    found: dict[str, list[dict]] = {}
    for row in db.rows(
        "SELECT owner_id, action, changes, reviewer, reason, reviewed_at FROM reviews WHERE owner_kind = ? "
        "AND list_contains(?, owner_id) ORDER BY reviewed_at DESC",
        [kind, owner_ids],
    ):
        found.setdefault(row.pop("owner_id"), []).append(row)
    return found


def latest_reviews(db: Database, kind: str, owner_ids: list[str]) -> dict[str, dict]:
    """The newest review of each of some events or claims (one query), by owner id."""
    if not owner_ids:
        return {}
    marks = ", ".join("?" for _ in owner_ids)
    rows = db.rows(
        "SELECT owner_id, action, reviewer, reason, reviewed_at FROM reviews "
        f"WHERE owner_kind = ? AND owner_id IN ({marks}) "
        "QUALIFY row_number() OVER (PARTITION BY owner_id ORDER BY reviewed_at DESC) = 1",
        [kind, *owner_ids],
    )
    return {row["owner_id"]: row for row in rows}


def reapply_corrections(db: Database, report_id: str) -> None:
    """After a report is extracted again, put analysts' corrections back on its events and claims."""
    for kind, table in _TABLE.items():
        rows = db.execute(
            f"""SELECT v.owner_id, v.changes FROM reviews v JOIN {table} t ON t.id = v.owner_id
                WHERE v.owner_kind = ? AND t.report_id = ? AND v.action = 'correct' ORDER BY v.reviewed_at""",
            [kind, report_id],
        ).fetchall()
        for owner_id, changes in rows:
            try:  # a correction stored before values were checked must not corrupt the new extraction
                checked = validated_changes(kind, json.loads(changes or "{}"))
            except (InvalidValue, ValueError):
                continue
            for column, value in checked.items():
                db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, owner_id])
