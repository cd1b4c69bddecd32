"""Where each heading of a DOCX falls: the pages of its body laid out from font metrics.

Word and LibreOffice fill in a table of contents' page numbers only when its field is updated;
until then they show the field's stored result. This module lays the body out as they would, in
one pass over the WordprocessingML the writer made (its styles resolved, so a house style's
reference document counts too): paragraphs broken into lines with the widths of the font the
document names (a metric-compatible open font: Carlito for Calibri), their spacing, keep-with-next,
widow and orphan control, tables whose rows do not split and whose header row repeats, page and
section breaks. Its result is an estimate: close to what they show, not a promise.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import cast

from lxml import etree

from briefing.resources import resource

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
EMU_PER_PT = 12700
_P, _R, _T, _TAB, _BR, _CR, _PPR, _RPR, _PSTYLE, _VAL = (
    f"{W}{n}" for n in ("p", "r", "t", "tab", "br", "cr", "pPr", "rPr", "pStyle", "val")
)
_SZ, _B, _I, _TYPE, _SECTPR, _BOOKMARK, _DRAWING, _NBH, _INSTR, _DEL = (
    f"{W}{n}"
    for n in ("sz", "b", "i", "type", "sectPr", "bookmarkStart", "drawing", "noBreakHyphen", "instrText", "delText")
)

# The open faces whose widths stand for the font a DOCX names (regular, bold, italic, bold italic):
# Carlito has Calibri's metrics. A font not named here is measured with the first family shipped.
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "Carlito": ("Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf"),
    "DejaVu Sans Condensed": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
}
SAME_METRICS = {"calibri": "Carlito"}


# ---------------------------------------------------------------- font metrics


class Face:
    """A TrueType face's advance widths (in ems, looked up as characters are first met) and its line
    height (ems: the Windows ascent and descent, as Word uses them)."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        tables = _tables(data)
        upm = struct.unpack_from(">H", data, tables[b"head"][0] + 18)[0]
        hhea = tables[b"hhea"][0]
        ascent, descent, gap = struct.unpack_from(">hhh", data, hhea + 4)
        metrics = struct.unpack_from(">H", data, hhea + 34)[0]
        os2 = tables.get(b"OS/2")
        if os2 is not None:
            win_ascent, win_descent = struct.unpack_from(">HH", data, os2[0] + 74)
            self.line = (win_ascent + win_descent) / upm
        else:
            self.line = (ascent - descent + gap) / upm
        self._advances = struct.unpack_from(f">{metrics * 2}H", data, tables[b"hmtx"][0])[0::2]
        self._upm = upm
        self._glyph = _cmap(data, tables[b"cmap"][0])
        self.widths: dict[str, float] = {}
        self.words: dict[str, float] = {}
        self.missing = 0.0
        self.missing = (self.char("n") or 0.5) * 1.1  # a character the face lacks: about as wide
        # the widest character below U+0500 (Latin, Greek, Cyrillic): a text shorter than the line
        # by that measure needs no measuring
        self.widest = max(self.char(chr(code)) for code in range(0x20, 0x500))

    def char(self, ch: str) -> float:
        w = self.widths.get(ch)
        if w is None:
            code = 0x20 if ch == "\u00a0" else ord(ch)
            glyph = self._glyph(code)
            if glyph:
                advances = self._advances
                w = (advances[glyph] if glyph < len(advances) else advances[-1]) / self._upm
            elif "\u2e80" <= ch <= "\ufaff" or "\uac00" <= ch <= "\ud7af":
                w = 1.0  # CJK, from a fallback font: a square
            else:
                w = self.missing
            self.widths[ch] = w
        return w

    def width(self, word: str) -> float:
        w = self.words.get(word)
        if w is None:
            get, char = self.widths.get, self.char
            w = 0.0
            for ch in word:
                cw = get(ch)
                w += cw if cw is not None else char(ch)
            self.words[word] = w
        return w


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    count = struct.unpack_from(">H", data, 4)[0]
    out = {}
    for n in range(count):
        tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * n)
        out[tag] = (offset, length)
    return out


