"""Weapons in GTD's weapon types: of a weapon phrase by its words, and of a deed by the words that tell it.

The role model finds weapon phrases ('a car bomb', 'machine-gun fire'); many reports name none and tell the
weapon by the deed itself ('opened fire on', 'an explosive device detonated', 'set fire to', 'a drone strike').
``deed_weapon`` reads those, the first one told, when no phrase names a weapon of a known type.
"""

from __future__ import annotations

import re

from sitrep.records import Participant

# a landmine, not a coltan or gold mine where the fighting was
_MINE = (
    r"(?<!coal )(?<!gold )(?<!coltan )(?<!copper )(?<!cobalt )(?<!diamond )(?<!tin )(?<!mining )(?<!salt )"
    r"(?:land)?mines?(?!\s+(?:workers?|owners?|sites?|shafts?|compan(?:y|ies)|concessions?))"
)
# Stun, flash and smoke grenades are crowd control, not explosives (a report of ours)
_GRENADE = r"(?<!stun )(?<!flash )(?<!smoke )grenades?"
# Incendiary twice: its bombs before Explosives' 'bomb', its bare 'fire' after Firearms' 'machine-gun fire'.
_WEAPONS = (
    ("Incendiary", r"molotov|incendiary|(?:petrol|gasoline|fire) ?bombs?|arson"),
    (
        "Explosives",
        r"bombs?|dynamite|explosives?|" + _GRENADE + "|" + _MINE + r"|ied|car bomb|rockets?|mortars?|shells?|missiles?|device",
    ),
    (
        "Firearms",
        r"guns?|rifles?|machine ?guns?|pistols?|revolvers?|firearms?|bullets?|m-16|ak-47|shots?|gunfire|submachine",
    ),
    ("Incendiary", r"fire|gasoline|petrol"),
    ("Melee", r"machetes?|knives?|knife|axes?|clubs?|sticks?|stones?"),
    ("Chemical", r"gas|chemical|poison"),
)
_WEAPON_RX = [(kind, re.compile(rf"\b(?:{rx})\b", re.I)) for kind, rx in _WEAPONS]

# Deeds that tell their weapon. Incendiary before Explosives ('petrol bomb'), Melee and Chemical before the
# rest; when several kinds are told, the first in the text is the weapon GTD codes first.
_DEEDS = (
    ("Incendiary", r"set (?:fire to|\w+ (?:on fire|ablaze)|ablaze)|torch(?:ed|ing)|arson|petrol bombs?|molotov|burn(?:ed|t) down"),
    ("Chemical", r"chemical (?:weapons?|attack)|poison(?:ed|ous)? gas|chlorine|sarin|acid attack|threw acid"),
    ("Melee", r"stabb(?:ed|ing)|hacked|machetes?|knives|knife|beaten to death|beat \w+ to death|hanged|stoned|axes?|behead(?:ed|ing|s)?"),
    (
        "Explosives",
        r"explosive devices?|explosives?|explo(?:sion|ded)|detonat\w+|bomb(?:s|ing|ings|ed|er|ers)?|blasts?|ieds?|"
        + _GRENADE + r"|mortars?|rockets?|missiles?|shell(?:ed|ing|s)?|artillery|air ?strikes?|drone strikes?|"
        r"(?:drone|air|aerial) attacks?|" + _MINE,
    ),
    (
        "Firearms",
        r"opened fire|open fire|shot|shoot(?:ing|s)?|gun(?:fire|men|man|shots?|ned down)|fired (?:on|at|upon)|"
        r"snipers?|rifles?|firearms?|pistols?|ambush(?:ed)?|fire ?fights?|gun ?battles?|exchange of fire",
    ),
)
_DEED_RX = [(kind, re.compile(rf"\b(?:{rx})\b", re.I)) for kind, rx in _DEEDS]


def weapon_type(text: str) -> str:
    """GTD weapon type by the words of a weapon phrase ('Unknown' when none fits)."""
    return next((kind for kind, rx in _WEAPON_RX if rx.search(text)), "Unknown")


def deed_weapon(sentences, evidence_of) -> Participant | None:
    """The weapon the first deed told in ``sentences`` implies ('opened fire' -> Firearms), with the words
    that tell it and ``evidence_of(sentence)`` as its evidence; None when no deed tells one."""
    for sentence in sentences:
        found = [(m.start(), i, m.group(0)) for i, (_, rx) in enumerate(_DEED_RX) if (m := rx.search(sentence.text))]
        if found:
            _, i, words = min(found)
            return Participant(words, kind=_DEED_RX[i][0], evidence=evidence_of(sentence), by_deed=True)
    return None
