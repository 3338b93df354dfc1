"""Typing an event: codebook keyword rules first, the trained classifiers behind them.

Rules encode ACLED's sub-event definitions ("a suicide bomber" is a Suicide
bomb, tear gas on a protest is Protest with intervention). Where no rule
fires, the TF-IDF classifier trained on ACLED notes decides. Texts about
natural disasters, accidents, crime or diplomacy with no sign of political
violence are not events.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from sitrep.extract.fatalities import find_death_count
from sitrep.extract.textclass import load_classifier
from sitrep.taxonomy import PARENT, crosswalk

MODEL_FOR = {
    "acled2015": "acled2015_event_type",
    "gtd": "gtd_attack_type",
    "ucdp": "ucdp_violence_type",
}


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# The month, not a protest: '16 March 2020', 'March 3', 'in March', 'since early March' ('march' is a crowd word).
_MONTH_MARCH = re.compile(
    r"(?:\d|\b(?:in|of|since|until|till|by|from|to|through|during|early|late|mid|last|next|this|before|after)\b)"
    r"[\s-]*march\b|\bmarch\b(?=[\s,]*(?:\d|of \d))",
    re.IGNORECASE,
)


def without_month_march(text: str) -> str:
    """``text`` with the month March written 'month' (same length), so crowd words do not read dates."""
    return _MONTH_MARCH.sub(lambda m: m.group(0)[:-5] + "month", text)


def has_trigger(text: str) -> bool:
    """Whether ``text`` has a word that says something happened (EVENT_TRIGGER), the month March aside."""
    return bool(EVENT_TRIGGER.search(without_month_march(text)))


# 'police regained control of the prison': order restored in a building, no ground changing hands (train unchanged)
_NOT_GROUND = r"(?! of (?:the |a )?(?:[\w-]+ )?(?:prisons?|jails?|penitentiary|facility|building|situation|compound|campus|ship|vessel|plane|aircraft))"
_TERRITORY = _rx(
    # control regained of somewhere, not bare: '… until soldiers and police regained control' of a prison riot (the
    # riot was ground taken in a report of ours)
    r"\b(?:recaptur(?:e|ed|es|ing)|regain(?:ed|s)? control(?= (?:of|over)\b)" + _NOT_GROUND + r"|retook|retaken|reclaimed|liberat(?:ed|es)|cleared [\w\s]{0,20}of (?:militants|insurgents|rebels)|"
    # (not across a preposition: 'the priest was seized near the town of Nsukka' took no ground; a report of ours)
    r"(?:seized|seizing|captured|capturing|took|taken|overran|overrun)\s+(?:control of\s+)?(?:the\s+|a\s+|two\s+|three\s+|several\s+)?"
    r"(?:(?!(?:near|in|at|from|outside|on|by|during|while|after)\b)[\w-]+\s+){0,2}(?:town|city|village|villages|district|area|base|bases|camps?|hills?|localities|positions|crossings?|"
    # 'had captured the headquarters of the military's Western Command' (no event in a report of ours)
    r"headquarters|outposts?|garrisons?|strongholds?)|"
    # 'had captured Laukkaing, a town on the border' (every train part unchanged)
    r"(?:seized|captured|overran|took control of)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:town|city|village|district|base|camp|hub)|"
    r"(?:taken|took|gained|seized) control" + _NOT_GROUND + r"|gained ground|taken over|took over|controlling the entire|fell to|pushed deep into)\b"
)
_STATE_AGENT = _rx(
    r"^[^.]{0,80}?\b(?:army|troops|soldiers|government forces|security forces|military|police|forces of|regime forces|afghan forces|national army|marines)\b"
)
_NONSTATE_AGENT = _rx(
    r"^[^.]{0,80}?\b(?:rebels?|militants?|insurgents?|fighters|taliban|islamic state|is|isis|al-shabab|al-shabaab|opposition|jihadists?|mai mai|militias?|hezbollah)\b"
)


_SAID_THAT = _rx(r"\b(?:said|says|reported|announced|claimed|confirmed)\b(?:\s+on\s+\w+)?(?:\s+that)?\s+")


def territory_sub_event(text: str) -> str:
    """Who took the ground decides the sub-type: state forces regain, others overtake."""
    m = _TERRITORY.search(text)
    head = text[: m.start()] if m else text
    said = list(_SAID_THAT.finditer(head))
    if said:
        head = head[said[-1].end() :]  # "South Sudan's army said White Army militiamen had overrun": who took it
    state = _STATE_AGENT.search(head + ".")
    nonstate = _NONSTATE_AGENT.search(head + ".")
    if state and (not nonstate or state.end() <= nonstate.end()):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


# A crowd and its violence told in either order or in the next sentence: 'clashed with policemen while
# protesting', 'protested … . They threw stones'. acled_asia_2015 tune actor1 65.7 -> 67.7, actor2 43.6 -> 44.2,
# held-out 60.9 -> 62.3 and 36.0 -> 36.9; acled, gtd, muc4 unchanged.
_CROWD_WORD = r"(?:protest\w*|demonstrat\w+|rall(?:y|ies)|processions?|march(?:ed|es)?|hartals?|bandhs?|blockades?|agitat\w+)"
_CROWD_VIOLENCE = (
    r"(?:clash(?:ed|es)? with (?:the )?(?:police(?:men)?|cops|security (?:forces|personnel))|(?:pelted|threw|hurled) (?:\w+ )?"
    r"(?:stones|bricks|brickbats)|stone[- ]pelting|set (?:\w+ ){0,3}(?:afire|ablaze|on fire)|torched|vandali[sz](?:ed|ing)|ransacked|stormed)"
)
_CROWD_TURNED_VIOLENT = (
    rf"\b{_CROWD_WORD}\b[^|]{{0,300}}?\b{_CROWD_VIOLENCE}\b|\b{_CROWD_VIOLENCE}\b[^|]{{0,300}}?\b{_CROWD_WORD}\b"
)

# Police acting on a crowd, told before or after it: 'Police were deployed to quell the protests', 'the police
# arrested 28 supporters … while they were protesting', 'taken into custody later by police'.
_INTERVENTION = (
    r"(?:arrested|detained|dispersed?|quell(?:ed)?|stopped|pushed|cleared|removed|evicted|booked|broke up|"
    r"(?:cane|lathi|baton)-?charged?|teargassed|took \w+ into custody|taken into custody|resorted to (?:mild )?(?:force|action))"
)
_POLICE_ACTED = (
    rf"(?:\b(?:police(?:men)?|cops|riot control|security forces)\b[^.]{{0,60}}?\b{_INTERVENTION}\b|"
    rf"\b{_INTERVENTION}\b(?: \w+)? by (?:the )?(?:police(?:men)?|cops|security forces)\b)"
)
_POLICE_ON_CROWD = rf"\b{_CROWD_WORD}\b[^|]{{0,300}}?{_POLICE_ACTED}|{_POLICE_ACTED}[^|]{{0,300}}?\b{_CROWD_WORD}\b"

# A party's supporters or activists turning on rivals, their offices or vehicles, outside a demonstration
# (train notes: 28 of 30 so told are rioters): acled_asia_2015 tune actor1 68.6 -> 69.0, held-out 62.9 -> 63.0;
# acled unchanged.
# 'Georgian riot police used water cannon on protesters': the police's name tells no riot (the protest became a riot
# with rioters as actor1 in a report of ours; every train part unchanged)
_RIOT_WORD = r"(?<!anti-)(?<!anti )\briot(?:s|ed|ing|ers)?\b(?![- ](?:police|policemen|gear|control|squads?|units?|officers?|shields?|troops))"

_PARTISANS_ATTACKED = (
    # not an armed group's members: 'Members of the Viv Ansanm gang coalition attacked the town' (mob violence, with
    # the gang's rivals as rioters, in a report of ours)
    r"\b(?:supporters|activists|cadres|workers|members)\b"
    r"(?! of (?:the |an? )?(?:[\w-]+ ){0,4}?(?:gangs?|militias?|cartels?|armed|rebels?|army|forces|brigades?|groups?)\b)"
    r"(?: of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,4})?"
    r"(?: \w+)? (?:attacked|clashed(?! with (?:the )?(?:police|policemen|cops|security))|hurled|vandali[sz]ed|torched|"
    r"beat(?: up)?|swooped on|ransacked)\b|"
    # 'Clashes between supporters of two rival parties left one man dead' (an attack on civilians in a report of ours)
    r"\bclash(?:es|ed)? between (?:the )?(?:[\w-]+ ){0,3}?(?:supporters|activists|cadres|followers)\b"
)

# (sub-event type, pattern), most specific first.
SUB_EVENT_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "Disrupted weapons use",
        _rx(
            r"\b(?:(?:arms|weapons?|ammunition|explosives?) (?:caches?|depots?|hauls?)|caches? of (?:\w+ ){0,3}(?:arms|weapons|ammunition|explosives|IEDs)|"
            r"(?:seized|seizure of|confiscated|intercepted|recovered|discovered|defused|cleared|found) (?:\w+ ){0,6}(?:weapons|arms|guns|rifles|firearms|"
            r"ammunition|explosives|landmines|mines|IEDs|grenades|rockets|bombs|explosive devices)|"
            r"(?:weapons|arms|guns|firearms|ammunition|explosives|landmines|grenades|rockets|bombs) (?:\w+ ){0,3}(?:were|was|have been|has been) "
            r"(?:seized|confiscated|intercepted|recovered|discovered|defused|found|identified))\b"
        ),
    ),
    (
        "Chemical weapon",
        _rx(r"\b(?:chemical (?:weapons?|attack)|poison(?:ous)? gas|chlorine|sarin|mustard gas|nerve agent)\b"),
    ),
    (
        "Suicide bomb",
        _rx(
            r"\bsuicide[- ](?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers)?|vest|car bomb)|blew (?:himself|herself|themselves) up\b"
        ),
    ),
    (
        "Sexual violence",
        _rx(r"\b(?:rap(?:e|ed|es|ing)|gang-?raped|sexual(?:ly)? (?:violence|assault(?:ed)?|abuse[d]?))\b"),
    ),
    # an RPG is no hand grenade; nor are the stun grenades police throw at a crowd (a protest broken up with them was
    # a grenade attack in a report of ours)
    (
        "Grenade",
        _rx(r"(?<!rocket-propelled )(?<!rocket propelled )(?<!stun )(?<!flash )(?<!smoke )(?<!tear gas )(?<!teargas )\bgrenades?\b"),
    ),
    (
        "Air/drone strike",
        _rx(
            # 'drones struck the port', 'kamikaze drones': acled tune (one note) and every other train part unchanged
            r"\b(?:air ?strikes?|airstrikes?|air raids?|drone (?:strikes?|attacks?)|warplanes?|fighter jets?|"
            r"drones? (?:struck|hit|attacked|targeted|slammed into)|(?:kamikaze|shahed|attack|suicide|loitering) drones?|"
            # 'attacked the port with drones overnight', 'launched 64 Shahed drones' (a report of ours)
            r"\bwith (?:[\w-]+ ){0,2}drones\b|\blaunched (?:[\d,]+ |dozens of |scores of )?(?:[\w-]+ )?drones\b|"
            # 'Pakistani jets hit a hideout', 'army aircraft bombed': every train part unchanged; for wire reports
            # 'its aircraft destroyed a militant base' (every train part unchanged); one jet too: 'A military jet bombed a
            # monastery' (an armed clash in a report of ours)
            r"(?:jets?|aircraft|planes|helicopters?) (?:struck|hit|bombed|pounded|targeted|attacked|fired|destroyed|raided)|"
            r"aerial (?:bombardment|attack|strikes?)|bombed from the air|helicopter gunships?|air force (?:bombed|struck)|drop(?:s|ped)? (?:a |its |the |an )?[\w\s/-]{0,40}bombs?|"
            # 'Russian glide bombs hit a residential area' (an IED in a report of ours)
            # 'a Russian guided bomb hit a residential area' (an IED in a report of ours)
            r"(?:glide|guided|guided aerial|cluster|barrel) bombs?|"
            # 'Colombia's military said it had bombed a camp' (no incident in a report of ours)
            # (lower case: 'Rebels of the National Liberation Army bombed a pipeline' is no air strike)
            r"(?-i:military|army|air force|armed forces)(?:['’]s)?\s+(?:[\w-]+\s+){0,6}?bombed)"
        ),
    ),
    (
        "Remote explosive/landmine/IED",
        _rx(
            r"\b(?:IEDs?|improvised explosive|roadside bombs?|landmines?|land mines?|mines? (?:blast|explo)|car bombs?|"
            r"vehicle[- ]borne|VBIED|bomb (?:blast|explosion|exploded|went off)|magnetic bomb|sticky bomb|explosive device|"
            # 'a bomb hidden on a bicycle exploded' (an attack in a report of ours)
            r"\bbomb (?:[\w-]+ ){1,5}?(?:exploded|went off|detonated|blew up)|"
            r"planted (?:a )?bomb|bomb planted|motorcycle bomb|remote[- ]controlled|improvised bombs?|"
            r"detonated (?:an? |the )?(?:explosives?|bombs?|improvised)|explosives? (?:blew up|exploded|went off)|"
            r"(?:damaged|destroyed|wrecked|rocked) by (?:an? |the )?(?:\w+ )?(?:bomb|explosion|blast)|"
            # the bomb as the doer: 'Another bomb damaged a power pylon' (an attack on civilians in a report of ours;
            # every train part unchanged)
            r"bombs? (?:damaged|destroyed|wrecked|ripped through|tore through|killed|wounded|injured)|"
            # 'insurgents blew up a vehicle carrying police' (every train part unchanged; written for wire reports)
            r"blew up (?:an? |the |two |several )?(?:[\w-]+ ){0,2}(?:vehicles?|bus|car|truck|van|jeep|convoy|bridge|"
            r"pipeline|tower|train|railway (?:line|track))|"
            # 'bombed a stretch of the oil pipeline' (an armed clash in a report of ours)
            r"bombed (?:an? |the )?(?:(?:stretch|section|part) of (?:an? |the )?)?(?:[\w-]+ ){0,3}(?:pipelines?|pylons?|"
            r"power lines?|bridges?|railway|rail line|oil wells?)|"
            # 'commandos dynamited an electric substation' (an armed clash in a report of ours)
            r"dynamit(?:ed|ing)|blew up (?:an? |the )?(?:[\w-]+ ){0,2}(?:substation|power station|pylons?|towers?))\b"
        ),
    ),
    (
        "Shelling/artillery/missile attack",
        # not tear gas shells: acled_asia_2015 tune actor2 44.2 -> 44.5, held-out 36.9 -> 37.5; acled unchanged
        _rx(r"\b(?:(?<!gas )(?<!teargas )shell(?:ed|ing|s)|artillery|mortars?|rockets?|missiles?|howitzers?|MLRS|grad)\b"),
    ),
    (
        "Abduction/forced disappearance",
        _rx(
            r"\b(?:abduct(?:ed|s|ion|ing)?|kidnapp?(?:ed|ing|s)?|took [\w\s]{0,30}hostage|taken hostage|hostages?|forcibly disappeared|went missing)\b"
        ),
    ),
    (
        "Excessive force against protesters",
        _rx(
            r"\b(?:protesters?|demonstrators?)\b[^.]{0,60}\b(?:killed|shot dead|died|fired upon|opened fire)\b|"
            r"\b(?:opened fire|fired live (?:rounds|ammunition)|shot) (?:on|at) (?:the )?(?:protesters|demonstrators)|"
            # 'police opened fire on a crowd protesting against …, killing two' (a peaceful protest in a report of ours)
            r"\b(?:opened fire|fired) (?:on|at|into) (?:an? |the )?(?:[\w-]+ )?(?:crowds?|rally|march|protest)\b"
            r"(?=[^.]{0,80}\b(?:protest\w*|demonstrat\w+|rall(?:y|ies|ying)|march\w*)\b)|"
            # 'police fired tear gas and live bullets at protesters'
            r"\bfired (?:[\w ]{1,20} and )?live (?:bullets|rounds|ammunition) (?:on|at|into) (?:the )?(?:crowds?|protesters|demonstrators)|"
            # 'security forces shot dead two protesters' (a peaceful protest before; every train part unchanged)
            r"\b(?:shot dead|shot and killed|killed|killing|beat to death|beaten to death)\s+(?:at least\s+)?(?:[\w-]+\s+){0,2}"
            r"(?:protesters|demonstrators|marchers)\b"
        ),
    ),
    (
        "Peaceful protest",
        _rx(
            r"\bpeaceful (?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?) (?:took place|was held|were held)\b"
        ),
    ),
    (
        "Mob violence",
        _rx(
            r"\b(?:mob|lynch(?:ed|ing)?|vigilantes?|villagers (?:beat|attacked|killed)|angry (?:crowd|residents|villagers)|torched (?:the )?(?:house|home)s? of)\b|"
            # 'A crowd in the town of X beat two men to death' (no event in a report of ours)
            r"\b(?:a|an|the) (?:[\w-]+ )?crowd (?:(?:of|in|at|from) (?:[\w-]+ ){1,6}?)?(?:beat|lynched|stoned|clubbed|hacked|burned|burnt)\b|"
            + _PARTISANS_ATTACKED
        ),
    ),
    (
        "Violent demonstration",
        _rx(
            r"\b(?:protest|protesters|demonstrat\w+|rally|march|students|workers|supporters)\b[^.]*\b(?:pelted|stones?|stone[- ]throwing|"
            # not 'blocked' (train notes that block a road are protests 158 to 41): acled_asia_2015 tune actor1 65.1 -> 65.7,
            # held-out 60.1 -> 60.9; acled unchanged
            r"torched|set (?:fire|ablaze)|vandali[sz]ed|ransacked|clashed|burnt|burned)\b|" + _RIOT_WORD + "|"
            # 'a clash between pro-Palestinian demonstrators and counter-protesters' (a peaceful protest in a report
            # of ours, though a man was stabbed to death)
            r"\bclash(?:es|ed)? between (?:[\w-]+ ){0,3}?(?:demonstrators|protesters|protestors|marchers)\b|"
            + _CROWD_TURNED_VIOLENT
        ),
    ),
    # Police acting on a crowd that turned violent leave it a riot, so intervention comes after violence:
    # acled_asia_2015 tune actor1 68.2 -> 68.6, actor2 46.9 -> 47.2, held-out actor1 62.4 -> 62.9; acled unchanged
    (
        "Protest with intervention",
        _rx(
            r"\b(?:suppressed|dispersed|broke up|cracked down on|detained|arrested)\b[^.]{0,60}\b(?:protest\w*|demonstrat\w+|march\w*|rall(?:y|ies)|sit-ins?)\b|"
            r"\b(?:protest|protesters|demonstrat\w+|rally|march|sit-in)\b[^.]*\b(?:tear ?gas|dispersed|baton|water cannons?|"
            r"lathi|pepper[- ]spray\w*|arrested|detained|rubber bullets|police intervened|suppressed|broke up|cracked down)\b|"
            r"\b(?:tear ?gas|water cannons?|lathi[- ]charged?|baton[- ]charged?)\b|"
            # police acting on the protest in the next sentence ('... Police arrested 19 of them'):
            # acled_asia_2015 tune actor2 42.9 -> 43.9, actor1 63.8 -> 64.1; acled tune unchanged
            r"\b(?:protest\w*|demonstrat\w+|march\w*|rall(?:y|ies|ied)|sit-ins?|dharnas?)\b[^.]{0,200}\.\s+(?:the\s+)?"
            r"(?:police|policemen|cops)\b[^.]{0,40}\b(?:arrested|detained|stopped|dispersed|disperse|cane-?charged|"
            r"lathi-?charged|teargassed|took \w+ into custody)\b|"
            r"\b(?:stopped|arrested|detained|taken into custody) by (?:the )?(?:police|policemen|cops)\b|"
            # police acting on a crowd told before or after it, after a riot's signs: acled_asia_2015 tune actor2
            # 44.5 -> 46.9, held-out 37.5 -> 38.4; acled unchanged (ahead of 'Violent demonstration' it cost
            # held-out actor1 0.4)
            + _POLICE_ON_CROWD
        ),
    ),
    (
        "Peaceful protest",
        _rx(
            r"\b(?:protest(?:ed|s|ers|ing)?|demonstrat(?:ed|ion|ions|ors)|rall(?:y|ies|ied)|march(?:ed|es)?\b(?! \d)|sit-in|"
            r"hunger strike|(?:on|general|workers'?|labou?r|transport) strike|strike action|gathered to (?:demand|denounce|condemn)|human chain|picket(?:ed)?|boycott|"
            # South Asian words for a sit-in or a shutdown: acled_asia_2015 tune actor1 56.2 -> 57.3
            r"dharnas?|bandhs?|took to the streets|raised slogans|black flags|"
            # a road blocked: acled_asia_2015 tune actor1 67.7 -> 68.2, held-out 62.3 -> 62.4; acled unchanged. Not with
            # burning or seized vehicles, the gunmen's roadblock ('had blocked the road with a burning truck' made an
            # ambush a protest in a report of ours)
            r"block(?:ed|ing|aded?) (?:the )?(?:\w+ )?(?:roads?|highways?|traffic|trains?|streets?)"
            r"(?! with (?:an? |the |two |several )?(?:burning|burned|burnt|torched|hijacked|stolen|seized) "
            r"(?:trucks?|lorr(?:y|ies)|vehicles?|cars?|buses|bus|trailers?)))\b"
        ),
    ),
    (
        "Agreement",
        _rx(
            r"\b(?:peace (?:deal|agreement|accord|talks)|ceasefire|cease-fire|truce|agreement|accord|prisoner (?:swap|exchange)|signed a deal|surrender(?:ed)? (?:to|their))\b"
        ),
    ),
    (
        "Headquarters or base established",
        _rx(
            r"\b(?:set up|established|set-up|build|built|opened) (?:a |an |two |three |new |its )*(?:\w+ )?(?:base|bases|headquarters|outpost|observation post|camp|checkpoint)s?\b"
        ),
    ),
    ("Government regains territory", _TERRITORY),
    (
        "Looting/property destruction",
        _rx(
            r"\b(?:loot(?:ed|ing|ers)?|torch(?:ed|ing)|set (?:on )?fire to|set ablaze|burn(?:ed|t) down|vandali[sz](?:ed|ing)|destroyed (?:a |the )?(?:school|house|home|property|shops?|mosque|church|temple|tower)|demolish(?:ed)?|ransack(?:ed)?)\b"
        ),
    ),
    (
        "Disrupted weapons use",
        _rx(
            r"\b(?:defus(?:ed|ing)|seized [\w\s,]{0,40}(?:weapons|arms|ammunition|explosives|guns|rifles)|(?:arms|weapons|ammunition) (?:cache|depot|haul)|cache of|"
            r"intercepted [\w\s]{0,30}(?:guns|weapons|arms)|recovered [\w\s,]{0,40}(?:weapons|explosives|ammunition)|bomb disposal|foiled)\b"
        ),
    ),
    (
        "Arrests",
        _rx(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s)?|taken into custody|apprehended|nabbed|held for questioning)\b"),
    ),
    ("Armed clash", _rx(r"\bstormed\b")),
    (
        "Change to group/activity",
        _rx(
            r"\b(?:switched sides|joined the|defect(?:ed|ion)|surrendered|pull(?:ed)? back|withdr(?:ew|awn|aw)|redeploy\w*|merged|split from|recruit(?:ed|ing|ment)|training camp|"
            r"deployed|reinforcements|mobili[sz]ed|military exercise|new leader|appointed)\b"
        ),
    ),
    (
        "Armed clash",
        # with 'repelled an assault on …' (a news idiom; every train part unchanged) and a communiqué's 'annihilated
        # an army patrol' (no incident in a report of ours)
        _rx(
            r"\b(?:annihilat\w+ (?:an? |the )?(?:[\w-]+ ){0,2}(?:patrol|unit|column|platoon|company|battalion|squad|convoy)s?|clash(?:ed|es)?|gun ?battles?|exchange of fire|exchanged fire|firefight|(?:heavy|fierce|intense) fighting|fighting (?:broke out|erupted|between)|fought|stormed|raided|ambush(?:ed)?|engaged|encounter|offensive|repel(?:led|s)? (?:an? |the )?(?:[\w-]+ ){0,2}(?:attack|assault|offensive|incursion)s?|assault(?:ed)? (?:on )?(?:a |an |the )?(?:military|army|police|security)? ?(?:post|checkpoint|base|outpost))\b"
        ),
    ),
    (
        "Attack",
        # with 'shot to death', 'murders', 'assassination', 'slain': muc4 tune type 66.4 -> 67.2, date 66.7 -> 67.9,
        # tolls 43.0 -> 44.1; acled and acled_asia_2015 unchanged
        _rx(
            # 'An Israeli tank fired at a group of people …, wounding two' (no incident in a report of ours)
            r"\b(?:shot (?:dead|and killed|to death)|gunned down|opened fire|fired (?:shots )?(?:at|on|upon)|shot at|stabbed|beheaded|executed|killed|attacked|assaulted|beat(?:en)? (?:to death|up)|(?:beat|stoned|clubbed|burned|burnt) (?:[\w-]+ ){1,3}?to death|hacked|murder(?:ed|s)?|assassinat(?:ed|ion|ions)|slain|slaying|massacre)\b"
            # 'went on a rampage, killing at least 70 people' (a protest before; a bare ', killing three' also
            # reads a plane crash as an attack: muc4 tune)
            r"|\brampag\w*|\bkilling spree"
            # bodies found where they were dumped: 'found the bodies of 11 men dumped beside a highway', 'a mass grave'
            # (no event in a report of ours)
            r"|\b(?:found|discovered|recovered) the (?:bullet-riddled |mutilated |decapitated )?bodies of\b"
            r"|\bbodies (?:of [\w\s]{1,30}?)?(?:were |had been )?(?:found|discovered) (?:dumped|buried|bound|with gunshot)"
            r"|\bmass graves?\b"
        ),
    ),
]
# The pandemic words (covid, coronavirus, outbreak) are background in 2020 notes, not a veto: acled tune notes
# with no event 11 -> 4 of 437, event type 90.2 -> 91.1; 'blocked', 'torched', 'demand…' below say political.
_NOT_POLITICAL = _rx(
    r"\b(?:earthquakes?|floods?|flooding|tsunami|cyclones?|hurricanes?|typhoons?|landslides?|volcan\w+|storms?|drought|heavy rains?|torrential|"
    r"avalanche|wildfires?|heatwave|crash(?:ed|es)?|collision|collided|derail\w*|capsized?|sank|blaze|fire broke out|gas leak|chemical leak|leak|"
    r"collapsed?|stampede|drown\w*|electrocuted|accident\w*|drugs?|narcotics?|heroin|cocaine|traffick\w*|smuggl\w+|pornograph\w+|fraud|"
    r"corruption|embezzl\w+|bribe\w*|diplomats?|ambassadors?|foreign minister|summit|bilateral|expel\w*|sanctions?|visa|urged|"
    r"rob(?:bery|beries|bed|bing)?|counterfeit|poisoning|tested positive|relief and rescue|"
    r"gas explosion|cooking gas|gas cylinder|condemned|accusations?|justification|nuclear (?:plant|power)|wastewater|"
    r"embargo|leaked|transformer|overnight rain|rainfall)\b"
)
_POLITICAL = _rx(
    r"\b(?:attack\w*|bomb\w*|militants?|gunm[ae]n|insurgents?|rebels?|terror\w*|protest\w*|demonstrat\w+|soldiers?|troops|army|"
    r"clash\w*|shot dead|shoot\w*|fired (?:on|at|upon)|airstrikes?|shelling|ambush\w*|abduct\w*|kidnap\w*|riot\w*|police|extremists?|jihadists?|"
    r"killed by|beat\w*|vandali\w+|pelted|assailants|gathered|arrest\w*|taliban|activists|curfew|"
    r"march(?:ed|es|ing)|rall(?:y|ies|ied)|sit-ins?|assault\w*|torch\w*|burnt|set ablaze|blocked|threat\w*|lynch\w*|demand\w*|"
    # weapons of war: 'Russian missiles killed eight people' beside 'diplomats' was no violence (train unchanged)
    r"missiles?|rockets?|drones?|shelled|air strikes?|artillery|mortars?|grenades?|stormed|massacre\w*|beheaded|"
    r"militias?|militiamen|fighting|fighters|combatants)\b"
)


# Words that say something happened: a note without any of them (and unlike coded notes) is no event.
EVENT_TRIGGER = re.compile(
    r"\b(?:attack\w*|assault\w*|blasts?|explo\w+|bomb\w*|shell\w*|fir(?:ed|ing) (?:at|on|upon|shots|into)|came under fire|"
    r"set (?:on )?fire|set ablaze|shot|shoot\w*|gunfire|gunmen|kill\w*|dead|died|wound\w*|injur\w*|abduct\w*|kidnap\w*|hostages?|"
    r"arrest\w*|detain\w*|raid\w*|storm\w*|clash\w*|fight\w*|ambush\w*|protest\w*|demonstrat\w+|rall(?:y|ies|ied)|"
    r"march(?:ed|es|ing)?|strikes?|riot\w*|mobs?|loot\w*|torch\w*|burn\w*|ston(?:ed|ing)|pelt\w*|vandali\w+|beat(?:en|ing)?|"
    r"stab\w*|lynch\w*|behead\w*|execut\w+|massacre\w*|seiz\w+|captur\w+|withdr\w+|deploy\w*|surrender\w*|defect\w*|"
    r"agreement|ceasefire|cease-fire|truce|peace deal|signed|gherao\w*|block(?:ed|ade|ing)|hartal|sit-ins?|picket\w*|curfew|"
    # South Asian protest words: acled_asia_2015 tune notes with no event 24 -> 12, event type 96.2 -> 97.7
    r"dharnas?|bandhs?|took to the streets|raised slogans|black flags|lathi-?charge\w*|afire|"
    r"responsibility|die[sd]?|infighting|military (?:action|operation)|offensive|tortur\w+|gun(?:ned)? down|encroach\w*|"
    r"petition\w*|converged|bod(?:y|ies)|decapitat\w+|dismember\w+|warning shots|establish\w*|militants|insurgents|"
    r"murder\w*|assassinat\w+|dynamit\w+|detonat\w+|sabotag\w+|guerrillas?)\b",
    re.I,
)


def describes_event(text: str) -> bool:
    """A codebook trigger, a death toll, or a text written like the coded notes the classifier knows."""
    if has_trigger(text) or rule_sub_event(text) or find_death_count(text):
        return True
    return load_classifier("acled_sub_event_type").coverage(text) >= IN_DOMAIN_COVERAGE


@dataclass(frozen=True)
class EventType:
    """An event's ACLED type and sub-type, with how they were decided."""

    event_type: str
    sub_event_type: str
    confidence: float
    method: str  # "rule" or the model name


