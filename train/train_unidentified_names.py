"""Train ``acled_unidentified``: what ACLED calls an unnamed perpetrator where it has more than one name.

Usage: python train/train_unidentified_names.py [../shared/eval/train]

In some countries ACLED names an unknown perpetrator by what the violence looks
like: 'Unidentified Gang' for crime, 'Unidentified Gang and/or Police Militia'
for killings that may be either, 'Unidentified Armed Group' otherwise. The
countries are those where the 'fit' part of ``acled.jsonl`` uses more than one
such name; the model (TF-IDF + logistic regression over the note) learns the
name from the fit notes of those countries; the ACLED coding profile applies it
(``sitrep.evaluate.profiles``). Accuracy on the 'tune' part is printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate.split import part_of  # noqa: E402
from sitrep.extract.textclass import features, save_classifier  # noqa: E402

OUT = ROOT / "src" / "sitrep" / "data" / "models"
NAME = "acled_unidentified"


def unnamed(row: dict) -> str | None:
    """The record's 'Unidentified …' actor name without its country, if it has one."""
    for field in ("actor1", "actor2"):
        name = row["gold"].get(field) or ""
        if name.startswith("Unidentified") and "Militia" not in name.replace("Police Militia", ""):
            return name.split(" (")[0]
    return None


def examples(rows: list[dict], countries: set[str]) -> tuple[list[str], list[str]]:
    chosen = [(r["text"], unnamed(r)) for r in rows if r["gold"].get("country") in countries and unnamed(r)]
    return [t for t, _ in chosen], [label for _, label in chosen]


def main(train_dir: str) -> None:
    rows = [json.loads(line) for line in (Path(train_dir) / "acled.jsonl").open(encoding="utf-8")]
    fit = [r for r in rows if part_of(r["id"]) == "fit"]
    tune = [r for r in rows if part_of(r["id"]) == "tune"]
    names: dict[str, Counter] = defaultdict(Counter)
    written: dict[tuple[str, str], Counter] = defaultdict(Counter)  # how the fit part writes each name in full
    for r in fit:
        if unnamed(r):
            country = r["gold"]["country"]
            names[country][unnamed(r)] += 1
            full = next(r["gold"][f] for f in ("actor1", "actor2") if (r["gold"].get(f) or "").startswith(unnamed(r)))
            written[(country, unnamed(r))][full] += 1
    countries = {c for c, counts in names.items() if len(counts) > 1}
    texts, labels = examples(fit, countries)
    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=2)
    model = LogisticRegression(C=4.0, max_iter=3000)
    model.fit(vectorizer.fit_transform(texts), labels)
    held_texts, held_labels = examples(tune, countries)
    accuracy = model.score(vectorizer.transform(held_texts), held_labels) if held_texts else float("nan")
    majority = Counter(held_labels).most_common(1)[0][1] / len(held_labels) if held_labels else float("nan")
    print(
        f"{NAME}: {len(texts)} fit notes from {sorted(countries)}; tune accuracy {accuracy:.3f} "
        f"(most common name {majority:.3f})"
    )
    coef, intercept = model.coef_, model.intercept_
    if coef.shape[0] == 1:  # binary: two rows so inference is uniform
        coef, intercept = np.vstack([-coef[0], coef[0]]) / 2, np.array([-intercept[0], intercept[0]]) / 2
    save_classifier(
        OUT / f"{NAME}.json.gz", NAME, list(model.classes_), vectorizer.vocabulary_, vectorizer.idf_, coef, intercept
    )
    table = {
        c: {label: written[(c, label)].most_common(1)[0][0] for label in sorted(names[c])} for c in sorted(countries)
    }
    (OUT / f"{NAME}_names.json").write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "eval" / "train"))
