"""How each evaluated field is matched. Documented in docs/evaluation.md; keep the two in step.

* names (country, admin1, admin2, location): accents, case and punctuation
  folded; generic words (district, province, town …) dropped; equal, or equal
  after a transliteration skeleton (vowels, 'h' and doubled letters removed:
  Talogan = Taloqan is *not* matched, Khyber Pakhtunkwa = Khyber Pakhtunkhwa is).
* admin1, admin2: also equal when both names are names of the same gazetteer
  admin area of that country (its GeoNames name or any alternate name:
  "South Aegean" = "Nótio Aigaío"), as countries are matched.
* country: both sides mapped through the gazetteer's country names and codes.
* actors: equal after folding and dropping ACLED era suffixes "(2014-)", or
  both resolve to the same actor of the knowledge base (alias tables), or both
  name the same state's military or police ("Salvadoran army" = "Military
  Forces of El Salvador"; a bare "the army" is the record's country's).
* event and sub-event types: exact string, case-insensitive.
* date: the gold day lies inside the predicted interval, and that interval
  spans at most 7 days.
* coordinates: within 25 km (haversine).
* fatalities: exact value.
"""

from __future__ import annotations

import re
from datetime import date

from sitrep.actors.kb import load_actor_base
from sitrep.geo import km_between
from sitrep.places.countries import DEMONYMS
from sitrep.places.gazetteer import load_gazetteer
from sitrep.places.names import core, fold, skeleton

_ERA = re.compile(r"\s*\((?:\d{4})?-(?:\d{4})?\)")


def same_name(predicted: str | None, gold: str | None) -> bool:
    """Place names: folded/core equality, or equal transliteration skeletons."""
    if not predicted or not gold:
        return False
    a, b = core(predicted), core(gold)
    return a == b or (len(a) > 3 and skeleton(predicted) == skeleton(gold))


def same_admin(predicted: str | None, gold: str | None, country: str | None, level: str) -> bool:
    """Admin areas: same name as in ``same_name``, or two names of one gazetteer admin area of ``country``."""
    if same_name(predicted, gold):
        return True
    if not predicted or not gold or not country:
        return False
    gaz = load_gazetteer()
    home = gaz.country(country)
    if home is None:
        return False

    def ids(name: str) -> set[str]:
        return {e.id for e in gaz.lookup(name) if e.level == level and e.country == home.country}

    return bool(ids(predicted) & ids(gold))


def same_country(predicted: str | None, gold: str | None) -> bool:
    """Countries, via the gazetteer's names, alternate names and codes."""
    if not predicted or not gold:
        return False
    gaz = load_gazetteer()
    a, b = gaz.country(predicted), gaz.country(gold)
    if a is not None and b is not None:
        return a.id == b.id
    return same_name(predicted, gold)


def same_actor(predicted: str | None, gold: str | None, country: str | None = None) -> bool:
    """Actors: folded names without era suffixes, the same knowledge-base actor, or the same state force
    however it is written ('Salvadoran army' = 'Military Forces of El Salvador'; a bare 'the military'
    is the force of ``country``, the record's country)."""
    if not predicted or not gold:
        return False
    if '"/"' in gold:  # a MUC key's alternatives left joined ('ARMED FORCES"/"ARMY'): any of them
        return any(same_actor(predicted, one, country) for one in gold.split('"/"') if one.strip())
    if fold(_ERA.sub("", predicted)) == fold(_ERA.sub("", gold)):
        return True
    base = load_actor_base()
    a, b = base.resolve(predicted), base.resolve(gold)
    if a is not None and b is not None and a.id == b.id:
        return True
    force_a, force_b = state_force(predicted, country), state_force(gold, country)
    return force_a is not None and force_a == force_b


_FORCE_OF = re.compile(r"^(military|police) forces of (?:the )?(.+?)(?:\s*\(.*\))?$", re.I)
_FORCE_WORDS = {
    "military": r"army|armed forces|military|air force|navy|troops|soldiers|national guard|marines",
    "police": r"police|national police|police forces|policemen",
}


def state_force(name: str, country: str | None = None) -> tuple[str, str] | None:
    """(military|police, country) for a name of a state's forces, else None."""
    text = " ".join(_ERA.sub("", name).replace('"', " ").split())
    m = _FORCE_OF.match(text)
    gaz = load_gazetteer()
    if m:
        entry = gaz.country(m.group(2))
        return (m.group(1).lower(), entry.country) if entry else None
    for role, words in _FORCE_WORDS.items():
        m = re.fullmatch(rf"(?:the\s+)?(?:(?P<who>[A-Za-z ]+?)\s+)?(?:{words})", text, re.I)
        if not m:
            continue
        who = m.group("who")
        if who:
            home = DEMONYMS.get(who.title()) or (gaz.country(who).country if gaz.country(who) else None)
            return (role, home) if home else None
        entry = gaz.country(country) if country else None
        return (role, entry.country) if entry else None
    return None


def same_type(predicted: str | None, gold: str | None) -> bool:
    """Event types: exact, case-insensitive."""
    return bool(predicted and gold and predicted.strip().lower() == gold.strip().lower())


def date_matches(start: date | None, end: date | None, gold: str | None) -> bool:
    """The gold day lies in the predicted interval, which spans at most a week."""
    if start is None or not gold:
        return False
    day = date.fromisoformat(gold[:10])
    end = end or start
    return start <= day <= end and (end - start).days <= 7


def within_km(lat1, lon1, lat2, lon2, km: float = 25.0) -> bool:
    """Haversine distance at most ``km``."""
    if None in (lat1, lon1, lat2, lon2):
        return False
    return km_between(lat1, lon1, lat2, lon2) <= km
