"""Train the role model (``role_filler``) from the MUC-4 training templates (never dev).

Usage: python train/train_role_model.py [../shared/eval/train]

For every relevant report of the 'fit' part, the sentences that hold an event
trigger are parsed and each noun phrase is labelled with the template slot its
text fills (``sitrep.evaluate.documents.filler_matches``: same words, same head):
perpetrator organisation, perpetrator individuals, human target (victim),
physical target, instrument (weapon), or none. A logistic regression over the
phrases' parse features (``sitrep.extract.roles``) learns the role. Accuracy and
per-role precision/recall on the 'tune' part are printed. The artefact holds
feature names and weights only, no text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate.documents import filler_matches, templates_of  # noqa: E402
from sitrep.evaluate.split import part_of  # noqa: E402
from sitrep.extract.classify import EVENT_TRIGGER  # noqa: E402
from sitrep.extract.context import build_context  # noqa: E402
from sitrep.extract.incidents import incident_probability  # noqa: E402
from sitrep.extract.roles import candidates, known_spans  # noqa: E402
from sitrep.extract.textclass import save_classifier  # noqa: E402

OUT = ROOT / "src" / "sitrep" / "data" / "models"
SLOT_ROLE = (
    ("perp_organization", "perp_org"),
    ("perp_individual", "perp_ind"),
    ("victim", "victim"),
    ("target", "target"),
    ("weapon", "weapon"),
)


def examples(rows) -> tuple[list[list[str]], list[str]]:
    features, labels = [], []
    for row in rows:
        templates = templates_of(row["gold_extra"])
        if not templates:
            continue
        ctx = build_context(row["id"], row["text"], None)
        known = known_spans(ctx)
        for position, sentence in enumerate(s for s in ctx.sentences if not ctx.in_dateline(s.start, s.end)):
            if not EVENT_TRIGGER.search(sentence.text):
                continue
            incident = incident_probability(sentence.text)
            for candidate in candidates(*ctx.after_dateline(sentence), incident, position, known):
                features.append(list(candidate.features))
                labels.append(label_of(candidate.text, templates))
    return features, labels


def label_of(text: str, templates) -> str:
    for slot, role in SLOT_ROLE:
        if any(filler_matches(text, alts) for t in templates for alts in t.slots[slot]):
            return role
    return "none"


def main(train_dir: str) -> None:
    rows = [json.loads(line) for line in (Path(train_dir) / "muc4.jsonl").open(encoding="utf-8")]
    fit_x, fit_y = examples([r for r in rows if part_of(r["id"]) == "fit"])
    tune_x, tune_y = examples([r for r in rows if part_of(r["id"]) == "tune"])
    print("labels (fit):", Counter(fit_y))
    vectorizer = TfidfVectorizer(analyzer=lambda f: f, sublinear_tf=True, min_df=2)
    matrix = vectorizer.fit_transform(fit_x)
    model = LogisticRegression(C=2.0, max_iter=5000)
    model.fit(matrix, fit_y)
    print(classification_report(tune_y, model.predict(vectorizer.transform(tune_x)), digits=3))
    save_classifier(
        OUT / "role_filler.json.gz",
        "role_filler",
        list(model.classes_),
        vectorizer.vocabulary_,
        vectorizer.idf_,
        np.asarray(model.coef_),
        model.intercept_,
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "eval" / "train"))
