"""Shaped text in the PDF (HarfBuzz through uharfbuzz): Arabic letters joined, marks placed, and text
extracted in its logical order.

Only text that needs it comes here (``bidi.COMPLEX``): the rest of a pack is set by the fast path.
What extraction needs, found with pypdf 7 and poppler 22 (pdftotext):

- a run's glyphs in visual order, the order PDF readers expect: both read a right-to-left stretch
  backwards, one code at a time, to give it in logical order;
- each code's ToUnicode entry the letter as typed. A shaped glyph that is not the font's own glyph
  for its character (a contextual form, a mirrored bracket) is written under a code of its own, from
  Supplementary Private Use Area-A, mapped to that character ("م", not the presentation form "ﻣ");
  a ligature's further letters (the alef of lam-alef) ride on invisible glyphs of no width beside it,
  as a ligature mapped to two letters comes out reversed from poppler;
- on a line with both directions, the runs written in logical order, each at its place, but a
  right-to-left stretch of several runs left to right (pdf.py, _Text._draw_shaped): pypdf keeps the
  order of the content stream, poppler orders by position.

ActualText (marked content) was tried: pypdf ignores it, and poppler reverses its letters again.
What neither gets right: the punctuation that ends a line of a right-to-left paragraph (its leftmost
character) comes out first, or after the number before it. Poppler also wraps right-to-left stretches
in direction marks (U+202B, U+202C) and orders a right-to-left paragraph's runs left to right on a
page mostly left to right; pypdf takes the spaces and brackets after a right-to-left name into it
("سلمان( Mohammed").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_PRIVATE_START = 0xF0000  # Supplementary Private Use Area-A: no text a user types lands here
_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Glyph:
    char: str  # the code the glyph is written under: its character, or one from the private area
    advance: float  # where the next glyph starts, in thousandths of the font size
    x_offset: float
    y_offset: float


class _Shaper:
    """One font's HarfBuzz face, its private codes and what each stands for."""

    def __init__(self, font: TTFont) -> None:
        import uharfbuzz as hb

        self.hb = hb
        self.font = font
        face = font.face
        self.hb_font = hb.Font(hb.Face(hb.Blob(face._ttf_data)))
        self.scale = 1000 / face.unitsPerEm
        self.codes: dict[tuple[int, str], int] = {}  # (glyph, or -1 for an invisible one; text) -> private code
        self.actual: dict[int, str] = {}  # private code -> the text its glyph stands for
        self.next_code = _PRIVATE_START
        self.widths: dict[str, float] = {}
        self.blank = face.charToGlyph.get(32, 0)  # the space's glyph: draws nothing

    def glyphs(self, text: str, rtl: bool) -> list[Glyph]:
        hb = self.hb
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(self.hb_font, buf, _FEATURES)
        infos, positions = buf.glyph_infos, buf.glyph_positions
        scale = self.scale
        # the glyphs of each cluster (the characters HarfBuzz shaped together), in visual order
        clusters: dict[int, list[tuple[int, float, float, float]]] = {}
        order: list[int] = []
        for info, pos in zip(infos, positions, strict=True):
            if info.cluster not in clusters:
                clusters[info.cluster] = []
                order.append(info.cluster)
            clusters[info.cluster].append(
                (info.codepoint, pos.x_advance * scale, pos.x_offset * scale, pos.y_offset * scale)
            )
        starts = sorted(clusters)
        ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
        out: list[Glyph] = []
        for cluster in order:
            glyphs = clusters[cluster]
            chars = text[cluster : ends[cluster]]
            # One glyph stands for the cluster's first character; any other glyph for none (a zero
            # width space), and each further character (the alef of a lam-alef ligature) gets an
            # invisible glyph of no width, so that extraction, which reads a right-to-left stretch
            # backwards one code at a time, puts every character back in its place.
            lead = len(glyphs) - 1 if rtl else 0
            shown = [
                Glyph(self._char(gid, chars[0] if i == lead else "\u200b"), advance, dx, dy)
                for i, (gid, advance, dx, dy) in enumerate(glyphs)
            ]
            carriers = [Glyph(self._char(self.blank, ch, carrier=True), 0.0, 0.0, 0.0) for ch in chars[1:]]
            out += [*carriers[::-1], *shown] if rtl else [*shown, *carriers]
        return out

    def _char(self, gid: int, actual: str, carrier: bool = False) -> str:
        face = self.font.face
        if not carrier and len(actual) == 1 and face.charToGlyph.get(ord(actual)) == gid:
            return actual
        key = (-1 if carrier else gid, actual)
        code = self.codes.get(key)
        if code is None:
            code = self.next_code
            while code in face.charToGlyph:
                code += 1
            self.next_code = code + 1
            self.codes[key] = code
            self.actual[code] = actual
            face.charToGlyph[code] = gid
            face.charWidths[code] = 0 if carrier else face._pdfScale(face.hmetrics[gid][0])
        return chr(code)

    def width(self, text: str) -> float:
        """The shaped width of a word, in thousandths of the font size."""
        w = self.widths.get(text)
        if w is None:
            w = self.widths[text] = sum(g.advance for g in self.glyphs(text, rtl=bool(_rtl(text))))
        return w


