"""Reviews of events and claims: accept, correct or reject, each kept with who, when and why."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sitrep.errors import NotFoundError, UsageError

if TYPE_CHECKING:
    from sitrep.store.database import Database

ACTIONS = ("accept", "correct", "reject")
# Fields a correction may change, per kind; column names are fixed here, never taken from input.
CORRECTABLE = {
    "event": (
        "event_type",
        "sub_event_type",
        "date_start",
        "date_end",
        "place_name",
        "admin1",
        "admin2",
        "country",
        "actor1_name",
        "actor2_name",
        "fatalities",
    ),
    "claim": ("value", "hedge", "unit", "as_of_start", "as_of_end", "subject_name", "attributed_to"),
}
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
    changes = changes or {}
    unknown = sorted(set(changes) - set(CORRECTABLE[kind]))
    if unknown:
        raise UsageError(f"cannot correct {', '.join(unknown)} of a {kind}")
    if action != "correct" and changes:
        raise UsageError("only a correction carries changes")
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


def reviews_of(db: Database, kind: str, owner_id: str) -> list[dict]:
    """The audit trail of one event or claim, newest first."""
    return db.rows(
        "SELECT action, changes, reviewer, reason, reviewed_at FROM reviews WHERE owner_kind = ? AND owner_id = ? "
        "ORDER BY reviewed_at DESC",
        [kind, owner_id],
    )


def reapply_corrections(db: Database, report_id: str) -> None:
    """After a report is extracted again, put analysts' corrections back on its events and claims."""
    for kind, table in _TABLE.items():
        rows = db.execute(
            f"""SELECT v.owner_id, v.changes FROM reviews v JOIN {table} t ON t.id = v.owner_id
                WHERE v.owner_kind = ? AND t.report_id = ? AND v.action = 'correct' ORDER BY v.reviewed_at""",
            [kind, report_id],
        ).fetchall()
        for owner_id, changes in rows:
            for column, value in json.loads(changes or "{}").items():
                if column in CORRECTABLE[kind]:
                    db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, owner_id])
