"""The store's house style: a reference .docx (styles, header, logo) and a logo for the PDF cover.

Both are checked when they are set, and again when an export uses them (a store may hold parts
set before these checks):

- the reference document's zip directory is read before anything is unpacked: too many parts,
  a part or a total that unpacks too large, or a part packed too tightly (a zip bomb) refuses it;
- what would reach outside the pack is taken out, and said so: external relationships (an
  attached template on a file share, a linked image, a hyperlink to a file; web and mail links
  stay) and INCLUDETEXT / INCLUDEPICTURE fields (their last shown text stays);
- the logo's size is read from its header before it is decoded, then it is decoded whole.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import warnings
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from briefing.core.errors import InvalidFile
from briefing.core.interchange.files import megabytes, read_capped
from briefing.core.store import Store

MAX_BYTES = 20_000_000

# the reference document's zip directory
MAX_PARTS = 1_000
MAX_PART_BYTES = 25_000_000  # unpacked, one part (the shipped styles.xml is 0.35 MB)
MAX_TOTAL_BYTES = 100_000_000  # unpacked, all parts
MAX_RATIO = 200  # unpacked / packed, for a part over MAX_RATIO_FROM bytes unpacked
MAX_RATIO_FROM = 1_000_000

# the logo
MAX_LOGO_SIDE = 10_000  # pixels
MAX_LOGO_PIXELS = 40_000_000  # below Pillow's own warning (89 million): a logo is a few hundred thousand

_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_CONTAINERS = (_W + "drawing", _W + "pict", _W + "object")  # what a dropped image or object sits in
_WEB_LINK = re.compile(r"(?i)(https?|mailto):")
_FIELDS = ("INCLUDETEXT", "INCLUDEPICTURE")
_FIELD_HINT = re.compile(rb"(?i)include(text|picture)")


def _read(path: Path, part: str) -> bytes:
    what = "a reference document (.docx)" if part == "reference_docx" else "a logo (PNG or JPEG)"
    return read_capped(path, MAX_BYTES, str(path), what)


# ---------------------------------------------------------------- the reference document


def _check_directory(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a zip bomb from the directory alone: nothing is unpacked here."""
    members = archive.infolist()
    if len(members) > MAX_PARTS:
        raise InvalidFile(f"{name}: {len(members):,} parts; a reference document has at most {MAX_PARTS:,}")
    total = 0
    for member in members:
        size = member.file_size
        if size > MAX_PART_BYTES:
            raise InvalidFile(
                f"{name}: {member.filename} unpacks to {megabytes(size)}; "
                f"a part of a reference document holds at most {megabytes(MAX_PART_BYTES)}"
            )
        if size > MAX_RATIO_FROM and size > MAX_RATIO * max(member.compress_size, 1):
            raise InvalidFile(
                f"{name}: {member.filename} unpacks from {megabytes(member.compress_size)} "
                f"to {megabytes(size)}: packed too tightly to be a real document"
            )
        total += size
    if total > MAX_TOTAL_BYTES:
        raise InvalidFile(
            f"{name}: unpacks to {megabytes(total)}; a reference document holds at most {megabytes(MAX_TOTAL_BYTES)}"
        )


def _parser() -> Any:  # an lxml XMLParser
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _source_part(rels_name: str) -> str | None:
    """word/_rels/header1.xml.rels -> word/header1.xml; the package's own _rels/.rels -> None."""
    path = PurePosixPath(rels_name)
    if path.parent.name != "_rels" or not path.name.endswith(".rels"):
        return None
    source = path.name[: -len(".rels")]
    return str(path.parent.parent / source) if source else None


def _kind_of(rel_type: str, target: str) -> str | None:
    """What an external relationship is, for the notes; None for a web or mail link (kept)."""
    kind = rel_type.rsplit("/", 1)[-1]
    if kind == "hyperlink":
        return None if _WEB_LINK.match(target.strip()) else "hyperlink"
    return kind if kind in ("attachedTemplate", "image") else "other"


