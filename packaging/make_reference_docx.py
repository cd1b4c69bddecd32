"""Build resources/templates/reference.docx, the clean default house style for DOCX packs.

Run again only to change the default: `python packaging/make_reference_docx.py`.
Officers replace it per store with their own (`briefing house-style --docx FILE`).

It sets the PDF's type (src/briefing/export/pdf.py), so that both formats break lines alike: Calibri,
whose metrics the PDF's Carlito shares, named outright for every script (no theme fonts, which would
name Cambria for headings), the body at 11 pt on 15 pt lines, a 150 mm measure (30 mm side margins),
and headings at the PDF's sizes.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
INK = RGBColor(0x1D, 0x27, 0x33)
FONT = "Calibri"
LIST_INDENT_TWIPS = 280  # 14 pt: the PDF's hanging indent for a bullet


def _name_font(rpr) -> None:
    """rFonts naming Calibri for every script, and no theme font (a theme font wins over a named one)."""
    fonts = rpr.get_or_add_rFonts()
    themed = any(key.lower().endswith("theme") for key in fonts.attrib)
    if fonts.get(qn("w:ascii")) not in (None, "Arial", FONT) and not themed:
        return  # a monospace style's Courier stays
    for key in list(fonts.attrib):
        if key.endswith("Theme") or key.endswith("theme"):
            del fonts.attrib[key]
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{script}"), FONT)


def _leading(style, points: float) -> None:
    style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    style.paragraph_format.line_spacing = Pt(points)


def build(target: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(30)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(5)
    _leading(normal, 15)
    # size, leading, space before and after: the PDF's h1-h3 and cover title
    for name, size, leading, before, after in (
        ("Title", 28, 33, 0, 18),
        ("Heading 1", 20, 24, 0, 10),
        ("Heading 2", 14, 17, 10, 5),
        ("Heading 3", 12, 15, 6, 3),
    ):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = ACCENT
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        _leading(style, leading)
        size_cs = style.element.rPr.find(qn("w:szCs"))
        if size_cs is not None:  # complex scripts (Arabic, Hebrew) at the same size
            size_cs.set(qn("w:val"), str(size * 2))
    bullet = styles["List Bullet"]
    bullet.paragraph_format.space_after = Pt(2)  # the PDF's list items; the last one gets the paragraph's space
    for contextual in bullet.element.pPr.findall(qn("w:contextualSpacing")):
        bullet.element.pPr.remove(contextual)
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _name_font(defaults)
    for rpr in styles.element.iter(qn("w:rPr")):
        if rpr.find(qn("w:rFonts")) is not None:
            _name_font(rpr)
    _list_bullet(doc)
    _theme_fonts(doc)
    doc.core_properties.title = "Briefing reference document"
    doc.core_properties.author = "Briefing"
    doc.save(str(target))


def _list_bullet(doc) -> None:
    """List Bullet: a round bullet in the accent colour, hanging in a 14 pt indent (the PDF's lists)."""
    numbering = doc.part.numbering_part.element
    style_id = doc.styles["List Bullet"].style_id
    for abstract in numbering.findall(qn("w:abstractNum")):
        for lvl in abstract.findall(qn("w:lvl")):
            p_style = lvl.find(qn("w:pStyle"))
            if p_style is None or p_style.get(qn("w:val")) != style_id:
                continue
            lvl.find(qn("w:lvlText")).set(qn("w:val"), "\u2022")
            ppr = lvl.find(qn("w:pPr"))
            for tabs in ppr.findall(qn("w:tabs")):
                ppr.remove(tabs)
            ind = ppr.find(qn("w:ind"))
            ind.set(qn("w:left"), str(LIST_INDENT_TWIPS))
            ind.set(qn("w:hanging"), str(LIST_INDENT_TWIPS))
            rpr = lvl.find(qn("w:rPr"))
            fonts = rpr.find(qn("w:rFonts"))
            for key in list(fonts.attrib):
                del fonts.attrib[key]
            for script in ("ascii", "hAnsi", "cs", "eastAsia"):
                fonts.set(qn(f"w:{script}"), FONT)
            color = rpr.find(qn("w:color"))
            if color is None:
                color = rpr.makeelement(qn("w:color"), {})
                rpr.append(color)
            color.set(qn("w:val"), str(ACCENT))


def _theme_fonts(doc) -> None:
    """The theme's heading and body fonts are Calibri too, and the older stylesWithEffects part names no theme font."""
    for part in doc.part.package.iter_parts():
        name = str(part.partname)
        if name.startswith("/word/theme/"):
            part._blob = re.sub(rb'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*', rb"\1Calibri", part.blob)
        elif name == "/word/stylesWithEffects.xml":
            part._blob = re.sub(
                rb"<w:rFonts [^>]*[Tt]heme=[^>]*/>",
                b'<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/>',
                part.blob,
            )


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "resources" / "templates" / "reference.docx"
    build(out)
    print(out)
