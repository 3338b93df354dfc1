"""Train the event-type classifiers from ``shared/eval/train`` (never from dev).

Usage: python train/train_classifiers.py [../shared/eval/train]

Writes src/sitrep/data/models/{acled_event_type, acled_sub_event_type,
acled2015_event_type, gtd_attack_type, ucdp_violence_type}.json.gz: vocabulary,
IDF weights and coefficients only, no training text. Prints 5-fold
cross-validated accuracy on the training data for each model. The held-out part
(``sitrep.evaluate.split``) is never trained on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate.split import part_of  # noqa: E402
from sitrep.extract.textclass import features, save_classifier  # noqa: E402

OUT = ROOT / "src" / "sitrep" / "data" / "models"
MODELS = {
    # name: (file, gold field, minimum examples per label)
    "acled_event_type": ("acled.jsonl", "event_type", 2),
    "acled_sub_event_type": ("acled.jsonl", "sub_event_type", 2),
    "acled2015_event_type": ("acled_asia_2015.jsonl", "event_type", 2),
    "gtd_attack_type": ("gtd.jsonl", "event_type", 2),
    "ucdp_violence_type": ("ucdp_ged_pak.jsonl", "event_type", 2),
}


def load(path: Path, field: str, min_count: int) -> tuple[list[str], list[str]]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if part_of(r["id"]) != "held_out"]  # the held-out part is for measuring only
    pairs = [(r["text"], r["gold"][field]) for r in rows if r["gold"].get(field)]
    counts: dict[str, int] = {}
    for _, label in pairs:
        counts[label] = counts.get(label, 0) + 1
    kept = [(t, y) for t, y in pairs if counts[y] >= min_count]
    return [t for t, _ in kept], [y for _, y in kept]


def train(name: str, texts: list[str], labels: list[str]) -> None:
    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=2)
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced")
    folds = min(5, min(labels.count(y) for y in set(labels)))
    if folds >= 2:
        cv = StratifiedKFold(folds, shuffle=True, random_state=0)
        scores = cross_val_score(model, matrix, labels, cv=cv)
        print(f"{name}: {len(texts)} texts, {len(set(labels))} labels, cv accuracy {scores.mean():.3f}")
    model.fit(matrix, labels)
    coef = model.coef_
    if coef.shape[0] == 1:  # binary: expand to two rows so inference is uniform
        coef = np.vstack([-coef[0], coef[0]]) / 2
        intercept = np.array([-model.intercept_[0], model.intercept_[0]]) / 2
    else:
        intercept = model.intercept_
    save_classifier(
        OUT / f"{name}.json.gz",
        name,
        list(model.classes_),
        vectorizer.vocabulary_,
        vectorizer.idf_,
        coef,
        intercept,
    )


def main(train_dir: str) -> None:
    for name, (file, field, min_count) in MODELS.items():
        texts, labels = load(Path(train_dir) / file, field, min_count)
        train(name, texts, labels)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "eval" / "train"))
