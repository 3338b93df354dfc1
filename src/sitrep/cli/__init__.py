"""The ``sitrep`` command line: a thin layer over the Python API.

Each command parses options, opens the database, calls one library function
and prints its result. Errors that sitrep raises on purpose become one line on
stderr and exit code 1; they never show a traceback.
"""

from __future__ import annotations

import sys

from sitrep.cli import actors as _actors  # noqa: F401  (registers commands)
from sitrep.cli import evaluate as _evaluate  # noqa: F401
from sitrep.cli import extract as _extract  # noqa: F401
from sitrep.cli import ingest as _ingest  # noqa: F401
from sitrep.cli import places as _places  # noqa: F401
from sitrep.cli import reports as _reports  # noqa: F401
from sitrep.cli import resolve as _resolve  # noqa: F401
from sitrep.cli import serve as _serve  # noqa: F401
from sitrep.cli.app import app
from sitrep.errors import SitrepError


def main(argv: list[str] | None = None) -> None:
    """Run the CLI, translating sitrep errors into a one-line message."""
    try:
        app(args=argv, prog_name="sitrep", standalone_mode=True)
    except SitrepError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        sys.exit(130)


__all__ = ["app", "main"]
