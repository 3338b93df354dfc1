"""Scoring extraction on the hand-coded seed reports.

A gold event is found when an extracted event's evidence overlaps one of its
gold evidence sentences; it is right when its date overlaps the gold date and
its fatalities equal the gold figure (both unknown counts as equal). A gold
claim is found when an extracted claim has the same value and its sentence
overlaps the gold evidence; it is right when hedge, as-of date (overlap) and
source (folded containment, or the same knowledge-base actor) agree.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from sitrep.actors.kb import load_actor_base
from sitrep.evaluate.gold import SeedDocument
from sitrep.extract import extract_text
from sitrep.places.names import fold


def score_seed_documents(documents: list[SeedDocument]) -> dict:
    """Recall/precision of events and claims, with the misses listed."""
    totals = {
        "events_gold": 0,
        "events_found": 0,
        "events_right": 0,
        "events_predicted": 0,
        "events_matched": 0,
        "claims_gold": 0,
        "claims_found": 0,
        "claims_right": 0,
        "claims_predicted": 0,
        "claims_matched": 0,
        "invented_death_tolls": 0,
        "year_valued_claims": 0,
    }
    misses: list[str] = []
    for doc in documents:
        extraction = extract_text(doc.text, doc.published)
        _score_events(doc, extraction, totals, misses)
        _score_claims(doc, extraction, totals, misses)
    return {
        **totals,
        "event_recall": _ratio(totals["events_right"], totals["events_gold"]),
        "event_precision": _ratio(totals["events_matched"], totals["events_predicted"]),
        "claim_recall": _ratio(totals["claims_right"], totals["claims_gold"]),
        "claim_precision": _ratio(totals["claims_matched"], totals["claims_predicted"]),
        "misses": misses,
    }


def _score_events(doc, extraction, totals, misses) -> None:
    matched = set()
    totals["events_gold"] += len(doc.events)
    totals["events_predicted"] += len(extraction.events)
    for gold in doc.events:
        candidates = [
            e
            for e in extraction.events
            if any(_overlaps(ev.sentence, g) for ev in e.evidence for g in gold["evidence"])
        ]
        if not candidates:
            misses.append(f"{doc.file}: event {gold['id']} not found")
            continue
        totals["events_found"] += 1
        event = candidates[0]
        matched.add(event.id)
        fatalities = event.fatalities.value if event.fatalities else None
        gold_fatalities = gold.get("fatalities")
        date_ok = _interval_overlaps(event.date.start, event.date.end, gold.get("date"))
        deaths_ok = fatalities == gold_fatalities or (gold_fatalities is None and not fatalities)
        if date_ok and deaths_ok:
            totals["events_right"] += 1
        else:
            misses.append(f"{doc.file}: event {gold['id']} wrong (date {event.date.label()}, fatalities {fatalities})")
        if gold_fatalities is None and fatalities:
            totals["invented_death_tolls"] += 1
    totals["events_matched"] += len(matched)


def _score_claims(doc, extraction, totals, misses) -> None:
    matched = set()
    numeric_gold = [c for c in doc.claims]
    totals["claims_gold"] += len(numeric_gold)
    totals["claims_predicted"] += len(extraction.claims)
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", doc.text)}
    totals["year_valued_claims"] += sum(1 for c in extraction.claims if c.value and c.value.value in years)
    for gold in numeric_gold:
        candidates = [
            c
            for c in extraction.claims
            if c.kind.value == gold["kind"]
            and _same_value(c, gold)
            and c.evidence
            and _overlaps(c.evidence.sentence, gold["evidence"])
        ]
        if not candidates:
            misses.append(f"{doc.file}: claim {gold['id']} not found")
            continue
        totals["claims_found"] += 1
        claim = candidates[0]
        matched.add(claim.id)
        problems = _claim_problems(claim, gold)
        if problems:
            misses.append(f"{doc.file}: claim {gold['id']} wrong ({', '.join(problems)})")
        else:
            totals["claims_right"] += 1
    totals["claims_matched"] += len(matched)


def _same_value(claim, gold) -> bool:
    if gold.get("value") is None:
        return claim.value is None
    return claim.value is not None and claim.value.value == gold["value"]


def _claim_problems(claim, gold) -> list[str]:
    problems = []
    if gold.get("qualifier") and (claim.value is None or claim.value.hedge.value != gold["qualifier"]):
        problems.append(f"hedge {claim.value.hedge.value if claim.value else None}")
    if not _interval_overlaps(claim.as_of.start, claim.as_of.end, gold.get("as_of")):
        problems.append(f"as_of {claim.as_of.label()}")
    if not _same_source(claim.attributed_to, gold.get("attributed_to")):
        problems.append(f"source {claim.attributed_to!r}")
    return problems


def _same_source(predicted: str | None, gold: str | None) -> bool:
    if not gold:
        return True
    if not predicted:
        return False
    a, b = (
        fold(re.sub(r"^(?:the|a|an)\s+", "", predicted, flags=re.I)),
        fold(re.sub(r"^(?:the|a|an)\s+", "", gold, flags=re.I)),
    )
    if a in b or b in a:
        return True
    base = load_actor_base()
    x, y = base.resolve(predicted), base.resolve(gold)
    return x is not None and y is not None and x.id == y.id


def _overlaps(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    return a in b or b in a


def _interval_overlaps(start: date | None, end: date | None, gold: str | None) -> bool:
    if not gold:
        return True
    if start is None:
        return False
    gold_start, gold_end = _gold_interval(gold)
    return start <= gold_end and gold_start <= (end or start)


def _gold_interval(text: str) -> tuple[date, date]:
    if "/" in text:
        first, last = text.split("/", 1)
        return _gold_interval(first)[0], _gold_interval(last)[1]
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    day = date(*parts)
    return day, day


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None