def is_political_violence(text: str) -> bool:
    """False for disasters, accidents, crime and diplomacy with no sign of political violence or protest."""
    return not (_NOT_POLITICAL.search(text) and not _POLITICAL.search(without_month_march(text)))


_ARMED = _rx(
    r"\b(?:soldiers?|troops|army|military|armed forces|security forces|security personnel|police(?:m[ae]n)?|officers|"
    r"militants?|rebels?|insurgents?|fighters|gunm[ae]n|militia\w*|check ?points?|checkposts?|posts?|jawans?|taliban|forces)\b"
)
_UNARMED = _rx(
    r"\b(?:civilians?|villagers?|residents?|shopkeepers?|traders?|farmers?|students?|workers?|women|children|man|woman|"
    r"community|communities|supporters|families|family|worshippers|pilgrims|passengers|journalists?|teachers?|beneficiaries|"
    r"prisoners|inmates|youths?|tribes?(?:men)?|groups of|relatives|doctors?|nurses?|persons|population|"
    # not a group's name: 'Indigenous People of Biafra', "New People's Army" (unarmed victims in a report of ours)
    r"(?-i:people)|(?-i:People)(?!['’]s\b| of [A-Z])|"
    # people killed for who they are, not as fighters (rarely a report's source, unlike 'officials' or 'activists'):
    # muc4 tune strict type 71.9 -> 72.7, deaths 49.5 -> 50.5; acled tune unchanged
    r"politicians?|mayors?|judges?|priests?|nuns?|bishops?|clergy(?:men)?|candidates?|council+ors?|businessm[ae]n|"
    r"merchants?|engineers?|lawyers?|(?:trade )?unionists?|union (?:leaders?|members?|organi[sz]ers?)|peasants?|"
    r"labou?rers?|professors?|missionar(?:y|ies)|refugees|displaced|"
    # 'killed six fishermen on the shores of Lake Chad' (a battle in a report of ours)
    r"fisherm[ae]n|shepherds?|miners?|travell?ers|motorists?|commuters?|vendors?|"
    # places where people who cannot fight back are attacked
    r"church(?:es)?|mosques?|temples?|schools?|college|campus|universit(?:y|ies)|hospitals?|clinics?|markets?|"
    # not a village that only says where: 'attacked their patrol near the village of Tamou' (an attack on civilians in
    # a report of ours)
    r"(?<!near the )(?<!in the )(?<!outside the )(?<!close to the )(?<!near a )(?<!in a )villages?|"
    # those who lead a village: 'beheaded a traditional chief in the village of Bali' (a report of ours)
    r"(?:traditional|village|tribal|community|clan) (?:chiefs?|heads?|leaders?|rulers?)|"
    # those who laid down arms: 'ex-rebel leader shot dead', 'a former commander of the demobilised FARC' (a battle
    # in a report of ours)
    r"ex-(?:rebels?|guerrillas?|combatants?|fighters?|militants?)|demobili[sz]ed|"
    r"classrooms?|dormitor(?:y|ies)|buses|homes?|houses?|wedding|funeral|shrine)\b"
)
_ARMED_TARGET = _rx(
    r"\b(?:soldiers?|troops|army|military|police(?:m[ae]n)?|security forces|forces|guards?|officers|personnel|"
    # not an aid convoy: 'three aid workers whose convoy was ambushed' (a battle in a report of ours)
    r"check ?points?|checkposts?|base|outposts?|posts?|positions|(?<!aid )(?<!humanitarian )(?<!relief )convoy|patrol|"
    r"militants?|rebels?|insurgents?|fighters)\b"
)
# 'aid workers were killed when gunmen ambushed their clearly marked convoy': the aid workers' convoy (a battle in a
# report of ours)
_AID_WORKERS = _rx(r"\b(?:aid|humanitarian|relief|charity|NGO|U\.?N\.?)\s+(?:workers?|staff|employees|agency|agencies|group)\b")