def _rtl(text: str):
    from briefing.export.bidi import RTL

    return RTL.search(text)


_SHAPERS: dict[str, _Shaper] = {}


def shaper(font_name: str) -> _Shaper:
    found = _SHAPERS.get(font_name)
    if found is None:
        found = _SHAPERS[font_name] = _Shaper(pdfmetrics.getFont(font_name))
    return found


def width(text: str, font_name: str, size: float) -> float:
    """The width of shaped text in points."""
    return shaper(font_name).width(text) * size / 1000


def text_out(canv, font_name: str, size: float, text: str, rtl: bool) -> tuple[str, float]:
    """PDF text operators that show ``text`` shaped, from the current point; and its width in points.

    The caller's text object must set its font again afterwards (``_curSubset = -1``)."""
    found = shaper(font_name)
    font = found.font
    glyphs = found.glyphs(text, rtl)
    doc = canv._doc
    escape = canv._escape
    char_widths = font.face.charWidths
    default = font.face.defaultWidth
    code: list[str] = []
    size_str = fp_str(size)
    index = 0
    rise = 0.0
    for subset, chunk in font.splitString("".join(g.char for g in glyphs), doc):
        code.append(f"{font.getSubsetInternalName(subset, doc)} {size_str} Tf")
        items: list[str | bytes] = []  # glyph codes and the moves between them
        for byte in chunk:
            g = glyphs[index]
            index += 1
            y = g.y_offset * size / 1000
            if y != rise:  # a mark above or below: raise it
                code += _tj(items, escape)
                items = []
                code.append(f"{fp_str(y)} Ts")
                rise = y
            if g.x_offset:
                items.append(fp_str(-g.x_offset))
            items.append(bytes((byte,)))
            after = char_widths.get(ord(g.char), default) - g.advance + g.x_offset
            if abs(after) > 1e-6:
                items.append(fp_str(after))
        code += _tj(items, escape)
    if rise:
        code.append("0 Ts")
    return " ".join(code), sum(g.advance for g in glyphs) * size / 1000


def _tj(items: list[str | bytes], escape) -> list[str]:
    """One TJ operator: consecutive glyph codes as one string, numbers as they are."""
    if not items:
        return []
    parts = []
    for is_code, group in groupby(items, key=lambda item: isinstance(item, bytes)):
        stretch = list(group)
        parts.append(f"({escape(b''.join(stretch))})" if is_code else " ".join(stretch))  # type: ignore[arg-type]
    return [f"[{' '.join(parts)}] TJ"]


def to_unicode(font_name: str, base_font_name: str, subset: list[int]) -> str | None:
    """A ToUnicode CMap for a subset that holds private codes, mapping each to its text; else None."""
    found = _SHAPERS.get(font_name)
    if found is None or not any(code in found.actual for code in subset):
        return None
    entries = []
    for index, code in enumerate(subset):
        text = found.actual.get(code)
        if text is None:
            text = chr(code)
        entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    blocks = []
    for start in range(0, len(entries), 100):  # at most 100 entries a block
        block = entries[start : start + 100]
        blocks += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({base_font_name})",
            f"/Ordering ({base_font_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{base_font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<00> <FF>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )
