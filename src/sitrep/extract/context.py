"""Everything found in one report once, shared by the event and claim extractors.

``ReportContext`` holds the sentences, entities, dates, places, actors and
countries of a text, each with offsets into the body, plus the reference
date (publication date, or a year inferred from the text).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sitrep.actors import ActorMention, find_actor_mentions
from sitrep.actors.discover import discover_groups, provisional_actor
from sitrep.extract.country_guess import guess_country
from sitrep.extract.dates import DateMention, find_dates, infer_year
from sitrep.extract.nlp import Entity, Sentence, analyse
from sitrep.extract.truecase import truecase
from sitrep.ingest.dateline import Dateline, find_dateline
from sitrep.places.gazetteer import load_gazetteer
from sitrep.places.resolve import PlaceMention, find_places, striking_countries, text_countries
from sitrep.records import DateInterval, Evidence, GroupMention, Precision


@dataclass
class ReportContext:
    """A report's text with all mentions found in it."""

    report_id: str
    text: str
    reference: date | None
    reference_precision: Precision
    reference_inferred: bool
    sentences: list[Sentence]
    entities: list[Entity]
    dates: list[DateMention]
    places: list[PlaceMention]
    actors: list[ActorMention]
    countries: Counter = field(default_factory=Counter)
    discovered: list[GroupMention] = field(default_factory=list)  # named groups the knowledge base lacks
    dateline: Dateline | None = None
    shown: str | None = None  # the text as written, when ``text`` is its truecased form
    memo: dict = field(default_factory=dict)  # per-report results computed once on demand (parses, scores)

    @property
    def dominant_country(self) -> str | None:
        """The country the report is mostly about."""
        if self.countries:
            return self.countries.most_common(1)[0][0]
        located = Counter(p.entry.country for p in self.places if p.score > 3)
        return located.most_common(1)[0][0] if located else None

    def within(self, items, start: int, end: int) -> list:
        """The items (sorted by start, each with start/end) inside a span."""
        first = bisect_left(items, start, key=lambda item: item.start)
        found = []
        for item in items[first:]:
            if item.start >= end:
                break
            if item.end <= end:
                found.append(item)
        return found

    def in_dateline(self, start: int, end: int | None = None) -> bool:
        """Whether a span lies inside the report's dateline."""
        return self.dateline is not None and self.dateline.start <= start and (end or start) <= self.dateline.end

    def after_dateline(self, sentence) -> tuple[str, int]:
        """A sentence's text and offset, without the dateline it opens with: the parse otherwise reads 'PESHAWAR,
        Pakistan, Oct 3 (Reuters) - Pakistani security forces killed …' as PESHAWAR doing the killing. (Every train
        part unchanged but muc4 tune role-filler perpetrator organisation 36.7 -> 36.5.)"""
        line = self.dateline
        if line is None or not sentence.start < line.end < sentence.end:
            return sentence.text, sentence.start
        cut = line.end - sentence.start
        return sentence.text[cut:], line.end

    def paragraph_at(self, offset: int) -> int:
        """The paragraph number of the sentence holding ``offset`` (-1 if none)."""
        i = bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        return self.sentences[i].paragraph if i >= 0 and offset < self.sentences[i].end else -1

    def sentence_at(self, offset: int):
        """The sentence holding ``offset``, or None."""
        i = bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        return self.sentences[i] if i >= 0 and offset < self.sentences[i].end else None

    def last_date_before(self, offset: int) -> DateMention | None:
        """The last date mention ending at or before ``offset``."""
        i = bisect_right(self.dates, offset, key=lambda d: d.start) - 1
        while i >= 0 and self.dates[i].end > offset:
            i -= 1
        return self.dates[i] if i >= 0 else None

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a span: the span plus the sentence(s) around it."""
        i = max(0, bisect_right(self.sentences, start, key=lambda s: s.start) - 1)
        sentences = []
        for s in self.sentences[i:]:
            if s.start >= end and sentences:
                break
            if s.start < max(end, start + 1) and start < s.end:
                sentences.append(s)
        written = self.shown or self.text
        if not sentences:
            return Evidence(self.report_id, start, end, written[start:end], start)
        first, last = sentences[0], sentences[-1]
        return Evidence(self.report_id, start, end, written[first.start : last.end], first.start)

    def publication_interval(self) -> DateInterval:
        """The reference date as an interval (month precision when inferred)."""
        if self.reference is None:
            return DateInterval.unknown()
        if self.reference_inferred or self.reference_precision is Precision.MONTH:
            start = self.reference.replace(day=1)
            return DateInterval(start, self.reference, Precision.MONTH, self.reference_inferred)
        return DateInterval(self.reference, self.reference, Precision.DAY)


# A wire service's slug before its headline ('ANALYSIS-Sahel jihadists tighten grip …', 'UPDATE 2-Gunmen kill …'): no
# words of the report (it became a group's name in a report of ours)
_WIRE_SLUG = re.compile(
    r"\A\s*(?:ANALYSIS|FACTBOX|EXCLUSIVE|INSIGHT|WRAPUP(?: \d+)?|UPDATE(?: \d+)?|REFILE|CORRECTED|FEATURE|EXPLAINER|"
    r"TIMELINE|SPECIAL REPORT|BREAKINGVIEWS|WIDER IMAGE|FOCUS|INTERVIEW)\s*[-—–:]\s*",
    re.I,
)


def _without_wire_slug(text: str) -> str:
    """``text`` with a leading wire slug blanked (same length)."""
    m = _WIRE_SLUG.match(text)
    return text if m is None else " " * m.end() + text[m.end() :]


# ', and in a separate attack on Monday gunmen killed two traders': a second incident told in the same sentence starts
# a sentence of its own (the two were one event with their tolls added, in a report of ours)
_SEPARATE_INCIDENT = re.compile(
    r"(?:,|;)\s+(?:and\s+|while\s+|but\s+)?(?=(?:in|during)\s+(?:a|another)\s+(?:separate|second|different)\s+"
    r"(?:attack|incident|raid|ambush|assault|bombing|shooting)\b)",
    re.I,
)


def _at_separate_incidents(sentence: Sentence) -> list[Sentence]:
    """The sentence, split before each clause that opens another incident."""
    parts, offset = [], 0
    for m in _SEPARATE_INCIDENT.finditer(sentence.text):
        parts.append(Sentence(sentence.start + offset, sentence.start + m.start(), sentence.text[offset : m.start()], sentence.paragraph))
        offset = m.end()
    if not parts:
        return [sentence]
    parts.append(Sentence(sentence.start + offset, sentence.end, sentence.text[offset:], sentence.paragraph))
    return parts


def build_context(
    report_id: str, text: str, published: date | None, precision: Precision = Precision.DAY
) -> ReportContext:
    """Analyse a text once: sentences, entities, dates, places, actors, countries.

    Text in capitals is read in its truecased form (same offsets; evidence shows it as written);
    a dateline dates an undated report and lends its country, but never a place to an event."""
    written = text
    text = _without_wire_slug(truecase(text))
    dateline = find_dateline(written)
    if published is None and dateline is not None and dateline.day is not None:
        published, precision = dateline.day, Precision.DAY
    published = _filed_on(published, dateline)
    sentences, entities = analyse(text)
    sentences = [part for sentence in sentences for part in _at_separate_incidents(sentence)]
    reference, inferred = published, False
    dates = find_dates(text, reference)
    if reference is None:
        reference, dates = _inferred_reference(text, dates, dateline.month_day if dateline else None)
        inferred = reference is not None
    countries = text_countries(text)
    year = reference.year if reference else None
    actors = _in_named_countries(find_actor_mentions(text, countries=set(countries), year=year), countries)
    if not countries:
        # A text that names no country may still name a group that acts in one country (TTP: Pakistan).
        countries.update(a.actor.country for a in actors if a.is_named and a.actor.country)
    if dateline is not None:
        countries.update(_dateline_country(dateline))
        actors = [a for a in actors if not dateline.start <= a.start < dateline.end]
    guessed = None if countries else guess_country(text)
    if guessed:
        # Tune part: acled_asia_2015 country 77.1 -> 88.2, actor1 47.9 -> 55.6; acled country 96.6 -> 97.5.
        countries[guessed] += 1
    # Places resolve without the dateline: 'YANGON' is where the report was filed and lends no province to a
    # village the body names ('Let Pan' of Yangon for 'Let Pan Hla' in Sagaing); train parts unchanged.
    told = text if dateline is None else text[: dateline.start] + " " * (dateline.end - dateline.start) + text[dateline.end :]
    places = _outside_names(find_places(told, countries), entities, actors)
    if not places:
        # 'Pakistani jets hit a hideout in the northwest': with no place named, the striking state is the
        # country (ucdp_ged_pak tune and held-out country as before the strike demonym stopped counting).
        countries.update(striking_countries(text))
    ctx = ReportContext(
        report_id=report_id,
        text=text,
        reference=reference,
        reference_precision=precision if published else Precision.MONTH,
        reference_inferred=inferred,
        sentences=sentences,
        entities=entities,
        dates=dates,
        places=places,
        actors=actors,
        countries=countries,
        dateline=dateline,
        shown=written if written != text else None,
    )
    ctx.discovered = discover_groups(text, actors, ctx.evidence)
    ctx.actors = _with_discovered(actors, ctx.discovered)
    return ctx


# How long before its publication a report may have been filed: a wire story republished or updated days later.
_FILED_WITHIN_DAYS = 60


def _filed_on(published: date | None, dateline: Dateline | None) -> date | None:
    """The day a report was written: its dateline's day when that falls shortly before the publication date given
    ('LIMA, Nov 14 - … on Thursday' in a feed item of Nov 20 is Nov 13, not Nov 19; a report of ours)."""
    if published is None or dateline is None:
        return published
    filed = dateline.day
    if filed is None and dateline.month_day is not None:
        try:
            filed = date(published.year, *dateline.month_day)
            if filed > published:
                filed = date(published.year - 1, *dateline.month_day)
        except ValueError:  # 29 February of a year that has none
            return published
    if filed is not None and 0 < (published - filed).days <= _FILED_WITHIN_DAYS:
        return filed
    return published


def _in_named_countries(actors: list[ActorMention], countries) -> list[ActorMention]:
    """A group known only from coded data ('UPDF' of Bangladesh) is meant only in a text about its country
    (the UPDF of a Ugandan report is another force)."""
    if not countries:
        return actors
    return [
        a
        for a in actors
        if not (a.is_named and a.actor.id.startswith("kb:") and a.actor.country and a.actor.country not in countries)
    ]


def _with_discovered(actors: list[ActorMention], discovered: list[GroupMention]) -> list[ActorMention]:
    """Named groups the knowledge base lacks act in events too, as provisional actors; a generic word
    inside such a name ('Forces' in 'Rapid Support Forces') is not a mention of its own."""
    found = [ActorMention(g.name, g.start, g.end, actor=provisional_actor(g.name)) for g in discovered]
    kept = [a for a in actors if not any(g.start < a.end and a.start < g.end for g in found)]
    return sorted(kept + found, key=lambda a: a.start)


def _dateline_country(dateline: Dateline) -> list[str]:
    """The country of the dateline's city (its most populous namesake), if the gazetteer knows one."""
    entry = dateline_entry(dateline)
    return [entry.country] if entry else []


