"""Event taxonomies: ACLED (current), the pre-2019 ACLED types, GTD attack types, UCDP violence types.

sitrep types every event in the current ACLED taxonomy. ``CROSSWALK`` maps each
ACLED sub-event type to the other taxonomies; it is used where no model for
that taxonomy is confident.
"""

from __future__ import annotations

TAXONOMIES = ("acled", "acled2015", "gtd", "ucdp")

ACLED: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
PARENT = {sub: parent for parent, subs in ACLED.items() for sub in subs}

# ACLED sub-event type -> (pre-2019 ACLED event type, GTD attack type, UCDP type of violence)
CROSSWALK: dict[str, tuple[str, str, str]] = {
    "Armed clash": ("Battle-No change of territory", "Armed Assault", "State-based conflict"),
    "Government regains territory": ("Battle-Government regains territory", "Armed Assault", "State-based conflict"),
    "Non-state actor overtakes territory": (
        "Battle-Non-state actor overtakes territory",
        "Armed Assault",
        "State-based conflict",
    ),
    "Chemical weapon": ("Remote violence", "Unarmed Assault", "State-based conflict"),
    "Air/drone strike": ("Remote violence", "Bombing/Explosion", "State-based conflict"),
    "Suicide bomb": ("Remote violence", "Bombing/Explosion", "One-sided violence"),
    "Shelling/artillery/missile attack": ("Remote violence", "Bombing/Explosion", "State-based conflict"),
    "Remote explosive/landmine/IED": ("Remote violence", "Bombing/Explosion", "State-based conflict"),
    "Grenade": ("Remote violence", "Bombing/Explosion", "State-based conflict"),
    "Sexual violence": ("Violence against civilians", "Unarmed Assault", "One-sided violence"),
    "Attack": ("Violence against civilians", "Armed Assault", "One-sided violence"),
    "Abduction/forced disappearance": (
        "Violence against civilians",
        "Hostage Taking (Kidnapping)",
        "One-sided violence",
    ),
    "Peaceful protest": ("Riots/Protests", "Unknown", "Non-state conflict"),
    "Protest with intervention": ("Riots/Protests", "Unknown", "Non-state conflict"),
    "Excessive force against protesters": ("Riots/Protests", "Armed Assault", "One-sided violence"),
    "Violent demonstration": ("Riots/Protests", "Facility/Infrastructure Attack", "Non-state conflict"),
    "Mob violence": ("Riots/Protests", "Armed Assault", "Non-state conflict"),
    "Agreement": ("Strategic development", "Unknown", "State-based conflict"),
    "Arrests": ("Strategic development", "Unknown", "State-based conflict"),
    "Change to group/activity": ("Strategic development", "Unknown", "State-based conflict"),
    "Disrupted weapons use": ("Strategic development", "Unknown", "State-based conflict"),
    "Headquarters or base established": ("Headquarters or base established", "Unknown", "State-based conflict"),
    "Looting/property destruction": ("Strategic development", "Facility/Infrastructure Attack", "One-sided violence"),
    "Non-violent transfer of territory": ("Non-violent transfer of territory", "Unknown", "State-based conflict"),
    "Other": ("Strategic development", "Unknown", "State-based conflict"),
}


def crosswalk(sub_event_type: str, taxonomy: str) -> str | None:
    """The type an ACLED sub-event type corresponds to in another taxonomy."""
    if taxonomy == "acled":
        return PARENT.get(sub_event_type)
    row = CROSSWALK.get(sub_event_type)
    if row is None:
        return None
    return row[{"acled2015": 0, "gtd": 1, "ucdp": 2}[taxonomy]]
