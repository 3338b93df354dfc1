"""Actor mentions in a sentence: named groups from the knowledge base and generic actors.

Generic actors ("police", "protesters", "unknown gunmen") are kept as roles;
they become names such as ``Police Forces of Pakistan`` once the event's
country is known (``generic_name``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from sitrep.actors.kb import ActorBase, load_actor_base
from sitrep.places.countries import DEMONYMS, STATE_GUNS
from sitrep.places.gazetteer import load_gazetteer
from sitrep.records import Actor, ActorLink

GENERIC_ROLES: dict[str, str] = {
    # unnamed jihadists: ACLED's 'Islamist Militia (Mozambique)' (acled tune actor1 78.3 -> 78.7, actor2 73.2 -> 73.5)
    "islamist": r"(?:islamist|islamic|jihadist) (?:militants|insurgents|fighters|extremists|gunmen|rebels|militias?)",
    "progov_militia": r"arbakis?|pro-government militia(?:s|men)?|pro-government armed groups?|(?:local |public )?uprising (?:forces|groups?|members)",
    # 'a strike on a house' is no labour strike, 'a strike on Monday' may be (every train part unchanged), 'the
    # strike on Tuesday hit a car' is not (a report of ours)
    "protesters": r"protesters|protestors|demonstrators|marchers|agitators|activists|rallied|protest(?:ed|s)?|demonstrat(?:ed|ion|ions)|sit-in|(?<!drone )(?<!air )(?<!missile )(?<!rocket )(?<!military )strike(?!\s+(?:on|against)\s+(?:an?|the|his|her|their|its)\s)(?!\s+(?:on \w+\s+)?(?:hit|killed|struck|targeted|destroyed|wounded|injured)\b)|rally|march(?:ed)?",
    "rioters": r"rioters|mob|angry (?:crowd|residents|villagers)|vigilantes|supporters of|clashed with each other",
    "military": r"soldiers?|troops|army|military|armed forces|security forces|security personnel|forces|commandos|special forces|"
    r"paratroopers|servicem[ae]n|warplanes?|jets|air ?force|drones?|navy|rangers|frontier corps|levies|border guards?|"
    r"(?-i:ANDSF|ANA|FC|NDS)|jawans?",  # acronyms as written: not the 'Ana' of 'Santa Ana'
    "police": r"police(?:m[ae]n|wom[ae]n)?|police officers?|officers|constables?|cops|policemen|gendarmes?|(?-i:ANP|CRPF|BSF)",
    "unidentified": r"gunm[ae]n|unidentified (?:armed )?(?:men|persons|assailants|attackers|gunmen|militants|group)|unknown (?:armed )?(?:men|persons|assailants|attackers|gunmen|militants)|"
    r"assailants|attackers|armed men|militants|insurgents|terrorists|miscreants|suicide bombers?|bombers?|kidnappers|abductors|rebels|jihadists",
    "civilians": r"civilians?|villagers?|residents?|people|children|child|women|woman|men|man|boys?|girls?|farmers?|workers?|labou?rers?|"
    r"traders?|shopkeepers?|teachers?|students?|journalists?|reporters?|doctors?|nurses?|pilgrims|worshippers|passengers|"
    r"famil(?:y|ies)|tribal elders?|elders?|shepherds?|drivers?|locals|migrants|refugees|inmates|prisoners|bystanders|"
    r"(?:local )?(?:politicians?|leaders?)|councill?ors?|candidates?|lawyers?|health workers|aid workers|polio workers",
}
GENERIC_PATTERNS = {
    role: re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", re.IGNORECASE) for role, rx in GENERIC_ROLES.items()
}
_DEMONYMS = "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))  # longest first
_DEMONYM_BEFORE = re.compile(r"(?:^|\s)(" + _DEMONYMS + r")\s+(?:\w+\s+){0,2}$")


@dataclass(frozen=True)
class ActorMention:
    """An actor named in text. ``actor`` for named groups; ``role`` for generic ones."""

    text: str
    start: int
    end: int
    actor: Actor | None = None
    role: str | None = None
    country: str | None = None  # from a demonym ("Afghan forces") when given
    link: ActorLink | None = None  # how a named mention was linked to ``actor``

    @property
    def is_named(self) -> bool:
        return self.actor is not None


# A name ends at a word boundary, or before the suffix of a deed ('Taliban-planted bomb', 'IS-claimed attack').
_NAME_END = r"(?:(?![\w-])|(?=-(?:planted|laid|placed|claimed|led)\b))"


# 'an Israeli airstrike', 'Russian shelling': a state's weapons name its armed forces as the actor, and a
# 'strike' after a demonym is no labour strike (acled fit actor1 83.9 -> 84.1; tune and held-out unchanged).
# 'A Myanmar military air strike', 'a Sudanese army drone strike' too (every train part unchanged; for wire reports);
# 'Russian glide bombs', 'Syrian army helicopters', 'Israeli artillery' as well (every train part unchanged);
# 'Israeli tanks shelled a hospital', 'Eritrean snipers' too (every train part unchanged).
_STATE_STRIKE = re.compile(
    r"(?<![\w-])(" + _DEMONYMS + r")\s+(?:(?:military|army|junta|regime|government|air force|navy|naval)\s+)?"
    r"(?:air ?strikes?|airstrikes?|(?:drone|missile|rocket|artillery)\s+(?:strikes?|attacks?|fire)|strikes?|"
    r"shelling|bombardment|bombing raids?|missiles?|drones?|rockets?|warplanes?|(?:fighter )?jets|"
    r"(?:glide |guided |aerial |cluster |barrel )bombs?|artillery|shells|(?:helicopter )?gunships?|helicopters?|"
    + STATE_GUNS
    + r")(?![\w-])"
)
# The U.S. military's regional commands: 'U.S. Africa Command said it had carried out an air strike' (the strike went
# to al Shabaab in a report of ours)
_US_COMMAND = re.compile(
    r"(?<![\w-])(?:(?:U\.S\.|US|United States)\s+(?:Africa|Central|Southern|European|Indo-Pacific|Northern)\s+Command|"
    r"AFRICOM|CENTCOM|SOUTHCOM)(?![\w-])"
)
_ALIGNED = re.compile(
    r"\bpro-([A-Z][\w'’]*(?: [A-Z][\w'’]*)?) (?:forces|fighters|militants|militias?|militiamen|elements|troops|gunmen|groups)\b"
)
# A heading that opens a paragraph: 'Movement of forces: On 3 May, ...', 'UPDATE: ...'.
_LABEL = re.compile(r"(?:^|\n)[ \t]*([A-Z][A-Za-z]*(?: [a-z][A-Za-z]*){0,4}):[ \t]")

_HEAD_AFTER = re.compile(r"\s+(?:front|movement|army|party|command|cartel|group)\b", re.I)


@cache
def _alias_pattern() -> re.Pattern[str]:
    base = load_actor_base()
    alternatives = sorted(base.aliases, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, alternatives)) + r")" + _NAME_END)


@cache
def _alias_pattern_ci() -> re.Pattern[str]:
    base = load_actor_base()
    # Names the training data codes (kb:) are matched as written: 'Children of Fire', not 'children of fire'.
    long_names = [a for a, i in base.aliases.items() if len(a) > 5 and not a.isupper() and not i.startswith("kb:")]
    return re.compile(
        r"(?<![\w-])(" + "|".join(map(re.escape, sorted(long_names, key=len, reverse=True))) + r")(?![\w-])", re.I
    )


def find_actor_mentions(
    text: str, base: ActorBase | None = None, countries: Collection[str] = (), year: int | None = None
) -> list[ActorMention]:
    """Named and generic actor mentions in ``text``, in order, without overlaps; a name several actors
    bear is linked to the one that fits the report's ``countries`` and ``year`` best."""
    base = base or load_actor_base()
    found: list[ActorMention] = []
    for pattern in (_alias_pattern(), _alias_pattern_ci()):
        for m in pattern.finditer(text):
            linked = base.link(m.group(1), countries, year) or base.link(m.group(1).title(), countries, year)
            if linked is not None and _elsewhere_force(linked[0], countries):
                continue  # 'Ukraine's air force': not El Salvador's 'Air Force' a wire report keyed; the army's role
            if linked is not None and not _overlaps(found, m.start(), m.end()):
                head = _HEAD_AFTER.match(text, m.end())  # 'Farabundo Marti National Liberation Front' whole
                end = head.end() if head else m.end()
                found.append(ActorMention(text[m.start() : end], m.start(), end, actor=linked[0], link=linked[1]))
    # 'pro-Houthi forces' are the Houthis' forces (acled tune actor1 71.6 -> 72.8).
    for m in _ALIGNED.finditer(text):
        linked = base.link(m.group(1), countries, year)
        if linked is not None and not _overlaps(found, m.start(), m.end()):
            found.append(ActorMention(m.group(0), m.start(), m.end(), actor=linked[0], link=linked[1]))
    for m in _STATE_STRIKE.finditer(text):
        if not _overlaps(found, m.start(), m.end()):
            found.append(ActorMention(m.group(0), m.start(), m.end(), role="military", country=DEMONYMS[m.group(1)]))
    for m in _US_COMMAND.finditer(text):
        if not _overlaps(found, m.start(), m.end()):
            found.append(ActorMention(m.group(0), m.start(), m.end(), role="military", country="United States"))
    labels = [(m.start(1), m.end(1)) for m in _LABEL.finditer(text)]
    for role, pattern in GENERIC_PATTERNS.items():
        for m in pattern.finditer(text):
            if _overlaps(found, m.start(), m.end()) or _follows_named(found, text, m.start()):
                continue
            if any(s <= m.start() < e for s, e in labels):
                continue  # 'Movement of forces: ...' names a kind of event (acled tune actor1 +0.4, actor2 +0.4)
            if m.group(0) in {"March", "Strike", "Rally", "People", "Men", "Man"} and role in {
                "protesters",
                "civilians",
            }:
                continue  # a month, or a capitalised name, not a crowd
            demonym = _DEMONYM_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            country = DEMONYMS.get(demonym.group(1)) if demonym else _country_owning(text, m.start())
            country = country or _country_after(text, m.end())
            found.append(ActorMention(m.group(0), m.start(), m.end(), role=role, country=country))
    return sorted(found, key=lambda a: a.start)


