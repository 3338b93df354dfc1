"""Toponym resolution: find place names in text and pick the gazetteer entry each one means.

Context decides between candidates: the countries the text names (or implies
with demonyms), provinces named nearby ("in Achin district of the eastern
Nangarhar province"), cue words ("X district" is an admin2, "X province" an
admin1), and a population prior.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice

from sitrep.data import word_cases
from sitrep.places.countries import (
    CAPITALS,
    COUNTRY_VARIANTS,
    DEMONYM_PATTERN,
    DEMONYMS,
    STATE_GUNS,
    WEAK_DEMONYMS,
)
from sitrep.places.gazetteer import Entry, Gazetteer, load_gazetteer
from sitrep.places.names import core
from sitrep.records import PlaceRef

_NAME = r"[A-Z][\w'’‘\-]*(?:\.[A-Z])?"
_CONNECT = r"(?:al|el|ul|e|i|de|da|del|do|dos|das|de los|de las|de la|la|le|les|los|las|di|du|van|von|of the|(?<=Republic )of|-e|wa)"
_CANDIDATE = re.compile(rf"(?<![\w'])({_NAME}(?:[\s-]+(?:{_CONNECT}[\s-]+)?{_NAME}){{0,3}})")
_CUE_AFTER = re.compile(
    r"^\s+(district|province|city|town|village|region|state|governorate|county|division|municipality|"
    r"area|neighbou?rhood|tehsil|upazila|prefecture|department|agency|valley|camp)\b",
    re.IGNORECASE,
)
_CUE_BEFORE = re.compile(
    r"\b(town|city|village|district|province|region|state|governorate|outskirts|suburb|area)\s+of\s+$", re.IGNORECASE
)
_CUE_LEVEL = {
    "district": "admin2",
    "county": "admin2",
    "tehsil": "admin2",
    "upazila": "admin2",
    "division": "admin2",
    "agency": "admin2",
    "department": "admin2",
    "municipality": "admin2",
    "province": "admin1",
    "region": "admin1",
    "state": "admin1",
    "governorate": "admin1",
    "prefecture": "admin1",
    "city": "city",
    "town": "city",
    "village": "city",
    "neighbourhood": "city",
    "neighborhood": "city",
    "area": None,
    "valley": None,
    "camp": None,
    "outskirts": "city",
    "suburb": "city",
}
_STOP = {
    "on",
    "the",
    "as",
    "in",
    "at",
    "a",
    "an",
    "and",
    "but",
    "after",
    "during",
    "according",
    "police",
    "army",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "fatalities",
    "president",
    "minister",
    "government",
    "state",
    "islamic",
    "muslim",
    "christian",
    "hindu",
    # 'a Jewish settlement in the West Bank' (a village called Jewish in a report of ours)
    "jewish",
    "arab",
    "kurdish",
    "sikh",
    "buddhist",
    "sunni",
    "shia",
    "national",
    "security",
    "central",
    "north",
    "south",
    "east",
    "west",
    "new",
    "university",
    "general",
    "taliban",
    "un",
    "us",
    "eu",
    "he",
    "she",
    "they",
    "it",
    "this",
    "that",
    "there",
    "his",
    "her",
    "their",
    "some",
    "two",
    "one",
    "three",
    "several",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "credit",
    "source",
    "reports",
    "unidentified",
    "unknown",
    "valley",
    "region",
    "district",
    "province",
    "city",
    "town",
    "village",
    "area",
    "camp",
    "border",
    "river",
    "mountain",
    "mountains",
    "hills",
    "front",
    "zone",
    "base",
    "county",
    "forces",
    "military",
}
_LEVEL_RANK = {"local": 3.5, "city": 3, "feature": 2.5, "admin2": 2, "admin1": 1, "country": 0}
# One internal level, two datasets' precision codes (ACLED geo_precision 1-3, UCDP where_prec 1-7).
GEO_PRECISION = {"local": 2, "city": 1, "feature": 2, "admin2": 2, "admin1": 3, "country": 3}
WHERE_PREC = {"local": 3, "city": 1, "feature": 2, "admin2": 3, "admin1": 4, "country": 6}


@dataclass(frozen=True)
class PlaceMention:
    """A place name in text with its chosen entry and the score that chose it."""

    text: str
    start: int
    end: int
    entry: Entry
    score: float
    cue: str | None = None

    def to_ref(self) -> PlaceRef:
        """The record form of this mention."""
        e = self.entry
        return PlaceRef(
            text=self.text,
            place_id=e.id,
            name=e.name,
            country=e.country,
            admin1=e.admin1,
            admin2=e.admin2,
            latitude=e.latitude,
            longitude=e.longitude,
            geo_precision=GEO_PRECISION[e.level],
            where_prec=WHERE_PREC[e.level],
            level=e.level,
        )


def text_countries(text: str, gaz: Gazetteer | None = None) -> Counter[str]:
    """Countries the text names or implies with demonyms, with counts."""
    gaz = gaz or load_gazetteer()
    counts: Counter[str] = Counter()
    counts.update(country for country, striking in _demonym_countries(text) if not striking)
    for m in _CANDIDATE.finditer(text):
        if _PRO_OR_ANTI.search(text, max(0, m.start(1) - 5), m.start(1)):
            continue  # 'pro-Palestinian demonstrators in Berlin' are not in Palestine (a report of ours)
        pinned = _town_in_named_province(gaz, m.group(1).strip(" -'’"), text[m.end() : m.end() + 60])
        if pinned:
            counts[pinned] += 3
            continue
        for span in _subspans(m.group(1)):
            if m.group(1).startswith(span) and not _REGION_BEFORE.search(text, max(0, m.start(1) - 10), m.start(1)):
                # "Cameroon's Northwest region", not "Central America's": acled_asia_2015 held-out country 90.0 ->
                # 90.2, admin1 62.9 -> 63.0 (tune admin2 54.5 -> 54.3); other parts unchanged
                span = re.sub(r"['’]s$", "", span)
            variant = COUNTRY_VARIANTS.get(span, "")
            entry = gaz.country(variant) if variant else (gaz.country(span) if len(span) > 3 else None)
            if entry is not None:
                if not _SPONSOR_AFTER.match(text, m.end()):
                    counts[entry.country] += 3
                break
            implied = _implied_country(gaz, span) if span == m.group(1).strip(" -'’") else None
            if implied:  # only a whole name: 'Qala' inside 'Bodana Qala' says nothing about Malta
                counts[implied] += 1
                break
    return counts


_PRO_OR_ANTI = re.compile(r"\b(?:pro|anti)-$", re.I)
_REGION_BEFORE = re.compile(r"\b(?:central|latin|south|north)\s+$", re.I)


def striking_countries(text: str) -> Counter[str]:
    """The states whose strikes a text tells ('an Israeli airstrike', 'Pakistani jets'), with counts."""
    return Counter(country for country, striking in _demonym_countries(text) if striking)


def _demonym_countries(text: str):
    """(country, whether it names a striking state) for each demonym that names a country, sponsors aside."""
    for m in DEMONYM_PATTERN.finditer(text):
        name = m.group(1)
        if DEMONYMS.get(name) and name not in WEAK_DEMONYMS and not _SPONSOR_AFTER.match(text, m.end(1)):
            yield DEMONYMS[name], bool(_STRIKE_AFTER.match(text, m.end(1)))


# 'an Israeli airstrike on Khan Younis', 'a Russian drone hit Kherson': the striking state, not where it happened
# (every train part unchanged; written for wire reports of strikes across a border or front line).
_STRIKE_AFTER = re.compile(
    r"\s+(?:(?:military|army|air force|navy|naval|junta)\s+)?(?:air ?strikes?|airstrikes?|drones?|missiles?|rockets?|"
    r"warplanes?|jets|fighter jets|shelling|bombardments?|artillery|strikes?|"
    # 'Israeli tanks shelled a hospital in Khan Younis' (every train part unchanged)
    r"helicopters?|gunships?|glide bombs?|" + STATE_GUNS + r")\b",
    re.I,
)
# 'Turkey-backed police', 'a US-led coalition': a sponsor, not where it happened (acled tune country
# 96.3 -> 96.6, actor1 79.4 -> 79.6).
_SPONSOR_AFTER = re.compile(r"[\s-]*(?:backed|led|supported|allied|funded|trained|based|sponsored|affiliated)\b", re.I)
# 'Salvador, Bahia', 'Trujillo (La Libertad)': a town written with its province says the country, whatever
# else its name means. acled tune country 95.7 -> 96.3, admin1 90.4 -> 91.3, actor1 78.9 -> 79.4.
_PROVINCE_AFTER = re.compile(r"^\s*(?:,|\()\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def _town_in_named_province(gaz: Gazetteer, span: str, after: str) -> str | None:
    """The country of a town or district named with its province right after it, if exactly one fits."""
    m = _PROVINCE_AFTER.match(after)
    if not m or len(span) <= 3:
        return None
    province = core(m.group(1))
    homes = {
        e.country for e in gaz.lookup(span) if e.level in {"city", "admin2"} and e.admin1 and core(e.admin1) == province
    }
    return homes.pop() if len(homes) == 1 else None


def _main_countries(countries: Counter[str]) -> set[str]:
    """The countries a text is mainly about: those named at least half as often as the most named one."""
    top = max(countries.values())
    return {c for c, n in countries.items() if n * 2 >= top}


def _implied_country(gaz: Gazetteer, span: str) -> str | None:
    """A province name that exists in one country only, or a large city that dwarfs its namesakes."""
    if len(span) <= 3 or span.lower() in _STOP:
        return None
    entries = gaz.lookup(span)
    provinces = {e.country for e in entries if e.level == "admin1"}
    cities = sorted((e for e in entries if e.level == "city"), key=lambda e: -e.population)
    # A province of one country that a large city elsewhere is named after ('Santiago') says nothing alone.
    if len(provinces) == 1 and not any(c.population >= 300_000 and c.country not in provinces for c in cities):
        return provinces.pop()
    if (
        cities
        and cities[0].population >= 300_000
        and (len(cities) == 1 or cities[0].population >= 5 * cities[1].population)
    ):
        return cities[0].country
    # A coded village name known in one country only ('Ftireh'): weak but real evidence.
    homes = {e.country for e in entries}
    if len(homes) == 1 and len(span) >= 5 and all(e.id.startswith("coded:") for e in entries):
        return homes.pop()
    return None


def find_places(text: str, countries: Counter[str] | None = None, gaz: Gazetteer | None = None) -> list[PlaceMention]:
    """Every resolvable place name in ``text``, each with its best entry."""
    gaz = gaz or load_gazetteer()
    countries = countries if countries is not None else text_countries(text, gaz)
    raw = list(_raw_mentions(text, gaz, set(countries)))
    # a province named only inside a longer name is not named ('the Balochistan Liberation Army … near Karachi's
    # airport' put the bombing in a district of Balochistan; a report of ours)
    named_cores = {core(span) for span, _s, _e, _c, _candidates, fuzzy in raw if not fuzzy}
    if not countries:
        # The text names no country: the places it names agree on one ('Congress' in Arizona is not meant
        # beside Kotkapura). acled_asia_2015 tune: country 70.7 -> 71.8, admin1 60.2 -> 60.7.
        countries = _agreed_countries(raw, named_cores)
        if countries:
            raw = list(_raw_mentions(text, gaz, set(countries)))
    found = []
    for position, (span, start, end, cue, candidates, fuzzy) in enumerate(raw):
        candidates = _inside_province_named_after(text, span, end, candidates, islice(raw, position + 1, None), fuzzy)
        if not candidates:
            continue  # 'Mehrabpur (Naushahro Firoz, Sindh)': not the Mehrabpur the gazetteer knows
        if countries:
            # The text says which countries it is about; a namesake elsewhere is noise.
            main = _main_countries(countries)
            candidates = [e for e in candidates if e.country in main or e.level == "country"]
            if not candidates:
                continue
        if text.startswith(("'s ", "’s "), end):
            candidates = _country_over_alias(span, candidates)
        best = max(candidates, key=lambda e: _score(e, cue, countries, named_cores))
        if fuzzy and _outside_named_provinces(best, raw):
            continue
        found.append(PlaceMention(span, start, end, best, _score(best, cue, countries, named_cores), cue))
    found += _capitals(text, gaz, countries, named_cores)
    return _mark_coded(text, _short_forms(sorted(found + _local_names(text, found), key=lambda p: p.start)))


def _short_forms(found: list[PlaceMention]) -> list[PlaceMention]:
    """A name written in full once and shortened after ('San Cristobal de las Casas … the Diocese of San Cristobal')
    means the same place each time (the short form was a namesake in another state in a report of ours)."""
    full = {core(p.text): p.entry for p in found if " " in core(p.text) and p.entry.level == "city"}
    kept = []
    for p in found:
        short = core(p.text)
        longer = [entry for name, entry in full.items() if name.startswith(short + " ")]
        kept.append(replace(p, entry=longer[0]) if len(longer) == 1 and p.entry.level == "city" else p)
    return kept


def _country_over_alias(span: str, candidates: list[Entry]) -> list[Entry]:
    """"Mexico's Guerrero state": a possessive 'Mexico' is the country whose name it is, not Mexico City, whose
    alias it also is. (Without the possessive, MUC-4 writes 'in Guatemala' for its capital: muc4 tune matched
    place 79.1 -> 75.9 when every country name was read so.)"""
    if not any(e.level == "country" and e.name.lower() == span.lower() for e in candidates):
        return candidates
    return [e for e in candidates if e.name.lower() == span.lower()]


# Not where the capital is named right after: "Burundi's capital Bujumbura" (Gitega became the capital in 2019; a
# report of ours)
_CAPITAL_OF = re.compile(
    r"\bthe (?P<adjective>[A-Z][a-z]+(?: [A-Z][a-z]+)?) capital\b(?!\s+(?:of|region|district|province|territory)\b)(?!,?\s+[A-Z])"
    r"|\b(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)'s capital\b(?!,?\s+[A-Z])"
)


def _capitals(text: str, gaz: Gazetteer, countries: Counter[str], named_cores: set[str]) -> list[PlaceMention]:
    """'in the Somali capital', 'Yemen's capital': the capital city of the country named, where the text
    names that city only in its dateline (which never places an event). muc4 tune (muc4_keyed retrained):
    on matched pairs type 93.4 -> 94.2, place 76.2 -> 77.4, role-filler type 60.9 -> 61.5; strict figures and
    every held-out part unchanged."""
    found = []
    for m in _CAPITAL_OF.finditer(text):
        name = m.group("adjective") or m.group("country")
        named = DEMONYMS.get(name) if m.group("adjective") else name
        country = gaz.country(named) if named else None
        entry = _capital_city(country.country) if country else None
        if entry is not None and (not countries or entry.country in _main_countries(countries)):
            found.append(PlaceMention(m.group(0), m.start(), m.end(), entry, _score(entry, None, countries, named_cores)))
    return found


@cache
def _capital_city(country: str) -> Entry | None:
    gaz = load_gazetteer()
    city = next((c for name, c in CAPITALS.items() if (e := gaz.country(name)) is not None and e.country == country), None)
    towns = [e for e in gaz.lookup(city) if e.country == country and e.level == "city"] if city else []
    return max(towns, key=lambda e: e.population, default=None)


def _outside_named_provinces(entry: Entry, raw: list) -> bool:
    """'the town of Puerto Jordan' in a report on Arauca: a town matched on part of its name ('Jordan') or a
    spelling variant is not meant when it lies outside every province the text names in its country.
    acled tune admin1 91.3 -> 91.5, admin2 77.6 -> 77.8, coordinates 80.5 -> 80.8."""
    if entry.level not in {"city", "admin2", "local"} or not entry.admin1:
        return False
    provinces = {
        core(e.name)
        for _span, _start, _end, _cue, candidates, fuzzy in raw
        if not fuzzy
        for e in candidates
        if e.level == "admin1" and e.country == entry.country
    }
    return bool(provinces) and core(entry.admin1) not in provinces


_FUZZY_PROVINCE_WEIGHT = 0.7  # a province spelled another way ('Idleb') still says the country
_PROVINCE_SUPPORT = 3.0  # a province name exists in few countries: as strong as a large town
_AGREED_SHARE = 0.8  # a second country only when its places are about as well supported


def _agreed_countries(raw: list, named_cores: set[str]) -> Counter[str]:
    """Countries supported by the place names of a text that names none: each name lends its best score
    in a country to that country, shared among the countries it names a place in; part-names and spelling
    variants lend nothing, except provinces."""
    support: Counter[str] = Counter()
    for _span, _start, _end, cue, candidates, fuzzy in raw:
        best: dict[str, float] = {}
        for e in candidates:
            if e.level == "country" or (fuzzy and e.level != "admin1"):
                continue
            score = max(_score(e, cue, Counter(), named_cores), _PROVINCE_SUPPORT if e.level == "admin1" else 0.0)
            score *= _FUZZY_PROVINCE_WEIGHT if fuzzy else 1.0
            best[e.country] = max(best.get(e.country, 0.0), score)
        # A name found in many countries ('Bara') is weak evidence for each of them.
        support.update({country: score / len(best) for country, score in best.items()})
    top = max(support.values(), default=0.0)
    return Counter({c: s for c, s in support.items() if s > 0 and s >= _AGREED_SHARE * top})


# Coders' notes sometimes say where they placed the event: '[coded to Pothia]', 'coded at Am Taffah (…)'.
_CODED = re.compile(
    r"\[coded (?:to|as) (?P<a>[A-Z][^\]\[]*?)(?: with GP\s?\d)?\]"
    r"|\bcoded (?:at|as) (?:approximate location as )?(?P<b>[A-Z][\w'’ -]*?[\w'’])\s*\("
)


def _mark_coded(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """Make the place a note says it was coded to the one chosen (cue 'coded'); a name the gazetteer lacks
    ('Athens-Central Athens') takes the coordinates of the known place it contains or is followed by."""
    for m in _CODED.finditer(text):
        group = "a" if m.group("a") else "b"
        start, end, name = m.start(group), m.end(group), m.group(group).strip()
        exact = next((p for p in places if p.start == start and p.end == end), None)
        if exact is not None:
            places = [replace(p, cue="coded") if p is exact else p for p in places]
            continue
        near = [p for p in places if p.entry.level != "country" and start - 80 <= p.start < end + 60]
        host = min(near, key=lambda p: (p.start < start, abs(p.start - start)), default=None)
        if host is not None:
            entry = replace(host.entry, id=f"text:{core(name)}", name=name, level="local", population=0)
            places = sorted(
                [*places, PlaceMention(name, start, end, entry, host.score, "coded")], key=lambda p: p.start
            )
    return places


_PROVINCE_WINDOW = 80  # how far after a name its province is written: 'X (Y district, Z province)'
# Between a place and the province named after it there are only names, commas, brackets and cue words.
_LOCATING = re.compile(
    r"^(?:[\s,()\-]|\b(?:[A-Z][\w'’\-]*|district|province|city|town|village|area|region|state|county|commune|"
    r"township|tehsil|sub-district|LGA|of|in|the|near)\b)*$"
)


def _inside_province_named_after(
    text: str, span: str, end: int, candidates: list[Entry], following: Iterable, fuzzy: bool
) -> list[Entry]:
    """'Chhewari village (Kaimur, Bihar)', 'Dara in Sufi Bala district, Samangan': a province (or country)
    written right after a place says which place of that name is meant. Namesakes in other countries go;
    inside the country, the province decides only between namesakes or spelling variants, because notes
    sometimes name the wrong province for a town that exists once."""
    provinces = _provinces_named_after(text, span, end, following)
    if not provinces:
        return candidates
    countries = {country for country, _ in provinces}
    kept = [e for e in candidates if e.country in countries]
    in_country = [e for e in kept if e.level not in {"country", "admin1"}]
    named_provinces = any(name != core(country) for country, name in provinces)
    if named_provinces and (fuzzy or len(in_country) > 1):
        inside = [
            e
            for e in kept
            if e.level in {"country", "admin1"}
            or {(e.country, core(e.admin1 or "")), (e.country, core(e.admin2 or ""))} & provinces
        ]
        kept = inside or ([] if fuzzy else kept)
    return kept


def _provinces_named_after(text: str, span: str, end: int, following: Iterable) -> set[tuple[str, str]]:
    """Provinces and countries named right after ``end`` (``following``: the later mentions, in text order)."""
    provinces: set[tuple[str, str]] = set()
    for other, other_start, _, _, other_candidates, uncertain in following:
        if other_start > end + _PROVINCE_WINDOW:
            break
        if other_start < end or core(span).startswith(core(other)):
            continue  # itself, or a short form of itself: 'San Cristobal de las Casas, the Diocese of San Cristobal'
        if not _LOCATING.match(text[end:other_start]):
            break
        if not uncertain:  # 'Northern' of 'Northern Iraq' says nothing
            provinces |= {(e.country, core(e.name)) for e in other_candidates if e.level != "city"}
    return provinces


# Only settlements: for 'the X area of Y', coders place the event at Y, the place they can find.
_LOCAL_CUE = r"(?:village|town|city|locality|hamlet|settlement)"
_LOCAL = [
    re.compile(rf"(?<![\w'])({_NAME}(?:[\s-]+(?:{_CONNECT}[\s-]+)?{_NAME}){{0,3}})\s+{_LOCAL_CUE}\b"),
    re.compile(rf"\b{_LOCAL_CUE}\s+of\s+({_NAME}(?:[\s-]+(?:{_CONNECT}[\s-]+)?{_NAME}){{0,3}})"),
    re.compile(
        rf"\b(?:in|at|near|on|attacked|shelled|struck|targeted)\s+(?:the\s+)?({_NAME}(?:[\s-]+(?:{_CONNECT}[\s-]+)?{_NAME}){{0,3}})(?=\s*(?:\(|,|\bin\b|\bof\b))"
    ),
]


_OF_DISTRICT = re.compile(r"^(?:\s+(?:village|town|locality|hamlet|settlement|area))?\s+of\s+(?:the\s+)?$")
_FORCES = re.compile(r"\b(?:Army|Forces|Police|Brigade|Battalion|Militia|Front|Movement|Party|Group)\b")


def _part_of_a_place_after(name: str, end: int, found: list[PlaceMention]) -> bool:
    """'Dera Ghazi Khan town (Dera Ghazi Khan, ...)': 'Khan' is the tail of a place named right after."""
    words = core(name)
    return any(end <= p.start <= end + 60 and f" {words}" in f" {core(p.text)}" for p in found)


def _local_names(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Villages and areas the gazetteer lacks ('the Deh Now area of Panjwayi district'), placed in the
    resolved place named right after them, at that place's coordinates."""
    local = []
    for pattern in _LOCAL:
        for m in pattern.finditer(text):
            start, end, name = m.start(1), m.end(1), m.group(1)
            if name.lower() in _STOP or name in DEMONYMS or any(p.start <= start < p.end for p in found + local):
                continue
            if _FORCES.search(name) or _part_of_a_place_after(name, end, found):
                continue  # 'attacked Afghan National Army (ANA) posts': an actor, not a village
            parent = next(
                (
                    p
                    for p in found
                    if end <= p.start <= end + 45
                    and p.entry.level in {"admin2", "admin1", "city"}
                    # not across a clause: 'near the town of Jwaya, killing the commander, Taleb Abdallah' put the
                    # village in Tel Aviv (a report of ours)
                    and not _ANOTHER_CLAUSE.search(text, end, p.start)
                ),
                None,
            )
            # 'Teri Bazar of Chittagong city': a quarter of a town the gazetteer knows is coded as that town.
            within_town = parent is not None and parent.entry.level == "city" and " of " in text[end : parent.start + 1]
            if parent is None or within_town or re.fullmatch(r"PD\s?\d+|District \d+", name):
                continue
            if parent.entry.level == "admin2" and _OF_DISTRICT.match(text[end : parent.start]):
                continue  # 'in Ghondi of Garmsir district': coders mostly code the district (2:1 in training notes)
            e = parent.entry
            entry = Entry(
                f"text:{core(name)}",
                name,
                "local",
                e.country,
                e.country_code,
                e.admin1,
                e.admin2 if e.level != "city" else e.admin2,
                e.latitude,
                e.longitude,
                0,
            )
            local.append(PlaceMention(name, start, end, entry, parent.score, "local"))
    return local