def _armed_target(text: str) -> bool:
    """Whether the text names an armed target: forces, posts, fighters (an aid workers' convoy is none)."""
    found = [m.group(0).lower() for m in _ARMED_TARGET.finditer(text)]
    if found and all(word == "convoy" for word in found) and _AID_WORKERS.search(text):
        return False
    return bool(found)


_MURDER = _rx(r"\b(?:murder\w*|assassinat\w+|massacre\w*)\b")
# 'Fighting between two armed groups … killed 12 people': both sides armed, a battle whoever died (every train
# part unchanged; written for wire reports)
_ARMED_SIDES = _rx(
    r"\b(?:fighting|clash\w*|battles?|gun ?battles?|firefights?)\s+(?:\w+\s+){0,2}between\s+(?:[\w-]+\s+){0,3}"
    r"(?:armed groups|militias|rebel groups|forces|fighters|militants|gangs|armed factions|brigades)\b"
    # 'Militia clashes … kill 5, including two civilians caught in crossfire': those in crossfire died in a battle
    # (an attack on civilians in a report of ours)
    r"|\b(?:militia|factional|faction|rival|gang|clan|tribal|inter-?militia)\s+(?:clashes|fighting)\b"
    r"|\bcaught (?:up )?in (?:the )?cross-?fire\b"
    # 'Two armed groups that fought in the capital … eight people were killed in the fighting' (an attack on civilians
    # in a report of ours)
    r"|\b(?:armed groups|militias|armed factions|gangs|rebel groups)\s+(?:that|which|who)\s+(?:had\s+)?(?:fought|clashed)\b"
)
_GROUP_CLASH = _rx(r"\bclash\w*\s+(?:took place |erupted |broke out )?between\b")


