"""How incident-like a sentence is: the ``incident_sentence`` model (``train/train_news_models.py``).

An incident is something that happened to someone somewhere ("gunmen killed two
traders", "the murder of the mayor"); background is everything else a report
says (reactions, history, analysis). Scores are cached per sentence, as the
event, participant and specificity checks all ask.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract.textclass import load_classifier


@lru_cache(maxsize=4096)
def incident_probability(sentence: str) -> float:
    """The probability that a report sentence states an incident rather than background."""
    return load_classifier("incident_sentence").probabilities(sentence).get("True", 0.0)