def _cmap(data: bytes, offset: int) -> Callable[[int], int]:
    """Code point -> glyph (0: none), from the Unicode subtable (format 12, else format 4)."""
    count = struct.unpack_from(">H", data, offset + 2)[0]
    subtables = {}
    for n in range(count):
        platform, encoding, sub = struct.unpack_from(">HHI", data, offset + 4 + 8 * n)
        subtables[platform, encoding] = offset + sub
    for keys, kind, reader in (
        (((3, 10), (0, 4), (0, 6)), 12, _format12),
        (((3, 1), (0, 3), (0, 1), (0, 0)), 4, _format4),
    ):
        for key in keys:
            start = subtables.get(key)
            if start is not None and struct.unpack_from(">H", data, start)[0] == kind:
                return reader(data, start)
    return lambda code: 0


def _format12(data: bytes, start: int) -> Callable[[int], int]:
    groups = struct.unpack_from(">I", data, start + 12)[0]
    flat = struct.unpack_from(f">{3 * groups}I", data, start + 16)
    firsts, lasts, glyphs = flat[0::3], flat[1::3], flat[2::3]

    def glyph(code: int) -> int:
        i = bisect_left(lasts, code)
        return glyphs[i] + code - firsts[i] if i < groups and firsts[i] <= code else 0

    return glyph


def _format4(data: bytes, start: int) -> Callable[[int], int]:
    seg2 = struct.unpack_from(">H", data, start + 6)[0]
    segs = seg2 // 2
    ends = struct.unpack_from(f">{segs}H", data, start + 14)
    starts = struct.unpack_from(f">{segs}H", data, start + 16 + seg2)
    deltas = struct.unpack_from(f">{segs}h", data, start + 16 + 2 * seg2)
    range_at = start + 16 + 3 * seg2
    ranges = struct.unpack_from(f">{segs}H", data, range_at)

    def glyph(code: int) -> int:
        i = bisect_left(ends, code)
        if i >= segs or starts[i] > code or code > 0xFFFF:
            return 0
        if ranges[i] == 0:
            return (code + deltas[i]) & 0xFFFF
        found = struct.unpack_from(">H", data, range_at + 2 * i + ranges[i] + 2 * (code - starts[i]))[0]
        return (found + deltas[i]) & 0xFFFF if found else 0

    return glyph


@cache
def load_face(path: Path) -> Face:
    return Face(path)


_FACES: dict[tuple[str, bool, bool], Face] = {}


def face(family: str, bold: bool, italic: bool) -> Face:
    """The face of a family (loaded when first needed) in this look."""
    found = _FACES.get((family, bold, italic))
    if found is None:
        path = resource("fonts", FAMILIES[family][bold + 2 * italic])
        found = _FACES[family, bold, italic] = load_face(path)
    return found


@cache
def family_for(font: str | None) -> str:
    """The family that measures ``font`` (a name in the DOCX): its own, one with the same metrics,
    else the first one shipped."""
    name = SAME_METRICS.get((font or "").lower(), font or "")
    shipped = [f for f, files in FAMILIES.items() if all(resource("fonts", n).exists() for n in files)]
    if not shipped:
        raise FileNotFoundError("no font to measure the DOCX with")
    return name if name in shipped else shipped[0]


# ---------------------------------------------------------------- styles


@dataclass
class Props:
    """The paragraph and run properties that move text on the page (lengths in points)."""

    size: float = 10.0
    bold: bool = False
    italic: bool = False
    before: float = 0.0
    after: float = 0.0
    line_rule: str = "auto"
    line: float = 1.0  # auto: a multiple of the font's line height; exact / atLeast: points
    left: float = 0.0
    right: float = 0.0
    first: float = 0.0  # first line: + indent, - hanging
    keep_next: bool = False
    keep_lines: bool = False
    widow: bool = False
    page_break_before: bool = False
    contextual: bool = False
    border: float = 0.0  # a bottom border and its distance (the Title's rule)
    num: tuple[str, str] | None = None  # numId, ilvl
    font: str | None = None  # the font the text is set in (w:rFonts w:ascii)

    def copy(self) -> Props:
        return Props(**self.__dict__)


