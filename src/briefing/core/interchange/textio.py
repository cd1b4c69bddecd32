"""Reading text files as people's machines write them: UTF-8 with or without a BOM, UTF-16,
Windows-1252 and Latin-1 (Belgian Windows machines), detected, never mojibake.

Byte-order marks decide first; then strict UTF-8; then UTF-16 without a BOM (every other byte
zero); then charset-normalizer, held to the Western encodings these files come in. Windows-1252
is preferred over Latin-1 (it is a superset for every printable character); Latin-1 takes what
Windows-1252 leaves undefined.
"""

from __future__ import annotations

import codecs

from briefing.core.errors import InvalidFile

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = ["utf_8", "cp1252", "latin_1", "utf_16"]


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """The encoding ``data`` is written in (a Python codec name)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_WESTERN).best()
    name = best.encoding if best is not None else "cp1252"
    if name in ("latin_1", "iso8859_1", "cp1252", "windows_1252"):
        # Windows-1252 unless it cannot decode the bytes (0x81, 0x8d, 0x8f, 0x90, 0x9d)
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"
    return name


def decode(data: bytes, name: str = "file") -> str:
    """Text of a file, newlines normalised to \\n. Refuses binary data with one clear line."""
    if b"\x00" in data[:4000] and not any(data.startswith(b) for b, _ in _BOMS) and not _utf16_without_bom(data):
        raise InvalidFile(f"{name}: not a text file (binary data)")
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:  # pragma: no cover - detect_encoding only names codecs that decode
        raise InvalidFile(f"{name}: cannot read the text ({error.reason})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


__all__ = ["decode", "detect_encoding"]
