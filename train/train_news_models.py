"""Train the whole-report models from the MUC-4 training reports in ``shared/eval/train`` (never dev).

Usage: python train/train_news_models.py [../shared/eval/train]

Models learn from the 'fit' part of the file only (``sitrep.evaluate.split``);
each model's accuracy on the 'tune' part is printed and written into docs/models.md.

* ``muc4_relevant``: does a report tell a terrorist incident as MUC-4 keys them
  (TF-IDF + logistic regression over the truecased report)? The MUC-4 coding
  profile drops every event of a report it calls irrelevant.
* ``incident_sentence``: does a sentence state an incident (it names a keyed
  perpetrator, victim, target or weapon of a required template) or background?
  The opening sentences of ACLED and GTD notes of violent events are added as
  incidents, so that modern wording ("gunmen killed two traders") is known too.
* ``news_attack_type``: the GTD attack type of an incident from the sentences
  that state it (the sentences naming its template's fillers).

Artefacts are vocabulary, IDF weights and coefficients only, no text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate.split import part_of  # noqa: E402
from sitrep.extract.textclass import features, save_classifier  # noqa: E402
from sitrep.extract.truecase import truecase  # noqa: E402

OUT = ROOT / "src" / "sitrep" / "data" / "models"
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
SLOTS = ("perp_individual_ids", "perp_organization_ids", "hum_tgt_names", "phys_tgt_ids", "instrument_ids")


def read(train: Path) -> tuple[list[dict], list[dict]]:
    rows = [json.loads(line) for line in (train / "muc4.jsonl").open(encoding="utf-8")]
    return [r for r in rows if part_of(r["id"]) == "fit"], [r for r in rows if part_of(r["id"]) == "tune"]


def required(row: dict) -> list[dict]:
    return [t for t in row["gold_extra"].get("templates") or [] if not t.get("optional")]


def filler_strings(template: dict) -> set[str]:
    strings = {s for slot in SLOTS for e in template.get(slot) or [] for s in e.get("strings") or []}
    strings |= {r for d in template.get("hum_tgt_descriptions") or [] for r in d.get("refs") or []}
    return {s for s in strings if len(s) > 3}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(text) if len(s.strip()) > 20]


def relevance_data(rows):
    return [truecase(r["text"]) for r in rows], [str(bool(required(r))) for r in rows]


def coded_incidents(train: Path, part: str) -> list[str]:
    """Opening sentences of ACLED and GTD notes: incidents as modern reporting words them (positives only)."""
    found = []
    for name in ("acled.jsonl", "gtd.jsonl"):
        for line in (train / name).open(encoding="utf-8"):
            row = json.loads(line)
            if part_of(row["id"]) == part and row["gold"].get("event_type") not in {None, "Protests", "Riots", "Strategic developments"}:
                opening = re.sub(r"^\d\d/\d\d/\d{4}:\s*", "", row["text"])  # GTD's date prefix
                found.append(sentences(opening)[0] if sentences(opening) else opening)
    return found


def sentence_data(rows, extra: list[str] = ()):
    texts, labels = list(extra), ["True"] * len(extra)
    for row in rows:
        strings = set().union(*(filler_strings(t) for t in required(row))) if required(row) else set()
        for sentence in sentences(row["text"]):
            texts.append(truecase(sentence))
            labels.append(str(any(s in sentence for s in strings)))
    return texts, labels


def type_data(rows):
    texts, labels = [], []
    for row in rows:
        for template in required(row):
            types = template.get("gtd_types_accepted") or []
            strings = filler_strings(template)
            stating = [s for s in sentences(row["text"]) if any(f in s for f in strings)]
            if types and stating:
                texts.append(truecase(" ".join(stating[:3])))
                labels.append(types[0])
    return texts, labels


def fit(name: str, train: tuple[list[str], list[str]], held: tuple[list[str], list[str]], c: float = 4.0) -> None:
    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=2)
    matrix = vectorizer.fit_transform(train[0])
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(matrix, train[1])
    accuracy = model.score(vectorizer.transform(held[0]), held[1]) if held[0] else float("nan")
    print(f"{name}: {len(train[0])} training examples, {len(set(train[1]))} labels, held-out accuracy {accuracy:.3f}")
    coef, intercept = model.coef_, model.intercept_
    if coef.shape[0] == 1:  # binary: two rows so inference is uniform
        coef = np.vstack([-coef[0], coef[0]]) / 2
        intercept = np.array([-intercept[0], intercept[0]]) / 2
    save_classifier(
        OUT / f"{name}.json.gz", name, list(model.classes_), vectorizer.vocabulary_, vectorizer.idf_, coef, intercept
    )


def main(train_dir: str) -> None:
    rows, held = read(Path(train_dir))
    fit("muc4_relevant", relevance_data(rows), relevance_data(held))
    train = Path(train_dir)
    fit("incident_sentence", sentence_data(rows, coded_incidents(train, "fit")), sentence_data(held))
    fit("news_attack_type", type_data(rows), type_data(held))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "eval" / "train"))
