"""Long reports are read in pieces and keep their offsets; a failing report does not stop a run."""

from datetime import date

from sitrep.extract import extract_text
from sitrep.extract.nlp import CHUNK_CHARS, analyse

FILLER = "The committee met again to discuss the budget and the schedule for next year. " * 40 + "\n\n"
INCIDENT = "On 2 May 2021, gunmen killed 7 villagers in Kadari, Zamfara, Nigeria, police said.\n\n"


def test_text_longer_than_a_chunk_keeps_offsets():
    text = FILLER * 60 + INCIDENT + FILLER * 5
    assert len(text) > 2 * CHUNK_CHARS
    sentences, _ = analyse(text)
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert any(s.text.startswith("On 2 May 2021") for s in sentences)


def test_event_deep_in_a_long_report_is_found():
    text = FILLER * 60 + INCIDENT + FILLER * 5
    events = extract_text(text, date(2021, 5, 3)).events
    assert [(e.date.start, e.fatalities.value) for e in events] == [(date(2021, 5, 2), 7)]
    assert events[0].evidence[0].sentence.startswith("On 2 May 2021")
