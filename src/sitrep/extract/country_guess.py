"""The country a text is about when it names none, from its words (the ``text_country`` model).

A coder note or a short item may name only a village, a party or a street
('Congress workers staged a dharna outside the collectorate'); its words still
say where it happened. The model (``train/train_text_country.py``) is asked only
when the text, its dateline and the groups it names give no country.
"""

from __future__ import annotations

from sitrep.extract.textclass import load_classifier

MODEL_NAME = "text_country"
OTHER = "other"  # countries the model saw too rarely to name
# On the tune part's notes that name no country (108), guesses at 0.6 are 72 right and 2 wrong.
GUESS_AT = 0.6


def guess_country(text: str) -> str | None:
    """The country the words of ``text`` point to, if the model is confident enough."""
    label, probability = load_classifier(MODEL_NAME).predict(text)
    return label if label != OTHER and probability >= GUESS_AT else None
