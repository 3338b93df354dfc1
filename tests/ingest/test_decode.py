import codecs

import pytest

from sitrep.errors import InputError
from sitrep.ingest.decode import decode_bytes

TEXT = "Clashes in Gao left «several» dead, officials said — café owners fled."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
    ],
)
def test_unicode_forms_decode(data):
    assert decode_bytes(data, "f.txt").lstrip("\ufeff") == TEXT


def test_legacy_encoding_falls_back_to_detection():
    text = "Les manifestants ont été dispersés à Bamako, selon la police. " * 5
    assert decode_bytes(text.encode("cp1252"), "f.txt") == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file (PNG image)"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_bad_bytes_give_one_line_reason(data, reason):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "bad.txt")
    message = str(info.value)
    assert message.startswith("bad.txt: ")
    assert reason in message
    assert "\n" not in message
