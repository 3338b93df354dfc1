"""Derive the truecasing table for all-capitals text from ``shared/eval/train`` (never dev).

Usage: python train/derive_truecase.py [../shared/eval/train]

Wire feeds and the MUC-4 reports are written in capitals; spaCy's NER, the
actor and place matchers all need case. The table says, per word, how
mixed-case conflict reporting writes it:

* from the mixed-case training texts (ACLED, ACLED Asia 2015, GTD, UCDP): each
  word's most common form when it does not open a sentence (seen at least twice),
  kept when it is not plain lower case and makes 70% of the word's uses;
* ``lower``: words seen in lower case in at least 30% of their uses (at least two uses) (the default is Title
  case for a word never seen, as unknown words in such reports are mostly names);
* from the MUC-4 training templates: the names keyed as perpetrators, victims,
  targets and places are names (Title case), and one-word organisation names of
  at most six letters are acronyms (upper case).

Only single words and their forms are kept, no record text.
Writes src/sitrep/data/truecase.json.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate.split import part_of  # noqa: E402

MIXED = ("acled.jsonl", "acled_asia_2015.jsonl", "gtd.jsonl", "ucdp_ged_pak.jsonl")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
OUT = ROOT / "src" / "sitrep" / "data" / "truecase.json"


def rows(path: Path):
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if part_of(row["id"]) == "fit":
                yield row


def mixed_case_forms(train: Path) -> tuple[dict[str, str], set[str]]:
    forms: dict[str, Counter] = defaultdict(Counter)
    for name in MIXED:
        for row in rows(train / name):
            for sentence in re.split(r"(?<=[.!?:;])\s+|\n+", row["text"]):
                for i, m in enumerate(WORD.finditer(sentence)):
                    if i == 0 or m.group(0).isupper() and len(m.group(0)) > 1 and sentence.isupper():
                        continue
                    forms[m.group(0).lower()][m.group(0)] += 1
    cased, lower = {}, set()
    for word, counter in forms.items():
        form, count = counter.most_common(1)[0]
        total = sum(counter.values())
        if total < 2:
            continue
        if counter[word] >= 0.3 * total:
            lower.add(word)  # written lower case often enough: a common word that also opens names
        elif count >= 0.7 * total:
            cased[word] = form
    return cased, lower


def muc_names(train: Path) -> tuple[set[str], set[str]]:
    names, acronyms = set(), set()
    for row in rows(train / "muc4.jsonl"):
        for template in row["gold_extra"].get("templates") or []:
            for slot in ("perp_organization_ids", "hum_tgt_names"):
                for entity in template.get(slot) or []:
                    for string in entity["strings"]:
                        words = WORD.findall(string)
                        if slot == "perp_organization_ids" and len(words) == 1 and len(words[0]) <= 6:
                            acronyms.add(words[0].lower())
                        elif slot == "hum_tgt_names":
                            names.update(w.lower() for w in words if len(w) > 2)
            for alternative in template.get("location_alternatives") or []:
                for part in alternative.get("path") or []:
                    names.update(w.lower() for w in WORD.findall(part["name"]) if len(w) > 2)
    return names, acronyms


def main(train_dir: str) -> None:
    train = Path(train_dir)
    cased, lower = mixed_case_forms(train)
    names, acronyms = muc_names(train)
    for word in names - lower - set(cased):
        cased[word] = word.title()
    for word in acronyms - lower - set(cased):
        cased[word] = word.upper()
    table = {
        "about": "Word forms for truecasing all-capitals text; derived by train/derive_truecase.py from the "
        "training split of shared/eval/train (mixed-case texts; MUC-4 template names). No record text.",
        "cased": dict(sorted(cased.items())),
        "lower": sorted(lower - set(cased)),
    }
    OUT.write_text(json.dumps(table, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(table['cased'])} cased forms, {len(table['lower'])} lower-case words")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "eval" / "train"))