def _on(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    return el.get(f"{W}val", "true") not in ("0", "false", "off", "none")


def _num(value: str | None, default: float = 0.0) -> float:
    """A number from the XML (a house style's may hold anything): the default where it is none."""
    if value is None:
        return default
    try:
        number = float(value)
    except ValueError:
        return default
    return number if abs(number) < 1e7 else default


def apply_ppr(props: Props, ppr: etree._Element | None) -> None:
    if ppr is None:
        return
    for child in ppr:
        tag = child.tag[len(W) :] if child.tag.startswith(W) else ""
        if tag == "spacing":
            before, after = child.get(f"{W}before"), child.get(f"{W}after")
            if before is not None and child.get(f"{W}beforeAutospacing") not in ("1", "true"):
                props.before = _num(before) / 20
            if after is not None and child.get(f"{W}afterAutospacing") not in ("1", "true"):
                props.after = _num(after) / 20
            line = child.get(f"{W}line")
            if line is not None:
                rule = child.get(f"{W}lineRule", "auto")
                props.line_rule = rule
                props.line = _num(line, 240) / 240 if rule == "auto" else _num(line, 240) / 20
        elif tag == "ind":
            left = child.get(f"{W}left", child.get(f"{W}start"))
            right = child.get(f"{W}right", child.get(f"{W}end"))
            if left is not None:
                props.left = _num(left) / 20
            if right is not None:
                props.right = _num(right) / 20
            hanging, first = child.get(f"{W}hanging"), child.get(f"{W}firstLine")
            if hanging is not None:
                props.first = -_num(hanging) / 20
            elif first is not None:
                props.first = _num(first) / 20
        elif tag == "keepNext":
            props.keep_next = bool(_on(child))
        elif tag == "keepLines":
            props.keep_lines = bool(_on(child))
        elif tag == "widowControl":
            props.widow = bool(_on(child))
        elif tag == "pageBreakBefore":
            props.page_break_before = bool(_on(child))
        elif tag == "contextualSpacing":
            props.contextual = bool(_on(child))
        elif tag == "pBdr":
            bottom = child.find(f"{W}bottom")
            if bottom is not None and bottom.get(f"{W}val") not in ("nil", "none"):
                props.border = _num(bottom.get(f"{W}space")) + _num(bottom.get(f"{W}sz"), 4) / 8
        elif tag == "numPr":
            num, level = child.find(f"{W}numId"), child.find(f"{W}ilvl")
            if num is not None:
                props.num = (num.get(f"{W}val", "0"), level.get(f"{W}val", "0") if level is not None else "0")


def apply_rpr(props: Props, rpr: etree._Element | None) -> None:
    if rpr is None:
        return
    for child in rpr:
        tag = child.tag[len(W) :] if child.tag.startswith(W) else ""
        if tag == "sz":
            props.size = max(1.0, _num(child.get(f"{W}val"), 20) / 2)
        elif tag == "b":
            props.bold = bool(_on(child))
        elif tag == "i":
            props.italic = bool(_on(child))
        elif tag == "rFonts":
            props.font = child.get(f"{W}ascii") or child.get(f"{W}hAnsi") or props.font


class Styles:
    """The document's paragraph styles resolved through basedOn, over docDefaults."""

    def __init__(self, styles: etree._Element, numbering: etree._Element | None) -> None:
        self.by_id = {s.get(f"{W}styleId"): s for s in styles.iter(f"{W}style") if s.get(f"{W}type") == "paragraph"}
        self.default_id = next((i for i, s in self.by_id.items() if s.get(f"{W}default") in ("1", "true")), "Normal")
        base = Props()
        defaults = styles.find(f"{W}docDefaults")
        if defaults is not None:
            apply_rpr(base, defaults.find(f"{W}rPrDefault/{W}rPr"))
            apply_ppr(base, defaults.find(f"{W}pPrDefault/{W}pPr"))
        self.base = base
        self.resolved: dict[str | None, Props] = {}
        self.numbering = numbering
        self._lists: dict[tuple[str, str], etree._Element | None] = {}  # a list level's paragraph properties
        self._listed: dict[str | None, Props] = {}

    def get(self, style_id: str | None) -> Props:
        props = self.resolved.get(style_id)
        if props is None:
            props = self.resolved[style_id] = self._resolve(style_id or self.default_id, 0)
        return props

    def _resolve(self, style_id: str, depth: int) -> Props:
        style = self.by_id.get(style_id)
        if style is None:
            return self.base.copy() if style_id == self.default_id else self.get(self.default_id).copy()
        based = style.find(f"{W}basedOn")
        if based is not None and depth < 20:
            props = self._resolve(based.get(f"{W}val", ""), depth + 1)
        else:
            props = self.base.copy()
        apply_ppr(props, style.find(f"{W}pPr"))
        apply_rpr(props, style.find(f"{W}rPr"))
        return props

    def listed(self, style: str | None) -> Props:
        """A list style's properties with its list level's indents."""
        props = self._listed.get(style)
        if props is None:
            props = self._listed[style] = self.get(style).copy()
            self.list_indent(props)
        return props

    def list_indent(self, props: Props) -> None:
        """A list paragraph's indents come from its numbering level."""
        if props.num is None or self.numbering is None:
            return
        if props.num not in self._lists:
            self._lists[props.num] = self._level(*props.num)
        apply_ppr(props, self._lists[props.num])

    def _level(self, num_id: str, level: str) -> etree._Element | None:
        """The paragraph properties of a numbering's level."""
        if self.numbering is None:
            return None
        num = next((n for n in self.numbering.iter(f"{W}num") if n.get(f"{W}numId") == num_id), None)
        abstract_ref = num.find(f"{W}abstractNumId") if num is not None else None
        abstract_id = abstract_ref.get(f"{W}val") if abstract_ref is not None else None
        for abstract in self.numbering.iter(f"{W}abstractNum"):
            if abstract.get(f"{W}abstractNumId") == abstract_id:
                for lvl in abstract.iter(f"{W}lvl"):
                    if lvl.get(f"{W}ilvl") == level:
                        return lvl.find(f"{W}pPr")
        return None


# ---------------------------------------------------------------- lines


def break_lines(
    runs: list[tuple[str, float, bool, bool]], width: float, first_width: float, family: str
) -> list[float]:
    """The font size of each line (the caller applies the line spacing) of runs of text (text, size,
    bold, italic) broken at spaces into lines ``width`` points wide (the first ``first_width``).
    '\\n' is a line break; a word wider than a line is cut between characters."""
    if len(runs) == 1 and "\n" not in runs[0][0]:  # one look, no line break: the common paragraph
        text, size, bold, italic = runs[0]
        font = face(family, bold, italic)
        if len(text) * size * font.widest <= first_width and max(text, default=" ") < "\u0500":
            return [size]  # so short that no character can take it past the line
        count = _one_look(_words(text), font, first_width / size, width / size)
        if count:
            return [size] * count
    lines: list[float] = []
    used = tallest = pending = 0.0  # pending: the width of the space before the next word
    room = first_width
    empty = True
    size = 10.0
    for text, size, bold, italic in runs:
        measure = face(family, bold, italic).width
        space = measure(" ") * size
        for hard_index, hard in enumerate(text.split("\n")):
            if hard_index:
                lines.append(tallest or size)
                used = tallest = pending = 0.0
                room, empty = width, True
            if hard[:1] == " " and not empty:
                pending = space
            for index, word in enumerate(_words(hard)):
                if index:
                    pending = space
                w = measure(word) * size
                if not empty:
                    if used + pending + w <= room:
                        used += pending + w
                        pending = 0.0
                        if size > tallest:
                            tallest = size
                        continue
                    lines.append(tallest)
                    used = tallest = pending = 0.0
                    room, empty = width, True
                if w <= room:
                    used, tallest, empty = w, size, False
                    continue
                for ch in word:  # wider than a line (a long address): cut between characters
                    cw = measure(ch) * size
                    if not empty and used + cw > room:
                        lines.append(tallest)
                        used, room = 0.0, width
                    used += cw
                    tallest, empty = size, False
                pending = 0.0
            if hard[-1:] == " ":
                pending = space
    lines.append(tallest or size)
    return lines


def _words(text: str) -> list[str]:
    """The words a line may break between: at spaces only (a no-break space, a French one before
    ':' or inside « », holds its words together)."""
    return [word for word in text.split(" ") if word]


def _one_look(words: list[str], font: Face, first: float, width: float) -> int:
    """How many lines ``words`` take in one look (widths in ems); 0 when a word is wider than a line."""
    known = list(map(font.words.get, words))  # the words met before: no Python call each
    widths: list[float] = (
        [w if w is not None else font.width(word) for w, word in zip(known, words, strict=True)]
        if None in known
        else cast("list[float]", known)
    )
    space = font.char(" ")
    lines, room, used = 1, first, -space
    for w in widths:
        used += space + w
        if used > room:
            if w > width:
                return 0
            lines, room, used = lines + 1, width, w
    return lines


# ---------------------------------------------------------------- the body as items


@dataclass(slots=True)
class Para:
    heights: list[float]  # each line's height in points
    before: float
    after: float
    keep_next: bool
    keep_lines: bool
    widow: bool
    style: str | None
    contextual: bool
    page_break_before: bool = False
    breaks: list[int] = field(default_factory=list)  # page breaks: before line n
    tail: bool = True  # after its last page break the paragraph has text (else nothing shows there)
    section: str | None = None  # a section ends after this paragraph: the next one's start type
    bookmarks: list[str] = field(default_factory=list)
    slack: float = 0.0  # a line's extra leading (line spacing over single): it may hang below the page


@dataclass(slots=True)
class Row:
    height: float
    cant_split: bool
    header: bool
    lines: list[float]  # the tallest cell's line heights, for a row split across pages


@dataclass
class Tbl:
    rows: list[Row]


class Layout:
    """Lays the body out; ``pages`` maps each bookmark to the page (1-based) its paragraph starts on."""

    def __init__(self, body: etree._Element, styles: Styles) -> None:
        self.styles = styles
        sect = body.find(f"{W}sectPr")
        size = sect.find(f"{W}pgSz") if sect is not None else None
        margins = sect.find(f"{W}pgMar") if sect is not None else None

        def twips(el, name: str, default: float) -> float:
            value = el.get(f"{W}{name}") if el is not None else None
            return abs(_num(value, default * 20)) / 20

        self.page_w = twips(size, "w", 595.3)
        self.page_h = twips(size, "h", 841.9)
        self.text_w = self.page_w - twips(margins, "left", 72) - twips(margins, "right", 72)
        self.body_h = self.page_h - twips(margins, "top", 72) - twips(margins, "bottom", 72)
        self._direct: dict[bytes, Props] = {}  # a paragraph's direct formatting -> its properties
        self.items: list[Para | Tbl] = []
        ends: list[Para] = []  # the paragraphs that end a section
        for child in body:
            if child.tag == _P:
                para = self.paragraph(child, self.text_w)
                if para.section is not None:
                    ends.append(para)
                self.items.append(para)
            elif child.tag == f"{W}tbl":
                self.items.append(self.table(child))
        # a section's w:type says how that section starts: the break after a section is the next one's
        starts = [para.section or "nextPage" for para in ends[1:]]
        final = sect.find(_TYPE) if sect is not None else None
        starts.append(final.get(_VAL, "nextPage") if final is not None else "nextPage")
        for para, start in zip(ends, starts, strict=False):  # no section break: only the final one
            para.section = start
        self.pages: dict[str, int] = {}
        self.positions: dict[str, tuple[int, float]] = {}

    # -- measuring

    def _line_height(self, props: Props, size: float) -> float:
        natural = face(family_for(props.font), False, False).line * size
        if props.line_rule == "exact":
            return props.line
        if props.line_rule == "atLeast":
            return max(props.line, natural)
        return natural * props.line

    def paragraph(self, p: etree._Element, width: float) -> Para:
        ppr = p.find(_PPR)
        style = None
        section = None
        props = None
        if ppr is not None:
            style_el = ppr.find(_PSTYLE)
            if style_el is not None:
                style = style_el.get(_VAL)
            props = self.styles.get(style)
            if len(ppr) > (style_el is not None):  # direct formatting: indents, tabs, a section's end
                key = etree.tostring(ppr)  # the same formatting again (a list's items): resolved once
                direct = self._direct.get(key)
                if direct is None:
                    direct = self._direct[key] = props.copy()
                    apply_ppr(direct, ppr)
                    if direct.num is not None:  # the list level's indents, then the paragraph's own over them
                        self.styles.list_indent(direct)
                        apply_ppr(direct, ppr)
                    apply_rpr(direct, ppr.find(_RPR))
                props = direct
                sect = ppr.find(_SECTPR)
                if sect is not None:
                    kind = sect.find(_TYPE)
                    section = kind.get(_VAL, "nextPage") if kind is not None else "nextPage"
        if props is None:
            props = self.styles.get(None)
        if props.num is not None and props is self.styles.resolved.get(style):
            props = self.styles.listed(style)
        room = max(width - props.left - props.right, 20.0)
        first_room = max(room - props.first, 20.0) if props.first > 0 else room
        base = (props.size, props.bold, props.italic)
        runs: list[tuple[str, float, bool, bool]] = []
        breaks: list[int] = []
        bookmarks: list[str] = []
        tail = True
        pictures = 0.0
        pieces: list[str] = []
        look = base
        if next(p.iter(_RPR, _TAB, _BR, _CR, _DRAWING, _BOOKMARK, _NBH, _INSTR, _DEL), None) is None:
            # plain text in the paragraph's own look, the most common: all its text is w:t's
            text = etree.tostring(p, method="text", encoding="unicode", with_tail=False)
            if text:
                runs.append((text, *base))
            elements: Iterable[etree._Element] = ()
        else:
            elements = p.iter(_R, _BOOKMARK)
        for r in elements:
            if r.tag == _BOOKMARK:
                bookmarks.append(r.get(f"{W}name", ""))
                continue
            rpr = r.find(_RPR)
            if rpr is None:
                new = base
            else:
                sz, b, i = rpr.find(_SZ), rpr.find(_B), rpr.find(_I)
                new = (
                    max(1.0, _num(sz.get(_VAL), 20) / 2) if sz is not None else base[0],
                    bool(_on(b)) if b is not None else base[1],
                    bool(_on(i)) if i is not None else base[2],
                )
            if new != look and pieces:
                runs.append(("".join(pieces), *look))
                pieces = []
            look = new
            for child in r:
                tag = child.tag
                if tag == _T:
                    text = child.text or ""
                    pieces.append(text)
                    if not tail and text.strip():
                        tail = True
                elif tag == _TAB:
                    pieces.append(" ")
                elif tag in (_BR, _CR):
                    if child.get(_TYPE) == "page":
                        if pieces:
                            runs.append(("".join(pieces), *look))
                            pieces = []
                        shown = any(not t.isspace() for t, *_ in runs)
                        breaks.append(len(break_lines(runs, room, first_room, family_for(props.font))) if shown else 0)
                        if shown:
                            pieces.append("\n")  # what follows starts a line of its own
                        tail = False
                    else:
                        pieces.append("\n")
                elif tag == _DRAWING:
                    for extent in child.iter(f"{WP}extent"):
                        pictures = max(pictures, _num(extent.get("cy")) / EMU_PER_PT)
                        tail = True
                        break
                elif tag == _NBH:
                    pieces.append("-")
        if pieces:
            runs.append(("".join(pieces), *look))
        if any(not t.isspace() for t, *_ in runs):
            sizes = break_lines(runs, room, first_room, family_for(props.font))
        else:
            sizes = [max([props.size] + [run[1] for run in runs])]
        first_size = sizes[0]
        height = self._line_height(props, first_size)
        heights = [height if size == first_size else self._line_height(props, size) for size in sizes]
        if pictures:
            heights[0] = max(heights[0], pictures * (props.line if props.line_rule == "auto" else 1.0))
        slack = height - height / props.line if props.line_rule == "auto" and props.line > 1 else 0.0
        if props.border:
            heights[-1] += props.border
        return Para(
            heights,
            props.before,
            props.after,
            props.keep_next,
            props.keep_lines,
            props.widow,
            style,
            props.contextual,
            props.page_break_before,
            breaks,
            tail,
            section,
            bookmarks,
            slack,
        )

    def table(self, tbl: etree._Element) -> Tbl:
        grid = [max(0.0, _num(c.get(f"{W}w"))) / 20 for c in tbl.iter(f"{W}gridCol")]
        tbl_pr = tbl.find(f"{W}tblPr")
        margins = {"top": 0.0, "bottom": 0.0, "left": 5.4, "right": 5.4}
        border = 0.0
        if tbl_pr is not None:
            cell_mar = tbl_pr.find(f"{W}tblCellMar")
            if cell_mar is not None:
                for side in margins:
                    el = cell_mar.find(f"{W}{side}")
                    if el is not None:
                        margins[side] = _num(el.get(f"{W}w")) / 20
            borders = tbl_pr.find(f"{W}tblBorders")
            if borders is not None:
                inside = borders.find(f"{W}insideH")
                if inside is not None and inside.get(f"{W}val") not in ("nil", "none"):
                    border = _num(inside.get(f"{W}sz"), 4) / 8
        rows = []
        for tr in tbl.iterfind(f"{W}tr"):
            tr_pr = tr.find(f"{W}trPr")
            cant_split = header = False
            if tr_pr is not None:
                cant_split = bool(_on(tr_pr.find(f"{W}cantSplit")))
                header = bool(_on(tr_pr.find(f"{W}tblHeader")))
            column = 0
            tallest: list[float] = []
            height = 0.0
            for tc in tr.iterfind(f"{W}tc"):
                span_el = tc.find(f"{W}tcPr/{W}gridSpan")
                span = max(1, int(_num(span_el.get(f"{W}val"), 1))) if span_el is not None else 1
                width = sum(grid[column : column + span]) or self.text_w / max(1, len(grid))
                column += span
                inner = width - margins["left"] - margins["right"]
                lines: list[float] = []
                total = 0.0
                for index, p in enumerate(tc.iterfind(f"{W}p")):
                    para = self.paragraph(p, inner)
                    total += (para.before if index else 0.0) + sum(para.heights) + para.after
                    lines.extend(para.heights)
                if total > height:
                    height, tallest = total, lines
            rows.append(Row(height + margins["top"] + margins["bottom"] + border, cant_split, header, tallest))
        return Tbl(rows)

    # -- placing

    def run(self) -> dict[str, int]:
        """Place every item. Spacing as LibreOffice lays a DOCX out: between two paragraphs the larger
        of the first's space after and the second's space before (none between two of the same style
        that ask for contextual spacing), and no space before at the top of a page the text flowed onto
        (it stays after a page or section break)."""
        page, y = 1, 0.0
        full = self.body_h
        items = self.items
        pending = 0.0  # the previous paragraph's space after, not yet added
        previous: Para | None = None
        hard = True  # the top of the page is the document's start or follows a break
        for index, item in enumerate(items):
            if isinstance(item, Tbl):
                if y > 0:
                    y += pending
                pending = 0.0
                page, y = self._place_table(item, page, y)
                previous = None
                hard = False
                continue
            para = item
            if para.page_break_before:
                if y > 0:
                    page, y, pending = page + 1, 0.0, 0.0
                hard = True
            if previous is not None and para.contextual and previous.contextual and previous.style == para.style:
                space = 0.0
            else:
                space = max(pending, para.before)
            if y == 0 and not hard:
                space = 0.0
            lines = para.heights
            head = lines[: para.breaks[0]] if para.breaks else lines
            if head:
                if para.keep_next and index + 1 < len(items):
                    need = sum(head) + self._keep_chain(index + 1, para.after)
                elif para.keep_lines or len(head) <= (3 if para.widow else 1):
                    need = sum(head)
                else:  # orphan control keeps the first two lines together
                    need = sum(head[: 2 if para.widow else 1])
                if y > 0 and y + space + need > full + para.slack + 0.01 and need <= full:
                    page, y, space = page + 1, 0.0, 0.0  # flowed to the next page: no space before
            for name in para.bookmarks:
                self.pages.setdefault(name, page)
                self.positions.setdefault(name, (page, y + space))
            y += space
            hard = False
            if para.breaks:
                start = 0
                for at in para.breaks:
                    page, y = self._flow_lines(lines[start:at], page, y, para.widow, para.slack)
                    page, y = page + 1, 0.0
                    start = at
                if para.tail:
                    page, y = self._flow_lines(lines[start:], page, y, para.widow, para.slack)
                    pending = para.after
                else:
                    pending, hard = 0.0, True
            else:
                page, y = self._flow_lines(lines, page, y, para.widow, para.slack)
                pending = para.after
            if para.section is not None:
                page, y, pending, hard = page + 1, 0.0, 0.0, True
                if (para.section == "oddPage" and page % 2 == 0) or (para.section == "evenPage" and page % 2 == 1):
                    page += 1
            previous = para
        return self.pages

    def _keep_chain(self, index: int, after: float) -> float:
        """What a keep-with-next paragraph needs below it on its page: the spacing, and the next item's
        start (its first two lines, all of a paragraph kept with the next, a table's first rows)."""
        need = 0.0
        for item in self.items[index : index + 200]:
            if isinstance(item, Tbl):
                rows = item.rows
                head = [r for r in rows[:2] if r.header]
                body = rows[len(head) : len(head) + 1]
                return need + after + sum(r.height for r in head) + sum(r.height for r in body)
            need += max(after, item.before)
            if not item.keep_next:
                return need + sum(item.heights[:2])
            need += sum(item.heights)
            after = item.after
        return need

    def _flow_lines(
        self, lines: list[float], page: int, y: float, widow: bool, slack: float = 0.0
    ) -> tuple[int, float]:
        """Lines down the page and onto the next ones (widow and orphan control: no single line
        alone on either page). A line fits even if its extra leading (``slack``) hangs below."""
        full = self.body_h + slack
        n = len(lines)
        i = 0
        while i < n:
            room = full - y
            fit = 0
            used = 0.0
            while i + fit < n and used + lines[i + fit] <= room + 0.01:
                used += lines[i + fit]
                fit += 1
            if i + fit == n:
                return page, y + used
            if widow and n - i >= 2:
                rest = n - i - fit
                if rest == 1 and fit > 1:  # no single last line on the next page
                    fit -= 1
                if fit == 1 and n - i > 1:  # no single first line at the foot
                    fit = 0
            if fit == 0 and y == 0:
                fit = 1  # a line taller than the page
            i += fit
            page += 1
            y = 0.0
        return page, y

    def _place_table(self, table: Tbl, page: int, y: float) -> tuple[int, float]:
        """Rows down the page; on every page the table continues on, its header rows again. A row
        that may not split goes to the next page whole, unless it is taller than a page (then it
        starts a page and flows on); another splits between its lines."""
        full = self.body_h
        rows = table.rows
        header = 0.0
        for row in rows:
            if not row.header:
                break
            header += row.height
        fresh = max(full - header, 12.0)  # what a page the table continues on holds
        started = False
        for row in rows:
            if row.header and not started:
                if y > 0 and y + row.height > full + 0.01:
                    page, y = page + 1, 0.0
                y += row.height
                continue
            started = True
            if y + row.height <= full + 0.01:
                y += row.height
                continue
            if row.cant_split:
                if y > header + 0.01:
                    page, y = page + 1, header
                if row.height <= fresh + 0.01:
                    y += row.height
                    continue
            remaining = row.height
            room = full - y
            while remaining > room + 0.01:
                take = 0.0
                for h in row.lines:  # the tallest cell's lines that fit in what is left of the page
                    if take + h > room:
                        break
                    take += h
                remaining -= min(remaining, take or max(room, 12.0))
                page, y, room = page + 1, header, fresh
            y += remaining
        return page, y


def heading_pages(body: etree._Element, styles: etree._Element, numbering: etree._Element | None) -> dict[str, int]:
    """Bookmark name -> page number (1-based, every page counted, the cover too)."""
    return Layout(body, Styles(styles, numbering)).run()