@lru_cache(maxsize=2048)  # a report's sentences are asked about again for each incident told after them
def rule_sub_event(text: str) -> str | None:
    """The first codebook rule that matches, if any, refined by who was involved. A strategic development
    (arrests, talks, a deployment) told in a sentence of its own does not outrank violence or a crowd told in
    another: 'Police were deployed' after a clash is its aftermath (acled tune event type 93.8 -> 94.1,
    held-out 87.9 -> 88.4; other train parts unchanged). Within one sentence the codebook's order holds: applied
    across the whole text regardless of sentences it cost case2021_task2 dev 77.0 -> 75.3 (no train part to
    check it on). A denied word is no match: 'No arrests were reported' (no train note says so)."""
    text = without_month_march(text)
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    found = [
        (
            sub,
            {
                bisect_right(ends, m.start())
                for m in pattern.finditer(text)
                if not _denied(text, m.start()) and not _told_not_done(text, sub, m.start())
                and not (sub == "Government regains territory" and _recaptured_people(text, m.start()))
            },
        )
        for sub, pattern in SUB_EVENT_RULES
        if not (sub == "Government regains territory" and _REPELLED.search(text))
    ]
    found = [(sub, sentences) for sub, sentences in found if sentences]
    acted = set().union(*(s for sub, s in found if PARENT[sub] != "Strategic developments"))
    # a strategic development keeps its place in the order only beside violence or a crowd in its own sentence
    chosen = next((sub for sub, s in found if PARENT[sub] != "Strategic developments" or not acted or s & acted), None)
    if chosen and PARENT[chosen] == "Strategic developments" and killed_some(text):
        # 'killed three people and set fire to several houses', 'killed 30 soldiers and seized weapons': the
        # killing, not the burning or the seizure, is the event (acled, gtd, acled_asia_2015 parts unchanged)
        chosen = next((sub for sub, _ in found if PARENT[sub] != "Strategic developments"), None) or _killing_with(chosen)
    return _refine(chosen, text) if chosen else None


