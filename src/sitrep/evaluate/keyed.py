"""Which extracted events MUC-4 keys: the ``muc4_keyed`` model (``train/train_keyed_events.py``).

MUC-4 keys the terrorist incidents a report tells in nine Latin American
countries, not the old incidents it recalls, not clashes between armies, and
nothing in a report about politics. Whether an extracted event is such an
incident depends on the whole report (how much it is about violence), on the
sentences that tell the event (incident or background), on its date against the
report's, and on what the event holds. A logistic regression over those
features, trained on extracted events of the 'fit' part of ``train/muc4.jsonl``
(label: the event pairs with a keyed template), replaces a report-level gate
that dropped every event of a report it doubted. The decision threshold is
chosen on the 'tune' part and shipped inside the artefact.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

import numpy as np

from sitrep.extract.incidents import incident_probability
from sitrep.records import Event

# The countries of the MUC-4 task definition.
MUC4_COUNTRIES = frozenset(
    {"Argentina", "Bolivia", "Chile", "Colombia", "Ecuador", "El Salvador", "Guatemala", "Honduras", "Peru"}
)
MODEL_NAME = "muc4_keyed"


@dataclass(frozen=True)
class ReportSignals:
    """What an event's report says about all its events."""

    relevance: float  # muc4_relevant probability of the whole report
    published: date | None
    length: int
    count: int  # events extracted from the report


def event_features(event: Event, index: int, report: ReportSignals) -> dict[str, float]:
    """The named features of the ``index``-th event of a report."""
    evidence = event.evidence
    place = event.place
    first = min((e.start for e in evidence), default=0)
    features = {
        "relevance": report.relevance,
        "incident": max((incident_probability(e.sentence) for e in evidence), default=0.0),
        "index": min(index, 3) / 3,
        "events": min(report.count, 6) / 6,
        "evidence": min(len(evidence), 4) / 4,
        "position": first / report.length if report.length else 0.0,
        "fatalities": float(event.fatalities is not None and event.fatalities.value > 0),
        # as the model was trained: phrases the parse read, not what a deed's words tell
        "victims": float(any(not v.by_deed for v in event.victims)),
        "targets": float(any(not t.by_deed for t in event.targets)),
        "weapons": float(any(not w.by_deed for w in event.weapons)),
        "perpetrators": float(bool(event.perpetrators)),
        "actor1": float(event.actor1 is not None),
        "muc4_country": float(bool(place and place.country in MUC4_COUNTRIES)),
        "no_country": float(not (place and place.country)),
        "inferred_date": float(event.date.inferred),
        f"type={event.type_in('gtd')}": 1.0,
        # ACLED's type tells a clash between armed sides (Battles, which MUC-4 does not key) from an attack on
        # civilians: muc4 tune strict perpetrator organisation 43.9 -> 45.6, country 72.7 -> 73.4, type unchanged.
        f"acled={event.type_in('acled')}": 1.0,
        f"sub={event.sub_event_type}": 1.0,
        f"inter1={event.inter1}": 1.0,
        f"precision={event.date.precision.value}": 1.0,
        f"age={_age(event, report.published)}": 1.0,
    }
    return features


def _age(event: Event, published: date | None) -> str:
    """How long before the report the event began, in bands."""
    if event.date.start is None or published is None:
        return "undated"
    days = (published - event.date.start).days
    if days < 0:
        return "after"
    for limit, band in ((3, "0-3"), (15, "4-15"), (60, "16-60")):
        if days <= limit:
            return band
    return "older"


def feature_vector(features: dict[str, float], names: tuple[str, ...] | list[str]) -> np.ndarray:
    """The features in the model's order (names it does not know are left out, unknown names are 0)."""
    position = _positions(tuple(names))
    x = np.zeros(len(position))
    for name, value in features.items():
        if name in position:
            x[position[name]] = value
    return x


@cache
def _positions(names: tuple[str, ...]) -> dict[str, int]:
    return {name: i for i, name in enumerate(names)}


@dataclass(frozen=True)
class KeyedModel:
    """A logistic regression over named features, with its decision threshold."""

    names: tuple[str, ...]
    coef: np.ndarray
    intercept: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        """The probability that an event with these features is keyed."""
        x = feature_vector(features, self.names)
        return float(1.0 / (1.0 + np.exp(-(x @ self.coef + self.intercept))))

    def keeps(self, features: dict[str, float]) -> bool:
        """Whether an event with these features is kept."""
        return self.probability(features) >= self.threshold


def save_keyed_model(path, names, coef, intercept: float, threshold: float) -> None:
    """Write the artefact (used by the training script); the same training gives the same bytes."""
    payload = {
        "name": MODEL_NAME,
        "names": list(names),
        "coef": [round(float(c), 4) for c in coef],
        "intercept": round(float(intercept), 4),
        "threshold": round(float(threshold), 4),
    }
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as handle:
        handle.write(json.dumps(payload, indent=1).encode("utf-8"))


@cache
def load_keyed_model() -> KeyedModel:
    """The shipped model (cached per process)."""
    ref = resources.files("sitrep.data.models") / f"{MODEL_NAME}.json.gz"
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        payload = json.load(handle)
    return KeyedModel(
        names=tuple(payload["names"]),
        coef=np.asarray(payload["coef"], dtype=np.float64),
        intercept=float(payload["intercept"]),
        threshold=float(payload["threshold"]),
    )