# Names every state gives its own forces; as a group's name they hold only in the country it was keyed in.
_FORCE_WORDS = frozenset({"air", "force", "forces", "armed", "high", "command", "public", "security", "national", "guard"})


def _elsewhere_force(actor, countries: Collection[str]) -> bool:
    """A group named only by state-force words ('Air Force', 'Armed Forces') in a report on other countries.
    ucdp tune actor1 41.8 -> 43.3, held-out 49.2 -> 50.8; acled tune actor2 77.1 -> 76.9; others unchanged."""
    words = actor.name.lower().split()
    return bool(countries) and actor.country not in countries and all(w in _FORCE_WORDS for w in words)


_OF_COUNTRY = re.compile(r"^\s+(?:forces\s+)?of\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")


_OWNED_BY = re.compile(r"(?:^|[\s(])((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)['’]s\s+(?:[\w-]+\s+)?$")


def _country_owning(text: str, start: int) -> str | None:
    """"Sudan's army", "Mali's ruling junta": the country named in the possessive right before."""
    m = _OWNED_BY.search(text[max(0, start - 50) : start])
    if not m:
        return None
    entry = load_gazetteer().country(m.group(1))
    return entry.country if entry else None


def _country_after(text: str, end: int) -> str | None:
    """'military forces of Armenia': the country named right after."""
    m = _OF_COUNTRY.match(text[end : end + 50])
    if not m:
        return None
    entry = load_gazetteer().country(m.group(1))
    return entry.country if entry else None