# 'troops repelled an attack on the base', whatever its attackers claim ('said it had overrun the base'): no ground
# changed hands (a base the army held was typed as regained; every train part unchanged)
_REPELLED = _rx(r"\b(?:repelled|repulsed|fought off|beat back|beaten back|foiled|thwarted)\b")


# 'freeing 200 inmates … 64 of the escapees had been recaptured': people caught again, no ground taken (a prison
# break was a territory taken in a report of ours)
_RECAPTURED_PEOPLE = _rx(
    r"\b(?:escapees|inmates|prisoners|fugitives|convicts|detainees|escaped)\b[^.;]{0,40}$"
)
_PEOPLE_RECAPTURED = _rx(r"^recaptur\w*\s+(?:[\w-]+\s+){0,3}?(?:escapees|inmates|prisoners|fugitives|convicts|detainees)\b")


def _recaptured_people(text: str, start: int) -> bool:
    """Whether the territory word at ``start`` is 'recaptured' said of people."""
    if not text[start:].lower().startswith("recaptur"):
        return False
    return bool(_RECAPTURED_PEOPLE.search(text[max(0, start - 60) : start]) or _PEOPLE_RECAPTURED.match(text[start:]))


def _killing_with(development: str) -> str:
    """The violence a toll makes of a development told with no violent word: 'gang members set fire to homes,
    killing at least 10 people' is an attack (it was looting with ten dead; every train part unchanged)."""
    return "Attack" if development == "Looting/property destruction" else development


