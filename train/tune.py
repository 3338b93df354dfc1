"""Error analysis and threshold tuning on the 'tune' part of the training files (never dev, never held-out).

Usage: python train/tune.py DATASET [N] [--errors]
Scores the first N tune records of ``shared/eval/train/DATASET.jsonl`` as ``sitrep eval`` does,
and with --errors prints each MUC-4 report's keyed incidents beside the extracted events.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate.gold import read_jsonl_gold  # noqa: E402
from sitrep.evaluate.report import format_table  # noqa: E402
from sitrep.evaluate.score import DATASETS, score_dataset  # noqa: E402
from sitrep.evaluate.split import part_of  # noqa: E402
from sitrep.extract import extract_text  # noqa: E402

TRAIN = ROOT.parent / "shared" / "eval" / "train"


def main(dataset: str, limit: int, errors: bool) -> None:
    records = [r for r in read_jsonl_gold(TRAIN / f"{dataset}.jsonl") if part_of(r.id) == "tune"][:limit]
    print(format_table({dataset: score_dataset(dataset, records).to_dict()}))
    if errors:
        for record in records:
            show(record, DATASETS.get(dataset, ("acled", "acled"))[1])


def show(record, names: str) -> None:
    g = record.gold
    print(f"\n== {record.id} gold: {g['event_type']} | {g['actor1']} | {g['event_date']} | {g['country']} | "
          f"{g['location']} | {g['fatalities']}")
    for t in record.extra.get("templates") or []:
        if not t.get("optional"):
            orgs = [e["strings"][0] for e in t.get("perp_organization_ids") or []]
            print("   keyed:", t.get("incident_type"), orgs, json.dumps(t.get("perp_individual_ids"))[:80])
    for e in extract_text(record.text, record.published, dataset=names).events:
        print("   got:", e.type_in("gtd"), "|", e.actor1 and (e.actor1.text, e.actor1.name), "|", e.date.start, "|",
              e.place and (e.place.country, e.place.name), "|", e.fatalities and e.fatalities.value)
        print("        ", e.evidence[0].sentence[:160] if e.evidence else "")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0], int(args[1]) if len(args) > 1 else 10**6, "--errors" in sys.argv)