def _overlaps(found: list[ActorMention], start: int, end: int) -> bool:
    return any(start < f.end and f.start < end for f in found)


def _follows_named(found: list[ActorMention], text: str, start: int) -> bool:
    """'Taliban militants': the generic word only describes the named group before it."""
    return any(f.is_named and 0 <= start - f.end <= 2 and not text[f.end : start].strip(" -") for f in found)


def generic_name(role: str, country: str | None, base: ActorBase, dataset: str = "acled") -> str | None:
    """The dataset's name for a generic actor in a country."""
    if role in {"military", "police"}:
        if not country:
            return None
        # UCDP names the state side of a conflict by its government.
        return base.state_force(country, "government" if dataset == "ucdp" else role, dataset)
    if not country:
        return None
    if dataset == "gtd":
        return None  # GTD codes an unknown perpetrator as no actor
    if dataset == "ucdp":
        return "Civilians" if role == "civilians" else None
    if role == "progov_militia":
        return "Militia (Pro-Government)" if dataset in {"acled", "acled2015"} else None
    template = {
        "protesters": "Protesters ({})",
        "rioters": "Rioters ({})",
        "civilians": "Civilians ({})",
        "unidentified": "Unidentified Armed Group ({})",
        "islamist": "Islamist Militia ({})",
    }.get(role)
    return template.format(country) if template else None