def dateline_entry(dateline: Dateline):
    """The gazetteer entry of a dateline's place: its most populous namesake city, province or country, in the
    country the dateline names beside it ('SANTA ANA (EL SALVADOR)'); that country when the place is none
    the gazetteer knows there ('NO CITY (EL SALVADOR)')."""
    gazetteer = load_gazetteer()
    entries = [e for e in gazetteer.lookup(dateline.place) if e.level in {"city", "admin1", "country"}]
    region = _region_country(gazetteer, dateline.region) if dateline.region else None
    if region is not None:
        entries = [e for e in entries if e.country == region.country] or [region]
    return max(entries, key=lambda e: e.population or 0) if entries else None


def _region_country(gazetteer, region: str):
    """The country entry a dateline's region names: the country itself, or the country of a province."""
    country = gazetteer.country(region)
    if country is not None:
        return country
    provinces = [e for e in gazetteer.lookup(region) if e.level == "admin1"]
    return gazetteer.country(max(provinces, key=lambda e: e.population or 0).country) if provinces else None


def _outside_names(
    places: list[PlaceMention], entities: list[Entity], actors: list[ActorMention]
) -> list[PlaceMention]:
    """Drop place matches inside organisation, person or actor names ('Center' in 'Center for …'), unless cued."""
    names = [e for e in entities if e.label in {"ORG", "PERSON", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"}]
    names += [Entity(a.start, a.end, "ACTOR", a.text + " ") for a in actors if a.is_named]
    return [p for p in places if p.cue or not any(_hides(e, p) for e in names)]


def _hides(entity: Entity, place: PlaceMention) -> bool:
    if not (entity.start <= place.start and place.end <= entity.end and entity.text != place.text):
        return False
    # 'Hyderabad Press Club', 'Kabul University': a well-known place opening a name still locates it.
    leads = place.start == entity.start and entity.label == "ORG"
    return not (leads and (place.entry.population >= 50_000 or place.entry.level != "city"))


def _inferred_reference(
    text: str, undated: list[DateMention], filed: tuple[int, int] | None = None
) -> tuple[date | None, list[DateMention]]:
    """For an undated report: infer its year, then date it by the day its dateline names ('KHARTOUM, Feb 9 -'),
    in the first year that puts no date it gives with a year after it ('at war since April 2023': Feb 9, 2024),
    else by the latest day it reports. (Every train part unchanged: their datelines carry a year.) ``undated``
    is the text's dates read without a reference: those that carry their own year."""
    year = infer_year(text)
    if year is None:
        return None, undated
    if filed is not None:
        told = [d.interval.start for d in undated if d.interval.start]
        try:
            reference = date(year, *filed)
            if told and max(told) > reference:
                reference = date(year + 1, *filed)
        except ValueError:  # 29 February of a year that has none
            reference = None
        if reference is not None:
            return reference, find_dates(text, reference, inferred=True)
    provisional = find_dates(text, date(year, 12, 31), inferred=True)
    days = [
        d.interval.start
        for d in provisional
        if d.interval.precision is Precision.DAY and d.interval.start and d.kind not in _DAY_RELATIVE
    ]
    if not days:
        # Only a year is known ('since May 2023'): 'on Saturday' or 'yesterday' would name a made-up day.
        return date(year, 12, 31), [d for d in provisional if d.kind not in _DAY_RELATIVE]
    reference = max(days)
    return reference, find_dates(text, reference, inferred=True)


_DAY_RELATIVE = frozenset({"weekday", "yesterday", "ago", "last_unit", "over_last"})
