"""Build the derived actor knowledge base from the coded actors of the fit part of ``shared/eval/train`` (never dev,
never the tune or held-out parts, so their figures stay honest).

Usage: python train/build_actor_kb.py [../shared/eval/train] [--check]

Every actor a training record is coded with becomes an entry: ACLED actor1/actor2 and associated actors
(kind from ACLED's inter codes), GTD group names, UCDP sides, MUC-4 perpetrator organisations with their
alternative strings. An entry has its dataset's name, kind, countries, the years it was coded in, the
aliases its name gives ('TTP: Tehreek-i-Taliban Pakistan' -> 'TTP', 'Tehreek-i-Taliban Pakistan'), how
often each dataset coded it, and where it came from. Generic names (protesters, rioters, civilians,
unidentified groups, state forces) are entries without aliases: extraction names them by role and country.

An alias two entries of different countries would both claim is ambiguous: it is listed, and kept apart
as the entries' ``contested_aliases``, which extraction links by ranking every claimant by the report's
countries and year (``ActorBase.link``). The build fails if a derived alias would take an alias of the reviewed ``actors.yaml`` for another
actor. Output is deterministic (sorted keys and lists): ``--check`` rebuilds in memory and fails if
``src/sitrep/data/actor_kb.json`` differs (CI runs it).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import yaml  # noqa: E402

from sitrep.data import word_cases  # noqa: E402
from sitrep.evaluate.split import part_of  # noqa: E402
from sitrep.places.names import fold  # noqa: E402

OUT = ROOT / "src" / "sitrep" / "data" / "actor_kb.json"
INTER_KIND = {
    "1": "state",
    "2": "rebel",
    "3": "political_militia",
    "4": "identity_militia",
    "5": "rioters",
    "6": "protesters",
    "7": "civilians",
    "8": "external",
}
GENERIC = re.compile(
    r"^(?:Protesters|Rioters|Civilians|Unidentified|Military Forces of|Police Forces of|Government of|"
    r"Militia \(Pro-Government\)|Private Security Forces|Prisoners|Refugees|Labou?r Group|Women|Students|"
    r"Journalists|Health Workers|Farmers|Teachers|Lawyers|Former Military|Former Rebel)"
    r"|^(?:Armed Forces|Army|Military|Government|Regime|Police|Guerrillas|Terrorists|Militants|Rebels|Militia|"
    r"Government and Army Sectors|Extreme Left|Far Rightwing|Communists|Pastoralists|Vigilante Group|Street Traders|"
    r"Taxi Drivers|Christian Group|Muslim Group|Hindu Group|LGBT)(?: \(.*\))?$"
)
_ERA = re.compile(r"\s*\((?:\d{4})?-(?:\d{4})?\)")
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")
ACLED_FILES = ("acled.jsonl", "acled_asia_2015.jsonl")


def rows(train: Path, name: str):
    """Training rows of the fit part (the tune part measures what the table gains; held-out stays unseen)."""
    path = train / name
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if part_of(row["id"]) == "fit":
                yield row


def aliases_of(name: str) -> set[str]:
    """How a coded name is written in text: the acronym and the long form of 'ACR: Long Name', without an
    era or a country in brackets; the bracketed acronym of 'Long Name (ACR)' too."""
    if GENERIC.match(name):
        return set()
    forms: set[str] = set()
    for part in name.split(":", 1):
        inner = [m.group(1) for m in _PAREN.finditer(part)]
        bare = _PAREN.sub(" ", _ERA.sub("", part)).strip()
        if len(bare) >= 2 and not bare.isdigit():
            forms.add(bare)
        forms |= {i for i in inner if re.fullmatch(r"[A-Z][A-Za-z0-9-]{1,9}", i) and i.upper() == i}
    forms |= {_MILITIA.sub("", f) for f in forms if _MILITIA.search(f) and not _DESCRIPTIVE.search(f)}
    return {f for f in map(_clean, forms) if (len(f) >= 3 or f.isupper()) and not _common(f)}


# 'Mayi Mayi Militia' is written 'Mayi Mayi militiamen': the name without its generic head is an alias too
# (acled tune actor1 and actor2 72.8 -> 73.0); 'Uror Communal Militia' is a description, not a name.
_MILITIA = re.compile(r"\s+Militia$")
_DESCRIPTIVE = re.compile(r"\b(?:Communal|Ethnic|Clan|Tribal|Group|Pro-Government|Police)\b")


def _clean(form: str) -> str:
    return " ".join(form.replace("\\", " ").replace('"', " ").split())


def _common(form: str) -> bool:
    """A word any report uses ('Army', 'Government', 'Maoists' of MUC-4's alternative strings): no alias."""
    if " " in form or (form.isupper() and len(form) <= 6 and form.lower() not in _GENERIC_WORDS):
        return False
    return form.lower() in word_cases()["lower"] or form.lower() in _GENERIC_WORDS or bool(GENERIC.match(form))


def _description(form: str) -> bool:
    """MUC-4 keys descriptions as organisations ('EIGHT MILITARY OFFICERS'): only common words, no name."""
    lower = word_cases()["lower"] | _GENERIC_WORDS | _NUMBERS
    return all(w.lower() in lower for w in re.findall(r"[A-Za-z]+", form))


_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some"}
_GENERIC_WORDS = {"army", "military", "government", "regime", "guerrillas", "police", "communists", "maoists",
                  "rightwing", "migrants", "fishermen", "terrorists", "extremists", "rebels", "insurgents", "medellin"}


def cased(text: str) -> str:
    """A MUC-4 string (all capitals) in the case mixed-case reporting writes it."""
    if not text.isupper():
        return text
    table = word_cases()["cased"]
    words = text.lower().split()
    out = []
    for i, word in enumerate(words):
        form = table.get(word)
        if form is None:
            form = word if (i and word in {"of", "the", "and", "for", "de", "del", "la", "el"}) else word.title()
        out.append(form)
    if len(words) == 1 and len(text) <= 6:
        return text  # one short word: an acronym (FMLN, ELN)
    return " ".join(out).removeprefix("The ").removeprefix("the ")


class Entries:
    """Entries keyed by (dataset name); counts, countries, years and sources accumulate."""

    def __init__(self) -> None:
        self.data: dict[str, dict] = {}

    def add(self, name: str, dataset: str, kind: str | None, country: str | None, year: int | None,
            source: str, aliases: set[str] | None = None) -> None:
        name = " ".join(name.split())
        if not name:
            return
        entry = self.data.setdefault(
            name,
            {"name": name, "kinds": Counter(), "countries": Counter(), "years": set(), "aliases": set(),
             "names": {}, "sources": Counter()},
        )
        if kind:
            entry["kinds"][kind] += 1
        if country:
            entry["countries"][country] += 1
        if year:
            entry["years"].add(year)
        entry["aliases"] |= aliases_of(name) if aliases is None else aliases
        entry["names"].setdefault(dataset, name)
        entry["sources"][source] += 1


def collect(train: Path) -> Entries:
    entries = Entries()
    for file in ACLED_FILES:
        dataset = "acled" if file == "acled.jsonl" else "acled2015"
        for row in rows(train, file):
            gold, extra = row["gold"], row.get("gold_extra") or {}
            year = _year(gold.get("event_date"))
            for side in ("1", "2"):
                kind = INTER_KIND.get(str(extra.get(f"inter{side}") or ""))
                if gold.get(f"actor{side}"):
                    entries.add(gold[f"actor{side}"], dataset, kind, gold.get("country"), year, f"{file}:actor{side}")
                for assoc in (extra.get(f"assoc_actor_{side}") or extra.get(f"ally_actor_{side}") or "").split(";"):
                    if assoc.strip():
                        entries.add(assoc.strip(), dataset, None, gold.get("country"), year, f"{file}:assoc_actor_{side}")
    for row in rows(train, "gtd.jsonl"):
        gold = row["gold"]
        if gold.get("actor1") and gold["actor1"] != "Unknown":
            entries.add(gold["actor1"], "gtd", "rebel", gold.get("country"), _year(gold.get("event_date")), "gtd.jsonl:gname")
    for row in rows(train, "ucdp_ged_pak.jsonl"):
        gold = row["gold"]
        for side in ("actor1", "actor2"):
            if gold.get(side):
                kind = "state" if gold[side].startswith("Government of") else "rebel"
                entries.add(gold[side], "ucdp", kind, gold.get("country"), _year(gold.get("event_date")), f"ucdp:{side}")
    for row in rows(train, "muc4.jsonl"):
        gold = row["gold"]
        for template in (row.get("gold_extra") or {}).get("templates") or []:
            for org in template.get("perp_organization_ids") or []:
                strings = [s for s in org.get("strings") or [] if s and s not in {"-", "*"}]
                if not strings:
                    continue
                forms = {_clean(cased(s)) for s in strings}
                forms = {f for f in forms if f and not _common(f) and not _description(f)}
                if not forms:
                    continue
                name = max(sorted(forms), key=lambda s: (len(s) > 6, len(s)))  # the long form names the group
                entries.add(name, "muc4", "rebel", gold.get("country"), _year(gold.get("event_date")),
                            "muc4.jsonl:perp_organization", forms)
    return entries


def _year(value) -> int | None:
    return int(str(value)[:4]) if value and str(value)[:4].isdigit() else None


def reviewed_aliases() -> dict[str, str]:
    """Folded alias -> actor id of the hand-written actors.yaml."""
    items = yaml.safe_load((ROOT / "src" / "sitrep" / "data" / "actors.yaml").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for item in items:
        for alias in (item["name"], *(item.get("aliases") or ()), *(item.get("names") or {}).values()):
            found.setdefault(fold(_ERA.sub("", str(alias))), item["id"])
    return found


def build(train: Path) -> dict:
    entries = collect(train).data
    reviewed = reviewed_aliases()
    claimants: dict[str, set[str]] = defaultdict(set)
    for name, entry in entries.items():
        for alias in entry["aliases"]:
            claimants[fold(alias)].add(name)
    ambiguous = set()
    for key, names in claimants.items():
        homes = {(entries[n]["countries"].most_common(1) or [(None, 0)])[0][0] for n in names}
        if len(names) > 1 and len(homes) > 1:
            ambiguous.add(key)  # 'Islamic State' of Syria and of Iraq: the text's country decides, not the alias
    actors = []
    for name in sorted(entries):
        entry = entries[name]
        aliases = sorted(a for a in entry["aliases"] if fold(a) not in ambiguous)
        contested = sorted(a for a in entry["aliases"] if fold(a) in ambiguous)
        owners = {reviewed[fold(a)] for a in [name, *aliases] if fold(a) in reviewed}
        if len(owners) > 1:
            raise SystemExit(f"conflict: {name!r} has aliases of reviewed actors {sorted(owners)}; fix actors.yaml")
        years = sorted(entry["years"])
        actors.append(
            {
                "name": name,
                "kind": entry["kinds"].most_common(1)[0][0] if entry["kinds"] else None,
                "countries": [c for c, _ in sorted(entry["countries"].items(), key=lambda kv: (-kv[1], kv[0]))],
                "years": [years[0], years[-1]] if years else None,
                "aliases": aliases,
                "contested_aliases": contested,
                "names": dict(sorted(entry["names"].items())),
                "reviewed_as": owners.pop() if owners else None,
                "sources": dict(sorted(entry["sources"].items())),
            }
        )
    return {
        "about": "Actors coded in shared/eval/train (fit part only), built by train/build_actor_kb.py. "
        "Names and aliases only; no record text.",
        "actors": actors,
        "ambiguous_aliases": sorted(ambiguous),
    }


def main(args: list[str]) -> int:
    train = Path(next((a for a in args if not a.startswith("--")), ROOT.parent / "shared" / "eval" / "train"))
    text = json.dumps(build(train), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if "--check" in args:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is not what train/build_actor_kb.py builds; rerun it", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)}: rebuilt byte for byte")
        return 0
    OUT.write_text(text, encoding="utf-8")
    data = json.loads(text)
    named = [a for a in data["actors"] if a["aliases"]]
    print(f"{len(data['actors'])} actors ({len(named)} with aliases), "
          f"{sum(len(a['aliases']) for a in data['actors'])} aliases, {len(data['ambiguous_aliases'])} ambiguous")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
