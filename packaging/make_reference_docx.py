"""Build resources/templates/reference.docx, the clean default house style for DOCX packs.

Run again only to change the default: `python packaging/make_reference_docx.py`.
Officers replace it per store with their own (`briefing house-style --docx FILE`).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Mm, Pt, RGBColor

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
INK = RGBColor(0x1D, 0x27, 0x33)


def build(target: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 24), ("Heading 1", 18), ("Heading 2", 13), ("Heading 3", 11)):
        style = styles[name]
        style.font.name = "Arial"
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = ACCENT
        style.paragraph_format.keep_with_next = True
    styles["Heading 1"].paragraph_format.space_before = Pt(0)
    styles["Heading 2"].paragraph_format.space_before = Pt(12)
    doc.core_properties.title = "Briefing reference document"
    doc.core_properties.author = "Briefing"
    doc.save(str(target))


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "resources" / "templates" / "reference.docx"
    build(out)
    print(out)
