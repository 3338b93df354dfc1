"""Typed records that pass between the pipeline stages.

ingest  -> Report
extract -> Event, Claim (each carrying Evidence, DateInterval, Quantity, ActorRef, PlaceRef)
resolve -> merges Events across Reports, groups Claims
store   -> persists all of them (see ``sitrep.store.migrations`` for the tables)

Records are frozen dataclasses: a stage builds new records rather than mutating
those it received, so each stage's output can be traced and tested on its own.
"""

from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from sitrep.names import fold


class Precision(enum.StrEnum):
    """How precisely a date interval is known, finest first."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"  # an explicit span ("since January 2017", "over the last week")
    UNKNOWN = "unknown"


class Hedge(enum.StrEnum):
    """How a number is qualified in the text ("more than 1,200" is MORE_THAN)."""

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    FEWER_THAN = "fewer_than"
    AT_MOST = "at_most"
    RANGE = "range"

    @staticmethod
    def sign(hedge: str | None) -> str:
        """How a figure with this hedge is written before its number: '~', '>', '≥', '<', '≤' or ''."""
        return {"approx": "~", "more_than": ">", "at_least": "≥", "fewer_than": "<", "at_most": "≤"}.get(
            hedge or "", ""
        )


class ClaimKind(enum.StrEnum):
    """What a quantitative claim is about."""

    STRENGTH = "strength"
    FATALITIES = "fatalities"
    INJURIES = "injuries"
    COUNT = "count"
    GROWTH = "growth"
    RESPONSIBILITY = "responsibility"


class RelationKind(enum.StrEnum):
    """How two armed groups relate, as a report states it (``actor1`` does this to or with ``actor2``)."""

    COOPERATION = "cooperation"  # alliance, coordination, joint operations
    FIGHTING = "fighting"  # rivalry, clashes between the two
    RECRUITMENT = "recruitment"  # actor1 draws fighters from actor2
    DEFECTION = "defection"  # members of actor1 go over to actor2
    ALLEGIANCE = "allegiance"  # actor1 is affiliated with, a branch of, or pledged to actor2
    SPLIT = "split"  # actor1 broke away from actor2


@dataclass(frozen=True)
class DateInterval:
    """A closed interval of days with the precision the text supports.

    ``start``/``end`` are None when nothing is known. ``inferred`` marks dates
    whose year (or more) was inferred from context rather than stated.
    """

    start: date | None = None
    end: date | None = None
    precision: Precision = Precision.UNKNOWN
    inferred: bool = False
    text: str | None = None

    @classmethod
    def unknown(cls) -> DateInterval:
        """An interval that says nothing is known."""
        return cls()

    @property
    def is_known(self) -> bool:
        """True when at least the start of the interval is known."""
        return self.start is not None

    def label(self) -> str:
        """A short human label, e.g. ``2017-04 (month)``."""
        if self.start is None:
            return "unknown"
        if self.precision is Precision.DAY:
            core = self.start.isoformat()
        elif self.precision is Precision.MONTH:
            core = self.start.strftime("%Y-%m")
        elif self.precision is Precision.YEAR:
            core = str(self.start.year)
        else:
            core = f"{self.start.isoformat()}/{(self.end or self.start).isoformat()}"
        suffix = ", inferred" if self.inferred else ""
        return f"{core} ({self.precision.value}{suffix})"


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: a character span into a report body and its sentence."""

    report_id: str
    start: int
    end: int
    sentence: str
    sentence_start: int | None = None


@dataclass(frozen=True)
class GroupMention:
    """A named armed group the knowledge base does not know, as found in a report.

    Such names become provisional actors, for an analyst to promote or merge.
    """

    name: str
    start: int
    end: int
    evidence: Evidence
    acronym: str | None = None


@dataclass(frozen=True)
class Quantity:
    """A number as the text states it: value, hedge and, for ranges, an upper bound."""

    value: float
    hedge: Hedge = Hedge.EXACT
    high: float | None = None
    text: str | None = None


@dataclass(frozen=True)
class ActorLink:
    """Why a mention was linked to a knowledge-base actor: the chosen candidate's score (0-1) and the
    reasons that ranked it first (alias, country, years active, how many candidates)."""

    score: float
    reason: str


@dataclass(frozen=True)
class ActorRef:
    """An actor as mentioned (``text``) and as resolved (``actor_id``/``name``), with how it was linked."""

    text: str
    actor_id: str | None = None
    name: str | None = None
    link: ActorLink | None = None


@dataclass(frozen=True)
class ActorQuery:
    """An actor asked for in a filter: the name as given and the knowledge-base actor it resolves to, if any
    (the store matches either; resolving is the caller's, so the store never reads the knowledge base)."""

    name: str
    actor_id: str | None = None


@dataclass(frozen=True)
class Participant:
    """Someone or something an event touched, or a means it used, as the text writes it.

    Used for victims (``kind``: a GTD target type such as Private Citizens & Property,
    Military, Police; ``effect``: killed, injured, kidnapped, unharmed), physical
    targets (``effect``: damaged, destroyed), perpetrators as described ("three
    gunmen") and weapons (``kind``: a GTD weapon type such as Firearms, Explosives).
    ``by_deed`` marks one the words of the deed tell ("opened fire on" -> Firearms,
    "attacked a police checkpoint") rather than a phrase the parse read in that role.
    """

    text: str
    kind: str | None = None
    count: float | None = None
    effect: str | None = None
    evidence: Evidence | None = None
    by_deed: bool = False


