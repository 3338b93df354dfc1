"""Printing evaluation results and checking ``--fail-under`` gates."""

from __future__ import annotations

from sitrep.errors import UsageError
from sitrep.evaluate.score import FIELDS

_SEED_KEYS = (
    "event_recall",
    "event_precision",
    "claim_recall",
    "claim_precision",
    "invented_death_tolls",
    "year_valued_claims",
)


def format_table(results: dict) -> str:
    """A plain-text table: datasets as rows, fields as columns (percent correct, n)."""
    lines = []
    header = f"{'dataset':<17}{'n':>5} " + " ".join(f"{f[:11]:>11}" for f in FIELDS)
    lines.append(header)
    for name, result in results.items():
        if name in ("seeds", "merging"):
            continue
        cells = []
        for f in FIELDS:
            cell = result["fields"].get(f)
            cells.append(f"{cell['accuracy'] * 100:10.1f}%" if cell and cell["accuracy"] is not None else f"{'-':>11}")
        lines.append(f"{name:<17}{result['records']:>5} " + " ".join(cells))
    for name, result in results.items():
        if result.get("documents"):
            docs = result["documents"]
            shown = ", ".join(f"{k} {_show(v)}" for k, v in docs.items() if k != "counts")
            lines.append(f"{name} whole reports: {shown}")
    if "seeds" in results:
        seeds = results["seeds"]
        lines.append("")
        lines.append("seeds: " + ", ".join(f"{k} {_show(seeds[k])}" for k in _SEED_KEYS))
        lines.extend(f"  miss: {m}" for m in seeds["misses"])
    if "merging" in results:
        m = results["merging"]
        lines.append("")
        lines.append(
            f"merging ({m['reports']} reports): pairwise precision {_show(m['precision'])}, recall {_show(m['recall'])} "
            f"({m['pairs_right']} of {m['pairs_predicted']} predicted pairs right, {m['pairs_gold']} gold pairs)"
        )
        lines.extend(f"  false merge: {' + '.join(p)}" for p in m["false_merges"])
        lines.extend(f"  missed merge: {' + '.join(p)}" for p in m["missed_merges"])
    return "\n".join(lines)


def _show(value) -> str:
    if value is None:
        return "-"
    return f"{value * 100:.1f}%" if isinstance(value, float) else str(value)


def parse_gate(text: str) -> tuple[str | None, str, float]:
    """'acled.date=0.95' or 'date=95' -> (dataset or None, field, fraction)."""
    try:
        key, value = text.split("=", 1)
        number = float(value)
    except ValueError:
        raise UsageError(f"--fail-under takes FIELD=VALUE or DATASET.FIELD=VALUE, not {text!r}") from None
    dataset, _, field = key.rpartition(".")
    return dataset or None, field, number / 100 if number > 1 else number


def _measured(name: str, result: dict, field: str):
    if name in ("seeds", "merging"):
        return result.get(field)
    if field in (result.get("documents") or {}):
        return result["documents"][field]
    return (result["fields"].get(field) or {}).get("accuracy")


def check_gates(results: dict, gates: list[str]) -> list[str]:
    """Every gate that a result falls under, as a message; a gate naming nothing measured is a failure too."""
    failures = []
    for gate in gates:
        dataset, field, floor = parse_gate(gate)
        checked = 0
        for name, result in results.items():
            if dataset and name != dataset:
                continue
            value = _measured(name, result, field)
            if value is None:
                continue
            checked += 1
            if field in {"invented_death_tolls", "year_valued_claims", "irrelevant_with_event"}:
                if value > floor:
                    failures.append(f"{name}.{field} = {value} > {floor:g}")
            elif value < floor:
                failures.append(f"{name}.{field} = {value:.3f} < {floor:.3f}")
        if not checked:
            failures.append(f"gate {gate!r} matched no measured field")
    return failures
