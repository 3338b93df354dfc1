"""Quantitative claims: a group's strength, death tolls, injuries, counts, growth, responsibility.

A number becomes a claim only when it counts something (fighters, civilians,
prisoners, percent); years, hours, days and weapon designations never do. A
death toll needs words saying people died. Each claim carries its hedge, its
as-of interval, the place and the source the sentence cites (or, failing
that, the source cited earlier in the same paragraph).
"""

from __future__ import annotations

import re

from sitrep.actors.kb import branch_link
from sitrep.extract.attribution import find_attribution
from sitrep.extract.context import ReportContext
from sitrep.extract.deadline import check_time
from sitrep.extract.events import names_a_speaker, names_an_affiliation, specialise
from sitrep.extract.fatalities import find_death_count, second_source_toll
from sitrep.extract.incidents import spans_years
from sitrep.extract.nlp import Sentence
from sitrep.extract.numbers import NumberMention, find_numbers
from sitrep.records import ActorRef, Claim, ClaimKind, DateInterval, Event, Hedge, PlaceRef, Precision, Quantity

EXTRACTOR = "claims_rules.v1"
_UNIT = re.compile(
    r"^\s*(?:(?:more|other|additional|armed|foreign|local|suspected|Taliban|IS|ISIS|[A-Z][\w-]+)\s+){0,2}"
    r"(?P<unit>fighters|militants|members|men|troops|soldiers|civilians|people|persons|prisoners|inmates|detainees|"
    r"refugees|recruits|insurgents|rebels|police(?:men)?|officers|children|women|students|protesters|"
    r"families|households|displaced|percent|per cent|%)\b",
    re.IGNORECASE,
)
_STRENGTH = re.compile(
    r"\b(?:fight(?:s|ing)? (?:with|for|alongside)|serv(?:e|es|ing) (?:with|in)|grown to|strong|strength|number(?:ed|s|ing)?|estimated|has|have|had|are|were|total|ranks|membership|up to|some)\b",
    re.I,
)
_COUNT_CUE = re.compile(
    r"\b(?:at large|escaped|escape|flee|fled|freed|release[ds]?|releasing|held|holding|detained|arrested|incarcerated|"
    r"jailed|captured|abducted|kidnapped|displaced|evacuated|surrendered|attempting)\b",
    re.I,
)
_PARTITIVE = re.compile(r"\s+of\b", re.I)
_INJURY = re.compile(r"\b(?:injur\w+|wound\w+|hurt)\b", re.I)
_GROWTH = re.compile(
    r"\b(?:grown|grew|increased|risen|rose|growth|jumped|fallen|fell|declined|dropped)\s+(?:by\s+)?(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)",
    re.I,
)
_HEDGE_AFTER = re.compile(r"\b(?:thought to be|believed to be|estimated|reportedly|said to be)\b", re.I)
_NOW = re.compile(r"\b(?:now|at present|these days)\b", re.I)  # "currently held" describes a state, not a date
_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s|ing)? (?:the )?responsibility\b", re.I)
_THE_TOLL = re.compile(r"\bthe (?:death |casualty )?toll\b", re.I)
# (also described: 'The Rwandan-backed group, which the U.N. estimates has about 6,500 fighters' gave the strength to
# no one in a report of ours)
_GROUP_REF = re.compile(
    r"\b(?:the (?:[\w-]+ ){0,2}?(?:group|organi[sz]ation|faction|branch|movement)|the militants|it)\b", re.I
)


def extract_claims(ctx: ReportContext, events: list[Event], dataset: str = "acled") -> list[Claim]:
    """Every claim in a report, in text order."""
    claims: list[Claim] = []
    last_source: dict[int, str] = {}
    last_actor = None
    for sentence in ctx.sentences:
        check_time()
        source = find_attribution(sentence.text)
        if source:
            last_source[sentence.paragraph] = source
        source = source or last_source.get(sentence.paragraph)
        subject = _subject(ctx, sentence) or (last_actor if _GROUP_REF.search(sentence.text) else None)
        if subject is not None:
            last_actor = subject
        for claim in _sentence_claims(ctx, sentence, subject, source, events):
            claims.append(_with_id(claim, len(claims) + 1, ctx.report_id))
    return claims


def _with_id(claim: Claim, number: int, report_id: str) -> Claim:
    from dataclasses import replace

    return replace(claim, id=f"{report_id}:c{number}")


def _subject(ctx: ReportContext, sentence: Sentence) -> ActorRef | None:
    for mention in ctx.within(ctx.actors, sentence.start, sentence.end):
        if names_an_affiliation(ctx.text, mention) or names_a_speaker(ctx.text, mention):
            continue  # 'pledged allegiance to Islamic State': the network the group belongs to is not its subject
        if mention.actor is not None and mention.actor.kind not in {"source", "state"}:
            actor = specialise(mention.actor, ctx.dominant_country)
            return ActorRef(
                mention.text,
                actor.id,
                actor.name,
                branch_link(mention.link, mention.actor, actor, ctx.dominant_country),
            )
    return None


_LEADING_CONJUNCTION = re.compile(r"^(?:while|whereas|but)\s+", re.I)


