"""Every exception sitrep raises on purpose, in one place.

Hierarchy::

    SitrepError                 base of all of them; str() is a one-line message
    ├── InputError              a report file (or one row of it) cannot be read
    │   └── SkippedInput        a file that holds no reports at all (counted, not failed)
    ├── ExtractionTimeout       reading one report took longer than its time limit
    ├── StoreError              the database cannot be opened, migrated or written
    ├── NotFoundError           an id or name the user asked for does not exist
    └── UsageError              options that do not fit together
        └── InvalidValue        a value to be written is of the wrong kind or out of range (HTTP 422)

The CLI turns any SitrepError into one line on stderr and a non-zero exit; it
never shows a traceback for them. Add no exception without listing it here.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base class: the message is a complete, single-line explanation."""


class InputError(SitrepError):
    """A file, or one row of it, cannot be turned into a report."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class SkippedInput(InputError):
    """A file that is not a report at all (e.g. a metadata JSON in a folder): skipped, not failed."""


class ExtractionTimeout(SitrepError):
    """Reading one report took longer than its limit; the report is stored as failed with this reason."""


class StoreError(SitrepError):
    """The database cannot be opened, migrated or written."""


class DatabaseHeld(StoreError):
    """Another process (most often a running ``sitrep serve``) has the database open."""


class NotFoundError(SitrepError):
    """The requested report, event, claim or actor does not exist."""


class UsageError(SitrepError):
    """The caller asked for something that does not make sense."""


class InvalidValue(UsageError):
    """A value to be written (a correction) is of the wrong kind or out of range; nothing was written."""
