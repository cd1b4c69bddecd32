"""The PDF writer (reportlab platypus): one layout pass.

Page furniture ("page N of M", title, marking) and the table of contents' page numbers are
drawn when the document is saved, once every page is known, so the body is laid out once
(no multiBuild passes). User text is never parsed as markup: every paragraph of it is set by
``_Text`` (body, headings, cover, table cells), whose time grows linearly with the text however
long one field is; the TOC rows, the only Paragraphs left, get a title of at most 200 characters
escaped by ``_text``.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import DocIf

from briefing.core.pack import document as d
from briefing.export import hyphenation, shaping
from briefing.export.bidi import COMPLEX, base_level, levels, reorder
from briefing.export.text import clean
from briefing.resources import resource

FONT = "BriefingSans"
INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#4d5763")  # secondary text, still readable ink (7:1 on white)
RULE = colors.HexColor("#c9d2dc")
SHADE = colors.HexColor("#eef2f6")
MARK = colors.HexColor("#a4161a")
STRONG = colors.HexColor("#d5dee8")  # rows that must stand out (the run sheet's transfers)
KEPT_WHOLE = ("themes", "articles")  # sections whose parts (a theme, an article) move whole when short
LEADER_STEP = 4.0  # points between the dots of the contents' leaders
KEEP_WHOLE = 0.45  # of a page: the most a theme or an article may take to go whole to the next page


@dataclass(frozen=True)
class _Page:
    """A page size and its margins; ``compact`` sets smaller type (the escorts' pocket run sheet)."""

    width: float
    height: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    compact: bool = False

    @property
    def text_w(self) -> float:
        return self.width - 2 * self.margin_x

    @property
    def body_h(self) -> float:
        return self.height - self.margin_top - self.margin_bottom


PAGES = {
    "a4": _Page(A4[0], A4[1], 30 * mm, 22 * mm, 20 * mm),  # a 150 mm measure: lines of about 85 characters
    "a5_landscape": _Page(landscape(A5)[0], landscape(A5)[1], 11 * mm, 15 * mm, 14 * mm, compact=True),
}


# reportlab prints U+00A0 as a space (code 32); under this key a no-break space keeps a code of its
# own, mapped back to U+00A0 in the font's subset: it stays a no-break space in the text a reader copies
_NBSP_KEY = 0x10FFFD


class _Font(TTFont):
    """TTFont whose subset encoding takes a fast path for text whose characters it has all seen.

    reportlab encodes every string character by character in Python (TTFont.splitString), which
    is the largest single cost of a long pack. Once a character has its code in the first subset,
    the same mapping is done here by one str.translate; anything else goes the original way.
    """

    def __init__(self, name: str, path: str, *args, **kwargs) -> None:
        super().__init__(name, path, *args, **kwargs)
        face = self.face  # reportlab gives every face a U+00A0 (the space's glyph if it has none)
        face.charToGlyph[_NBSP_KEY] = face.charToGlyph[0xA0]
        face.charWidths[_NBSP_KEY] = face.charWidths[0xA0]

    def splitString(self, text, doc, encoding="utf-8"):
        state = self.state.get(doc)
        if state is not None and text and isinstance(text, str):
            assignments = state.assignments
            fast = getattr(state, "_briefing_fast", None)
            if fast is None or fast[0] != len(assignments):
                table = {code: chr(n) for code, n in assignments.items() if n < 256}
                if _NBSP_KEY in table:
                    table[0xA0] = table[_NBSP_KEY]
                fast = state._briefing_fast = (len(assignments), table, frozenset(map(chr, table)))
            _, table, known = fast
            if known.issuperset(text):
                return [(0, text.translate(table).encode("latin-1"))]
        if isinstance(text, str) and "\xa0" in text:
            parts = super().splitString(text.replace("\xa0", chr(_NBSP_KEY)), doc, encoding)
            state = self.state[doc]
            code = state.assignments[_NBSP_KEY]
            subset = state.subsets[code >> 8]
            if subset[code & 0xFF] == _NBSP_KEY:  # the subset's text map: back to U+00A0
                subset[code & 0xFF] = 0xA0
            return parts
        return super().splitString(text, doc, encoding)

    def addObjects(self, doc) -> None:
        """The font's objects; a subset holding shaped glyphs gets a ToUnicode map to the text they show."""
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            cmap = shaping.to_unicode(self.fontName, base, subset)
            if cmap is not None:
                doc.idToObject["toUnicodeCMap:" + base].content = cmap


# The fonts a character is looked up in, in order: Carlito (metric-compatible with Calibri, the font
# the DOCX names: Latin for every EU language, Greek, Cyrillic), DejaVu Sans Condensed (Arabic,
# Hebrew, Georgian, Armenian, symbols), then Droid Sans Fallback (Chinese, Japanese, Korean).
FACES = {
    FONT: ("Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf"),
    "BriefingDejaVu": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "BriefingFallback": ("DroidSansFallbackFull.ttf",) * 4,
}
CHAIN = tuple(FACES)
FALLBACK = CHAIN[-1]


@cache
def _register(family: str) -> frozenset[str]:
    """Registers a family of the chain (the fallbacks only when a pack needs them); its characters."""
    files = FACES[family]
    styles = ("", "-Bold", "-Italic", "-BoldItalic")
    names: tuple[str, ...]
    if len(set(files)) == 1:  # one face for every style
        names = (family,) * 4
        pdfmetrics.registerFont(_Font(family, str(resource("fonts", files[0]))))
    else:
        names = tuple(family + style for style in styles)
        for name, file in zip(names, files, strict=True):
            pdfmetrics.registerFont(_Font(name, str(resource("fonts", file))))
    pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])
    return frozenset(map(chr, pdfmetrics.getFont(family).face.charToGlyph))


def _register_fonts() -> str:
    _register(FONT)
    return FONT


def _covered() -> frozenset[str]:
    """The characters the pack's own font draws."""
    return _register(FONT)


_FAMILIES: dict[str, str | None] = {}  # a character: the first family of the chain that draws it (a space: None)
_LINE_BREAKS = frozenset("\n\r")
_LOADED: list[str] = []  # the families of the chain whose characters _FAMILIES holds, in order


def _families(text: str) -> dict[str, str | None]:
    """The characters' families, with as many fonts of the chain loaded as ``text`` needs."""
    families = _FAMILIES
    needed = set(text)
    needed -= _LINE_BREAKS  # a line break (the cover's glance, a field's lines) is drawn by no font
    while len(_LOADED) < len(CHAIN) and not families.keys() >= needed:
        family = CHAIN[len(_LOADED)]
        for ch in _register(family):
            families.setdefault(ch, family)
        families[" "] = None
        _LOADED.append(family)
    return families