def _drop_references(root: Any, dropped: set[str]) -> None:
    """Take out what points at a dropped relationship: a hyperlink keeps its text, an image goes."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        hits = [key for key, value in element.attrib.items() if key.startswith(_R) and value in dropped]
        if not hits:
            continue
        parent = element.getparent()
        if element.tag == _W + "hyperlink" and parent is not None:
            index = parent.index(element)
            for offset, child in enumerate(list(element)):
                parent.insert(index + offset, child)
            parent.remove(element)
            continue
        embedded = element.get(_R + "embed")
        if element.tag == _A_BLIP and embedded and embedded not in dropped:
            for key in hits:  # linked and embedded: the embedded copy stays
                del element.attrib[key]
            continue
        target = element
        for ancestor in element.iterancestors():
            if ancestor.tag in _CONTAINERS:
                target = ancestor
                break
        holder = target.getparent()
        if holder is not None:
            holder.remove(target)


def _instruction_word(text: str) -> str:
    words = text.split()
    return words[0].upper() if words else ""


def _drop_fields(root: Any) -> dict[str, int]:
    """Unwrap INCLUDETEXT / INCLUDEPICTURE fields, simple and complex: the result shown stays."""
    counts: dict[str, int] = {}
    for simple in list(root.iter(_W + "fldSimple")):
        word = _instruction_word(simple.get(_W + "instr", ""))
        parent = simple.getparent()
        if word in _FIELDS and parent is not None:
            index = parent.index(simple)
            for offset, child in enumerate(list(simple)):
                parent.insert(index + offset, child)
            parent.remove(simple)
            counts[word] = counts.get(word, 0) + 1
    runs = list(root.iter(_W + "r"))
    stack: list[list[Any]] = []  # per open field: [first run, separator run or None, instruction parts]
    doomed: set[int] = set()
    for position, run in enumerate(runs):
        for child in run:
            if child.tag == _W + "fldChar":
                kind = child.get(_W + "fldCharType")
                if kind == "begin":
                    stack.append([position, None, []])
                elif kind == "separate" and stack:
                    stack[-1][1] = position
                elif kind == "end" and stack:
                    begin, separate, parts = stack.pop()
                    word = _instruction_word("".join(parts))
                    if word in _FIELDS:  # the runs of its code go, those of its result stay
                        doomed.update(range(begin, (separate if separate is not None else position) + 1))
                        doomed.add(position)
                        counts[word] = counts.get(word, 0) + 1
            elif child.tag == _W + "instrText" and stack and stack[-1][1] is None:
                stack[-1][2].append(child.text or "")
    for position in sorted(doomed, reverse=True):
        parent = runs[position].getparent()
        if parent is not None:
            parent.remove(runs[position])
    return counts


def _count(number: int, thing: str, things: str) -> str:
    return f"{number} {thing if number == 1 else things}"


def _notes(rels: dict[str, list[str]], fields: dict[str, int]) -> list[str]:
    out = []
    if rels.get("attachedTemplate"):
        out.append(f"removed the link to its attached template ({rels['attachedTemplate'][0]})")
    if rels.get("image"):
        images = _count(len(rels["image"]), "image", "images")
        out.append(f"removed {images} linked from outside the document ({rels['image'][0]})")
    if rels.get("hyperlink"):
        links = _count(len(rels["hyperlink"]), "hyperlink", "hyperlinks")
        out.append(f"removed {links} to files ({rels['hyperlink'][0]}); the text is kept")
    if rels.get("other"):
        links = _count(len(rels["other"]), "other link", "other links")
        out.append(f"removed {links} to outside the document ({rels['other'][0]})")
    for word in _FIELDS:
        if fields.get(word):
            out.append(f"removed {_count(fields[word], word + ' field', word + ' fields')}; the text shown is kept")
    return out


def _strip(archive: zipfile.ZipFile) -> tuple[dict[str, bytes], list[str]]:
    """The parts changed so that nothing reaches outside the document, and what was removed."""
    from lxml import etree

    parser = _parser()
    parts = {info.filename: archive.read(info) for info in archive.infolist()}
    changed: dict[str, bytes] = {}
    removed: dict[str, list[str]] = {}
    dropped_ids: dict[str, set[str]] = {}
    for rels_name, data in parts.items():
        if not rels_name.endswith(".rels") or b"External" not in data:
            continue
        root = etree.fromstring(data, parser)
        ids: set[str] = set()
        for rel in list(root.iter(_PKG_REL)):
            if rel.get("TargetMode", "").lower() != "external":
                continue
            target = rel.get("Target", "")
            kind = _kind_of(rel.get("Type", ""), target)
            if kind is None:
                continue
            removed.setdefault(kind, []).append(target)
            ids.add(rel.get("Id", ""))
            root.remove(rel)
        if ids:
            changed[rels_name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            source = _source_part(rels_name)
            if source is not None:
                dropped_ids[source] = ids
    fields: dict[str, int] = {}
    for part, data in parts.items():
        if not part.endswith(".xml") or (part not in dropped_ids and not _FIELD_HINT.search(data)):
            continue
        root = etree.fromstring(data, parser)
        if part in dropped_ids:
            _drop_references(root, dropped_ids[part])
        for word, count in _drop_fields(root).items():
            fields[word] = fields.get(word, 0) + count
        changed[part] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts.update(changed)
    notes = _notes(removed, fields)
    return (parts if changed else {}), notes


def _clean_reference(data: bytes, name: str) -> tuple[bytes, list[str]]:
    """The reference document with nothing reaching outside it, and what was removed; InvalidFile if unusable."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_directory(archive, name)
            if "word/styles.xml" not in archive.namelist():
                raise InvalidFile(f"{name}: not a Word document with styles (no word/styles.xml)")
            order = archive.infolist()
            parts, notes = _strip(archive)
    except InvalidFile:
        raise
    except zipfile.BadZipFile:
        raise InvalidFile(f"{name}: not a .docx file") from None
    except Exception as exc:  # broken XML, an encrypted or oddly packed part, a bad checksum ...
        reason = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise InvalidFile(f"{name}: Word cannot use it as a reference document ({reason})") from None
    if not parts:
        return data, notes
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in order:
            archive.writestr(info.filename, parts[info.filename])
    return out.getvalue(), notes


