"""Hostile files, built small and fast: each one made to hurt a reader that trusts what it is told.

Used by tests/fuzz/test_hostile_inputs.py and the house-style tests.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from pathlib import Path

from briefing.resources import resource

VISIT_HEAD = {
    "format": "briefing-visit/1",
    "visit": {"title": "Hostile", "start": "2025-03-10", "end": "2025-03-12"},
}

# ---------------------------------------------------------------- vCards


def qp_vcard(breaks: int = 30_000) -> bytes:
    """A vCard 2.1 whose quoted-printable NOTE is folded ``breaks`` times (soft line breaks)."""
    note = "=\r\n".join(["ab"] * (breaks + 1))
    return (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Peeters;Ann\r\nFN:Ann Peeters\r\n"
        f"NOTE;ENCODING=QUOTED-PRINTABLE:{note}\r\nEMAIL;INTERNET:ann@example.org\r\nEND:VCARD\r\n"
    ).encode("ascii")


def photo_vcard(photo_bytes: int, cards: int = 1) -> bytes:
    """vCards 3.0 each with a base64 PHOTO of ``photo_bytes`` characters, folded at 76 columns."""
    line = "A" * 75
    rows = photo_bytes // 75
    photo = "\r\n ".join([line] * rows)
    out = []
    for n in range(cards):
        out.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Peeters;Ann{n}\r\nFN:Ann{n} Peeters\r\n"
            f"EMAIL;TYPE=INTERNET:ann{n}@example.org\r\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\nEND:VCARD\r\n"
        )
    return "".join(out).encode("ascii")


# ---------------------------------------------------------------- visit files


def visit_text(**sections: object) -> str:
    return json.dumps({**VISIT_HEAD, **sections})


def big_number_visit(digits: int = 5_000) -> bytes:
    head = visit_text()[:-1]
    return (head + ', "extra": 1' + "0" * (digits - 1) + "}").encode()


def many_contacts_visit(count: int = 20_000) -> bytes:
    contacts = [
        {"key": f"c{n}", "name": f"Persoon {n}", "email": f"Persoon.{n}@Example.org", "role": "delegation"}
        for n in range(count)
    ]
    return visit_text(contacts=contacts).encode()


def duplicate_key_visit(key: str = "format") -> bytes:
    """The key given twice: JSON parsers keep one of the two, silently (Python keeps the last)."""
    text = visit_text()
    if key == "format":
        return ('{"format": "something-else/9", ' + text[1:]).encode()
    return text.replace('"title": "Hostile"', f'"{key}": "first", "title": "Hostile"', 1).encode()


def deep_visit(depth: int, where: str = "extra") -> bytes:
    """Arrays nested ``depth`` deep: the whole file ("top"), a field of the visit, or a field of the file."""
    nested = "[" * depth + "]" * depth
    if where == "top":
        return nested.encode()
    visit = json.dumps(VISIT_HEAD["visit"])
    if where == "purpose":
        return f'{{"format": "briefing-visit/1", "visit": {visit[:-1]}, "purpose": {nested}}}}}'.encode()
    return f'{{"format": "briefing-visit/1", "visit": {visit}, "{where}": {nested}}}'.encode()


# ---------------------------------------------------------------- zip files written by hand


def _zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip file from (name, deflated data, crc, compressed size, uncompressed size); sizes below 4 GiB."""
    out = io.BytesIO()
    central = []
    for name, data, crc, csize, usize in members:
        raw = name.encode()
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, csize, usize, len(raw), 0))
        out.write(raw)
        out.write(data)
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                csize,
                usize,
                len(raw),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + raw
        )
    start = out.tell()
    for entry in central:
        out.write(entry)
    size = out.tell() - start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), size, start, 0))
    return out.getvalue()


def _deflated(data: bytes) -> tuple[bytes, int, int, int]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(data) + packer.flush()
    return packed, zlib.crc32(data), len(packed), len(data)


def _repeated(head: bytes, chunk: bytes, times: int, tail: bytes) -> tuple[bytes, int, int, int]:
    """head + chunk * times + tail, deflated without ever holding it whole: the chunk is packed once."""

    def segment(data: bytes, mode: int) -> bytes:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        return packer.compress(data) + packer.flush(mode)

    packed_chunk = segment(chunk, zlib.Z_FULL_FLUSH)  # a full flush: each copy stands alone
    packed = segment(head, zlib.Z_FULL_FLUSH) + packed_chunk * times + segment(tail, zlib.Z_FINISH)
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return packed, crc, len(packed), len(head) + len(chunk) * times + len(tail)