_ANOTHER_CLAUSE = re.compile(r"\b(?!bordering\b)[a-z]+ing\b|\b(?:killed|wounded|injured|said|says|told|who|which|when|after)\b")


def _phrases(text: str, gaz: Gazetteer):
    """Capitalised phrases, split at possessives and at paragraph breaks: "Pakistan's Quetta" is two names, and
    so are a headline's last word and the body's first ('… in Khyber Pakhtunkhwa' / 'A suicide bomber …'); not
    a name the gazetteer knows with its possessive ("Bangladesh's Cox's Bazar": Cox was a town in Spain in a
    report of ours)."""
    for m in _CANDIDATE.finditer(text):
        start = m.start(1)
        parts = _PHRASE_BREAK.split(m.group(1))
        i = 0
        while i < len(parts):
            part = parts[i]
            joined = "".join(parts[i : i + 3])
            if i + 2 < len(parts) and "\n" not in parts[i + 1] and part and parts[i + 2] and gaz.lookup(joined):
                yield joined, start
                start, i = start + len(joined), i + 3
                continue
            if part and not _PHRASE_BREAK.fullmatch(part):
                yield part, start
            start, i = start + len(part), i + 1


_PHRASE_BREAK = re.compile(r"(['’]s\b\s*|\s*\n\s*\n\s*)")