@dataclass(frozen=True)
class PlaceRef:
    """A place as mentioned and as resolved to a gazetteer entry.

    ``geo_precision`` follows ACLED: 1 the town itself, 2 near it or a
    district, 3 a province or larger. ``where_prec`` follows UCDP: 1 exact
    place, 2 within 25 km, 3 second-order admin area, 4 first-order admin area,
    6 country. Both come from the same internal level (``level``).
    """

    text: str
    place_id: str | None = None
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    where_prec: int | None = None
    level: str | None = None  # city, feature, local, admin2, admin1, country


@dataclass(frozen=True)
class Report:
    """One news report as ingested, with its metadata and clean body."""

    id: str
    body: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    published: date | None = None
    published_precision: Precision = Precision.UNKNOWN
    language: str | None = None
    origin: str | None = None
    ingested_at: datetime | None = None
    dateline: str | None = None  # where the report was filed ("SANAA"), never an event's place


@dataclass(frozen=True)
class Event:
    """Who did what to whom, where, when, and how many were killed."""

    id: str
    report_id: str
    event_type: str
    sub_event_type: str | None
    date: DateInterval
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    place: PlaceRef | None = None
    fatalities: Quantity | None = None
    fatalities_attributed_to: str | None = None
    aggregate: bool = False
    evidence: tuple[Evidence, ...] = ()
    extractor: str = "unknown"
    taxonomy_types: tuple[tuple[str, str], ...] = ()  # (taxonomy, type) for acled2015, gtd, ucdp
    victims: tuple[Participant, ...] = ()
    targets: tuple[Participant, ...] = ()
    perpetrators: tuple[Participant, ...] = ()  # the attackers as described, beside actor1 (who they belong to)
    weapons: tuple[Participant, ...] = ()
    inter1: int | None = None  # ACLED's inter codes of actor1 and actor2 (1 state forces ... 8 external forces)
    inter2: int | None = None

    def type_in(self, taxonomy: str) -> str | None:
        """The event's type in ``taxonomy`` (acled, acled2015, gtd or ucdp)."""
        if taxonomy == "acled":
            return self.event_type
        return dict(self.taxonomy_types).get(taxonomy)


@dataclass(frozen=True)
class Claim:
    """A quantitative (or responsibility) statement, with who made it."""

    id: str
    report_id: str
    kind: ClaimKind
    subject: ActorRef | None
    value: Quantity | None
    unit: str | None
    as_of: DateInterval
    place: PlaceRef | None = None
    attributed_to: str | None = None
    event_id: str | None = None
    evidence: Evidence | None = None
    extractor: str = "unknown"


@dataclass(frozen=True)
class Relation:
    """A relation between two actors stated in a report, with who says so and the sentence."""

    id: str
    report_id: str
    kind: RelationKind
    actor1: ActorRef
    actor2: ActorRef
    as_of: DateInterval
    attributed_to: str | None = None
    evidence: Evidence | None = None
    extractor: str = "unknown"


@dataclass(frozen=True)
class Actor:
    """A canonical actor of the knowledge base."""

    id: str
    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    active_from: int | None = None
    active_to: int | None = None
    dataset_names: dict[str, str] = field(default_factory=dict)
    provisional: bool = False

    @property
    def inter_code(self) -> int | None:
        """ACLED's interaction code for the actor's kind (1 state forces ... 8 external/other forces)."""
        return INTER_CODES.get(self.kind)


# ACLED inter codes, by the ``kind`` names the knowledge base uses.
INTER_CODES = {
    "state": 1,
    "rebel": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external": 8,
}


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    id: str
    name: str
    feature: str
    country: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None


_SPACE = re.compile(r"\s+")


def normalise_body(text: str) -> str:
    """The form of a body used for identity: NFC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def report_id_for(body: str) -> str:
    """Stable report id: the first 16 hex digits of SHA-256 of the normalised body."""
    return hashlib.sha256(normalise_body(body).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Extraction:
    """What one report yielded (``sitrep.extract``), and the date it was read against."""

    report_id: str
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    reference: DateInterval
    discovered: tuple[GroupMention, ...] = ()  # named groups the knowledge base does not know
    relations: tuple[Relation, ...] = ()  # between actors: cooperation, fighting, recruitment, allegiance, ...


def provisional_id(name: str) -> str:
    """The id a newly found group gets: 'prov:' and its folded name (the same in reports and the database,
    so a review of the stored actor reaches the events that name it)."""
    return "prov:" + fold(name).replace(" ", "-")


@dataclass(frozen=True)
class EventSketch:
    """The fields of a stored event that merging looks at."""

    id: str
    report_id: str
    event_type: str
    date_start: date | None
    date_end: date | None
    country: str | None
    admin1: str | None = None
    admin2: str | None = None
    place_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actor1_id: str | None = None
    actor1_name: str | None = None
    actor2_id: str | None = None
    actor2_name: str | None = None
    sub_event_type: str | None = None
    date_inferred: bool = False


@dataclass(frozen=True)
class Link:
    """Why ``event_id`` is in its cluster: the event it was matched to and the reason."""

    event_id: str
    cluster_id: str
    linked_to: str | None
    reason: str