def killed_some(text: str) -> bool:
    """Whether the text gives a death toll above zero."""
    deaths = find_death_count(text)
    return bool(deaths and deaths.quantity.value > 0)


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n\s*\n")


# A denial in the words just before, within the clause: 'no', 'not', 'nobody', 'no one … has been'.
_DENIAL = re.compile(r"\b(?:no|not|nobody|never|none)\b(?:\s+(?:one|yet|been|has|have|had|was|were|is|are|being))*\s*$", re.I)


def _denied(text: str, start: int) -> bool:
    before = re.split(r"[,.;:]", text[max(0, start - 40) : start])[-1]
    return bool(_DENIAL.search(before))


# A protest's cause told after it: 'marched after a schoolgirl was raped', 'a sit-in against the abduction of …'.
_PROTESTED_OVER = re.compile(
    r"\b(?:protest\w*|demonstrat\w+|rall(?:y|ies|ied)|march(?:ed|es)?|sit-ins?|dharnas?|bandhs?|hartals?|hunger strikes?|"
    r"blocked|shut (?:down )?their shops|took to the streets)\b[^.;]{0,120}?\b(?:against|over|after|following|condemning|"
    r"denouncing|demanding|to (?:protest|condemn|denounce|demand)|in protest)\b[^.;]*$",
    re.I,
)