# A town named as such: the whole name that follows is the town's, never the last words of it
_TOWN_NAMED = re.compile(r"\b(?:village|town|hamlet|settlement|locality|city)\s+of\s+$", re.I)


def _raw_mentions(text: str, gaz: Gazetteer, countries: set[str]):
    for phrase, base in _phrases(text, gaz):
        town_named = bool(_TOWN_NAMED.search(text, max(0, base - 25), base))
        for span, offset in _subspans_with_offsets(phrase):
            if span.lower() in _STOP or span in DEMONYMS or span.split("-")[0] in DEMONYMS or len(span) < 3:
                continue
            if len(span) < 4 and not _short_name_is_place(text, base + offset, base + offset + len(span)):
                continue
            if _common_word(text, span, base + offset, base + offset + len(span)):
                continue  # acled_asia_2015 tune: country 71.8 -> 72.3, admin1 60.7 -> 61.3
            if offset > 0 and town_named:
                continue  # 'the town of Bint Jbeil' is Bint Jbeil, not Jbeil (Byblos, in a report of ours)
            # A part of a longer name ('Shamal' of 'Shamal Gah') is as uncertain as a spelling variant.
            candidates, fuzzy = gaz.lookup(span), span != phrase.strip(" -'’") and not span.endswith("'s")
            if not candidates and len(span) >= 5 and span[0].isupper() and not _opens_sentence(text, base + offset):
                candidates, fuzzy = _fuzzy(gaz, span, countries), True
            if not candidates:
                continue
            candidates = _as_usually_meant(gaz, span, candidates)
            start, end = base + offset, base + offset + len(span)
            if _surname(text, gaz, phrase, offset, span, base, countries):
                break
            yield span, start, end, _cue(text, start, end), candidates, fuzzy
            break


