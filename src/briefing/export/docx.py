"""The DOCX writer (python-docx): Word's own heading styles, a real TOC field, fields for
page numbers, the marking in headers and footers. A house-style reference document may
supply the styles, logo and header, the way pandoc's --reference-doc works.

User text is made XML-safe in one place: ``_t``.
"""

from __future__ import annotations

import contextlib
import io
import logging
import struct
from pathlib import Path
from unicodedata import bidirectional

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from briefing.core.pack import document as d
from briefing.export.bidi import RTL, base_level
from briefing.export.text import clean
from briefing.resources import resource

log = logging.getLogger(__name__)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x4D, 0x57, 0x63)
# The PDF's type (export/pdf.py): the font Carlito stands in for, table text and its leading, the list's
# hanging indent and a who's-who entry's indent. The shipped reference document sets the rest (Normal at
# 11 pt on 15 pt, the 150 mm measure): packaging/make_reference_docx.py.
FONT = "Calibri"
TABLE_PT, TABLE_LEADING = 9.5, 12
LIST_INDENT = Pt(14)
ENTRY_INDENT = Mm(4)
MARK = RGBColor(0xA4, 0x16, 0x1A)
# page sizes the pack's readers get (AUDIENCE_RULES "page"): width, height, side, top and bottom margins
# the proofing language Word checks spelling in, for the pack's language: Belgian Dutch and French, British English
PROOFING = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}
PAGES = {
    "a4": None,  # the house style's own page (A4 in the shipped template)
    "a5_landscape": (Mm(210), Mm(148), Mm(11), Mm(14), Mm(13)),
}


def _t(text: str) -> str:
    """User text made safe for WordprocessingML: no characters XML 1.0 forbids."""
    return clean(text)


def reference_document() -> Path:
    return resource("templates", "reference.docx")


def _open_template(reference: bytes | None):
    """The house style's reference document, else the shipped clean default; its body is dropped."""
    if reference:  # b"" asks for the shipped default even when the store has a house style
        from briefing.core.pack.house_style import usable_reference

        # checked again here (zip directory first, links to outside taken out): it may predate those checks
        doc = new_document(io.BytesIO(usable_reference(reference)))
    else:
        path = reference_document()
        doc = new_document(str(path)) if path.exists() else new_document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


def _field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES ...) with a placeholder result Word updates."""
    _field_start(paragraph, instruction)
    paragraph.add_run(placeholder)
    _field_end(paragraph)


def _set_text(run, text: str) -> None:
    """Put clean text (no tabs or line breaks left) in a run: one w:t, without python-docx's per-character walk."""
    if text:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run._r.append(t)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_MUTED_HEX = str(MUTED)


def _add_runs(p, line: d.Line) -> None:
    """Runs appended straight to a w:p element (lxml): python-docx's run API costs most of the export.

    Arabic and Hebrew stretches are runs of their own marked right-to-left (w:rtl, with w:bCs and w:iCs
    for their bold and italic), and a paragraph mostly in those scripts is a right-to-left one (w:bidi):
    Word shapes the letters itself, but orders the text by these marks."""
    sub = etree.SubElement
    rtl_text = False
    for span in line:
        text = _t(span.text)
        rtl_span = RTL.search(text) is not None
        rtl_text = rtl_text or rtl_span
        parts = text.split("\n")
        last = len(parts) - 1
        for index, part in enumerate(parts):
            for rtl, piece in _directions(part) if rtl_span and part else ((False, part),):
                r = sub(p, _W + "r")
                if span.bold or span.italic or span.muted or rtl:
                    rpr = sub(r, _W + "rPr")
                    if span.bold:
                        sub(rpr, _W + "b")
                        if rtl:
                            sub(rpr, _W + "bCs")
                    if span.italic:
                        sub(rpr, _W + "i")
                        if rtl:
                            sub(rpr, _W + "iCs")
                    if span.muted:
                        sub(rpr, _W + "color").set(_W + "val", _MUTED_HEX)
                    if rtl:
                        sub(rpr, _W + "rtl")
                if piece:
                    t = sub(r, _W + "t")
                    t.set(_XML_SPACE, "preserve")
                    t.text = piece
            if index < last:
                sub(r, _W + "br")
    if rtl_text and base_level("".join(_t(span.text) for span in line)):
        _right_to_left(p)


def _directions(text: str) -> list[tuple[bool, str]]:
    """Text cut into right-to-left stretches (from a right-to-left letter to the last one before a
    left-to-right letter, spaces, digits and punctuation between them included) and the rest."""
    out: list[tuple[bool, str]] = []
    start = 0
    for match in RTL.finditer(text):
        if match.start() < start:
            continue
        end = match.end()
        for index in range(end, len(text)):
            if bidirectional(text[index]) == "L":
                break
            if RTL.match(text, index):
                end = index + 1
        if match.start() > start:
            out.append((False, text[start : match.start()]))
        out.append((True, text[match.start() : end]))
        start = end
    if start < len(text):
        out.append((False, text[start:]))
    return out