def reference_members() -> dict[str, bytes]:
    with zipfile.ZipFile(resource("templates", "reference.docx")) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def docx_bomb(styles_bytes: int = 2 << 30) -> bytes:
    """A reference .docx of about 2 MB whose styles.xml unpacks to ``styles_bytes`` (valid XML: blank space
    and empty comments)."""
    members = reference_members()
    styles = members["word/styles.xml"]
    cut = styles.rindex(b"</w:styles>")
    chunk = (b" " * 1017 + b"<!---->") * 1024  # 1 MiB; text nodes short enough for any XML parser
    times = max(1, (styles_bytes - len(styles)) // len(chunk))
    out = []
    for name, data in members.items():
        if name == "word/styles.xml":
            out.append((name, *_repeated(styles[:cut], chunk, times, styles[cut:])))
        else:
            out.append((name, *_deflated(data)))
    return _zip(out)


# ---------------------------------------------------------------- a reference document that reaches out

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = R
HEADER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="{W}" xmlns:r="{R}"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
<w:p><w:r><w:t>Huisstijl kop</w:t></w:r></w:p>
<w:p><w:hyperlink r:id="rIdFile"><w:r><w:t>Sjablonen</w:t></w:r></w:hyperlink>
<w:r><w:t xml:space="preserve"> en </w:t></w:r>
<w:hyperlink r:id="rIdWeb"><w:r><w:t>website</w:t></w:r></w:hyperlink></w:p>
<w:p><w:fldSimple w:instr=" INCLUDETEXT &quot;\\\\\\\\fileserver\\\\share\\\\kop.docx&quot; ">
<w:r><w:t>Ingevoegde tekst</w:t></w:r></w:fldSimple></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>
<w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE  </w:instrText></w:r>
<w:r><w:instrText xml:space="preserve">"http://tracker.example.net/p.png" \\d </w:instrText></w:r>
<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>[beeld]</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:p><w:r><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="Logo"/>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>
<pic:nvPicPr><pic:cNvPr id="1" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>
<pic:blipFill><a:blip r:link="rIdImage"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr>
</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
</w:hdr>"""
HEADER_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdFile" Type="{RT}/hyperlink" Target="file://///fileserver/share/sjablonen" TargetMode="External"/>
<Relationship Id="rIdWeb" Type="{RT}/hyperlink" Target="https://www.example.be/" TargetMode="External"/>
<Relationship Id="rIdImage" Type="{RT}/image" Target="http://tracker.example.net/logo.png" TargetMode="External"/>
</Relationships>"""
SETTINGS_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdTemplate" Type="{RT}/attachedTemplate"
 Target="file:///\\\\fileserver\\share\\Normal.dotm" TargetMode="External"/>
</Relationships>"""


def docx_reaching_out() -> bytes:
    """The shipped reference document with a header, an attached template on a file share, an external
    image, a file: hyperlink and INCLUDETEXT / INCLUDEPICTURE fields."""
    members = reference_members()
    members["word/header1.xml"] = HEADER.encode()
    members["word/_rels/header1.xml.rels"] = HEADER_RELS.encode()
    members["word/_rels/settings.xml.rels"] = SETTINGS_RELS.encode()
    settings = members["word/settings.xml"].decode()
    head_end = settings.index(">", settings.index("<w:settings")) + 1
    members["word/settings.xml"] = (
        settings[:head_end] + f'<w:attachedTemplate xmlns:r="{R}" r:id="rIdTemplate"/>' + settings[head_end:]
    ).encode()
    rels = members["word/_rels/document.xml.rels"].decode()
    members["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdHeader" Type="{RT}/header" Target="header1.xml"/>'
        f'<Relationship Id="rIdBodyImage" Type="{RT}/image" Target="\\\\fileserver\\share\\watermerk.png" '
        'TargetMode="External"/></Relationships>',
    ).encode()
    document = members["word/document.xml"].decode()
    at = document.index(">", document.index("<w:sectPr")) + 1
    reference = '<w:headerReference w:type="default" r:id="rIdHeader"/>'
    members["word/document.xml"] = (document[:at] + reference + document[at:]).encode()
    types = members["[Content_Types].xml"].decode()
    members["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/word/header1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>',
    ).encode()
    return _zip([(name, *_deflated(data)) for name, data in members.items()])


# ---------------------------------------------------------------- images


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, rows: int | None = None) -> bytes:
    """A grey PNG; its pixel data holds ``rows`` rows (all of them when None: a valid image)."""
    rows = height if rows is None else rows
    row = b"\x00" + b"\x80" * width
    packer = zlib.compressobj(9)
    head = packer.compress(b"") + packer.flush(zlib.Z_FULL_FLUSH)
    one = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed_row = one.compress(row) + one.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(rows):
        adler = zlib.adler32(row, adler)
    end = zlib.compressobj(9, zlib.DEFLATED, -15)
    idat = head + packed_row * rows + end.flush(zlib.Z_FINISH) + struct.pack(">I", adler)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + _chunk(b"IDAT", idat)
        + _chunk(b"IEND", b"")
    )


def truncated_png() -> bytes:
    """A valid PNG cut in the middle of its pixel data."""
    whole = png(400, 400)
    return whole[: len(whole) // 2]


def garbage_png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
