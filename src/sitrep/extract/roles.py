"""Who did what to whom, read from the structure of the sentences that state an incident.

Only the sentences that hold a candidate event are parsed (spaCy's parser, loaded
once beside the NER pipeline), which keeps extraction near the speed of a bare
NER pass. Every noun phrase of those sentences becomes a *candidate* described by
parse features: its head and the head's grammatical role (active subject, object,
passive subject, the noun after "by"), the verb that governs it, whether a
reporting verb governs it ("X said": a source, never an actor), entity labels,
knowledge-base actor kind and generic role, and how incident-like its sentence is.
A linear model trained on the MUC-4 training templates (``role_filler``, see
``train/train_role_model.py``) gives each candidate a role: perpetrator
organisation, perpetrator (individuals), victim, physical target, weapon, or none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.actors.mentions import GENERIC_PATTERNS
from sitrep.extract.nlp import parse
from sitrep.extract.textclass import load_classifier

_REPORTING = frozenset(
    "say said says report reported reports announce announced confirm confirmed state stated told tell add added "
    "claim claimed accuse accused denounce denounced deny denied explain explained indicate indicated note noted".split()
)
_ORG_WORDS = re.compile(
    r"\b(?:front|movement|army|command|cartel|party|brigade|battalion|commandos?|group|forces|guerrillas?|"
    r"organi[sz]ation|union|council|militia|squads?|cell|faction|liberation|revolutionary|patriotic|popular)\b",
    re.I,
)


@dataclass(frozen=True)
class Candidate:
    """A noun phrase of an event sentence, its offsets in the report, and its parse features."""

    text: str
    start: int
    end: int
    features: tuple[str, ...]
    head: str
    verb: str | None  # the lemma of the verb governing it, if any
    patient: bool = False  # what the verb was done to: its object, or the subject of a passive (or listed with them)
    plural: bool = False  # its own noun is plural ('guards'; 'a judge and his driver' are two phrases)
    death_of: bool = False  # the person (or one listed with them) of 'the murder of', 'the massacre of' …
    of_patient: bool = False  # what a patient belongs to: 'the army' in 'a convoy of the army was attacked'




def candidates(sentence: str, offset: int, incident: float, position: int, known: list | None = None) -> list[Candidate]:
    """Noun phrases of one sentence with their features. ``known``: (start, end, label) spans in report
    offsets (knowledge-base actors, entities) whose labels become features of the phrases covering them."""
    doc = parse(sentence)
    found = []
    for chunk in _phrases(doc):
        start, end = offset + chunk.start_char, offset + chunk.end_char
        labels = [label for (s, e, label) in known or [] if s < end and start < e]
        features = _features(chunk, doc, incident, position, labels)
        root = chunk.root
        first = _first_conjunct(root)
        verb = _governing_verb(first)
        patient = first.dep_ in {"dobj", "nsubjpass"}
        plural = root.tag_ in {"NNS", "NNPS"}
        death_of = first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in DEATH_NOUNS
        death_of = death_of or _one_named_death(chunk)
        # ... and 'from': 'killing eight insurgents from the outlawed Balochistan Liberation Army' (the army's raid went
        # to the group; a report of ours; every train part unchanged)
        # ... and its abbreviation: 'a camp of the National Liberation Army (ELN)' (the ELN became the bomber of its
        # own camp in a report of ours)
        owner = first.head if first.dep_ == "appos" else first
        of_patient = owner.dep_ == "pobj" and (
            owner.head.lower_ in {"of", "from"} and _is_patient(owner.head.head) or _from_after_object(owner.head)
        )
        found.append(
            Candidate(
                chunk.text, start, end, tuple(features), root.text.lower(), verb, patient, plural, death_of, of_patient
            )
        )
    return found


def _from_after_object(prep) -> bool:
    """'killing eight insurgents from the BLA' where the parser hangs 'from' on the verb: it follows the object."""
    if prep.lower_ != "from" or prep.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i for c in prep.head.children)


def _is_patient(token) -> bool:
    """Whether a noun is what its verb was done to (object or passive subject), or listed with one."""
    return _first_conjunct(token).dep_ in {"dobj", "nsubjpass"}


DEATH_NOUNS = frozenset({"murder", "assassination", "massacre", "killing", "execution"})


def _one_named_death(chunk) -> bool:
    """'the candidate's murder', 'Galan's assassination': one person, named by the possessive, was killed
    (muc4 tolls on matched pairs: fit 62.6 -> 63.3; tune unchanged, one report gained and one lost where two
    murders are told as one incident)."""
    root = chunk.root
    return root.lemma_.lower() in DEATH_NOUNS and any(
        t.dep_ == "poss" and t.head.i == root.i and t.tag_ in {"NNP", "NN"} for t in chunk
    )


# Each person of a list is a victim of its verb ('killed the mayor and his two sons': 3): gtd held-out fatalities
# 87.7 -> 88.8, acled_asia_2015 87.7 -> 88.0, muc4 48.7 -> 50.0; acled tune 91.3 -> 91.1 (one note).
def _first_conjunct(token):
    """The first member of the list a noun is in ('a judge, his driver and two bodyguards': 'judge')."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _phrases(doc):
    """Noun chunks, with a chunk joined to an 'of'-phrase or a coordinated name that completes it
    ('terrorists of the Farabundo Marti National Liberation Front' stays two phrases; 'Army of National
    Liberation' is one)."""
    chunks = list(doc.noun_chunks)
    for i, chunk in enumerate(chunks):
        yield chunk
        nxt = chunks[i + 1] if i + 1 < len(chunks) else None
        if nxt is not None and chunk.end + 1 == nxt.start and doc[chunk.end].lower_ == "of":
            if chunk.root.text[:1].isupper() and nxt.root.text[:1].isupper():
                yield doc[chunk.start : nxt.end]


