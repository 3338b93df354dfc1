"""Evaluate: score extraction against human-coded gold data (``sitrep eval``)."""

from sitrep.evaluate.report import check_gates, format_table
from sitrep.evaluate.score import evaluate

__all__ = ["check_gates", "evaluate", "format_table"]
