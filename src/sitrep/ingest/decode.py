"""Turn raw bytes into text, or explain in one line why they are not text."""

from __future__ import annotations

import codecs

from sitrep.errors import InputError

# Signatures of common binary formats, so the error can say what the file is.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAX_CONTROL_RATIO = 0.02


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a file's bytes to text.

    Order: byte-order mark, strict UTF-8, BOM-less UTF-16, then the encoding
    charset-normalizer finds most plausible. Raises InputError for empty,
    binary or undecodable content; never raises anything else.
    """
    if not data.strip():
        raise InputError(path, "empty file")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"binary file ({kind}), not text")
    text = _decode(data, path)
    _reject_control_heavy(text, path)
    return text


def _decode(data: bytes, path: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"undecodable bytes: invalid {encoding} at byte {exc.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _try_bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise InputError(path, "binary content (NUL bytes), not text")
    return _detect(data, path)


def _try_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as every other byte NUL in ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    encoding = "utf-16-le" if odd_nuls > 0.4 and even_nuls < 0.05 else None
    if even_nuls > 0.4 and odd_nuls < 0.05:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect(data: bytes, path: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "undecodable bytes: not UTF-8 and no known text encoding fits")
    return str(best)


def _reject_control_heavy(text: str, path: str) -> None:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > 16 and controls > _MAX_CONTROL_RATIO * len(sample):
        raise InputError(path, "binary content (control characters), not text")


def sniff_encoding(path, head_bytes: int = 65536) -> str:
    """The encoding to stream a large row-based file with, judged from its head."""
    with open(path, "rb") as handle:
        head = handle.read(head_bytes)
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a character cut at the end of the sample
            return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    return best.encoding if best is not None else "utf-8"
