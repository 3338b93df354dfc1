"""Linear text classifiers shipped as small artefacts (no scikit-learn at run time).

Training (``train/train_classifiers.py``) fits TF-IDF + logistic regression with
scikit-learn on ``shared/eval/train`` and writes the vocabulary, IDF weights
and coefficients into ``sitrep/data/models/NAME.json.gz``. Inference here uses
the same ``features()`` analyser and numpy only.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


def features(text: str) -> list[str]:
    """Word unigrams and bigrams, lower-cased, every number replaced by '#'."""
    tokens = ["#" if tok.isdigit() else tok for tok in _TOKEN.findall(text.lower())]
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


@dataclass(frozen=True)
class TextClassifier:
    """A multinomial logistic-regression model over TF-IDF features."""

    name: str
    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray

    def probabilities(self, text: str) -> dict[str, float]:
        """Each label's probability for ``text``."""
        return self.feature_probabilities(features(text))

    def feature_probabilities(self, found: list[str]) -> dict[str, float]:
        """Each label's probability for an item described by feature strings (parse features of a phrase)."""
        scores = self._scores(found)
        exp = np.exp(scores - scores.max())
        probs = exp / exp.sum()
        return dict(zip(self.labels, probs.tolist()))

    def coverage(self, text: str) -> float:
        """Share of the text's features the model knows: near 1 for texts like its training data."""
        found = features(text)
        return sum(f in self.vocabulary for f in found) / len(found) if found else 0.0

    def predict(self, text: str) -> tuple[str, float]:
        """The most probable label and its probability."""
        probs = self.probabilities(text)
        label = max(probs, key=probs.__getitem__)
        return label, probs[label]

    def _scores(self, found: list[str]) -> np.ndarray:
        counts: dict[int, int] = {}
        for feature in found:
            index = self.vocabulary.get(feature)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        if not counts:
            return self.intercept.astype(np.float64)
        idx = np.fromiter(counts, dtype=np.int64)
        weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[idx]
        weights /= np.linalg.norm(weights) or 1.0
        return self.coef[:, idx].astype(np.float64) @ weights + self.intercept


def save_classifier(path, name, labels, vocabulary, idf, coef, intercept) -> None:
    """Write a model artefact (used by the training script)."""
    payload = {
        "name": name,
        "labels": list(labels),
        "vocabulary": sorted(vocabulary, key=vocabulary.__getitem__),
        "idf": _pack(np.asarray(idf, dtype=np.float32)),
        "coef": _pack(np.asarray(coef, dtype=np.float16)),
        "coef_shape": list(np.shape(coef)),
        "intercept": [float(x) for x in intercept],
    }
    # No time stamp or name in the gzip header: the same training gives the same bytes (make data-check).
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as handle:
        handle.write(json.dumps(payload).encode("utf-8"))


@cache
def load_classifier(name: str) -> TextClassifier:
    """Load a shipped model by name (cached per process)."""
    ref = resources.files("sitrep.data.models") / f"{name}.json.gz"
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        payload = json.load(handle)
    vocab = {term: i for i, term in enumerate(payload["vocabulary"])}
    coef = _unpack(payload["coef"], np.float16).reshape(payload["coef_shape"]).astype(np.float32)
    return TextClassifier(
        name=payload["name"],
        labels=tuple(payload["labels"]),
        vocabulary=vocab,
        idf=_unpack(payload["idf"], np.float32),
        coef=coef,
        intercept=np.asarray(payload["intercept"], dtype=np.float64),
    )


def _pack(array: np.ndarray) -> str:
    return base64.b64encode(array.tobytes()).decode("ascii")


def _unpack(text: str, dtype) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=dtype)