@functools.lru_cache(maxsize=4)
def usable_reference(data: bytes, name: str = "the house style's reference document") -> bytes:
    """A stored reference document as an export may use it: checked and cleaned (cached); InvalidFile if unusable."""
    cleaned, _ = _clean_reference(data, f"{name} (set it again, or clear the house style)")
    return cleaned


def check_reference_docx(data: bytes, name: str) -> tuple[bytes, list[str]]:
    """The reference document to store, cleaned, with one line per kind of thing removed."""
    cleaned, notes = _clean_reference(data, name)
    from docx import Document

    try:
        Document(io.BytesIO(cleaned))
    except Exception as exc:
        raise InvalidFile(f"{name}: Word cannot use it as a reference document ({exc})") from None
    return cleaned, notes


# ---------------------------------------------------------------- the logo


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    return None


def _check_size(width: int, height: int, name: str) -> None:
    if width > MAX_LOGO_SIDE or height > MAX_LOGO_SIDE or width * height > MAX_LOGO_PIXELS:
        raise InvalidFile(
            f"{name}: the logo is {width:,} × {height:,} pixels; at most {MAX_LOGO_SIDE:,} on a side "
            f"and {MAX_LOGO_PIXELS // 1_000_000} million in all"
        )


def check_logo(data: bytes, name: str) -> None:
    """Refuse a logo that is not a PNG or JPEG image an export can draw, in one line."""
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise InvalidFile(f"{name}: the logo must be a PNG or JPEG image")
    size = _png_size(data)
    if size is not None:
        _check_size(*size, name)  # from the header, before Pillow looks at it
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=("PNG", "JPEG")) as image:
                _check_size(*image.size, name)
                image.verify()  # every chunk there, and its checksum right
            with Image.open(io.BytesIO(data), formats=("PNG", "JPEG")) as image:
                image.load()  # decoded whole
    except InvalidFile:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidFile(f"{name}: the logo has too many pixels (at most {MAX_LOGO_PIXELS:,})") from None
    except UnidentifiedImageError:
        raise InvalidFile(f"{name}: the logo cannot be read as an image (damaged after its first bytes)") from None
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, struct.error ... on broken images
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InvalidFile(f"{name}: the logo cannot be read as an image ({reason})") from None


@functools.lru_cache(maxsize=4)
def _usable_logo(data: bytes) -> bytes:
    check_logo(data, "the house style's logo (set it again, or clear the house style)")
    return data


# ---------------------------------------------------------------- the store


def set_part(store: Store, part: str, path: Path) -> list[str]:
    """Store a reference document or logo; returns one line per kind of thing removed from it."""
    data = _read(path, part)
    notes: list[str] = []
    if part == "reference_docx":
        data, notes = check_reference_docx(data, str(path))
    else:
        check_logo(data, str(path))
    with store.transaction():
        store.conn.execute(
            "INSERT OR REPLACE INTO house_style (name, filename, data) VALUES (?, ?, ?)", (part, Path(path).name, data)
        )
    return notes


def clear(store: Store) -> None:
    with store.transaction():
        store.conn.execute("DELETE FROM house_style")


def get_part(store: Store, part: str) -> bytes | None:
    """A stored part as an export may use it, checked again (InvalidFile, one line, if it cannot be)."""
    row = store.conn.execute("SELECT data FROM house_style WHERE name = ?", (part,)).fetchone()
    if row is None:
        return None
    data = bytes(row[0])
    return usable_reference(data) if part == "reference_docx" else _usable_logo(data)


def describe(store: Store) -> dict[str, str]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT name, filename FROM house_style ORDER BY name")}