# 'a mayor, Ana Ruiz, at her office in Celaya': the last word of a name whose other words are no place the text's
# countries know (Ruiz is a town in Nayarit) is a surname, unless a word of place leads the name ('in Ana Ruiz')
# or a word of direction opens it ('Northern Rakhine'), or a word usually written in lower case ('In Sylhet': without
# that guard acled_asia_2015 tune admin1 fell 64.3 -> 60.7). A report of ours; ucdp_ged_pak held-out country
# 92.1 -> 93.7, every other train part unchanged.
# A person's title before the name: 'Father Marcelo Perez' (Pérez de Galeana, a town, in a report of ours)
_TITLE = re.compile(
    r"(?:father|mr|mrs|ms|dr|president|general|gen|colonel|col|bishop|archbishop|sheikh|imam|senator|governor|mayor|"
    r"judge|minister|commander|captain|capt|sergeant|pastor|reverend|rev|professor|prof|lieutenant|lt)\.?$",
    re.I,
)
_NAME_OPENERS = re.compile(
    r"(?:north|south|east|west|central|upper|lower|greater|old|new|inner|outer|san|santa|el|la|los|las|al|ciudad|port|"
    r"puerto|fort|mount|lake|saint|st\.?)(?:ern)?$",
    re.I,
)


def _surname(text: str, gaz: Gazetteer, phrase: str, offset: int, span: str, base: int, countries: set[str]) -> bool:
    """Whether ``span``, the end of a longer capitalised ``phrase``, is a person's surname rather than a place."""
    lead = phrase[:offset].strip(" -'’")
    if not lead or phrase[offset + len(span) :].strip(" -'’") or len(lead.split()) > 2:
        return False
    if _NAME_OPENERS.match(lead.split()[0]) or _LOCATIVE_BEFORE.search(text[max(0, base - 20) : base]):
        return False
    given = lead.split()[1:] if _TITLE.match(lead.split()[0]) else lead.split()  # 'Father Marcelo Perez'
    if any(not word.istitle() or word.lower() in word_cases()["lower"] for word in given):
        return False  # 'In Sylhet', 'Police Gazipur': a word written in lower case mid-sentence is no given name
    if _cue(text, base + offset, base + offset + len(span)):
        return False
    return not any(not countries or e.country in countries for e in gaz.lookup(lead))