def _sentence_claims(ctx, sentence, subject, source, events) -> list[Claim]:
    text = sentence.text
    claims = []
    used: set[int] = set()
    # a tally over time ('More than 300 officers were killed last year') is a claim too, though no incident's toll
    deaths = find_death_count(text) or (find_death_count(text, over_time=True) if spans_years(text) else None)
    tolls = [(deaths, source)] if deaths is not None and deaths.quantity.value > 0 else []
    other = second_source_toll(text) if tolls else None
    if other is not None and other[0].start >= deaths.end:
        # two sources, two figures in one sentence: each is a claim of its own, so the disagreement shows
        tolls.append((other[0], find_attribution(_LEADING_CONJUNCTION.sub("", text[other[1] :]))))
    for toll, said_by in tolls:
        used.update(range(toll.start, toll.end))
        claims.append(
            _claim(
                ctx,
                sentence,
                ClaimKind.FATALITIES,
                subject,
                toll.quantity,
                _unit_after(text, toll.end, "killed"),
                toll.start,
                toll.end,
                said_by,
                events,
            )
        )
    for m in _GROWTH.finditer(text):
        used.update(range(m.start(), m.end()))
        claims.append(
            _claim(
                ctx,
                sentence,
                ClaimKind.GROWTH,
                subject,
                Quantity(float(m.group("num")), Hedge.EXACT, text=m.group(0)),
                "percent",
                m.start("num"),
                m.end(),
                source,
                events,
            )
        )
    for number in find_numbers(text):
        if number.start in used or _is_year_like(number, text) or number.vague:
            continue
        claim = _number_claim(ctx, sentence, number, subject, source, events)
        if claim is not None:
            claims.append(claim)
    if _RESPONSIBILITY.search(text) and subject is not None and not re.search(r"\bno (?:group|one)\b", text, re.I):
        m = _RESPONSIBILITY.search(text)
        claims.append(
            _claim(
                ctx, sentence, ClaimKind.RESPONSIBILITY, subject, None, None, m.start(), m.end(), subject.name, events
            )
        )
    return claims


def _number_claim(ctx, sentence, number: NumberMention, subject, source, events) -> Claim | None:
    text = sentence.text
    unit = _UNIT.match(text[number.end : number.end + 60])
    if unit is None:
        return None
    noun = unit.group("unit").lower()
    quantity = number.quantity
    if quantity.hedge is Hedge.EXACT and _HEDGE_AFTER.search(text[number.end : number.end + 60]):
        quantity = Quantity(quantity.value, Hedge.APPROX, quantity.high, quantity.text)
    after = text[number.end : number.end + 80]
    if _INJURY.search(after[:40]):
        kind = ClaimKind.INJURIES
    elif (
        _COUNT_CUE.search(after)
        or _COUNT_CUE.search(text[max(0, number.start - 50) : number.start])
        or noun in {"prisoners", "inmates", "detainees", "displaced", "refugees", "families", "households"}
    ):
        kind = ClaimKind.COUNT
    elif noun in {
        "fighters",
        "militants",
        "members",
        "men",
        "troops",
        "recruits",
        "insurgents",
        "rebels",
    } and _STRENGTH.search(text) and not _PARTITIVE.match(text, number.end):
        # 'one of its fighters detonated a vest' tells no strength (a strength of 1 in a report of ours)
        kind = ClaimKind.STRENGTH
    else:
        return None
    return _claim(ctx, sentence, kind, subject, quantity, noun, number.start, number.end, source, events)


def _claim(ctx, sentence, kind, subject, quantity, unit, start, end, source, events) -> Claim:
    offset = sentence.start
    event = next(
        (
            e
            for e in events
            if any(ev.sentence_start <= offset + start < ev.sentence_start + len(ev.sentence) for ev in e.evidence)
        ),
        None,
    )
    if event is None and kind is ClaimKind.FATALITIES and _THE_TOLL.search(sentence.text):
        # 'A local official put the death toll at 115': the toll of the incident just told, by another source
        told = [e for e in events if e.evidence and e.evidence[0].sentence_start < offset]
        event = max(told, key=lambda e: e.evidence[0].sentence_start, default=None)
    as_of = _as_of(ctx, sentence, kind, event)
    place = _place(ctx, sentence)
    event_id = event.id if event else None
    return Claim(
        id="",
        report_id=ctx.report_id,
        kind=kind,
        subject=subject,
        value=quantity,
        unit=unit,
        as_of=as_of,
        place=place,
        attributed_to=source,
        event_id=event_id,
        evidence=ctx.evidence(offset + start, offset + end),
        extractor=EXTRACTOR,
    )


def _unit_after(text: str, end: int, suffix: str) -> str | None:
    m = _UNIT.match(text[end : end + 60])
    return f"{m.group('unit').lower()} {suffix}" if m else suffix


def _as_of(ctx: ReportContext, sentence: Sentence, kind: ClaimKind, event: Event | None) -> DateInterval:
    mentions = ctx.within(ctx.dates, sentence.start, sentence.end)
    if mentions:
        return mentions[0].interval
    if _NOW.search(sentence.text):
        return _month_of(ctx.publication_interval())
    if event is not None and event.date.is_known:
        return event.date
    if kind is ClaimKind.STRENGTH:
        return _month_of(ctx.publication_interval())
    last = ctx.last_date_before(sentence.start)
    if (
        last is not None
        and last.interval.precision is Precision.DAY
        and ctx.paragraph_at(last.start) == sentence.paragraph
    ):
        return last.interval
    return ctx.publication_interval()


def _month_of(interval: DateInterval) -> DateInterval:
    if interval.start is None or interval.precision is not Precision.DAY:
        return interval
    start = interval.start.replace(day=1)
    return DateInterval(start, interval.end, Precision.MONTH, interval.inferred)


def _place(ctx: ReportContext, sentence: Sentence) -> PlaceRef | None:
    places = ctx.within(ctx.places, sentence.start, sentence.end)
    if not places:
        return None
    specific = [p for p in places if p.entry.level != "country"] or places
    return specific[0].to_ref()


def _is_year_like(number: NumberMention, text: str) -> bool:
    value = number.quantity.value
    if 1900 <= value <= 2100 and value == int(value) and "," not in (number.quantity.text or ""):
        return True
    before = text[max(0, number.start - 2) : number.start]
    return bool(re.search(r"[-/]$", before))
