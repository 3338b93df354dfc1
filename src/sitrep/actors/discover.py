"""Discovery: named armed groups that the knowledge base does not know.

A capitalised name is taken for an armed group when its own words say so (a
head word such as Front, Brigade, Militia, Mujahideen, or an opening word such
as Ansar, Jaish, Lashkar, Tehrik) or when the text around it does ("the
militant group X", "X fighters", "X claimed responsibility"). Names of state
forces ("Pakistan Army"), of groups the base already knows and of
organisations that are not armed actors are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.actors.kb import ActorBase, load_actor_base
from sitrep.actors.mentions import ActorMention
from sitrep.data import word_cases
from sitrep.places.countries import COUNTRY_VARIANTS, DEMONYMS
from sitrep.places.gazetteer import load_gazetteer
from sitrep.records import Actor, Evidence, GroupMention, provisional_id

_WORD = r"[A-Z][\w'’\-]*[\w]"
# No 'and': "Police and Army" is two actors, not one.
_LINK = r"(?:al|el|ul|ud|e|i|wal|wa|of|the|de|du|des|la|le|for|in|bin|ibn|ash|ad|as|an|az|at)"
_NAME = rf"{_WORD}(?:[\s-]+(?:{_LINK}[\s-]+)*{_WORD}){{0,6}}"
_HEAD_LAST = (
    r"Front|Army|Brigades?|Battalions?|Movement|Militias?|Mujahideen|Mujahidin|Mujahedeen|Liberation|Resistance|"
    r"Jihad|Tigers|Commandos|Jamaat|Jama'at|Ansar|Fedayeen|Legion|Regiment|Partisans|Rebels|Insurgents|Martyrs|Forces"
)
_HEAD_FIRST = (
    r"Ansar|Ansaru|Jamaat|Jama'at|Jamaat-ul|Lashkar|Jaish|Harakat|Harkat|Tehrik|Tehreek|Hizb|Hezb|Hizbul|Katibat|"
    r"Kataib|Kata'ib|Saraya|Liwa|Jund|Jabhat|Hay'at|Asa'ib|Faylaq|Sipah|Ahrar|Junud|Ittehad|Ittihad"
)
_CUE_BEFORE = re.compile(
    r"(?:militant|armed|rebel|insurgent|jihadist|terrorist|separatist|extremist|Islamist|banned|outlawed|"
    r"proscribed|little-known|new|splinter|breakaway)\s+(?:group|outfit|organi[sz]ation|faction|movement|militia)"
    r"(?:,?\s+(?:called|known as|named|calling itself))?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"^(?:\s*\([A-Z][\w-]{1,9}\))?\s+(?:militants?|fighters?|rebels?|insurgents?|gunmen|cadres?|terrorists?|"
    r"jihadists?|militiam[ae]n|militias?|guerrillas?|gang|(?:has |have )?claimed (?:the )?responsibility)\b"
)
_MEMBERS_OF = re.compile(
    r"(?:militants|fighters|gunmen|cadres|commanders?)\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CANDIDATE = re.compile(rf"(?<![\w'’-])({_NAME})")
_ACRONYM = re.compile(r"^\s*\(([A-Z][A-Za-z-]{1,9})\)")
_STATE_HEADS = {
    "Army",
    "Forces",
    "Force",
    "Police",
    "Navy",
    "Guard",
    "Guards",
    "Corps",
    "Military",
    "Gendarmerie",
    "Rangers",
    "Levies",
}
# Names with a head word that are not armed actors, or are too generic to be one group.
_NOT_GROUPS = {
    "red army",
    "salvation army",
    "liberation",
    "resistance",
    "jihad",
    "the army",
    "army",
    "the front",
    "front",
    "brigade",
    "militia",
    "rebels",
    "insurgents",
    "martyrs",
    "islamic jihad",
    "holy war",
}
_LEADING = re.compile(
    r"^(?:(?:Militants|Fighters|Members|Gunmen|Cadres|Supporters|Commanders?|Leaders?)\s+(?:of|from)\s+(?:the\s+)?"
    r"|(?:The|A|An|Suspected|Alleged|Local|Rival|Pro|Anti|Both|Several|Two|Some)\s+)"
)
# Words that, with a country's name, make a state's own forces: 'Syrian Arab Army', 'Royal Thai Police'.
_STATE_WORDS = {
    "Coalition",
    "Allied",
    "Government",
    "Foreign",
    "International",
    "Military",
    "Security",
    "Defence",
    "Defense",
    "Air",
    "Coast",
    "Frontier",
    "Police",
    "National",
    "Royal",
    "Arab",
    "Republic",
    "Federal",
    "People's",
    "Peoples",
    "Armed",
    "Special",
    "Regular",
    "Islamic",
    "Revolutionary",
    "Republican",
    "Border",
    "Central",
    "State",
}


def discover_groups(
    text: str,
    known: list[ActorMention],
    evidence: Callable[[int, int], Evidence],
    base: ActorBase | None = None,
) -> list[GroupMention]:
    """Named armed groups in ``text`` that are neither known actors nor state forces, in order."""
    base = base or load_actor_base()
    found: list[GroupMention] = []
    for m in _CANDIDATE.finditer(text):
        start, end, name = m.start(1), m.end(1), m.group(1)
        lead = _LEADING.match(name)
        if lead:
            start, name = start + lead.end(), name[lead.end() :]
        if not _is_group(text, start, end, name) or not _is_new(name, base) or _overlaps(known, start, end):
            continue
        acronym = _ACRONYM.match(text[end : end + 14])
        found.append(GroupMention(name, start, end, evidence(start, end), acronym.group(1) if acronym else None))
    return found


_CODE_NAME = re.compile(r"[A-Z]{1,4}-?\d{1,3}")


def _is_group(text: str, start: int, end: int, name: str) -> bool:
    words = re.split(r"[\s-]+", name)
    code = bool(_CODE_NAME.fullmatch(name))  # 'M23', 'M-19': a coded name, a group's only when described as one
    if (len(name) < 5 and not code) or name.lower() in _NOT_GROUPS:
        return False
    # The cheap signals first: most capitalised phrases are neither named like a group nor described as one.
    own_words = bool(
        re.fullmatch(rf"(?:{_HEAD_LAST})", words[-1]) and len(words) >= 2 or re.fullmatch(_HEAD_FIRST, words[0])
    )
    if not own_words:
        before = text[max(0, start - 60) : start]
        described = _CUE_BEFORE.search(before) or _MEMBERS_OF.search(before) or _CUE_AFTER.match(text[end : end + 50])
        if not (described and (len(words) >= 2 or code or _one_word_name(text, start, end, name))):
            return False
    return not (_is_state_force(name, words) or _is_not_a_name(name, words))


# 'Jihadist fighters', 'Tribal militias', and participles: 'Masked gunmen', 'Hooded gunmen' (a report of ours; every
# train part unchanged)
_ADJECTIVE_ENDING = re.compile(r"(?:ist|ic|ian|ese|ish|ite|al|ern|[a-z]{3}ed)$")


def _one_word_name(text: str, start: int, end: int, name: str) -> bool:
    """'Fano militiamen', 'Wagner fighters': one word is a group's name when the words after it say so and
    the training texts never write it, in lower case ('Opposition fighters' opening a sentence) or capitalised
    ('Islamic militants', 'Maoist rebels': descriptions), and it is no demonym ('Kurdish fighters')."""
    # a dateline's dash opens a sentence too: 'QUITO, Nov 3 (AP) - Hooded gunmen opened fire' (a report of ours;
    # every train part unchanged)
    opens = start == 0 or bool(re.search(r"(?:[.!?]\s+|\n\s*|[\"“]\s*|\s[-–—]{1,2}\s+)$", text[max(0, start - 4) : start]))
    return (
        not opens
        and len(name) >= 4
        and name.lower() not in word_cases()["lower"]
        and name.lower() not in word_cases()["cased"]
        and name not in DEMONYMS
        and not _ADJECTIVE_ENDING.search(name)
        and bool(_CUE_AFTER.match(text[end : end + 50]))
    )


def _is_not_a_name(name: str, words: list[str]) -> bool:
    """'Turkey-backed', 'Seven Pakistani', 'Lashkar Gah' (a town), 'Unidentified Armed': descriptions and places."""
    if re.search(r"(?:-backed|-based|-led|-linked|'s|’s)$", name) or words[0] in _NUMBERS or words[-1] in DEMONYMS:
        return True
    if words[0] in {"Unidentified", "Unknown", "Anti", "Pro"} or words[-1] in _CALENDAR:
        return True
    return bool(load_gazetteer().lookup(name)) or bool(re.search(r"\b(?:Highway|Road|Street|Bazaar|Market)\b", name))


_NUMBERS = {"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds", "Several"}
_CALENDAR = {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
}


def _is_state_force(name: str, words: list[str]) -> bool:
    """'Pakistan Army', 'Afghan National Army', 'Nigerian Police': a country's own forces, named by nothing
    but the country and state words ('Free Syrian Army' is a rebel group)."""
    if words[-1] not in _STATE_HEADS:
        return False
    qualifiers = [w for w in words[:-1] if w not in _STATE_WORDS and w not in _STATE_HEADS]
    return all(w in DEMONYMS or w in COUNTRY_VARIANTS or load_gazetteer().country(w) is not None for w in qualifiers)


def _is_new(name: str, base: ActorBase) -> bool:
    if base.resolve(name) is not None:
        return False
    # 'Taliban fighters', 'Boko Haram militants': a known group plus a descriptive word.
    trimmed = re.sub(r"\s+\w+$", "", name)
    return trimmed == name or base.resolve(trimmed) is None


def _overlaps(known: list[ActorMention], start: int, end: int) -> bool:
    return any(k.is_named and start < k.end and k.start < end for k in known)


def provisional_actor(name: str) -> Actor:
    """The provisional actor a discovered group name stands for until it is reviewed."""
    return Actor(id=provisional_id(name), name=name, kind="rebel", provisional=True)