def _by_font(text: str) -> list[tuple[str, str]]:
    """Text cut into stretches, each with the family of the chain that draws it (FONT, then the fallbacks).

    Spaces stay with the stretch before them: a name in Arabic is one stretch, spaces and all.
    Characters no font has (emoji) stay with the pack's font and print as its blank glyph."""
    if _covered().issuperset(text):
        return [(FONT, text)]
    out: list[tuple[str, str]] = []
    lead = ""  # spaces before any letter
    for family, stretch in groupby(text, _families(text).get):
        chars = "".join(stretch)
        if family is None and chars.strip(" "):
            family = FONT
        if family is None and not out:
            lead = chars
        elif out and (family is None or family == out[-1][0]):
            out[-1] = (out[-1][0], out[-1][1] + chars)
        else:
            out.append((family or FONT, chars))
    if not out:
        return [(FONT, lead)]
    out[0] = (out[0][0], lead + out[0][1])
    return out


@cache
def _styles(compact: bool = False) -> dict[str, ParagraphStyle]:
    s = _full_styles()
    if not compact:
        return s
    out = {}
    for name, style in s.items():  # the pocket run sheet: smaller type, tighter spacing
        # the run sheet's cells stay at the least table size: it is read standing, on the move
        scale = 0.72 if name in ("h1", "cover_title") else 0.9
        # never under the pack's least sizes: 10 pt for text, 9 pt for small print
        size = max(style.fontSize * scale, min(style.fontSize, BODY_PT if style.fontSize >= BODY_PT else TABLE_PT))
        out[name] = ParagraphStyle(
            name,
            style,
            fontSize=size,
            leading=style.leading * size / style.fontSize,
            spaceBefore=style.spaceBefore * 0.6,
            spaceAfter=style.spaceAfter * 0.6,
        )
    return out


# The pack's type: Carlito (Calibri's metrics) at 11 pt on lines of about 85 characters (the A4 page's
# 150 mm measure), tables at 9.5 pt. The DOCX's default styles (packaging/make_reference_docx.py and
# export/docx.py) set the same sizes, leading and margins, so both formats break lines alike.
BODY_PT, TABLE_PT = 10, 9  # the least sizes, for the pocket run sheet's smaller type
LIST_INDENT = 14  # a bullet list's hanging indent (points): the bullet in it, wrapped lines aligned with the text
ENTRY_INDENT = 4 * mm  # a who's-who entry's lines, under its name


@cache
def _full_styles() -> dict[str, ParagraphStyle]:
    font = _register_fonts()
    base = ParagraphStyle(
        "body", fontName=font, fontSize=11, leading=15, textColor=INK, spaceAfter=5, bulletFontName=font
    )
    s = {"body": base}
    s["bullet"] = ParagraphStyle("bullet", base, spaceAfter=2)  # a list's item (the DOCX's List Bullet)
    s["lead"] = ParagraphStyle("lead", base, fontName=f"{font}-Italic", textColor=INK, spaceAfter=6)
    s["small"] = ParagraphStyle("small", base, fontSize=9.5, leading=12.5, textColor=MUTED, spaceAfter=3)
    s["quote"] = ParagraphStyle("quote", base, leftIndent=10, textColor=MUTED)
    s["flag"] = ParagraphStyle("flag", base, textColor=MARK)
    s["label"] = ParagraphStyle("label", base, fontName=f"{font}-Bold", spaceAfter=2, keepWithNext=1)
    s["cell"] = ParagraphStyle("cell", base, fontSize=9.5, leading=12, spaceAfter=2)
    s["head_cell"] = ParagraphStyle("head_cell", s["cell"], fontName=f"{font}-Bold", textColor=colors.white)
    s["field_label"] = ParagraphStyle("field_label", s["cell"], fontName=f"{font}-Bold", textColor=MUTED)
    s["h1"] = ParagraphStyle(
        "h1",
        base,
        fontName=f"{font}-Bold",
        fontSize=20,
        leading=24,
        textColor=ACCENT,
        spaceAfter=10,
        keepWithNext=1,
    )
    s["h2"] = ParagraphStyle(
        "h2",
        base,
        fontName=f"{font}-Bold",
        fontSize=14,
        leading=17,
        textColor=ACCENT,
        spaceBefore=10,
        spaceAfter=5,
        keepWithNext=0,  # a CondPageBreak goes before it instead: a day's table may start under its heading
    )
    s["h3"] = ParagraphStyle(
        "h3", base, fontName=f"{font}-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=3, keepWithNext=1
    )
    s["continued"] = ParagraphStyle("continued", s["h3"], textColor=ACCENT, spaceBefore=0, keepWithNext=0)
    s["entry"] = ParagraphStyle("entry", base, fontName=f"{font}-Bold", fontSize=12, leading=15, spaceAfter=1)
    s["entry_line"] = ParagraphStyle("entry_line", base, spaceAfter=1, leftIndent=ENTRY_INDENT)
    s["entry_item"] = ParagraphStyle("entry_item", s["entry_line"], leftIndent=0)  # in a list, indented by it
    s["toc1"] = ParagraphStyle("toc1", base, fontName=f"{font}-Bold", fontSize=11.5, leading=15)
    s["toc2"] = ParagraphStyle("toc2", base, leftIndent=6 * mm, fontSize=11, leading=14)
    s["cover_title"] = ParagraphStyle(
        "cover_title", base, fontName=f"{font}-Bold", fontSize=28, leading=33, textColor=ACCENT, spaceAfter=18
    )
    s["cover_kicker"] = ParagraphStyle("cover_kicker", base, fontSize=12, leading=15, textColor=MUTED, spaceAfter=6)
    s["cover_field"] = ParagraphStyle("cover_field", base, fontSize=12, leading=16)
    s["cover_label"] = ParagraphStyle("cover_label", s["cover_field"], textColor=MUTED)
    s["cover_glance"] = ParagraphStyle("cover_glance", s["h3"], textColor=ACCENT, keepWithNext=1)
    s["reader"] = ParagraphStyle(
        "reader",
        base,
        fontName=f"{font}-Bold",
        fontSize=15,
        leading=19,
        textColor=colors.white,
        alignment=TA_CENTER,
        spaceAfter=0,
    )
    return s


# ---------------------------------------------------------------- text safety, in one place


