"""Relations between armed groups, as reports state them: who cooperates with, fights, recruits from,
defects to, pledges allegiance to or splits from whom, each with its sentence and its source.

A sentence states a relation when a trigger ("is co-operating with", "recruited fighters from",
"declared allegiance to", "a splinter group of") stands between two actors: the actor before it acts
(``actor1``), the one after it is the other side (``actor2``). "The group", "it" or "they" before the
trigger is the named group the report last spoke of. A denied relation ("denied any links with")
is not stated. ACLED, GTD, UCDP and GDELT record none of this from text with evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.actors.kb import branch_link, load_actor_base
from sitrep.actors.mentions import ActorMention
from sitrep.extract.attribution import find_attribution
from sitrep.extract.context import ReportContext
from sitrep.extract.deadline import check_time
from sitrep.records import ActorRef, Relation, RelationKind

_MEMBERS = r"(?:fighters|members|militants|recruits|commanders|cadres|men)"
TRIGGERS: dict[RelationKind, re.Pattern[str]] = {
    RelationKind.SPLIT: re.compile(
        r"\b(?:split (?:from|with)|broke away from|breakaway (?:faction|group|wing) of|"
        r"splinter (?:group|faction) of|spun off from)\b",
        re.I,
    ),
    RelationKind.RECRUITMENT: re.compile(
        rf"\b(?:recruit\w*|siphon\w*(?: off)?|poach\w*|lur\w+|dr[ae]w|draws|drawing)\b[^.;]{{0,60}}?\b{_MEMBERS}\b"
        r"[^.;]{0,50}?\bfrom\b",
        re.I,
    ),
    RelationKind.DEFECTION: re.compile(
        r"\b(?:defect\w*(?: from \w+)? to|switched (?:sides|allegiance) to|went over to|deserted to)\b", re.I
    ),
    RelationKind.ALLEGIANCE: re.compile(
        r"\b(?:(?:pledg|declar|swor|swear|vow|renew)\w* (?:their |its |his |formal )?(?:allegiance|loyalty|bay'?ah) to|"
        r"loyal to|affiliated? (?:of|with|to)|(?:a |the )?(?:branch|faction|wing|franchise|affiliate|offshoot) of|"
        r"(?:is|are|was|were) (?:an?|the) [A-Z][\w-]{1,30} (?:branch|faction|wing|franchise|affiliate|offshoot))\b",
        re.I,
    ),
    RelationKind.COOPERATION: re.compile(
        r"\b(?:co-?operat\w* with|coordinat\w* with|collaborat\w* with|allied with|(?:an |in )?alliance with|"
        r"joined forces with|(?:works?|worked|working) (?:closely |together )?with|in (?:league|coordination) with|"
        r"(?:backed|supported|armed|funded) by)\b",
        re.I,
    ),
    RelationKind.FIGHTING: re.compile(
        r"\b(?:clash\w* with|fought(?: against)?|(?:is |are |was |were )?fighting(?: against)?|"
        r"(?:at )?war with|battl\w+ (?:with|against)|rivals? of|rivalry with|turf war with)\b",
        re.I,
    ),
}
# 'backed by X': X acts (supports) the one before: the sides swap.
_PASSIVE = re.compile(r"\b(?:backed|supported|armed|funded) by\b", re.I)
_DENIED = re.compile(r"\b(?:not|no|never|denied|denies|deny|without|rejected)\b[^.;]{0,30}$", re.I)
_REFERENT = re.compile(r"\b(the group|the organi[sz]ation|the militants|it|they|its fighters)\b[^.;]*$", re.I)
MAX_SENTENCE_CHARS = 1000  # a relation is stated within one sentence of ordinary length


@dataclass(frozen=True)
class _Side:
    mention: ActorMention
    text: str
    global_actor: bool = False  # the mention as named, not its branch in the report's country


# 'ISIS branches in the Middle East': a mention placed elsewhere is not the report country's branch.
_PLACED = re.compile(r"^(?:\s+[a-z]+){0,2}\s+in\s+(?:the\s+)?[A-Z]")


def _local(ctx: ReportContext, side: _Side) -> _Side:
    """The actor a mention means in the report's country ('the Islamic Caliphate' of an IS commander in
    Afghanistan is IS-K), unless the text places it elsewhere."""
    if _PLACED.match(ctx.text[side.mention.end : side.mention.end + 60]):
        return _Side(side.mention, side.text, global_actor=True)
    return side


def extract_relations(ctx: ReportContext) -> list[Relation]:
    """Every relation between two actors that a sentence of the report states."""
    found: list[Relation] = []
    named = [a for a in ctx.actors if a.is_named]
    for sentence in ctx.sentences:
        check_time()
        if len(sentence.text) > MAX_SENTENCE_CHARS or ctx.in_dateline(sentence.start, sentence.end):
            continue
        for kind, pattern in TRIGGERS.items():
            relation = _relation(ctx, sentence, kind, pattern, named, len(found))
            if relation is not None and not _same_as_found(relation, found):
                found.append(relation)
    return found


def _relation(ctx, sentence, kind, pattern, named, index) -> Relation | None:
    m = pattern.search(sentence.text)
    if m is None or _DENIED.search(sentence.text[: m.start()]):
        return None
    start, end = sentence.start + m.start(), sentence.start + m.end()
    inside = [a for a in named if sentence.start <= a.start and a.end <= sentence.end]
    before = [a for a in inside if a.end <= start]
    within = [a for a in inside if start <= a.start and a.end <= end]  # 'is an ISIS faction'
    after = [a for a in inside if a.start >= end]
    referent = _referent(ctx, sentence, m.start(), named, before[-1].end if before else sentence.start)
    first = referent or (_Side(before[-1], before[-1].text) if before else None)
    second = within[-1] if within else after[0] if after else None
    if first is None or second is None:
        return None
    second = _Side(second, second.text)
    if _PASSIVE.search(m.group(0)):
        first, second = second, first
    first, second = _local(ctx, first), _local(ctx, second)
    a, b = _ref(first, ctx.dominant_country), _ref(second, ctx.dominant_country)
    if a.actor_id == b.actor_id:  # 'IS-K is an ISIS faction': the parent, not IS-K itself
        b = _ref(_Side(second.mention, second.text, global_actor=True))
    if a.actor_id is not None and a.actor_id == b.actor_id:
        return None
    return Relation(
        id=f"{ctx.report_id}:r{index + 1}",
        report_id=ctx.report_id,
        kind=kind,
        actor1=a,
        actor2=b,
        as_of=ctx.publication_interval(),
        attributed_to=find_attribution(sentence.text),
        evidence=ctx.evidence(start, end),
        extractor="relations_rules.v1",
    )


def _referent(ctx: ReportContext, sentence, trigger: int, named: list[ActorMention], after: int) -> _Side | None:
    """'an IS commander said the group is co-operating with …': a referring phrase nearer the trigger than
    any name is the named group the report last spoke of before the sentence (in the report's country:
    IS in an Afghan report is its Afghan branch)."""
    words = _REFERENT.search(sentence.text[max(0, after - sentence.start) : trigger])
    earlier = [a for a in named if a.end <= sentence.start]
    if words is None or not earlier:
        return None
    group = earlier[-1]
    local = load_actor_base().in_country(group.actor, ctx.dominant_country)
    return _Side(ActorMention(group.text, group.start, group.end, actor=local), words.group(1))


def _ref(side: _Side, country: str | None = None) -> ActorRef:
    named = actor = side.mention.actor
    if not side.global_actor and country:
        actor = load_actor_base().in_country(actor, country)
    link = branch_link(side.mention.link, named, actor, country)
    return ActorRef(text=side.text, actor_id=actor.id, name=actor.name, link=link)


def _same_as_found(relation: Relation, found: list[Relation]) -> bool:
    key = (relation.kind, relation.actor1.actor_id, relation.actor2.actor_id)
    return any((r.kind, r.actor1.actor_id, r.actor2.actor_id) == key for r in found)
