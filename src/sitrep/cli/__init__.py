"""The ``sitrep`` command line: a thin layer over the Python API.

Each command parses options, opens the database, calls one library function
and prints its result. Errors that sitrep raises on purpose become one line on
stderr and exit code 1; they never show a traceback.
"""

from __future__ import annotations

import sys

from sitrep.cli import actors as _actors  # noqa: F401  (registers commands)
from sitrep.cli import batch as _batch  # noqa: F401
from sitrep.cli import brief as _brief  # noqa: F401
from sitrep.cli import evaluate as _evaluate  # noqa: F401
from sitrep.cli import extract as _extract  # noqa: F401
from sitrep.cli import ingest as _ingest  # noqa: F401
from sitrep.cli import places as _places  # noqa: F401
from sitrep.cli import reports as _reports  # noqa: F401
from sitrep.cli import resolve as _resolve  # noqa: F401
from sitrep.cli import serve as _serve  # noqa: F401
from sitrep.cli.app import app
from sitrep.cli.output import one_line
from sitrep.errors import SitrepError


def main(argv: list[str] | None = None) -> None:
    """Run the CLI, translating sitrep errors into a one-line message."""
    try:
        app(args=argv, prog_name="sitrep", standalone_mode=True)
    except SitrepError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except OSError as exc:  # a full disk or temp folder, a file that vanished: one line, never a traceback
        where = f": {one_line(exc.filename)}" if exc.filename else ""
        print(f"error: {exc.strerror or type(exc).__name__}{where}", file=sys.stderr)
        sys.exit(1)
    except Exception as exc:
        if not _is_database_error(exc):
            raise
        first = one_line(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
        print(f"error: database: {first[:300]} (see `sitrep check`)", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        sys.exit(130)


def _is_database_error(exc: Exception) -> bool:
    import duckdb

    return isinstance(exc, duckdb.Error)


__all__ = ["app", "main"]