# 'spread to several districts before a ceasefire was announced', 'despite a truce': the truce dates or frames
# the fighting; no agreement is the event (every train part unchanged; written for wire reports)
_TRUCE_AS_TIME = re.compile(
    r"\b(?:before|until|till|despite|amid|in violation of|violat\w+|breach\w*|broke|breaking|since)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


# 'a splinter group that rejected the 2016 peace accord', 'under the accord': an agreement of the past that
# describes someone, not one made now (every train part unchanged)
_PAST_ACCORD = re.compile(
    r"(?:\b(?:19|20)\d{2}|\b(?:rejected|rejecting|rejects|opposed|opposing|opposes|refused|under))\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


# 'residents who supported a vigilante group': vigilantes somebody backs or joins are named, not acting
_VIGILANTES_NAMED = re.compile(
    r"\b(?:supported|supporting|supports|backed|backing|backs|joined|joining|formed|forming|members of|against)\s+"
    r"(?:an?\s+|the\s+|local\s+|armed\s+)*$",
    re.I,
)


_ONLY_MEANT = re.compile(
    r"\b(?:would|will|vow(?:ed|s)? to|plan(?:s|ned)? to|threaten(?:ed|s)? to|promis(?:ed|es) to|inten(?:d|ds|ded) to|"
    r"tr(?:y|ies|ied|ying) to|attempt(?:s|ed)? to|sought to|seeking to|bid to|effort to)\s+(?:\w+\s+)?$",
    re.I,
)


def _told_not_done(text: str, sub_event: str, start: int) -> bool:
    """Whether the match at ``start`` names the deed without telling that it was done: violence a crowd protests,
    a truce or accord that frames the time, vigilantes somebody supported (this last: every train part unchanged)."""
    if _grievance(text, sub_event, start) or _truce_as_time(text, sub_event, start) or _carried(text, sub_event, start):
        return True
    if PARENT.get(sub_event) == "Battles" and sub_event != "Armed clash" and _ONLY_MEANT.search(text, max(0, start - 40), start):
        return True  # 'The army said it would retake the base': ground not yet taken (a report of ours)
    if sub_event != "Mob violence" or text[start : start + 9].lower() != "vigilante":
        return False
    return bool(_VIGILANTES_NAMED.search(text[max(0, start - 40) : start]))


# 'Militants armed with rifles and grenades stormed a police station': grenades carried are no grenade attack (a
# gun battle typed Grenade in a report of ours)
_ITEM = r"(?:[\w-]+ ){0,2}[\w-]+"  # 'AK-47 rifles', 'ammunition'
_CARRYING = re.compile(
    rf"\b(?:armed with|carrying|equipped with|wielding)\s+(?:{_ITEM}(?:,\s+{_ITEM})*,?\s+and\s+)?(?:hand\s+)?$", re.I
)


def _carried(text: str, sub_event: str, start: int) -> bool:
    return sub_event == "Grenade" and bool(_CARRYING.search(text[max(0, start - 70) : start]))


def _truce_as_time(text: str, sub_event: str, start: int) -> bool:
    if sub_event != "Agreement":
        return False
    before = text[max(0, start - 40) : start]
    return bool(_TRUCE_AS_TIME.search(before) or _PAST_ACCORD.search(before))


def _grievance(text: str, sub_event: str, start: int) -> bool:
    """Violence a crowd protests against is its cause, not the event: 'women marched after a girl was raped'.
    acled_asia_2015 tune actor1 64.1 -> 64.7, held-out 59.7 -> 60.0; acled, gtd, muc4 unchanged."""
    if PARENT[sub_event] in {"Protests", "Riots"}:
        return False
    return bool(_PROTESTED_OVER.search(text[max(0, start - 200) : start]))


def _murders_unarmed(text: str) -> bool:
    """'blamed rebels for the murder of a newspaper columnist': a murder, not a battle, unless those murdered are
    armed ('assassinated a military intelligence officer' is a clash in ACLED's coding). muc4 held-out strict
    type 64.3 -> 65.2, deaths 52.6 -> 53.8, tune rf victim 41.8 -> 43.0; acled, gtd, acled_asia_2015 unchanged."""
    return any(not _ARMED_TARGET.search(text, m.end(), m.end() + 60) for m in _MURDER.finditer(text))


def _refine(sub_event: str, text: str) -> str:
    if sub_event == "Abduction/forced disappearance" and killed_some(text):
        # ACLED codes an abduction in which people are killed as the attack it is (train notes telling both: 4 of 4
        # Attack, already so by the model; every train part unchanged; a news report's rule no longer says Abduction)
        sub_event = "Attack"
    if sub_event == "Government regains territory":
        return territory_sub_event(text)
    if sub_event == "Attack" and _ARMED.search(text) and not _UNARMED.search(text) and not _murders_unarmed(text):
        return "Armed clash"  # armed on armed is a battle, not violence against civilians
    if sub_event == "Armed clash" and _UNARMED.search(text) and not _armed_target(text) and not _ARMED_SIDES.search(text):
        return "Attack"  # armed men against people who cannot fight back
    if sub_event == "Armed clash" and _GROUP_CLASH.search(text) and _UNARMED.search(text):
        armed = [m.group(0).lower() for m in _ARMED.finditer(text)]
        if all(word.startswith(("police", "officer")) for word in armed):
            return "Violent demonstration" if armed else "Mob violence"
    return sub_event


IN_DOMAIN_COVERAGE = 0.7
_CROWD = _rx(
    r"\b(?:protest\w*|demonstrat\w+|rall(?:y|ies|ied)|march\w*|riot\w*|mob|crowds?|sit-in|strike|students|workers|supporters|villagers|residents|"
    # a road blocked is a crowd's act: acled_asia_2015 tune actor1 64.7 -> 65.1, held-out 60.0 -> 60.1
    r"dharnas?|bandhs?|hartals?|took to the streets|block(?:ed|ing|aded?) (?:the )?(?:\w+ )?(?:roads?|highways?|traffic|trains?|streets?))\b"
)


def classify_event(text: str) -> EventType:
    """ACLED event type and sub-event type for an event passage."""
    model = load_classifier("acled_sub_event_type")
    probs = model.probabilities(text)
    crowd_text = without_month_march(text)
    if _CROWD_SIZE.search(text):
        # A crowd's size is reported for demonstrations only (fit part: 415 of 419 notes with '[size=…]');
        # acled tune event type 91.1 -> 93.8, actor1 79.6 -> 82.4, actor2 73.7 -> 74.6.
        return _crowd_event(probs)
    if not _CROWD.search(crowd_text):  # no crowd in the text: it cannot be a protest or a riot
        probs = {k: v for k, v in probs.items() if PARENT.get(k) not in {"Protests", "Riots"}} or probs
    predicted = max(probs, key=probs.__getitem__)
    ruled = rule_sub_event(text)
    if ruled and PARENT[ruled] in {"Protests", "Riots"} and not _CROWD.search(crowd_text):
        ruled = None
    # The model was trained on coded-data notes: where a text reads like them (most of its words and
    # word pairs are in the model's vocabulary) a confident model may overrule the rules; elsewhere
    # the codebook rules decide.
    in_domain = model.coverage(text) >= IN_DOMAIN_COVERAGE
    overrule_below = 0.15 if in_domain else 0.0
    if ruled and (probs.get(ruled, 0.0) >= overrule_below or probs[predicted] < 0.6 or ruled not in probs):
        return EventType(PARENT[ruled], ruled, max(probs.get(ruled, 0.0), 0.5), "rule")
    return EventType(PARENT[predicted], predicted, probs[predicted], model.name)


_CROWD_SIZE = re.compile(r"\[size=[^\]]{1,80}\]")


def _crowd_event(probs: dict[str, float]) -> EventType:
    crowd = {k: v for k, v in probs.items() if PARENT.get(k) in {"Protests", "Riots"}}
    predicted = max(crowd, key=crowd.__getitem__)
    return EventType(PARENT[predicted], predicted, crowd[predicted], "crowd size")


_ROLE = (
    r"(?:official|leader|chief|commander|governor|judge|elder|cleric|mullah|imam|councill?or|politician|candidate|"
    r"activist|journalist|lawmaker|minister|mayor|deputy|head|director|prosecutor|member of parliament|MP|spokes(?:man|person)|"
    r"blogger|assembly member|senator|doctor|colonel|general|officer)"
)
# GTD attack types by their codebook definitions, most specific first.
GTD_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "Assassination",
        re.compile(
            rf"\b(?:shot and killed|shot dead|gunned down|killed|assassinated|targeted)\s+"
            rf"(?:[A-Z][\w'-]+\s?){{1,4}},?\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}{_ROLE}\b|\bassassinat\w+|"
            rf"\b(?:vehicle|home|house|convoy|residence|car|office|motorcade|compound) of (?:[\w-]+\s+){{0,3}}[A-Z][a-z]+|"
            # the target named, then introduced: 'Assailants attacked Mohammad Amin … Amin, a … leader, was wounded'
            rf"\b(?:attacked|opened fire on|threw (?:a |two |several )?grenades? at|targeting)\s+(?:the (?:vehicle|compound|convoy|home) of\s+)?"
            rf"[A-Z][a-z]+(?:\s[A-Z][a-z]+)+\b[^.]*\.\s+[A-Z][a-z]+,\s+(?:a|an|the)\s+(?:[\w.()-]+\s+){{0,6}}{_ROLE}\b|"
            rf"\btargeting (?:the vehicle of )?(?:a |the )?(?:[\w-]+\s+){{0,5}}{_ROLE}\b(?!'s)|\btargeting [A-Z][a-z]+(?:\s[A-Z][a-z]+)*'s"
        ),
    ),
    # the codebook's hostage taking includes people "held hostage" (no train record changes: a news idiom)
    ("Hostage Taking (Kidnapping)", _rx(r"\b(?:abduct\w*|kidnapp?\w*|(?:took|taken|held|holding|seized) [\w\s]{0,20}hostages?)\b")),
    (
        "Facility/Infrastructure Attack",
        _rx(
            r"\b(?:set fire to|set ablaze|torched|burned down|arson|molotov|petrol bombs?|incendiary|firebomb\w*|"
            r"destroyed (?:a |the )?(?:school|bridge|tower|building|clinic|office|shrine|mosque|church))\b"
        ),
    ),
    (
        "Bombing/Explosion",
        _rx(r"\b(?:explosive|explosives|IED|bomb\w*|dynamit\w*|detonat\w+|suicide|grenade|mortar|rocket|landmine|mine)s?\b"),
    ),
]


def gtd_rule_type(text: str) -> str | None:
    """A GTD attack type when the codebook's defining words are present."""
    for label, pattern in GTD_RULES:
        if pattern.search(text):
            return label
    return None


def type_in_taxonomy(text: str, event: EventType, taxonomy: str) -> str | None:
    """The event's type in another taxonomy: codebook rules, then that taxonomy's model if confident, else the crosswalk."""
    if taxonomy == "acled":
        return event.event_type
    if taxonomy == "gtd":
        ruled = gtd_rule_type(text)
        if ruled:
            return ruled
    name = MODEL_FOR.get(taxonomy)
    if name:
        label, confidence = load_classifier(name).predict(text)
        if confidence >= 0.35:
            return label
    return crosswalk(event.sub_event_type, taxonomy)
