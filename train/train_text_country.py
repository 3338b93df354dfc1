"""Train ``text_country``: which country a text is about, from its words, for texts that name none.

Usage: python train/train_text_country.py [../shared/eval/train]

Coder notes and short items often name only a village, a party or a
neighbourhood ('Congress workers staged a dharna outside the collectorate'); the
words still say the country. TF-IDF + logistic regression over the notes of the
'fit' part of ``acled.jsonl`` and ``acled_asia_2015.jsonl``, labelled with the
coded country; countries with fewer than ``MIN_NOTES`` fit notes share the label
'other', so the model can say it does not know. Extraction asks it only when the
text, its dateline and its named groups give no country
(``sitrep.extract.country_guess``). Accuracy on the 'tune' part at the guessing
threshold is printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate.split import part_of  # noqa: E402
from sitrep.extract.country_guess import GUESS_AT, MODEL_NAME, OTHER  # noqa: E402
from sitrep.extract.textclass import features, save_classifier  # noqa: E402

OUT = ROOT / "src" / "sitrep" / "data" / "models"
FILES = ("acled.jsonl", "acled_asia_2015.jsonl")
MIN_NOTES = 15


def main(train_dir: str) -> None:
    rows = [json.loads(line) for name in FILES for line in (Path(train_dir) / name).open(encoding="utf-8")]
    fit = [r for r in rows if part_of(r["id"]) == "fit" and r["gold"].get("country")]
    tune = [r for r in rows if part_of(r["id"]) == "tune" and r["gold"].get("country")]
    notes = Counter(r["gold"]["country"] for r in fit)

    def label(row: dict) -> str:
        return row["gold"]["country"] if notes[row["gold"]["country"]] >= MIN_NOTES else OTHER

    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=3)
    model = LogisticRegression(C=8.0, max_iter=3000)
    model.fit(vectorizer.fit_transform([r["text"] for r in fit]), [label(r) for r in fit])
    probabilities = model.predict_proba(vectorizer.transform([r["text"] for r in tune]))
    guesses = [
        (model.classes_[p.argmax()], r["gold"]["country"])
        for r, p in zip(tune, probabilities)
        if p.max() >= GUESS_AT and model.classes_[p.argmax()] != OTHER
    ]
    right = sum(guess == gold for guess, gold in guesses)
    print(
        f"{MODEL_NAME}: {len(fit)} fit notes, {len(model.classes_) - 1} countries and '{OTHER}'; "
        f"tune: {len(guesses)} of {len(tune)} notes guessed at {GUESS_AT}, {right} right"
    )
    save_classifier(
        OUT / f"{MODEL_NAME}.json.gz", MODEL_NAME, list(model.classes_), vectorizer.vocabulary_, vectorizer.idf_,
        model.coef_, model.intercept_,
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "eval" / "train"))
