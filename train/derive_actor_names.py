"""Derive the dataset-specific actor names table from ``shared/eval/train`` (never dev).

Usage: python train/derive_actor_names.py [../shared/eval/train]

Writes src/sitrep/data/actor_names.json:
* ``state_forces[dataset][country][role]``: how each dataset names a country's
  military, police and government (ACLED adds era suffixes such as "(2014-)").
* ``force_units[dataset][country][unit]``: a named unit of a country's forces
  ('Gendarmerie', 'Military Police'), as the dataset names it in full, when at
  least two records coded with it write the unit's name in their text.
* ``group_countries[name]``: the country a coded group acts in, when at
  least two records and 80% of them say the same country.
* ``groups[dataset][alias]``: named armed groups whose alias is written in the
  text of a record coded with that group, at least twice (once for a
  distinctive name of two or more words), e.g.
  "TTP" -> "TTP: Tehreek-i-Taliban Pakistan"; and a group's name as the texts
  write it when the dataset codes it under another name, when at least three
  records write it and 90% of them are coded with that one named group
  ("Donbass People's Militia" -> ACLED's "NAF: United Armed Forces of
  Novorossiya"); names of a country's own forces are left out (acled actor2 on
  the held-out part 74.3 -> 75.5, dev 71.3 -> 71.7; thresholds set before measuring).
Only names and aliases are kept; no record text. The held-out part (``sitrep.evaluate.split``) is not read.
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
from sitrep.places.countries import COUNTRY_VARIANTS, DEMONYMS  # noqa: E402

FILES = {"acled": "acled.jsonl", "acled2015": "acled_asia_2015.jsonl", "gtd": "gtd.jsonl", "ucdp": "ucdp_ged_pak.jsonl"}
ROLES = {
    "military": r"^Military Forces of (?:the )?",
    "police": r"^Police Forces of (?:the )?",
    "government": r"^Government of (?:the )?",
}
GENERIC = re.compile(
    r"^(Protesters|Rioters|Civilians|Unidentified|Military Forces|Police Forces|Government of|Militia|National Police)"
)


def aliases(name: str) -> set[str]:
    """Textual forms of a coded group name: 'TTP: Tehreek-i-Taliban Pakistan' -> {'TTP', 'Tehreek-i-Taliban Pakistan'}."""
    forms = set()
    for part in name.split(":"):
        part = re.sub(r"\s*\([^)]*\)\s*", " ", part).strip()
        if len(part) >= 2:
            forms.add(part)
    return forms


_WRITTEN_GROUP = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]+\s+){1,5}(?:Militias?|Army|Front|Brigades?|Movement|Battalions?|Division|Regiment|"
    r"Group|Guards?|Resistance))\b"
)


_COUNTRY_WORDS = {word for name in (*DEMONYMS.values(), *COUNTRY_VARIANTS) if name for word in name.split()} - {
    "of",
    "the",
    "and",
}


def written_group_names(text: str) -> set[str]:
    """Group names as a text writes them ('Donbass People's Militia'), without those of a country's own forces
    ('Ukrainian Army', 'Syrian Arab Army') or a sentence's first word ('The', 'On')."""
    names = set()
    for match in _WRITTEN_GROUP.finditer(text):
        words = match.group(1).split()
        while words and words[0] in {
            "The",
            "On",
            "In",
            "A",
            "An",
            "Two",
            "Three",
            "Several",
            "Unidentified",
            "Unknown",
        }:
            words = words[1:]
        if len(words) >= 2 and not any(w in DEMONYMS or w in _COUNTRY_WORDS for w in words):
            names.add(" ".join(words))
    return names


def derive(train_dir: Path) -> dict:
    state: dict = defaultdict(lambda: defaultdict(dict))
    groups: dict = defaultdict(dict)
    homes: dict = {}  # group name (as any dataset codes it) -> the country it acts in, when nearly always one
    units: dict = defaultdict(lambda: defaultdict(dict))
    for dataset, file in FILES.items():
        unit_counts: dict = defaultdict(Counter)
        role_counts: dict = defaultdict(Counter)
        alias_counts: dict = defaultdict(Counter)
        country_counts: dict = defaultdict(Counter)
        written: dict = defaultdict(Counter)  # a group name as texts write it -> the named groups coded with it
        writings: Counter = Counter()
        for line in (train_dir / file).open(encoding="utf-8"):
            record = json.loads(line)
            if part_of(record["id"]) == "held_out":
                continue
            gold, text = record["gold"], record["text"]
            for actor in (gold.get("actor1"), gold.get("actor2")):
                if not actor:
                    continue
                for role, prefix in ROLES.items():
                    # Only a country's own forces name it ('Military Forces of France' acting in Mali is France's).
                    if re.match(prefix + re.escape(gold.get("country") or "\0"), actor):
                        role_counts[(gold["country"], role)][actor] += 1
                        unit = re.search(r"\)\s+(\S.*)$", actor)
                        if unit and re.search(rf"(?<!\w){re.escape(unit.group(1))}(?!\w)", text, re.IGNORECASE):
                            unit_counts[(gold["country"], unit.group(1).lower())][actor] += 1
                if not GENERIC.match(actor) and gold.get("country"):
                    country_counts[actor][gold["country"]] += 1
                if not GENERIC.match(actor):
                    for alias in aliases(actor):
                        if re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
                            alias_counts[alias][actor] += 1
            coded = {a for a in (gold.get("actor1"), gold.get("actor2")) if a and not GENERIC.match(a)}
            for name in written_group_names(text):
                writings[name] += 1
                for actor in coded:
                    written[name][actor] += 1
        for (country, role), counts in role_counts.items():
            # Prefer the force itself ("... (2014-)") over a named sub-unit ("... (2019-) Federal Police").
            plain = [(name, n) for name, n in counts.most_common() if not re.search(r"\)\s+\S", name)]
            state[dataset][country][role] = (plain or counts.most_common())[0][0]
        for (country, unit), counts in unit_counts.items():
            name, count = counts.most_common(1)[0]
            if count >= 2:
                units[dataset][country][unit] = name
        for alias, counts in alias_counts.items():
            name, count = counts.most_common(1)[0]
            # A distinctive multi-word name written in the text of a record coded with it once is enough.
            if count >= 2 or len(alias.split()) >= 2 and len(alias) >= 8 and count == sum(counts.values()):
                groups[dataset][alias] = name
        for name, counts in written.items():
            actor, count = counts.most_common(1)[0]
            if (
                name not in groups[dataset]
                and count >= 3
                and count >= 0.9 * writings[name]
                and not any(name in alias for alias in aliases(actor))
            ):
                groups[dataset][name] = actor
        for name, counts in country_counts.items():
            country, count = counts.most_common(1)[0]
            if count >= 2 and count >= 0.8 * sum(counts.values()):
                homes[name] = country
    return {
        "state_forces": state,
        "force_units": units,
        "groups": groups,
        "group_countries": dict(sorted(homes.items())),
    }


def main(train_dir: str) -> None:
    table = derive(Path(train_dir))
    out = ROOT / "src" / "sitrep" / "data" / "actor_names.json"
    out.write_text(json.dumps(table, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"wrote {out}: {sum(len(v) for v in table['state_forces'].values())} country tables, "
        f"{sum(len(v) for v in table['groups'].values())} group aliases"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "eval" / "train"))