def _governing_verb(token):
    head = token.head
    if head.dep_ == "prep" or head.dep_ == "agent":
        head = head.head
    return head.lemma_.lower() if head.pos_ in {"VERB", "AUX"} else None


def _features(chunk, doc, incident: float, position: int, labels: list[str]) -> list[str]:
    root = chunk.root
    head = root.head
    words = [t.lower_ for t in chunk if not t.is_punct]
    f = [f"w={w}" for w in words if not w.isdigit()]
    f += [f"h={root.lower_}", f"dep={root.dep_}", f"hh={head.lemma_.lower()}", f"dephh={root.dep_}|{head.lemma_.lower()}"]
    if root.dep_ == "pobj":
        f += [f"prep={head.lower_}", f"prephh={head.lower_}|{head.head.lemma_.lower()}"]
        if head.lower_ == "by" and head.head.tag_ == "VBN":
            f.append("agent")
    if root.dep_ == "agent" or head.dep_ == "agent":
        f.append("agent")
    if root.dep_ == "nsubjpass":
        f += ["passive_subject", f"passive={head.lemma_.lower()}"]
    verb = _governing_verb(root)
    if verb in _REPORTING and root.dep_ in {"nsubj", "pobj"}:
        f.append("reporting_subject")
    if any(t.lower_ == "according" for t in doc[max(0, chunk.start - 3) : chunk.start]):
        f.append("according_to")
    f += [f"ent={t.ent_type_}" for t in chunk if t.ent_type_][:1]
    f += [f"label={label}" for label in labels]
    for role, pattern in GENERIC_PATTERNS.items():
        if pattern.search(chunk.text):
            f.append(f"generic={role}")
    if _ORG_WORDS.search(chunk.text):
        f.append("org_word")
    if chunk.text[:1].isupper() and root.text[:1].isupper():
        f.append("capitalised")
    if any(t.like_num for t in chunk):
        f.append("number")
    if chunk.start > 0:
        f.append(f"L1={doc[chunk.start - 1].lower_}")
    if chunk.end < len(doc):
        f.append(f"R1={doc[chunk.end].lower_}")
    f.append(f"incident={'high' if incident >= 0.7 else 'mid' if incident >= 0.4 else 'low'}")
    f.append(f"position={min(position, 3)}")
    return f


def role_probabilities(candidate: Candidate) -> dict[str, float]:
    """Each role's probability for a candidate (model ``role_filler``); 'none' for the rest."""
    return load_classifier("role_filler").feature_probabilities(list(candidate.features))


def known_spans(ctx) -> list[tuple[int, int, str]]:
    """Spans the report's first pass already labelled: knowledge-base actors (by kind), generic actors
    (by role) and spaCy entities (by label), as (start, end, label) in report offsets."""
    spans = [
        (a.start, a.end, f"kb={a.actor.kind}" if a.is_named else f"role={a.role}") for a in ctx.actors
    ]
    spans += [(e.start, e.end, e.label) for e in ctx.entities]
    return spans


def has_verb(sentence: str) -> bool:
    """Whether a sentence has a verb (a heading or a list of names has none)."""
    return any(t.pos_ in {"VERB", "AUX"} for t in parse(sentence))
