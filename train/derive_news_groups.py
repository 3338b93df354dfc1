"""Derive armed-group names from the MUC-4 training templates (never dev, never the held-out part).

Usage: python train/derive_news_groups.py [../shared/eval/train]

Each PERP: ORGANIZATION entity keyed in the 'fit' part (``sitrep.evaluate.split``)
is a group with its alternative strings as aliases ("FARABUNDO MARTI NATIONAL
LIBERATION FRONT" / "FMLN") and the country where most of its incidents were
keyed. Names that are plain English words ("army", "guerrillas") are left out:
they are roles, not names. Aliases are written as mixed-case text writes them
(acronyms in capitals, other names in Title Case). Only names are kept.
Writes src/sitrep/data/news_groups.json.
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
from sitrep.extract.truecase import word_form  # noqa: E402

OUT = ROOT / "src" / "sitrep" / "data" / "news_groups.json"
_LEADING = re.compile(r"^(?:THE|A|AN)\s+")


def written(name: str) -> str:
    """'SHINING PATH' -> 'Shining Path', 'FMLN' -> 'FMLN', 'ARMY OF NATIONAL LIBERATION' -> 'Army of National Liberation'."""
    name = _LEADING.sub("", re.sub(r'[\\"]', "", name).strip())
    words = name.split()
    if len(words) == 1 and len(name) <= 6:
        return name
    small = {"of", "the", "and", "de", "del", "la", "los", "las", "y", "for"}
    return " ".join(w.lower() if i and w.lower() in small else w[:1].upper() + w[1:].lower() for i, w in enumerate(words))


def forms(string: str) -> set[str]:
    """A keyed string and, for 'FMLN [FARABUNDO MARTI ...]', each part on its own."""
    parts = [string, *re.split(r"\s*[\[\]]\s*", string)] if "[" in string else [string]
    return {written(p) for p in parts if p.strip()}


_STATE = re.compile(
    r"\b(?:government|military|troops|soldiers|police|detachment|sectors?|services|intelligence|officers|brigade|battalion)\b"
    r"|^\d|^(?:[A-Z][a-z]+an) (?:Army|Air Force|Navy)\b",
    re.I,
)


def is_name(alias: str) -> bool:
    """A group's name: not a state force ('Honduran Army') or a plain English word ('Guerrillas')."""
    words = alias.split()
    if _STATE.search(alias):
        return False
    if len(words) == 1:
        return word_form(alias.lower())[0] != alias.lower()
    return True


def main(train_dir: str) -> None:
    groups: dict[str, set[str]] = {}
    countries: dict[str, Counter] = defaultdict(Counter)
    for line in (Path(train_dir) / "muc4.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if part_of(row["id"]) != "fit":
            continue
        for template in row["gold_extra"].get("templates") or []:
            where = [a["country"] for a in template.get("location_alternatives") or [] if a.get("country")]
            for entity in template.get("perp_organization_ids") or []:
                aliases = {f for s in entity.get("strings") or [] for f in forms(s)}
                aliases = {a for a in aliases if len(a) >= 3 and is_name(a)}
                if not aliases:
                    continue
                key = next((k for k, v in groups.items() if v & aliases), None) or max(aliases, key=len)
                groups.setdefault(key, set()).update(aliases)
                countries[key].update(w.title() for w in where[:1])
    table = {
        "about": "Armed-group names keyed as perpetrators in the 'fit' part of shared/eval/train/muc4.jsonl; "
        "derived by train/derive_news_groups.py. Names only.",
        "groups": [
            {
                "name": name,
                "aliases": sorted(aliases - {name}),
                "country": countries[name].most_common(1)[0][0] if countries[name] else None,
            }
            for name, aliases in sorted(groups.items())
        ],
    }
    OUT.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(table['groups'])} groups, {sum(len(g['aliases']) + 1 for g in table['groups'])} names")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "eval" / "train"))