# the children w:pPr may hold before w:bidi, in the schema's order
_BEFORE_BIDI = {
    _W + tag
    for tag in (
        *("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr"),
        *("suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap"),
        *("overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN"),
    )
}


def _right_to_left(p) -> None:
    """Make a w:p a right-to-left paragraph (w:bidi in its w:pPr, where the schema puts it)."""
    ppr = p.find(_W + "pPr")
    if ppr is None:
        ppr = etree.Element(_W + "pPr")
        p.insert(0, ppr)
    if ppr.find(_W + "bidi") is not None:
        return
    position = 0
    for index, child in enumerate(ppr):
        if child.tag in _BEFORE_BIDI:
            position = index + 1
    ppr.insert(position, etree.Element(_W + "bidi"))


def _fixed_widths(table, widths: list[int]) -> None:
    """Fixed column widths, and narrow cell margins (1 mm) so a time range fits its column on one line."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    margins = OxmlElement("w:tblCellMar")
    # top 3 pt, sides 1 mm, bottom 1 pt (the cell text's own 2 pt after it makes the PDF's 3 pt)
    for side, twips in (("top", "60"), ("left", "57"), ("bottom", "20"), ("right", "57")):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), twips)
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblCellMar")):
        tbl_pr.remove(old)
    # CT_TblPr's schema order: tblCellMar comes after tblLayout/tblW/jc etc.; appending keeps it valid
    # unless tblLook follows, so insert before tblLook when present.
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)


RULE_HEX = "C9D2DC"  # the PDF's rule colour


def _rules(table) -> None:
    """The PDF's table look: a thin light rule under every row, no frame and no vertical lines
    (instead of Word's "Table Grid", a black grid around every cell)."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        if side in ("bottom", "insideH"):
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "4")  # eighths of a point: 0.5 pt
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), RULE_HEX)
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    # CT_TblPr's schema order: tblBorders comes before shd, tblLayout, tblCellMar and tblLook
    following = next(
        (el for el in tbl_pr if el.tag in {qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook")}),
        None,
    )
    if following is not None:
        following.addprevious(borders)
    else:
        tbl_pr.append(borders)


def _field_char(paragraph, kind: str) -> None:
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        el.set(qn("w:dirty"), "true")
    paragraph.add_run()._r.append(el)


def _field_start(paragraph, instruction: str) -> None:
    """Open a complex field whose result runs over the paragraphs that follow, up to _field_end."""
    _field_char(paragraph, "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    _field_char(paragraph, "separate")


def _field_end(paragraph) -> None:
    _field_char(paragraph, "end")


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _no_split(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _about_width(text: str, size: float, bold: bool = False) -> float:
    """A line's width in points, near enough to lay out the header: the DOCX writer has no font metrics."""
    return len(text) * size * (0.6 if bold else 0.5)


def _cut(text: str, width: float, size: float) -> str:
    """A header line cut to about ``width`` points, with an ellipsis."""
    text = " ".join(text.split())
    most = max(int(width / (size * 0.5)), 8)
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _border(paragraph, color: str) -> None:
    """A box around a paragraph (the cover's marking)."""
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:space"), "2")
        el.set(qn("w:color"), color)
        borders.append(el)
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.insert_element_before(
        borders, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr", "w:sectPr", "w:pPrChange"
    )


def _cell_rule(cell, side: str | None, color: str, size: int) -> None:
    """A rule on one side of a table cell (the cover's tables have no grid)."""
    if side is None:
        return
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tc_pr.append(borders)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:color"), color)
    borders.append(el)


def _style(doc, name: str, fallback: str = "Normal"):
    try:
        return doc.styles[name]
    except KeyError:
        return doc.styles[fallback]


class _Writer:
    def __init__(self, document: d.Document) -> None:
        self.document = document
        self.doc = _open_template(document.reference_docx)
        self._style_ids: dict[str, str] = {}
        self._toc_marks: dict[str, tuple[str, int]] = {}  # heading anchor -> its bookmark's name and id
        self._toc_numbers: list[tuple[str, etree._Element]] = []  # bookmark -> the TOC's w:t for its page
        self._normal_id = self.doc.styles["Normal"].style_id
        self._body = self.doc.element.body
        self._sect_pr = self._body.get_or_add_sectPr()
        self._page_setup()
        self._ensure_styles()
        self._proofing_language()

    def _page_setup(self) -> None:
        """The reader's page (the escorts' run sheet is A5 landscape); the text width tables are cut to."""
        section = self.doc.sections[0]
        size = PAGES.get(self.document.page_size)
        if size is not None:
            width, height, side, top, bottom = size
            section.orientation = WD_ORIENT.LANDSCAPE if width > height else WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = width, height
            section.left_margin = section.right_margin = side
            section.top_margin, section.bottom_margin = top, bottom
            section.header_distance = section.footer_distance = Mm(5)
        if section.page_width and section.left_margin is not None and section.right_margin is not None:
            self.text_width = int(section.page_width - section.left_margin - section.right_margin)
        else:
            self.text_width = int(Mm(170))

    def _proofing_language(self) -> None:
        """Word's spelling and grammar check in the pack's language: the default run properties and
        every style that names a language (a house style's too), and the theme fonts' language."""
        tag = PROOFING.get(self.document.lang, self.document.lang)
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        r_pr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if r_pr is None:
            r_pr_default = defaults.find(qn("w:rPrDefault"))
            if r_pr_default is None:
                r_pr_default = OxmlElement("w:rPrDefault")
                defaults.insert(0, r_pr_default)
            r_pr = OxmlElement("w:rPr")
            r_pr_default.append(r_pr)
        if r_pr.find(qn("w:lang")) is None:
            lang = OxmlElement("w:lang")
            # CT_RPr's order: w:lang comes after the other properties python-docx writes here, before eastAsianLayout
            later = [r_pr.find(qn(f"w:{n}")) for n in ("eastAsianLayout", "specVanish", "oMath")]
            following = next((el for el in later if el is not None), None)
            if following is not None:
                following.addprevious(lang)
            else:
                r_pr.append(lang)
        for lang in styles.iter(qn("w:lang")):
            lang.set(qn("w:val"), tag)
        theme = self.doc.settings.element.find(qn("w:themeFontLang"))
        if theme is not None:
            theme.set(qn("w:val"), tag)

    def _ensure_styles(self) -> None:
        """The pack's own styles, where the reference document has none: the PDF's sizes and leading."""
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_LINE_SPACING

        styles = self.doc.styles
        names = {s.name for s in styles}
        for name, size, leading, color, italic in (
            ("Briefing Small", 9.5, 12.5, MUTED, False),
            ("Briefing Lead", None, None, None, True),
            ("Briefing Flag", None, None, MARK, False),
            ("Briefing Label", None, None, None, False),
            ("Briefing Table Text", TABLE_PT, TABLE_LEADING, None, False),
            ("Briefing Entry", 12, 15, None, False),
            ("Briefing Entry Line", None, None, None, False),
            ("Briefing Entry End", None, None, None, False),
        ):
            if name not in names:
                style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                style.base_style = styles["Normal"]
                if size:
                    style.font.size = Pt(size)
                if leading:
                    style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
                    style.paragraph_format.line_spacing = Pt(leading)
                if color is not None:
                    style.font.color.rgb = color
                style.font.italic = italic or None
                if name.startswith("Briefing Entry"):  # a who's-who entry: kept together on one page
                    style.paragraph_format.space_after = Pt(7 if name == "Briefing Entry End" else 1)
                    style.paragraph_format.keep_with_next = name != "Briefing Entry End"
                    if name == "Briefing Entry":
                        style.font.bold = True
                    else:
                        style.paragraph_format.left_indent = ENTRY_INDENT
                if name == "Briefing Table Text":
                    style.paragraph_format.space_after = Pt(2)
                    style.paragraph_format.line_spacing = 1.0  # single, as the PDF's table cells
                if name == "Briefing Label":
                    style.font.bold = True
                    style.paragraph_format.keep_with_next = True
                    style.paragraph_format.space_after = Pt(2)
        self._toc_styles()
        self._bullet_num = self._add_bullet_numbering()

    def _toc_styles(self) -> None:
        """Word's contents styles ("toc 1", "toc 2") with a dotted right tab at the text's edge: the
        leaders from each title to its page number, in Word and in LibreOffice."""
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

        styles = self.doc.styles
        by_name = {s.name.lower(): s for s in styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
        for level in (1, 2):
            style = by_name.get(f"toc {level}")
            if style is None:
                style = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
                style.element.attrib.pop(qn("w:customStyle"), None)  # Word's own, that its TOC field uses
                style.base_style = styles["Normal"]
                style.paragraph_format.space_after = Pt(1 if level > 1 else 2)
                style.paragraph_format.left_indent = Mm(6 * (level - 1))
                style.font.bold = level == 1 or None
            tabs = style.paragraph_format.tab_stops
            if not any(t.alignment == WD_TAB_ALIGNMENT.RIGHT for t in tabs):
                tabs.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            self._style_ids[f"toc {level}"] = style.style_id

    def _add_bullet_numbering(self) -> str:
        """The pack's one list style, whatever the reference document's: a bullet hanging in the indent,
        wrapped lines aligned with the text (as in the PDF). Its w:numId."""
        numbering = self._numbering()
        abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        abstract_id, num_id = str(max(abstract_ids, default=0) + 1), str(max(num_ids, default=0) + 1)
        twips = str(int(LIST_INDENT.twips))
        abstract = etree.fromstring(
            f'<w:abstractNum xmlns:w="{_W[1:-1]}" w:abstractNumId="{abstract_id}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{twips}" w:hanging="{twips}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
            f'<w:color w:val="{ACCENT}"/></w:rPr></w:lvl></w:abstractNum>'
        )
        existing = numbering.findall(qn("w:abstractNum"))
        if existing:  # the schema's order: every abstractNum before the first num
            existing[-1].addnext(abstract)
        else:
            numbering.insert(0, abstract)
        num = etree.SubElement(numbering, qn("w:num"))
        num.set(qn("w:numId"), num_id)
        etree.SubElement(num, qn("w:abstractNumId")).set(qn("w:val"), abstract_id)
        cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
        if cleanup is not None:
            cleanup.addprevious(num)
        return num_id

    def _numbering(self):
        """The document's w:numbering, in a numbering part added when the reference document has none."""
        from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
        from docx.opc.packuri import PackURI
        from docx.oxml import parse_xml
        from docx.parts.numbering import NumberingPart

        part = self.doc.part
        try:
            return part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
        except KeyError:
            element = parse_xml(f'<w:numbering xmlns:w="{_W[1:-1]}"/>')
            numbering = NumberingPart(PackURI("/word/numbering.xml"), CONTENT_TYPE.WML_NUMBERING, element, part.package)
            part.relate_to(numbering, RELATIONSHIP_TYPE.NUMBERING)
            return element

    def _bullet(self, paragraph, indent: int = 0) -> None:
        """Make a paragraph an item of the pack's list, its bullet ``indent`` from the margin (lxml: fast)."""
        p = paragraph._p
        p_pr = p[0] if len(p) and p[0].tag == _W + "pPr" else None
        if p_pr is None:
            p_pr = etree.Element(_W + "pPr")
            p.insert(0, p_pr)
        # the schema's order: pStyle, keepNext (the entry's styles carry it), numPr, ..., ind; nothing else is set yet
        num_pr = etree.SubElement(p_pr, _W + "numPr")
        etree.SubElement(num_pr, _W + "ilvl").set(_W + "val", "0")
        etree.SubElement(num_pr, _W + "numId").set(_W + "val", self._bullet_num)
        ind = etree.SubElement(p_pr, _W + "ind")
        ind.set(_W + "left", str(int(Length(indent + LIST_INDENT).twips)))
        ind.set(_W + "hanging", str(int(LIST_INDENT.twips)))

    # ------------------------------------------------------------ runs

    def _runs(self, paragraph, line: d.Line) -> None:
        _add_runs(paragraph._p, line)

    def _new_paragraph(self, style: str = "Normal", container=None):
        """A paragraph in ``style``, built with lxml (python-docx's own API costs most of the export)."""
        if container is not None:
            paragraph = container.add_paragraph()
            self._apply_style(paragraph, style)
            return paragraph
        p = etree.SubElement(self._body, _W + "p")
        self._sect_pr.addprevious(p)
        style_id = self._style_id(style)
        if style_id != self._normal_id:
            etree.SubElement(etree.SubElement(p, _W + "pPr"), _W + "pStyle").set(_W + "val", style_id)
        return DocxParagraph(p, self.doc._body)

    def _style_id(self, style: str) -> str:
        style_id = self._style_ids.get(style)
        if style_id is None:
            style_id = self._style_ids[style] = _style(self.doc, style).style_id
        return style_id

    def _apply_style(self, paragraph, style: str) -> None:
        style_id = self._style_id(style)
        if style_id != self._normal_id:
            paragraph._p.get_or_add_pPr().style = style_id

    def _paragraph(self, line: d.Line, style: str = "Normal", container=None):
        paragraph = self._new_paragraph(style, container)
        self._runs(paragraph, line)
        return paragraph

    # ------------------------------------------------------------ page furniture

    def _furniture(self) -> None:
        document = self.document
        section = self.doc.sections[0]
        has_cover = any(s.key == "cover" for s in document.sections)
        section.different_first_page_header_footer = has_cover
        # the marking at the top and bottom centre of every page; the title and whom the pack is for
        # either side of it above, the page number to its right below
        header = section.header.paragraphs[0] if section.header.paragraphs else section.header.add_paragraph()
        header.text = ""
        width = int(section.page_width - section.left_margin - section.right_margin) / 12700  # points
        side = (width - _about_width(document.marking, 8, bold=True)) / 2 - 14 if document.marking else width * 0.7
        run = header.add_run(_cut(_t(document.title), side, 8))
        run.font.size = Pt(8)
        run.font.color.rgb = MUTED
        header.add_run("\t")
        if document.marking:
            marking = header.add_run(_t(document.marking))
            marking.bold = True
            marking.font.size = Pt(8)
            marking.font.color.rgb = MARK
        header.add_run("\t")
        if document.reader.strip():  # whom the pack is for, on every page: the printed versions cannot be confused
            reader = header.add_run(_t(document.reader))
            reader.bold = True
            reader.font.size = Pt(8)
            reader.font.color.rgb = ACCENT
        self._right_tab(header, section)
        footer = section.footer.paragraphs[0] if section.footer.paragraphs else section.footer.add_paragraph()
        footer.text = ""
        before, _, rest = document.page_label.partition("{page}")
        middle, _, after = rest.partition("{pages}")
        # as the PDF's footer: the pack's version line, the marking in the middle, the page number
        generated = footer.add_run(_t(document.generated))
        generated.font.color.rgb = MUTED
        footer.add_run("\t")
        if document.marking:
            marking = footer.add_run(_t(document.marking))
            marking.bold = True
            marking.font.color.rgb = MARK
        footer.add_run("\t")
        footer.add_run(before)
        _field(footer, "PAGE", "1")
        footer.add_run(middle)
        _field(footer, "NUMPAGES", "1")
        footer.add_run(after)
        for r in footer.runs:
            r.font.size = Pt(8)
        self._right_tab(footer, section)
        if has_cover and document.marking:  # the cover shows the marking once, prominently, at the top centre
            first = section.first_page_header.paragraphs[0]
            first.text = ""
            run = first.add_run(_t(document.marking))
            run.bold = True
            run.font.size = Pt(12)
            run.font.color.rgb = MARK
            first.alignment = 1
            _border(first, "A4161A")
            width = int(section.page_width - section.left_margin - section.right_margin)
            indent = max(0, (width - Pt(_about_width(document.marking, 12, bold=True) + 24)) // 2)
            first.paragraph_format.left_indent = first.paragraph_format.right_indent = indent

    @staticmethod
    def _right_tab(paragraph, section) -> None:
        """A centre tab stop at the middle of the text width and a right one at its end."""
        from docx.enum.text import WD_TAB_ALIGNMENT

        width = section.page_width - section.left_margin - section.right_margin
        tabs = paragraph.paragraph_format.tab_stops
        for inherited in (4680, 9360):  # Word's Header and Footer styles: centre and right tabs (twips)
            clear = OxmlElement("w:tab")
            clear.set(qn("w:val"), "clear")
            clear.set(qn("w:pos"), str(inherited))
            paragraph._p.get_or_add_pPr().get_or_add_tabs().append(clear)
        tabs.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
        tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)

    # ------------------------------------------------------------ walking the model

    def _section_break(self, first_break: bool) -> None:
        """End the current Word section: the next one starts on an odd page. The section ended here
        keeps its own start (the cover's section starts the document, with its own first page)."""
        import copy

        body_sect = self._sect_pr
        ended = copy.deepcopy(body_sect)
        if not first_break:
            for title_pg in ended.findall(qn("w:titlePg")):
                ended.remove(title_pg)
        kind = ended.get_or_add_type()  # in the schema's place: after the header and footer references
        kind.set(qn("w:val"), "nextPage" if first_break else "oddPage")
        paragraph = self._new_paragraph()
        paragraph._p.get_or_add_pPr().append(ended)
        # the sections after the cover: odd-page starts, no separate first page
        for title_pg in body_sect.findall(qn("w:titlePg")):
            body_sect.remove(title_pg)
        body_sect.get_or_add_type().set(qn("w:val"), "oddPage")

    def write(self) -> bytes:
        core = self.doc.core_properties
        core.title = _t(self.document.title)[:255]
        core.subject = _t(self.document.subject)[:255]
        core.author = _t(self.document.author)[:255]
        core.language = self.document.lang
        self._furniture()
        first = True
        breaks = 0
        for section in self.document.sections:
            new_page = False
            if not first and section.key != "cover":
                if self.document.odd_pages:
                    self._section_break(first_break=breaks == 0)
                else:
                    new_page = True
                breaks += 1
            first = False
            start = len(self._body) - 1  # where the section's first paragraph or table goes (before sectPr)
            for block in section.blocks:
                self.visit(block)
            if new_page:
                self._new_page_at(start)
        self._page_numbers()
        self._update_fields_on_open()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def _new_page_at(self, index: int) -> None:
        """The body element at ``index`` starts a page: "page break before" on its paragraph. A
        paragraph holding a page break would need a line of its own at the foot of the page before,
        and where there is none it makes a blank page."""
        element = self._body[index] if index < len(self._body) else None
        if element is not None and element.tag == _W + "p":
            DocxParagraph(element, self.doc._body).paragraph_format.page_break_before = True
            return
        paragraph = self._new_paragraph()  # a table first, or nothing: a paragraph with the break
        paragraph.add_run().add_break(WD_BREAK.PAGE)
        if element is not None and element is not self._sect_pr:
            element.addprevious(paragraph._p)

    def _update_fields_on_open(self) -> None:
        settings = self.doc.settings.element
        el = settings.find(qn("w:updateFields"))
        if el is None:
            el = OxmlElement("w:updateFields")
            settings.append(el)
        el.set(qn("w:val"), "true")

    def visit(self, block: d.Block) -> None:
        method = getattr(self, f"visit_{type(block).__name__}", None)
        if method is None:
            raise d.UnknownBlock("DOCX", block)
        method(block)

    def visit_Heading(self, block: d.Heading) -> None:
        level = min(max(block.level, 1), 3)
        paragraph = self._new_paragraph(f"Heading {level}")
        spans = [d.Span(block.text if _t(block.text) else "—")]
        mark = self._toc_marks.get(block.anchor)
        if mark is None:
            _add_runs(paragraph._p, spans)
            return
        name, number = mark  # the TOC links here: a bookmark around the heading's text
        start = etree.SubElement(paragraph._p, _W + "bookmarkStart")
        start.set(_W + "id", str(number))
        start.set(_W + "name", name)
        _add_runs(paragraph._p, spans)
        etree.SubElement(paragraph._p, _W + "bookmarkEnd").set(_W + "id", str(number))

    def visit_Paragraph(self, block: d.Paragraph) -> None:
        style = {
            "small": "Briefing Small",
            "lead": "Briefing Lead",
            "flag": "Briefing Flag",
            "quote": "Quote",
            "label": "Briefing Label",
        }
        self._paragraph(block.spans, style.get(block.style, "Normal"))

    def visit_BulletList(self, block: d.BulletList) -> None:
        for n, line in enumerate(block.items):
            paragraph = self._paragraph(line, "List Bullet")
            self._bullet(paragraph)
            if n == len(block.items) - 1:  # the space a paragraph has after it, as in the PDF
                spacing = etree.Element(_W + "spacing")
                spacing.set(_W + "after", "100")  # 5 pt
                paragraph._p[0].find(_W + "ind").addprevious(spacing)

    def visit_Fields(self, block: d.Fields) -> None:
        if not block.rows:
            return
        table = self.doc.add_table(rows=0, cols=2)
        widths = [int(self.text_width * 0.235), int(self.text_width * 0.765)]
        _fixed_widths(table, widths)
        _rules(table)
        for label, value in block.rows:
            added = table.add_row()
            _no_split(added)
            cells = added.cells
            for cell in cells:  # table text, as in the PDF
                self._apply_style(cell.paragraphs[0], "Briefing Table Text")
            label_run = cells[0].paragraphs[0].add_run(_t(label))
            label_run.bold = True
            label_run.font.color.rgb = MUTED
            self._runs(cells[1].paragraphs[0], [d.Span(value or "—")])
            cells[0].width, cells[1].width = widths
        self.doc.add_paragraph()

    def visit_Table(self, block: d.Table) -> None:
        table = self.doc.add_table(rows=1, cols=len(block.header))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        total = self.text_width
        _fixed_widths(table, [int(total * w) for w in block.widths])
        _rules(table)
        header = table.rows[0]
        _no_split(header)
        _repeat_header(header)
        for cell, text, width in zip(header.cells, block.header, block.widths, strict=True):
            cell.width = int(total * width)
            self._apply_style(cell.paragraphs[0], "Briefing Table Text")
            run = cell.paragraphs[0].add_run(_t(text))
            run.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            _shade(cell, "1F4E79")
        text_style = self._style_id("Briefing Table Text")
        sub = etree.SubElement
        for index, row in enumerate(block.rows):
            added = table.add_row()
            _no_split(added)  # a programme row is read whole, never across two pages
            tr = added._tr  # its cells carry their widths from the grid
            for tc, paragraphs in zip(tr.tc_lst, row, strict=True):
                tc.remove(tc.p_lst[0])
                for line in paragraphs or [[]]:
                    p = sub(tc, _W + "p")
                    sub(sub(p, _W + "pPr"), _W + "pStyle").set(_W + "val", text_style)
                    _add_runs(p, line)
                fill = "D5DEE8" if index in block.strong_rows else "EEF2F6" if index in block.shaded_rows else ""
                if fill:
                    shd = sub(tc.get_or_add_tcPr(), _W + "shd")
                    shd.set(_W + "val", "clear")
                    shd.set(_W + "color", "auto")
                    shd.set(_W + "fill", fill)
        self.doc.add_paragraph()

    def visit_Entry(self, block: d.Entry) -> None:
        self._paragraph(block.title, "Briefing Entry")
        rows = [(line, False) for line in block.lines] + [(line, True) for line in block.bullets]
        for n, (line, bullet) in enumerate(rows):
            paragraph = self._paragraph(line, "Briefing Entry Line" if n < len(rows) - 1 else "Briefing Entry End")
            if bullet:
                self._bullet(paragraph, ENTRY_INDENT)

    def visit_Cover(self, block: d.Cover) -> None:
        """As the PDF's: the title block (logo, what it is, title, delegation, dates, place, host), whom it
        is for, the version; then the visit at a glance. The marking is in the cover's own header."""
        if block.logo:
            with contextlib.suppress(Exception):
                self.doc.add_picture(io.BytesIO(block.logo), width=Mm(45))
                self.doc.paragraphs[-1].alignment = 0  # on the title block's left edge
        kicker = self.doc.add_paragraph(_t(block.kicker or self.document.subject.split(":")[0]))
        kicker.runs[0].font.color.rgb = MUTED
        self.doc.add_paragraph(_t(block.title) or "—", style=_style(self.doc, "Title"))
        self._cover_table(block.lines, 0.22, label_style=MUTED)
        if block.reader.strip():
            self._reader_band(block.reader)
        version = self.doc.add_paragraph()
        run = version.add_run(_t(block.footer))
        run.font.color.rgb = MUTED
        if block.glance:
            title = self.doc.add_paragraph()
            title.paragraph_format.space_before = Pt(18)
            title.paragraph_format.keep_with_next = True
            run = title.add_run(_t(block.glance_title))
            run.bold = True
            run.font.color.rgb = ACCENT
            self._cover_table(block.glance, 0.27, label_style=None, small=True)

    def _cover_table(self, rows: list[tuple[str, str]], first: float, label_style, small: bool = False) -> None:
        """Label and value rows under a rule, no grid: the cover's facts and its glance."""
        if not rows:
            return
        table = self.doc.add_table(rows=0, cols=2)
        widths = [int(self.text_width * first), int(self.text_width * (1 - first))]
        _fixed_widths(table, widths)
        text_style = self._style_id("Briefing Table Text") if small else None
        for index, (label, value) in enumerate(rows):
            cells = table.add_row().cells
            cells[0].width, cells[1].width = widths
            run = cells[0].paragraphs[0].add_run(_t(label))
            if label_style is not None:
                run.font.color.rgb = label_style
            else:
                run.bold = True
                run.font.color.rgb = MUTED
            self._runs(cells[1].paragraphs[0], [d.Span(value or "—")])
            for cell in cells:
                if text_style:
                    cell.paragraphs[0]._p.get_or_add_pPr().style = text_style
                _cell_rule(cell, "top" if index == 0 else None, "1F4E79", 8)
                _cell_rule(cell, "bottom", "C9D2DC", 4)
        self.doc.add_paragraph()

    def _reader_band(self, reader: str) -> None:
        """Whom the pack is for, white on the accent colour across the page."""
        band = self.doc.add_paragraph()
        shd = OxmlElement("w:shd")  # first: python-docx puts spacing and jc after it, in the schema's order
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "1F4E79")
        band._p.get_or_add_pPr().append(shd)
        band.alignment = 1
        band.paragraph_format.space_after = Pt(12)
        run = band.add_run(_t(reader))
        run.bold = True
        run.font.size = Pt(14)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def visit_TableOfContents(self, block: d.TableOfContents) -> None:
        """A real TOC field (Word's "update field" rebuilds it) whose result already lists the headings,
        each a link to its heading, with the page numbers a layout from font metrics gives (_page_numbers)."""
        heading = self.doc.add_paragraph(_t(block.title), style=_style(self.doc, "TOC Heading", "Title"))
        heading.paragraph_format.keep_with_next = True
        entries = [h for h in self.document.headings() if h.toc and h.level <= 2]
        styles = [self._toc_style(1), self._toc_style(2)]
        tab_pos = str(int(self.text_width / 635))  # EMU -> twips: the page number at the right margin
        sub = etree.SubElement
        first = last = None
        for entry in entries:
            if entry.anchor in self._toc_marks:  # the same heading twice: listed once
                continue
            name = f"_Toc{len(self._toc_marks) + 1:08d}"
            self._toc_marks[entry.anchor] = (name, len(self._toc_marks) + 1)
            p = etree.SubElement(self._body, _W + "p")
            self._sect_pr.addprevious(p)
            ppr = sub(p, _W + "pPr")
            sub(ppr, _W + "pStyle").set(_W + "val", styles[min(entry.level, 2) - 1])
            tab = sub(sub(ppr, _W + "tabs"), _W + "tab")
            tab.set(_W + "val", "right")
            tab.set(_W + "leader", "dot")
            tab.set(_W + "pos", tab_pos)
            paragraph = DocxParagraph(p, self.doc._body)
            if first is None:
                first = paragraph
                _field_start(first, 'TOC \\o "1-2" \\h \\z \\u')
            link = sub(p, _W + "hyperlink")
            link.set(_W + "anchor", name)
            link.set(_W + "history", "1")
            t = sub(sub(link, _W + "r"), _W + "t")
            t.set(_XML_SPACE, "preserve")
            t.text = _t(" ".join(entry.text.split())) or "—"
            sub(sub(link, _W + "r"), _W + "tab")
            # the page number as Word writes it: a PAGEREF field whose stored result is the number
            sub(sub(link, _W + "r"), _W + "fldChar").set(_W + "fldCharType", "begin")
            instr = sub(sub(link, _W + "r"), _W + "instrText")
            instr.set(_XML_SPACE, "preserve")
            instr.text = f" PAGEREF {name} \\h "
            sub(sub(link, _W + "r"), _W + "fldChar").set(_W + "fldCharType", "separate")
            number = sub(sub(link, _W + "r"), _W + "t")
            sub(sub(link, _W + "r"), _W + "fldChar").set(_W + "fldCharType", "end")
            self._toc_numbers.append((name, number))
            last = paragraph
        if first is None:
            first = last = self.doc.add_paragraph()
            _field_start(first, 'TOC \\o "1-2" \\h \\z \\u')
            first.add_run(_t(_TOC_PLACEHOLDER.get(self.document.lang, "")))
        _field_end(last)

    def _toc_style(self, level: int) -> str:
        """The id of Word's own "toc N" style (the one a TOC update uses), added if the template lacks it:
        level 1 bold, level 2 indented, as the PDF's contents."""
        styles = self.doc.styles.element
        wanted = f"toc {level}"
        for style in styles.iterfind(_W + "style"):
            name = style.find(_W + "name")
            if name is not None and (name.get(_W + "val") or "").lower() == wanted:
                return style.get(_W + "styleId")
        sub = etree.SubElement
        style = sub(styles, _W + "style")
        style.set(_W + "type", "paragraph")
        style.set(_W + "styleId", f"TOC{level}")
        sub(style, _W + "name").set(_W + "val", wanted)
        sub(style, _W + "basedOn").set(_W + "val", self._normal_id)
        sub(style, _W + "next").set(_W + "val", self._normal_id)
        sub(style, _W + "uiPriority").set(_W + "val", "39")
        sub(style, _W + "unhideWhenUsed")
        ppr = sub(style, _W + "pPr")
        spacing = sub(ppr, _W + "spacing")
        spacing.set(_W + "before", "60" if level == 1 else "0")
        spacing.set(_W + "after", "20")
        if level > 1:
            sub(ppr, _W + "ind").set(_W + "left", str(int(Mm(6 * (level - 1)) / 635)))
        if level == 1:
            sub(sub(style, _W + "rPr"), _W + "b")
        return f"TOC{level}"

    def _page_numbers(self) -> None:
        """The TOC's page numbers, from a layout of the body with the font's metrics (docx_pages)."""
        if not self._toc_numbers:
            return
        from briefing.export.docx_pages import heading_pages

        try:
            numbering = self.doc.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        try:
            pages = heading_pages(self._body, self.doc.styles.element, numbering)
        except (OSError, struct.error) as exc:  # no font to measure with: the numbers wait for a field update
            log.warning("the table of contents' page numbers could not be estimated: %s", exc)
            return
        for name, number in self._toc_numbers:
            page = pages.get(name)
            if page is not None:
                number.text = str(page)

    def visit_PageBreak(self, block: d.PageBreak) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


_TOC_PLACEHOLDER = {
    "nl": "Klik met de rechtermuisknop en kies 'Veld bijwerken' om de inhoudstafel te vullen.",
    "fr": "Cliquez avec le bouton droit et choisissez « Mettre à jour les champs » pour remplir la table.",
    "en": "Right-click and choose 'Update Field' to fill in the table of contents.",
}


def write_docx(document: d.Document) -> bytes:
    return _Writer(document).write()
