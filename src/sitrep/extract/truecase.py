"""Truecasing for text written in capitals (wire feeds, radio transcripts, the MUC-4 reports).

Case carries meaning that every later stage reads: spaCy's NER, actor aliases
("IS" the group vs "is" the verb), place names. A text is shouted when most of
its letters are capitals; its words are then rewritten, word by word:

1. the form mixed-case conflict reporting gives the word (``data/truecase.json``,
   derived from training texts by ``train/derive_truecase.py``);
2. else lower case when spaCy's English vocabulary has the word, or it ends
   like an English verb or noun (-ed, -ing, -tion …), unless it follows a name
   ("Farabundo Marti"); a demonym is capitalised;
3. else Title case: an unknown word in such a report is usually a name;

and the first word of each sentence is capitalised. Offsets are kept: the
result has exactly the length of the input, so evidence spans stay valid.
"""

from __future__ import annotations

import re
from functools import cache

from sitrep.data import word_cases
from sitrep.places.countries import DEMONYMS

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_ENGLISH_ENDING = re.compile(r"(?:ed|ing|tion|tions|ly|ment|ments|ness|ities|ity|ous|ive|ers|ions|ated|izes?)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|--\s*|\[text\]\s*|\"\s*)([a-z])", re.I)
SHOUTED_SHARE = 0.8


def is_shouted(text: str) -> bool:
    """Whether most letters of ``text`` are capitals (and there are enough of them to tell)."""
    letters = [c for c in text[:5000] if c.isalpha()]
    return len(letters) >= 20 and sum(c.isupper() for c in letters) / len(letters) >= SHOUTED_SHARE


def truecase(text: str) -> str:
    """``text`` in mixed case if it is shouted, else unchanged; always the same length."""
    if not is_shouted(text):
        return text
    pieces, last, previous_is_name = [], 0, False
    for m in _WORD.finditer(text):
        word = m.group(0).lower()
        form, sure = word_form(word)
        if not sure and previous_is_name and text[last : m.start()] == " ":
            form = word[:1].upper() + word[1:]  # 'Farabundo Marti': a known word inside a run of names
        pieces.append(text[last : m.start()])
        pieces.append(form)
        previous_is_name, last = form[:1].isupper(), m.end()
    pieces.append(text[last:])
    cased = _ARTICLE_OF_NAME.sub(lambda m: m.group(1).title(), "".join(pieces))
    return _SENTENCE_START.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), cased)


# The article that opens a Spanish or Arabic name is part of it: 'IN LA LIBERTAD DEPARTMENT' is 'in La Libertad' (as 'in
# la Libertad' the place was not found; a report of ours)
_ARTICLE_OF_NAME = re.compile(r"\b(el|la|los|las|al)(?= [A-Z])")


@cache
def word_form(word: str) -> tuple[str, bool]:
    """The mixed-case form of one lower-case word, and whether the table or its ending decided it."""
    table = word_cases()
    form = table["cased"].get(word)
    if form is not None and len(form) == len(word):
        return form, True
    if word.title() in DEMONYMS:
        return word.title(), True
    if word in table["lower"] or len(word) <= 2 or _ENGLISH_ENDING.search(word):
        return word, True
    if word in _vocabulary():
        return word, False
    return word[:1].upper() + word[1:], True


@cache
def _vocabulary() -> frozenset[str]:
    from sitrep.extract.nlp import model_words

    return model_words()