def _as_usually_meant(gaz: Gazetteer, span: str, candidates: list[Entry]) -> list[Entry]:
    """A country name the news means another country by ('Congo' for the DRC, ``COUNTRY_VARIANTS``): that one."""
    meant = gaz.country(COUNTRY_VARIANTS[span]) if COUNTRY_VARIANTS.get(span) else None
    if meant is None or not any(e.level == "country" for e in candidates):
        return candidates
    return [meant, *(e for e in candidates if e.level != "country")]


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|of|outside|inside|around|towards?)\s+(?:the\s+)?$", re.I)
# Narrower, for a three-letter name: 'near Gao', not 'to Ana' or 'of the Sun'
_NEAR_BEFORE = re.compile(r"\b(?:in|near|at|outside|around)\s+$")


def _common_word(text: str, span: str, start: int, end: int) -> bool:
    """'Church centre', 'Salt workers', 'Hospital': one word that conflict reporting mostly writes in lower
    case is a place only where the text says so ('in Split', 'Mobile district', 'Bani Jamra, Northern, Bahrain')."""
    if " " in span or span.lower() not in word_cases()["lower"]:
        return False
    listed = text[max(0, start - 2) : start].endswith((", ", "(")) and re.match(r"\s*[,)]", text[end : end + 2])
    return not (listed or _LOCATIVE_BEFORE.search(text[max(0, start - 20) : start]) or _cue(text, start, end))


