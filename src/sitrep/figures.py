"""Every source's figure for one event, side by side, and a summary that says how it was made.

The summary gives UCDP-style low / best / high and ACLED's conservative figure:

* each source's figure is an interval: exact and approximate values are a
  point, "more than N" and "at least N" start at N, "up to N" and "fewer than
  N" end at N, ranges keep both ends;
* low = the smallest stated lower end ("up to 20" states none, so it does not
  pull low to 0 unless no source states one), high = the largest upper end
  (open-ended claims such as "more than 20" do not raise it);
* best = the median of the sources' points (lower median when even), so one
  outlier source does not move it;
* conservative = low, ACLED's rule of coding the lowest credible figure.

Sources that give no figure (no number in the text, even if the event was
coded 0 by default) are listed with none and do not count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SourceFigure:
    """One report's figure for an event: who says it, through which outlet, with which hedge."""

    report_id: str
    outlet: str | None
    attributed_to: str | None
    published: date | None
    value: float | None
    hedge: str | None
    high: float | None
    text: str | None

    @property
    def source(self) -> str:
        """'Afghan officials via ITV News', or whichever part is known."""
        parts = [p for p in (self.attributed_to, self.outlet) if p]
        return " via ".join(parts) if parts else "unattributed"

    def bounds(self) -> tuple[float, float | None] | None:
        """The interval this figure allows (upper end None when open)."""
        if self.value is None:
            return None
        if self.hedge in ("more_than", "at_least"):
            return self.value, None
        if self.hedge in ("fewer_than", "at_most"):
            return 0.0, self.value
        if self.hedge == "range" and self.high is not None:
            return self.value, self.high
        return self.value, self.value


@dataclass(frozen=True)
class FigureSummary:
    """Low, best, high and the conservative figure over the sources that give one."""

    sources: tuple[SourceFigure, ...]
    low: float | None
    best: float | None
    high: float | None

    @property
    def conservative(self) -> float | None:
        return self.low

    @property
    def disagree(self) -> bool:
        """Whether sources' intervals fail to overlap."""
        bounds = [f.bounds() for f in self.sources if f.bounds() is not None]
        lows = max((b[0] for b in bounds), default=None)
        highs = min((b[1] for b in bounds if b[1] is not None), default=None)
        return lows is not None and highs is not None and lows > highs


def summarise(figures: list[SourceFigure]) -> FigureSummary:
    """Low / best / high for an event's figures (rules in the module docstring)."""
    bounds = [f.bounds() for f in figures]
    given = [b for b in bounds if b is not None]
    if not given:
        return FigureSummary(tuple(figures), None, None, None)
    stated = [
        b[0] for f, b in zip(figures, bounds, strict=True) if b is not None and f.hedge not in ("fewer_than", "at_most")
    ]
    low = min(stated) if stated else min(b[0] for b in given)
    closed = [b[1] for b in given if b[1] is not None]
    high = max(closed) if closed else None
    points = sorted(f.value for f in figures if f.value is not None)
    best = points[(len(points) - 1) // 2]
    return FigureSummary(tuple(figures), low, best, max(high, best) if high is not None else None)