def _text(text: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept, the fallback font where needed."""
    parts = []
    for family, stretch in _by_font(clean(text)):
        stretch = escape(stretch).replace("\n", "<br/>")
        parts.append(f'<font name="{family}">{stretch}</font>' if family != FONT else stretch)
    return "".join(parts)


def _para(line: d.Line, style: str, styles: dict[str, ParagraphStyle] | None = None, lang: str = "") -> Flowable:
    """A paragraph of user text, set by _Text: never parsed as markup."""
    return _Text(line, (styles or _styles())[style], lang=lang)


def _plain(
    text: str, style: str, empty: str = "", styles: dict[str, ParagraphStyle] | None = None, lang: str = ""
) -> Flowable:
    """A string of user text (a title, a field's value) as a paragraph set by _Text."""
    return _Text([d.Span(text or empty)], (styles or _styles())[style], lang=lang)


Segment = tuple[str, Color, str]  # font, colour, text: one stretch of a line in one look
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
_SHAPED_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
# styles whose text is never hyphenated: headings, titles, names (the who's who entry), the marking
_UNHYPHENATED = frozenset({"h1", "h2", "h3", "cover_title", "cover_kicker", "entry", "marking", "reader"})
_SENTENCE_END = ".!?"
_LONG_WORD = 2 * hyphenation.MIN_PART  # a shorter word is never hyphenated


def _measure(font: str, size: float) -> Callable[[str], float]:
    cache = _WIDTHS.setdefault((font, size), {})

    def measure(text: str) -> float:
        w = cache.get(text)
        if w is None:
            w = cache[text] = pdfmetrics.stringWidth(text, font, size)
        return w

    return measure


def _measure_shaped(font: str, size: float) -> Callable[[str], float]:
    """Widths for a run with text to shape: a word that needs shaping is measured shaped."""
    plain = _measure(font, size)
    cache = _SHAPED_WIDTHS.setdefault((font, size), {})

    def measure(text: str) -> float:
        w = cache.get(text)
        if w is None:
            w = cache[text] = shaping.width(text, font, size) if COMPLEX.search(text) else plain(text)
        return w

    return measure


def _starts_sentence(previous: str | None) -> bool:
    return previous is None or previous.rstrip("\"'»”’)]")[-1:] in _SENTENCE_END


_NO_BREAK = "\xa0\u2007\u202f"  # no-break, figure and narrow no-break spaces: part of the word around them
_BREAKABLE = re.compile(f"[^\\S{_NO_BREAK}]+")


def _breaks(ch: str) -> bool:
    """Whether a line may break at ``ch`` (a space, but not a no-break space)."""
    return ch.isspace() and ch not in _NO_BREAK


def _words(text: str) -> list[str]:
    """The words of a line, cut at spaces where a line may break (str.split cuts at no-break spaces too)."""
    if "\xa0" in text or "\u202f" in text or "\u2007" in text:
        return [word for word in _BREAKABLE.split(text) if word]
    return text.split()


class _Text(Flowable):
    """A paragraph of spans (bold, italic, muted), broken into lines with cached word widths.

    Several times faster than Paragraph for the bulk of a pack (article bodies, table cells,
    who's who), and immune to markup by construction: the text is never parsed. A word that does
    not fit at the end of a line is hyphenated in the pack's language where it may be (``lang``;
    see export/hyphenation.py); words wider than the column that cannot be (long URLs) are broken
    between characters. Splits across frames and table rows, never leaving a single first line at
    the foot of a page. The lines are broken once; a split costs the same however long the text is
    (reportlab re-measures a table row's cells at every page it splits the row across, and a
    Paragraph breaks all of its remaining text again each time).

    Text with Arabic, Hebrew or another script that needs shaping takes a slower path, and only
    that text: its words are measured shaped, and each of its lines is put in visual order by the
    bidirectional algorithm (export/bidi.py) and shaped run by run (export/shaping.py). A paragraph
    whose first strong character is right-to-left is set right to left, flush right.
    """

    def __init__(
        self,
        line: d.Line,
        style: ParagraphStyle,
        lines: list[list[Segment]] | None = None,
        span: range | None = None,
        lang: str = "",
    ) -> None:
        super().__init__()
        self.style = style
        self.spans = line
        self.lang = lang
        # The lines as broken, and which of them this flowable sets: the parts a split makes share
        # the one list, so splitting a long text page after page costs nothing per line.
        self._lines = lines
        self._span = span if span is not None else range(len(lines)) if lines is not None else range(0)
        self._for_width: float | None = None
        self._shaped = False  # some text needs shaping or right-to-left order
        self._bases: list[int] = []  # with it: each line's paragraph direction (0 left to right, 1 right to left)

    def _runs(self) -> list[tuple[str, Color, str]]:
        _, style_bold, style_italic = ps2tt(self.style.fontName)
        runs = []
        for span in self.spans:
            bold, italic = int(style_bold or span.bold), int(style_italic or span.italic)
            color = MUTED if span.muted else self.style.textColor
            for family, text in _by_font(clean(span.text)):
                runs.append((tt2ps(family, bold, italic), color, text))
        self._shaped = any(COMPLEX.search(text) for _, _, text in runs)
        return runs

    def _break(self, width: float) -> list[list[Segment]]:
        size = self.style.fontSize
        lines: list[list[Segment]] = []
        current: list[Segment] = []
        used = 0.0
        pending_space = False
        lang = "" if self.style.name in _UNHYPHENATED else self.lang
        previous: str | None = None  # the word before, for hyphenating a sentence's capitalised first word
        text_lang: str | None = None  # the language the text is hyphenated in, found when a word first needs it
        paragraph = 0  # which hard line (bidi paragraph) the line being filled belongs to
        line_paragraph: list[int] = []

        def put(font: str, color: Color, text: str) -> None:
            if current and current[-1][0] == font and current[-1][1] is color:  # is: Color.__eq__ is slow
                current[-1] = (font, color, current[-1][2] + text)
            else:
                current.append((font, color, text))

        def newline() -> None:
            nonlocal current, used, pending_space
            lines.append(current)
            line_paragraph.append(paragraph)
            current, used, pending_space = [], 0.0, False

        def set_long(font: str, color: Color, word: str, gap: float, cuts: tuple[int, ...], measure) -> None:
            """A word that does not fit the line: hyphenated at the last break that fits, else moved to a
            new line, or broken between characters when wider than the column and no break fits (a long URL)."""
            nonlocal used
            start = 0  # how much of the word is set, on the lines before
            while True:
                rest = word[start:]
                w = measure(rest)
                if used + gap + w <= width:
                    if gap:
                        put(font, color, " ")
                    put(font, color, rest)
                    used += gap + w
                    break
                cut = 0  # the last break whose part and hyphen fit the line
                for point in cuts:
                    if point <= start:
                        continue
                    if used + gap + measure(word[start:point] + "-") > width:
                        break
                    cut = point
                if cut:
                    if gap:
                        put(font, color, " ")
                    put(font, color, word[start:cut] + "-")
                    newline()
                    gap, start = 0.0, cut
                elif current and (w <= width or (cuts and cuts[-1] > start)):
                    newline()  # the word, or its next part, goes to a new line
                    gap = 0.0
                else:  # wider than the column, and no break fits
                    if gap:
                        put(font, color, " ")
                        used += gap
                    for ch in rest:
                        cw = measure(ch)
                        if used + cw > width and current:
                            newline()
                        put(font, color, ch)
                        used += cw
                    break

        runs = self._runs()
        # each hard line's direction; a right-to-left one is not hyphenated (its hyphen would stand apart)
        directions = [base_level(p) for p in "".join(t for _, _, t in runs).split("\n")] if self._shaped else [0]
        for font, color, text in runs:
            shaped = self._shaped and COMPLEX.search(text) is not None
            measure = _measure_shaped(font, size) if shaped else _measure(font, size)
            space = measure(" ")
            for hard_index, hard in enumerate(text.split("\n")):
                if hard_index:
                    newline()
                    paragraph += 1
                    previous = None
                if _breaks(hard[:1]):
                    pending_space = bool(current)
                words = _words(hard)
                for index, word in enumerate(words):
                    if index:
                        pending_space = True
                    w = measure(word)
                    gap = space if pending_space and current else 0.0
                    if used + gap + w <= width:
                        if gap:
                            put(font, color, " ")
                        put(font, color, word)
                        used += gap + w
                    else:
                        cuts: tuple[int, ...] = ()
                        if lang and len(word) >= _LONG_WORD and not (self._shaped and directions[paragraph]):
                            if index:
                                previous = words[index - 1]
                            if (_starts_sentence(previous) or not hyphenation.capitalised(word)) and not (
                                shaped and COMPLEX.search(word)
                            ):
                                if text_lang is None:  # a paragraph clearly in another language has its rules
                                    text_lang = hyphenation.language(" ".join(t for _, _, t in runs), lang, 600)
                                cuts = hyphenation.points(text_lang, word)
                        if not cuts and w <= width:  # the word goes to a new line
                            newline()
                            put(font, color, word)
                            used = w
                        else:
                            set_long(font, color, word, gap, cuts, measure)
                    pending_space = False
                if words:
                    previous = words[-1]
                if _breaks(hard[-1:]) and words:
                    pending_space = True
        lines.append(current)
        line_paragraph.append(paragraph)
        if self._shaped:
            self._bases = [directions[p] for p in line_paragraph]
        return lines

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        if self._lines is None or (self._for_width is not None and abs(self._for_width - avail_w) > 1e-6):
            width = max(avail_w - self.style.leftIndent - self.style.rightIndent, self.style.fontSize)
            self._lines = self._break(width)
            self._span = range(len(self._lines))
            self._for_width = avail_w
        self.width = avail_w
        self.height = len(self._span) * self.style.leading
        return self.width, self.height

    def split(self, avail_w: float, avail_h: float) -> list:
        # Split the lines as last laid out: a table splitting a row passes the column's width without
        # the cell padding it wrapped with, and lines broken anew would no longer match the row's height.
        if self._lines is None:
            self.wrap(avail_w, avail_h)
        fit = int((avail_h + 1e-6) // self.style.leading)
        span = self._span
        if fit <= 0 or (fit == 1 and len(span) > 1) or fit >= len(span):
            return []
        if len(span) - fit == 1:  # nor its last line alone at the top of the next
            fit -= 1
            if fit < 2:
                return []
        first = _Text(self.spans, self.style, self._lines, span[:fit], self.lang)
        rest = _Text(self.spans, self.style, self._lines, span[fit:], self.lang)
        first._shaped = rest._shaped = self._shaped
        first._bases = rest._bases = self._bases
        first.spaceAfter = 0
        rest.spaceBefore = 0
        for name in ("_briefing_anchor", "_briefing_title", "_briefing_outline"):  # a heading's bookmark
            if hasattr(self, name):
                setattr(first, name, getattr(self, name))
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        canv = self.canv
        text = canv.beginText()
        y = self.height - style.fontSize
        font = color = None
        centred = style.alignment == TA_CENTER
        room = self.width - style.leftIndent - style.rightIndent
        lines = self._lines or []
        for index in self._span:
            line = lines[index]
            if self._shaped and (self._bases[index] or any(COMPLEX.search(t) for _, _, t in line)):
                self._draw_shaped(text, line, self._bases[index], y, room)
                font = color = None  # the shaped runs set fonts and colours of their own
                y -= style.leading
                continue
            x = style.leftIndent
            if centred:
                used = sum(pdfmetrics.stringWidth(t, f, style.fontSize) for f, _, t in line)
                x += max(0.0, (room - used) / 2)
            text.setTextOrigin(x, y)
            for seg_font, seg_color, seg_text in line:
                if seg_font != font:
                    font = seg_font
                    text.setFont(font, style.fontSize)
                if seg_color is not color:
                    color = seg_color
                    text.setFillColor(color)
                text.textOut(seg_text)
            y -= style.leading
        canv.drawText(text)

    def _draw_shaped(self, text, line: list[Segment], base: int, y: float, room: float) -> None:
        """One line in visual order: runs of one level, font and colour; right-to-left and complex runs shaped.

        The runs are written in logical order, each at its place, and a right-to-left stretch set in
        several runs (a bold word inside) from left to right: text extraction (pypdf, poppler) reads a
        right-to-left stretch backwards, and then gets the whole line in the order it was typed."""
        style = self.style
        size = style.fontSize
        joined = "".join(t for _, _, t in line)
        level_of = levels(joined, base)
        runs: list[tuple[int, Segment]] = []
        at = 0
        for seg_font, seg_color, seg_text in line:
            start = 0
            for end in range(1, len(seg_text) + 1):
                if end == len(seg_text) or level_of[at + end] != level_of[at + start]:
                    runs.append((level_of[at + start], (seg_font, seg_color, seg_text[start:end])))
                    start = end
            at += len(seg_text)
        widths = []
        for level, (seg_font, _, seg_text) in runs:
            shaped = level % 2 == 1 or COMPLEX.search(seg_text) is not None
            widths.append((shaping.width if shaped else pdfmetrics.stringWidth)(seg_text, seg_font, size))
        used = sum(widths)
        x = style.leftIndent
        if style.alignment == TA_CENTER:
            x += max(0.0, (room - used) / 2)
        elif base % 2 or style.alignment == TA_RIGHT:
            x += max(0.0, room - used)
        place = {}
        for _, index in reorder([(level, index) for index, (level, _) in enumerate(runs)]):
            place[index] = x
            x += widths[index]
        order: list[int] = []
        stretch: list[int] = []  # right-to-left runs in a row, written left to right
        for index, (level, _) in enumerate(runs):
            if level % 2:
                stretch.append(index)
                continue
            order += [*stretch[::-1], index]
            stretch = []
        order += stretch[::-1]
        for index in order:
            level, (seg_font, seg_color, seg_text) = runs[index]
            text.setTextOrigin(place[index], y)
            text.setFont(seg_font, size)
            text.setFillColor(seg_color)
            if level % 2 or COMPLEX.search(seg_text):
                code, _ = shaping.text_out(self.canv, seg_font, size, seg_text, level % 2 == 1)
                text._code.append(code)
                text._curSubset = -1  # the shaped run chose its own font subset
            else:
                text.textOut(seg_text)

    def getPlainText(self, identify=None) -> str:
        return "".join(span.text for span in self.spans)


# ---------------------------------------------------------------- canvas: deferred page furniture


class _PackCanvas(Canvas):
    """Holds every page until save, then draws what needs the page count (NumberedCanvas)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[tuple[dict, list[Callable]]] = []
        self._deferred: list[Callable[[Canvas, int, int], None]] = []

    def defer(self, draw: Callable[[Canvas, int, int], None]) -> None:
        self._deferred.append(draw)

    def showPage(self) -> None:
        self._pages.append((dict(self.__dict__), self._deferred))
        self._deferred = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, (state, deferred) in enumerate(self._pages, 1):
            self.__dict__.update(state)
            for draw in deferred:
                draw(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


class _Table(Table):
    """A table that breaks between rows, and inside a row only when that row is too tall to move.

    reportlab's own splitInRow would also split a row at the foot of a page that has just taken
    the previous rows, repeating the header row in the middle of that page. Neither part of a
    split table holds a single row when it could hold more: the first row does not stand alone at
    a page's foot, nor the last at the next page's top.

    A table with a ``caption`` (a programme day's "woensdag 24 april 2024 (vervolg)") has a first
    row of no height above its header row; the parts a page break carries on show the caption in
    it, repeated with the header.
    """

    def __init__(
        self, *args, body_h: float = PAGES["a4"].body_h, caption: Callable[[], Flowable] | None = None, **kwargs
    ) -> None:
        kwargs.setdefault("splitByRow", 1)
        kwargs.setdefault("splitInRow", 1)
        super().__init__(*args, **kwargs)
        self.body_h = body_h
        self.caption = caption

    def split(self, avail_w: float, avail_h: float) -> list:
        self._calc(avail_w, avail_h)
        parts = self._splitRows(avail_h, doInRowSplit=0)
        if not parts:
            row = self._getFirstPossibleSplitRowPosition(avail_h, ignoreSpans=1)
            tall = row < len(self._rowHeights) and self._rowHeights[row] > 0.45 * self.body_h
            parts = self._splitRows(avail_h, doInRowSplit=1) if tall else []
        elif len(parts) == 2:
            parts = self._no_lone_row(parts, avail_h)
        for part in parts:  # the parts reportlab makes know the page they are laid out on
            part.body_h = self.body_h
            part.caption = self.caption
        if self.caption is not None:
            for part in parts[1:]:
                columns = len(part._cellvalues[0])
                part._cellvalues[0] = [[self.caption(), Spacer(1, 3)], *[""] * (columns - 1)]
                part._argH[0] = None  # measured again, now that it holds the caption
        return parts

    def _no_lone_row(self, parts: list, avail_h: float) -> list:
        head = self.repeatRows if isinstance(self.repeatRows, int) else 0
        rows = len(self._cellvalues) - head
        first = len(parts[0]._cellvalues) - head
        rest = rows - first
        if first == 1 and rows > 1:  # one row at the foot of a page: the table starts on the next
            frame = getattr(self, "_frame", None)
            return [] if frame is not None and not getattr(frame, "_atTop", 0) else parts
        if rest == 1 and first >= 3:  # the last row goes over with the one before it
            return self._splitRows(sum(self._rowHeights[: head + first - 1]) + 1e-3, doInRowSplit=0) or parts
        return parts


def _heading(block: d.Heading, style: ParagraphStyle, outline_level: int | None) -> Flowable:
    """A heading paragraph that the doc template bookmarks, outlines and numbers (afterFlowable)."""
    para = _Text([d.Span(block.text if block.text.strip() else "—")], style)
    para._briefing_anchor = block.anchor
    title = " ".join(clean(block.text).split()) or "—"
    if len(title) > _TocRow.MAX_CHARS:  # the outline shows one line
        title = title[: _TocRow.MAX_CHARS - 1].rstrip() + "…"
    para._briefing_title = title
    para._briefing_outline = outline_level
    return para


class _RoomFor(CondPageBreak):
    """A page break unless the page has room for ``parts`` (a heading and the first rows of its table), or
    at least ``minimum``; parts taller than ``most`` of a whole page ask for no more than the minimum."""

    def __init__(self, minimum: float, parts: list[Flowable], most: float = 0.8) -> None:
        super().__init__(minimum)
        self.minimum = minimum
        self.parts = parts
        self.most = most

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        full = frame._height if frame is not None else avail_h
        need = 0.0
        for part in self.parts:
            need += part.wrapOn(self.canv, avail_w, avail_h)[1] + part.getSpaceBefore() + part.getSpaceAfter()
            if need >= full * self.most:  # too tall to move whole: no need to measure the rest
                break
        self.height = max(self.minimum, need) if need < full * self.most else self.minimum
        return super().wrap(avail_w, avail_h)


class _Gap(Spacer):
    """A space on the cover that gives way when the page is short of room (_OnePage)."""


class _OnePage(Flowable):
    """Flowables set on one page, top down: the first of ``choices`` that fits, its gaps (_Gap) shrunk
    where needed, to a quarter of their height at the least. When none fits, the last choice's parts
    flow on as usual."""

    LEAST = 0.25  # of a gap's height, kept however short the page

    def __init__(self, choices: list[list[Flowable]]) -> None:
        super().__init__()
        self.choices = choices
        self.parts: list[Flowable] = choices[-1]
        self.scale = 1.0

    def _heights(self, parts: list[Flowable], avail_w: float, avail_h: float) -> tuple[float, float]:
        """The parts' height and their gaps' share of it."""
        total = gaps = 0.0
        for part in parts:
            h = part.wrapOn(self.canv, avail_w, avail_h)[1] + part.getSpaceBefore() + part.getSpaceAfter()
            total += h
            gaps += h if isinstance(part, _Gap) else 0.0
        return total, gaps

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        for parts in self.choices:
            total, gaps = self._heights(parts, avail_w, avail_h)
            if total - gaps * (1 - self.LEAST) <= avail_h + 1e-6:
                self.parts = parts
                self.scale = 1.0 if total <= avail_h else 1 - (total - avail_h) / gaps
                self.width, self.height = avail_w, min(total, avail_h)
                return self.width, self.height
        self.parts, self.scale = self.choices[-1], 1.0
        self.width, self.height = avail_w, total
        return self.width, self.height

    def split(self, avail_w: float, avail_h: float) -> list:
        return list(self.choices[-1])

    def draw(self) -> None:
        y = self.height
        for part in self.parts:
            w, h = part.wrapOn(self.canv, self.width, self.height)
            if isinstance(part, _Gap):
                y -= h * self.scale
                continue
            y -= part.getSpaceBefore() + h
            x = {"CENTER": (self.width - w) / 2, "CENTRE": (self.width - w) / 2, "RIGHT": self.width - w}.get(
                getattr(part, "hAlign", "LEFT"), 0.0
            )
            part.drawOn(self.canv, x, y)
            y -= part.getSpaceAfter()


class _TocRow(Flowable):
    """One TOC line: title, dotted leader, and (drawn at save) its page number, all a link."""

    NUMBER_W = 14 * mm
    MAX_CHARS = 200  # a row cannot split across pages: a title with many lines must not outgrow one

    def __init__(self, heading: d.Heading, doc: _PackDoc) -> None:
        super().__init__()
        self.anchor = heading.anchor
        self.level = heading.level
        title = " ".join(clean(heading.text).split())
        if len(title) > self.MAX_CHARS:
            title = title[: self.MAX_CHARS - 1].rstrip() + "…"
        self.para = Paragraph(_text(title) or "—", doc.styles["toc1" if heading.level == 1 else "toc2"])
        self.doc = doc

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        _, h = self.para.wrap(avail_w - self.NUMBER_W, avail_h)
        self.height = h + (4 if self.level == 1 else 1)
        return self.width, self.height

    def _last_line(self) -> tuple[float, float]:
        """Where the title's last line ends (x) and its baseline (y), in the row's own coordinates."""
        para, extra = self.para, 4 if self.level == 1 else 1
        lines = getattr(getattr(para, "blPara", None), "lines", None) or []
        style = para.style
        baseline = extra + para.height - style.fontSize - max(len(lines) - 1, 0) * style.leading
        if not lines:
            return 0.0, baseline
        last = lines[-1]
        spare = last[0] if isinstance(last, tuple) else getattr(last, "extraSpace", 0)
        return para.width - spare, baseline

    def draw(self) -> None:
        extra = 4 if self.level == 1 else 1
        self.para.drawOn(self.canv, 0, extra)
        x0, y0 = self.canv.absolutePosition(0, 0)
        width, height, anchor, doc = self.width, self.height, self.anchor, self.doc
        style = self.para.style
        line_end, baseline = self._last_line()

        def number(c: Canvas, _page: int, _total: int) -> None:
            page = doc.page_of.get(anchor)
            if page is None:
                return
            c.saveState()
            c.setFont(style.fontName, style.fontSize)
            c.setFillColor(INK)
            c.drawRightString(x0 + width, y0 + extra + 3, str(page))
            # the dot leader, from the title's last line to the number, its dots on one grid for every row
            dots_from = x0 + line_end + LEADER_STEP
            dots_to = x0 + width - pdfmetrics.stringWidth(str(page), style.fontName, style.fontSize) - LEADER_STEP
            first = math.ceil(dots_from / LEADER_STEP) * LEADER_STEP
            count = int((dots_to - first) // LEADER_STEP)
            if count > 0:
                c.setFont(FONT, style.fontSize)
                c.setFillColor(MUTED)
                dot = pdfmetrics.stringWidth(".", FONT, style.fontSize)
                c.drawString(first, y0 + baseline, "." * count, charSpace=LEADER_STEP - dot)
            c.linkRect("", anchor, (x0, y0, x0 + width, y0 + height), name=f"toc-{anchor}", relative=0, thickness=0)
            c.restoreState()

        self.canv.defer(number)


class _PackDoc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, document: d.Document) -> None:
        page = self.geometry = PAGES.get(document.page_size, PAGES["a4"])
        self.styles = _styles(page.compact)
        super().__init__(
            buffer,
            pagesize=(page.width, page.height),
            leftMargin=page.margin_x,
            rightMargin=page.margin_x,
            topMargin=page.margin_top,
            bottomMargin=page.margin_bottom,
            title=clean(document.title),
            subject=clean(document.subject),
            author=clean(document.author),
            creator="Briefing",
            lang=document.lang,
        )
        self.document = document
        self.page_of: dict[str, int] = {}
        # the page furniture's lines, cut to their room once (not on every page): the marking at the top
        # and bottom centre, the title and whom the pack is for either side of it above, the version
        # and the page number either side of it below
        marking = clean(document.marking).strip()
        bold = f"{_register_fonts()}-Bold"
        text_w = page.text_w
        marking = _fit(marking, bold, 8, text_w * 0.4) if marking else ""
        gap = 5 * mm
        side = (text_w - pdfmetrics.stringWidth(marking, bold, 8)) / 2 - gap if marking else text_w
        reader = _fit(document.reader, bold, 8, min(side, text_w * 0.3)) if document.reader.strip() else ""
        reader_w = pdfmetrics.stringWidth(reader, bold, 8) + gap if reader else 0.0
        self.furniture = {
            "reader": reader,
            "title": _fit(document.title, FONT, 8, side if marking else text_w - reader_w),
            "generated": _fit(document.generated, FONT, 8, min(side, text_w * 0.4)),
            "marking": marking,
            "cover_marking": _fit(clean(document.marking).strip(), bold, 12, text_w * 0.8) if marking else "",
        }
        self.has_cover = any(section.key == "cover" for section in document.sections)
        frame = Frame(
            page.margin_x,
            page.margin_bottom,
            text_w,
            page.body_h,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        templates = [
            PageTemplate("cover", [frame], onPage=self._cover_page),
            PageTemplate("body", [frame], onPage=self._body_page),
        ]
        # the first page is the cover's, or without one, the first of the body with all its furniture
        self.addPageTemplates(templates if self.has_cover else templates[::-1])

    def afterFlowable(self, flowable) -> None:
        anchor = getattr(flowable, "_briefing_anchor", None)
        if anchor is None or anchor in self.page_of:
            return
        self.page_of[anchor] = self.page
        x, y = self.frame._x1, self.frame._y + flowable.height + 6
        self.canv.defer(lambda c, n, total: c.bookmarkHorizontal(anchor, x, y))
        level = flowable._briefing_outline
        if level is not None:
            self.canv.addOutlineEntry(flowable._briefing_title, anchor, level=level, closed=level > 0)

    def _cover_page(self, canv: _PackCanvas, _doc) -> None:
        """The cover shows the marking once, prominently, at the top centre."""
        marking, page = str(self.furniture["cover_marking"]), self.geometry
        if marking:
            canv.defer(lambda c, n, total: _draw_cover_marking(c, marking, page))

    def _body_page(self, canv: _PackCanvas, _doc) -> None:
        lines, page = self.furniture, self.geometry
        title, generated, label = str(lines["title"]), str(lines["generated"]), self.document.page_label
        marking, reader = str(lines["marking"]), str(lines["reader"])
        left, right, centre = page.margin_x, page.width - page.margin_x, page.width / 2

        def furniture(c: Canvas, number: int, total: int) -> None:
            c.saveState()
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            top = page.height - page.margin_top + min(8 * mm, page.margin_top * 0.45)
            c.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
            c.setFont(FONT, 8)
            c.setFillColor(MUTED)
            c.drawString(left, top, title)
            if reader:  # whom the pack is for, on every page: the printed versions cannot be confused
                c.setFont(f"{FONT}-Bold", 8)
                c.setFillColor(ACCENT)
                c.drawRightString(right, top, reader)
            bottom = page.margin_bottom - min(10 * mm, page.margin_bottom * 0.6)
            c.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
            c.setFont(FONT, 8)
            c.setFillColor(MUTED)
            c.drawString(left, bottom, generated)
            c.drawRightString(right, bottom, label.format(page=number, pages=total))
            if marking:  # the classification at the top and bottom centre of every page
                c.setFont(f"{FONT}-Bold", 8)
                c.setFillColor(MARK)
                c.drawCentredString(centre, top, marking)
                c.drawCentredString(centre, bottom, marking)
            c.restoreState()

        canv.defer(furniture)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut a furniture line (user text) to the width it has, with an ellipsis.

    Only the start of a long text is measured: no glyph is narrower than a twentieth of the font
    size, but those of no width at all."""
    limit = int(20 * width / size) + 1
    text, cut = clean(text[:limit]), len(text) > limit
    text = " ".join(text.split())
    if not cut and pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 8))]
    return text + "…"


def _draw_cover_marking(c: Canvas, text: str, page: _Page = PAGES["a4"]) -> None:
    """The marking on the cover: once, at the top centre, framed."""
    size = 12
    c.saveState()
    c.setFont(f"{FONT}-Bold", size)
    width = pdfmetrics.stringWidth(text, f"{FONT}-Bold", size)
    y = page.height - min(14 * mm, page.margin_top * 0.62)
    pad_x, pad_y = 3 * mm, 1.6 * mm
    c.setStrokeColor(MARK)
    c.setLineWidth(0.9)
    c.rect(page.width / 2 - width / 2 - pad_x, y - pad_y - 0.2 * size, width + 2 * pad_x, size + 2 * pad_y)
    c.setFillColor(MARK)
    c.drawCentredString(page.width / 2, y, text)
    c.restoreState()


# ---------------------------------------------------------------- blocks -> flowables


class _Writer:
    def __init__(self, document: d.Document, doc: _PackDoc) -> None:
        self.document = document
        self.doc = doc
        self.styles = doc.styles
        self.page = doc.geometry
        self.text_w = doc.geometry.text_w
        self.lang = hyphenation.language(_prose(document), document.lang)  # the language the visit is written in

    def para(self, line: d.Line, style: str) -> Flowable:
        return _para(line, style, self.styles, self.lang)

    def plain(self, text: str, style: str, empty: str = "") -> Flowable:
        return _plain(text, style, empty, self.styles, self.lang)

    def table(self, *args, **kwargs) -> _Table:
        return _Table(*args, body_h=self.page.body_h, **kwargs)

    def story(self) -> list:
        story: list = []
        first_body = True
        for section in self.document.sections:
            if section.key == "cover":
                story.append(NextPageTemplate("body"))
            elif not first_body or story:
                story.append(PageBreak())
                if self.document.odd_pages:  # a blank left-hand page where a section would start on one
                    story.append(DocIf("doc.page % 2 == 0", [PageBreak()]))
            if section.key != "cover":
                first_body = False
            story.extend(self.section(section))
        return _keep_headings_with_entries(story)

    def section(self, section: d.Section) -> list:
        """A section's flowables, with what must not stand alone at a page's foot kept with what follows:
        a day's heading with its first rows, a label with its list, a short theme or article whole."""
        blocks = section.blocks
        if section.key not in KEPT_WHOLE:
            return self.run(blocks)
        out: list = []
        start = 0
        for index in [*(i for i, b in enumerate(blocks) if isinstance(b, d.Heading) and b.level == 2), len(blocks)]:
            if index == start:
                continue
            part = self.run(blocks[start:index])
            head = blocks[start]
            if isinstance(head, d.Heading) and head.level == 2:
                # a theme or an article short enough goes whole to the next page rather than split
                if part and type(part[0]) is CondPageBreak:  # the heading's own: this one asks for more
                    part = part[1:]
                measured = [f for f in part if not isinstance(f, CondPageBreak)]
                room = min(40 * mm, self.page.body_h * 0.3)
                part = [_RoomFor(room, measured, most=KEEP_WHOLE), *part]
            out += part
            start = index
        return out

    def run(self, blocks: list[d.Block]) -> list:
        out: list = []
        index = 0
        while index < len(blocks):
            block = blocks[index]
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(block, d.Heading) and isinstance(following, d.Table) and following.rows:
                # a day's heading never stands alone at a page's foot, nor a day's first row: it needs room
                # for its first two rows (or all three)
                table, first = self.tables(following, 3 if len(following.rows) <= 3 else 2)
                out += [*self.visit_Heading(block, keep_with=first), table]
                index += 1
            elif isinstance(block, d.Paragraph) and block.style == "label" and isinstance(following, d.BulletList):
                # a label ("Achtergrondartikels") goes to the next page with its list, or its first items
                parts = [*self.visit(block), *self.visit(following)]
                sample = parts
                if len(following.items) > 5:
                    sample = [*parts[:-1], *self.visit(d.BulletList(following.items[:3]))]
                out += [_RoomFor(0, sample), *parts]
                index += 1
            else:
                out.extend(self.visit(block))
            index += 1
        return out

    def visit(self, block: d.Block) -> list:
        method = getattr(self, f"visit_{type(block).__name__}", None)
        if method is None:
            raise d.UnknownBlock("PDF", block)
        return method(block)

    def visit_Heading(self, block: d.Heading, keep_with: Flowable | None = None) -> list:
        level = min(max(block.level, 1), 3)
        outline = level - 1 if block.toc else None
        heading = _heading(block, self.styles[f"h{level}"], outline)
        if level == 2:
            room = min(40 * mm, self.page.body_h * 0.3)
            if keep_with is not None:
                copy = _Text([d.Span(block.text if block.text.strip() else "—")], self.styles["h2"])
                return [_RoomFor(room, [copy, keep_with]), heading]
            return [CondPageBreak(room), heading]
        return [heading]

    def visit_Paragraph(self, block: d.Paragraph) -> list:
        return [self.para(block.spans, block.style if block.style in self.styles else "body")]

    def visit_BulletList(self, block: d.BulletList) -> list:
        return [self.bullets(block.items, "bullet", spaceAfter=3)]

    def bullets(self, lines: list[d.Line], style: str, indent: float = 0, **kwargs) -> Flowable:
        """The pack's one list style: the bullet hangs in the indent, wrapped lines align with the text."""
        size = self.styles[style].fontSize
        items = [ListItem(self.para(line, style), bulletColor=ACCENT) for line in lines]
        return ListFlowable(
            items,
            bulletType="bullet",
            start="•",
            leftIndent=indent + LIST_INDENT,
            bulletDedent=LIST_INDENT,
            bulletFontName=FONT,
            bulletFontSize=size,
            **kwargs,
        )

    def visit_Fields(self, block: d.Fields) -> list:
        if not block.rows:
            return []
        data = [[self.plain(k, "field_label"), self.plain(v, "cell", "—")] for k, v in block.rows]
        table = self.table(data, colWidths=[self.text_w * 0.24, self.text_w * 0.76], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        table.spaceAfter = 8  # not a Spacer: one that does not fit on a full page would open a blank one
        return [table]

    def visit_Table(self, block: d.Table) -> list:
        return [self.tables(block)[0]]

    def tables(self, block: d.Table, first: int = 0) -> tuple[_Table, _Table | None]:
        """The table; with ``first``, also one of its header and first rows, sharing their cells: to measure."""
        cell = self.styles["cell"]
        top = 1 if block.continued.strip() else 0  # the caption's row, of no height until a page break
        data: list[list] = [[Spacer(0, 0), *[""] * (len(block.header) - 1)]] if top else []
        data.append([self.plain(h, "head_cell") for h in block.header])
        for row in block.rows:
            data.append([[self.para(line, "cell") for line in paragraphs] or "" for paragraphs in row])
        caption = (lambda: self.plain(block.continued, "continued")) if top else None
        widths = [self.text_w * w for w in block.widths]
        table = self.table(data, colWidths=widths, repeatRows=1 + top, hAlign="LEFT", caption=caption)
        commands = [
            ("BACKGROUND", (0, top), (-1, top), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, top + 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize),
        ]
        if top:
            commands += [
                ("SPAN", (0, 0), (-1, 0)),
                ("TOPPADDING", (0, 0), (-1, 0), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                ("LEFTPADDING", (0, 0), (-1, 0), 0),
            ]
        sample = None
        if first:
            sample = self.table(data[: top + 1 + first], colWidths=widths, repeatRows=1 + top, hAlign="LEFT")
            sample.setStyle(TableStyle(commands))
        commands = list(commands)
        for index in block.shaded_rows:
            commands.append(("BACKGROUND", (0, index + top + 1), (-1, index + top + 1), SHADE))
        for index in block.strong_rows:
            at = index + top + 1
            commands.append(("BACKGROUND", (0, at), (-1, at), STRONG))
            commands.append(("LINEABOVE", (0, at), (-1, at), 1.2, ACCENT))
            commands.append(("LINEBELOW", (0, at), (-1, at), 1.2, ACCENT))
        table.setStyle(TableStyle(commands))
        table.spaceAfter = 6  # not a Spacer: one that does not fit on a full page would open a blank one
        return table, sample

    def visit_Entry(self, block: d.Entry) -> list:
        lines = (self.para(line, "entry_line") for line in block.lines)
        parts = [self.para(block.title, "entry"), *lines]
        if block.bullets:
            parts.append(self.bullets(block.bullets, "entry_item", ENTRY_INDENT))
        return [KeepTogether([*parts, Spacer(1, 7)])]

    def visit_Cover(self, block: d.Cover) -> list:
        """The title block (logo, what the document is, title; delegation, dates, place, host), whom it
        is for, its version; below, the visit at a glance. The marking is the page's (_cover_page).
        All on the one page (_OnePage): a logo or a long title takes room from the spaces, then from the
        items each day names at a glance, never sends the glance to a page of its own."""
        room = 0.4 if self.page.compact else 1.0  # the pocket run sheet's cover is half an A4 page
        top: list = [_Gap(1, 16 * mm * room)]
        if block.logo:
            try:
                logo = Image(io.BytesIO(block.logo), hAlign="LEFT")  # on the title block's left edge
                logo._restrictSize(50 * mm * room, 25 * mm * max(room, 0.6))
                top += [logo, _Gap(1, 8 * mm * room)]
            except Exception:
                pass
        top.append(self.plain(block.kicker or self.document.subject.split(":")[0], "cover_kicker"))
        top.append(self.plain(block.title, "cover_title", "—"))
        rows = [[self.plain(k, "cover_label"), self.plain(v, "cover_field")] for k, v in block.lines]
        if rows:
            table = self.table(rows, colWidths=[self.text_w * 0.22, self.text_w * 0.78], hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEABOVE", (0, 0), (-1, 0), 1, ACCENT),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            top += [table, _Gap(1, 8 * mm * room)]
        if block.reader.strip():
            top += [self._reader_band(block.reader), _Gap(1, 3 * mm * room)]
        top.append(self.plain(block.footer, "cover_kicker"))
        if not block.glance:
            return [_OnePage([top])]
        # the glance as given, then naming fewer items a day (a day's value holds an item a line), two at
        # least: the contact's phone number is its second line
        most = max(len(v.split("\n")) for _, v in block.glance)
        choices = [[*top, *self._glance(block, n)] for n in range(most, 1, -1)] or [[*top, *self._glance(block, 2)]]
        return [_OnePage(choices)]

    def _glance(self, block: d.Cover, most: int) -> list:
        """The visit at a glance under its title, each day naming ``most`` items at most."""
        data = [
            [self.plain(k, "field_label"), self.plain("\n".join(v.split("\n")[:most]), "cell", "—")]
            for k, v in block.glance
        ]
        glance = self.table(data, colWidths=[self.text_w * 0.27, self.text_w * 0.73], hAlign="LEFT")
        glance.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 1, ACCENT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        room = 0.4 if self.page.compact else 1.0
        return [_Gap(1, 14 * mm * room), self.plain(block.glance_title, "cover_glance"), glance]

    def _reader_band(self, reader: str) -> Flowable:
        """Whom the pack is for, white on the accent colour across the page: seen before it is opened."""
        band = self.table([[self.plain(reader, "reader")]], colWidths=[self.text_w], hAlign="LEFT")
        band.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return band

    def visit_TableOfContents(self, block: d.TableOfContents) -> list:
        out: list = [_heading(d.Heading(1, block.title, "toc"), self.styles["h1"], 0)]
        for heading in self.document.headings():
            if heading.toc and heading.level <= 2:
                out.append(_TocRow(heading, self.doc))
        return out

    def visit_PageBreak(self, block: d.PageBreak) -> list:
        return [PageBreak()]


def _prose(document: d.Document, limit: int = 4000) -> str:
    """The start of the document's running text (paragraphs and lists), to tell the language it is in."""
    parts: list[str] = []
    size = 0
    for block in document.blocks():
        lines = (
            [block.spans] if isinstance(block, d.Paragraph) else block.items if isinstance(block, d.BulletList) else []
        )
        for line in lines:
            for span in line:
                parts.append(span.text)
                size += len(span.text)
        if size >= limit:
            break
    return " ".join(parts)


def _keep_headings_with_entries(story: list) -> list:
    """A heading followed by a kept-together block joins that block: never a heading alone at a page foot."""
    out: list = []
    for flowable in story:
        if isinstance(flowable, KeepTogether) and out and getattr(out[-1], "_briefing_anchor", None):
            flowable = KeepTogether([out.pop(), *flowable._content])
        out.append(flowable)
    return out


def write_pdf(document: d.Document) -> bytes:
    buffer = io.BytesIO()
    doc = _PackDoc(buffer, document)
    story = _Writer(document, doc).story()
    if not story:
        story = [Spacer(1, 1)]
    doc.build(story, canvasmaker=_PackCanvas)
    return buffer.getvalue()