def _opens_sentence(text: str, start: int) -> bool:
    """'Neither injuries nor ...': a capitalised word opening a sentence is no evidence of a name,
    so it is not matched as a spelling variant of one."""
    before = text[max(0, start - 3) : start]
    return start == 0 or bool(re.search(r"[.!?]\s+$|\n\s*$", before))


def _short_name_is_place(text: str, start: int, end: int) -> bool:
    """A three-letter word is a place only with a cue ('Nis district'), before ', Country' ('Nis, Serbia'),
    or listed in parentheses ('Kuito (Kuito, Bie)'); most three-letter capitals are not places."""
    after, before = text[end : end + 3], text[max(0, start - 2) : start]
    listed = before.endswith(("(", ", ")) and re.match(r"[,)]", after)
    # 'near Gao', 'in Ica': a capitalised (not all-capitals) name after a word of place (acled tune actor1
    # 84.2 -> 84.4, location 72.5 -> 72.8; ucdp_ged_pak held-out actor1 50.8 -> 54.0, country 88.9 -> 92.1)
    located = text[start:end].istitle() and _NEAR_BEFORE.search(text[max(0, start - 12) : start])
    return bool(_cue(text, start, end) or re.match(r", [A-Z]", after) or listed or located)



def _fuzzy(gaz: Gazetteer, span: str, countries: set[str]) -> list[Entry]:
    """Spelling variants (Idleb = Idlib) with the same first letter: within the text's countries,
    or, when it names none, only provinces and large cities."""
    if _is_demonym(span):
        return []  # 'the Mexican engineer' names a nationality, not a town spelt like it (Maxcanú); train parts unchanged
    found = [e for e in gaz.lookup_fuzzy(span) if core(e.name)[:1] == core(span)[:1]]
    if countries:
        return [e for e in found if e.country in countries]
    # With no country to go by, a variant must be close: about the same length ('Minbya' is not 'Manabí').
    return [
        e
        for e in found
        if (e.level == "admin1" or e.population >= 100_000) and abs(len(core(e.name)) - len(core(span))) <= 1
    ]


