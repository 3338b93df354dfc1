"""``sitrep eval``: score extraction against gold data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from sitrep.cli.app import app


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold files: JSON Lines of coded records, or a seed gold.json.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
    taxonomy: Annotated[
        Optional[str],
        typer.Option(
            "--taxonomy", help="Score event types in acled, acled2015, gtd or ucdp (default: each dataset's own)."
        ),
    ] = None,
    held_out: Annotated[
        bool,
        typer.Option("--held-out", help="Score only the held-out fifth of each file (for shared/eval/train files)."),
    ] = False,
    fail_under: Annotated[
        Optional[list[str]],
        typer.Option("--fail-under", help="FIELD=VALUE or DATASET.FIELD=VALUE; exit 1 if a score is lower."),
    ] = None,
) -> None:
    """Run extraction on gold texts and print per-field accuracy per dataset (how fields match: docs/evaluation.md)."""
    from sitrep.errors import UsageError
    from sitrep.evaluate import check_gates, evaluate, format_table
    from sitrep.taxonomy import TAXONOMIES

    if taxonomy is not None and taxonomy not in TAXONOMIES:
        raise UsageError(f"--taxonomy must be one of {', '.join(TAXONOMIES)}, not {taxonomy!r}")
    results = evaluate(gold, taxonomy=taxonomy, held_out=held_out)
    print(json.dumps(results, indent=2) if as_json else format_table(results))
    failures = check_gates(results, fail_under or [])
    for failure in failures:
        print(f"gate failed: {failure}")
    if failures:
        raise typer.Exit(1)
