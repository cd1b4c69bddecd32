"""Hostile article files, built in a few seconds without writing their unpacked size to disk.

Used by tests/fuzz/test_hostile_articles.py, tests/core/test_articles_import.py and benchmarks/bench_import.py.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/></Relationships>'
)
DOCUMENT_HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'.encode()
DOCUMENT_TAIL = b"</w:body></w:document>"


def _deflated(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def _repeated(block: bytes, count: int) -> tuple[bytes, int, int]:
    """document.xml made of ``count`` copies of ``block``, deflated without deflating them all:
    after a full flush the compressor starts afresh, so every copy packs to the same bytes.
    Returns (packed bytes, CRC-32, unpacked size)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(DOCUMENT_HEAD) + packer.flush(zlib.Z_FULL_FLUSH)
    middle = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    tail = packer.compress(DOCUMENT_TAIL) + packer.flush()
    crc = zlib.crc32(DOCUMENT_HEAD)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(DOCUMENT_TAIL, crc)
    size = len(DOCUMENT_HEAD) + count * len(block) + len(DOCUMENT_TAIL)
    return head + middle * count + tail, crc, size


def _write_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip of deflated members: (name, packed bytes, CRC-32, unpacked size) each."""
    with path.open("wb") as out:
        central = b""
        for name, packed, crc, size in members:
            offset = out.tell()
            encoded = name.encode()
            header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(packed), size, len(encoded), 0)
            out.write(header)
            out.write(encoded + packed)
            central += struct.pack(
                "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(packed), size, len(encoded),
                0, 0, 0, 0, 0, offset,
            ) + encoded  # fmt: skip
        start = out.tell()
        out.write(central)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0))
    return path


def docx_repeating(path: Path, block: bytes, count: int) -> Path:
    """A DOCX whose document.xml is ``block`` repeated ``count`` times (it may unpack to gigabytes)."""
    small = [(n, _deflated(d), zlib.crc32(d), len(d)) for n, d in (("[Content_Types].xml", CONTENT_TYPES),
                                                                   ("_rels/.rels", PACKAGE_RELS))]  # fmt: skip
    return _write_zip(path, [*small, ("word/document.xml", *_repeated(block, count))])


def zip_bomb_docx(path: Path) -> Path:
    """1 GiB of paragraphs of 4,000 letters each, packed into about 1 MB."""
    paragraph = b"<w:p><w:r><w:t>" + b"a" * 4000 + b"</w:t></w:r></w:p>"
    return docx_repeating(path, paragraph * 256, 1024)


def twenty_million_paragraphs_docx(path: Path) -> Path:
    """20 million short paragraphs (780 MB of XML), packed into about 2 MB."""
    return docx_repeating(path, b"<w:p><w:r><w:t>Alinea</w:t></w:r></w:p>" * 25_000, 800)


def docx_of_paragraphs(path: Path, count: int) -> Path:
    """A DOCX (no styles part) of ``count`` numbered paragraphs, an ordinary compression ratio."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        with package.open("word/document.xml", "w") as document:
            document.write(DOCUMENT_HEAD)
            for start in range(0, count, 10_000):
                document.write(
                    "".join(
                        f"<w:p><w:r><w:t>Alinea {n} over preventie.</w:t></w:r></w:p>"
                        for n in range(start, min(count, start + 10_000))
                    ).encode()
                )
            document.write(DOCUMENT_TAIL)
    return path


def word_document(path: Path, paragraphs: int) -> Path:
    """A real Word document (python-docx): a title, and ``paragraphs`` paragraphs under headings."""
    import docx

    document = docx.Document()
    document.add_heading("Tienduizend alinea's", level=0)
    for n in range(paragraphs):
        if n % 50 == 0:
            document.add_heading(f"Hoofdstuk {n // 50 + 1}", level=1)
        document.add_paragraph(f"Alinea {n}: de delegatie bespreekt preventie en samenwerking met de politiezone.")
    document.save(path)
    return path


def deep_html(path: Path, depth: int = 100_000) -> Path:
    """An article whose second half is nested ``depth`` <div> deep."""
    lead = "<p>" + "De delegatie bezoekt de politiezone en bespreekt preventie. " * 5 + "</p>"
    path.write_text(
        f"<html><head><title>Diep</title></head><body><article><h1>Diep genest</h1>{lead}"
        + "<div>tekst " * depth
        + "</div>" * depth
        + "</article></body></html>",
        encoding="utf-8",
    )
    return path


def deep_docx(path: Path, depth: int = 100_000) -> Path:
    document = DOCUMENT_HEAD + b"<w:p>" + b"<w:r>" * depth + b"</w:r>" * depth + b"</w:p>" + DOCUMENT_TAIL
    members = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS), ("word/document.xml", document)]
    return _write_zip(path, [(n, _deflated(d), zlib.crc32(d), len(d)) for n, d in members])


def many_elements_html(path: Path, count: int = 200_000) -> Path:
    paragraphs = "".join(f"<p>Alinea {n} over preventie.</p>" for n in range(count))
    path.write_text(f"<html><body><article><h1>Veel alinea's</h1>{paragraphs}</article></body></html>")
    return path


def date_candidates_text(path: Path, size: int = 600_000) -> Path:
    """600 KB of lines that each look like a publication date with a made-up month."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    lines, total, n = ["Titel", ""], 0, 0
    while total < size:
        word = "".join(letters[(n // 26**k) % 26] for k in range(5))
        line = f"Gepubliceerd op {1 + n % 28} {word} 2024"
        lines += [line, ""]
        total += len(line) + 2
        n += 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def related_block_text(path: Path, entries: int = 190, size: int = 280_000) -> Path:
    """A short article ending in a related block of ``entries`` dated entries, ``size`` bytes in all."""
    words = ["preventie", "veiligheid", "samenwerking", "politie", "gemeente", "burgers", "beleid", "delegatie"]
    lines = ["Burgers in de frontlinie", "", "Eerste alinea van het artikel.", "", "Tweede alinea.", "", "Lees ook", ""]
    per_entry = size // entries
    for n in range(entries):
        summary = f"Aangekondigd artikel {n}: " + " ".join(words[(n + k) % len(words)] for k in range(per_entry // 10))
        lines += ["31 mei 2024", summary[:per_entry], ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