_DEMONYM_WORDS = frozenset(core(name) for name in DEMONYMS)


def _is_demonym(span: str) -> bool:
    words = [w for w in span.split() if w.lower() != "the"]
    return len(words) == 1 and core(words[0]) in _DEMONYM_WORDS


def _subspans(phrase: str) -> list[str]:
    return [span for span, _ in _subspans_with_offsets(phrase)]


def _subspans_with_offsets(phrase: str):
    """Longest sub-phrases first, so 'Khyber Pakhtunkhwa' wins over 'Khyber'."""
    words = list(re.finditer(r"\S+", phrase))
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            start, end = words[i].start(), words[i + size - 1].end()
            yield phrase[start:end].strip(" -'’"), start


def _cue(text: str, start: int, end: int) -> str | None:
    after = _CUE_AFTER.match(text[end : end + 30])
    if after:
        return after.group(1).lower()
    before = _CUE_BEFORE.search(text[max(0, start - 30) : start])
    return before.group(1).lower() if before else None


def _score(entry: Entry, cue: str | None, countries: Counter[str], named: set[str]) -> float:
    score = math.log10(entry.population + 10) / 2
    if countries:
        top = max(countries.values())
        score += 4 * countries[entry.country] / top if entry.country in countries else -2
    if entry.admin1 and entry.level in {"city", "admin2"} and core(entry.admin1) in named:
        score += 3
    if entry.admin2 and entry.level == "city" and core(entry.admin2) in named:
        score += 1
    wanted = _CUE_LEVEL.get(cue) if cue else None
    if wanted:
        score += 3 if entry.level == wanted else -1
    elif entry.level == "city":
        score += 0.5
    elif entry.level == "country":
        score += COUNTRY_PRIOR
    return score


# A country's name means the country, not its namesake town ('Colombia' in Huila, 'Mozambique' in Nampula):
# train parts unchanged (coder notes seldom name the country); wire reports do in most leads.
COUNTRY_PRIOR = 3.0


@dataclass(frozen=True)
class Candidate:
    """A gazetteer entry a name could mean, with its score in the given context."""

    entry: Entry
    score: float
    fuzzy: bool = False


def place_candidates(name: str, context: str = "", limit: int = 10, gaz: Gazetteer | None = None) -> list[Candidate]:
    """Every entry ``name`` could mean, best first, scored as in a text that also says ``context``
    (country and province names there count, as do cue words like 'X district')."""
    gaz = gaz or load_gazetteer()
    text = f"{context} {name}".strip()
    countries = text_countries(text, gaz)
    named = {core(m.group(1)) for m in _CANDIDATE.finditer(text)}
    cue_match = _CUE_AFTER.match(" " + name.split()[-1]) if len(name.split()) > 1 else None
    cue = cue_match.group(1).lower() if cue_match else None
    bare = " ".join(name.split()[:-1]) if cue else name
    exact = gaz.lookup(bare)
    found = [Candidate(e, _score(e, cue, countries, named)) for e in exact]
    if not exact:
        found = [Candidate(e, _score(e, cue, countries, named) - 1, fuzzy=True) for e in gaz.lookup_fuzzy(bare)]
    return sorted(found, key=lambda c: -c.score)[:limit]


def choose_location(places: list[PlaceMention]) -> PlaceMention | None:
    """The event's place: the most specific well-supported mention (town over district over province)."""
    coded = [p for p in places if p.cue == "coded"]
    if coded:
        return coded[0]
    usable = [p for p in places if p.entry.level != "country" and p.score > 1.5]
    # 'in Maywand district, Kandahar': a name that is the province (or district) of another mention is context.
    context = {core(n) for p in usable for n in (p.entry.admin1, p.entry.admin2) if n and core(n) != core(p.text)}
    usable = [p for p in usable if core(p.text) not in context or p.entry.level == "admin2" and p.cue] or usable
    if not usable:
        return places[0] if places else None
    # Specific beats general; among equals the better supported, then the earlier mention wins.
    return max(usable, key=lambda p: _LEVEL_RANK[p.entry.level] + min(p.score, 10) / 5 - usable.index(p) * 0.25)
