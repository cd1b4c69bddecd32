"""The pack's document model: plain dataclasses of sections and blocks.

Writers (PDF, DOCX) walk this tree; a writer that meets a block type it does not know
raises UnknownBlock, so no format can silently drop content. All text here is plain
user text: each writer makes it safe for its own format in one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A run of text with simple emphasis."""

    text: str
    bold: bool = False
    italic: bool = False
    muted: bool = False


Line = list[Span]  # one paragraph of mixed emphasis


@dataclass
class Heading:
    level: int  # 1 = section, 2 = day / theme / article / group, 3 = minor
    text: str
    anchor: str  # unique id: bookmark, outline entry and TOC link target
    toc: bool = True  # listed in the table of contents (levels 1-2) and the PDF outline


@dataclass
class Paragraph:
    spans: Line
    style: str = "body"  # body | lead | small | quote | flag | label (a run-in heading kept with what follows)


@dataclass
class BulletList:
    items: list[Line]


@dataclass
class Fields:
    """Label / value pairs, shown as a two-column table."""

    rows: list[tuple[str, str]]


@dataclass
class Table:
    header: list[str]
    rows: list[list[list[Line]]]  # rows -> cells -> paragraphs
    widths: list[float]  # fractions of the text width, summing to 1
    shaded_rows: set[int] = field(default_factory=set)  # e.g. meals and transfers
    strong_rows: set[int] = field(default_factory=set)  # rows that must stand out (the run sheet's transfers)
    continued: str = ""  # over the part of the table a page break carries on: "woensdag 24 april 2024 (vervolg)"


@dataclass
class Entry:
    """A person in the who's who: a name line, detail lines and a bulleted list, kept together on one page."""

    title: Line
    lines: list[Line]
    bullets: list[Line] = field(default_factory=list)  # after the lines (the items the person appears in)


@dataclass
class Cover:
    title: str
    lines: list[tuple[str, str]]  # label, value
    marking: str
    footer: str  # pack version and date
    logo: bytes | None = None  # image from the house style (PNG or JPEG)
    kicker: str = ""  # what the document is ("Briefingmap", "Draaiboek begeleiders")
    reader: str = ""  # whom it is for ("Voor de delegatie"), in a band of its own
    glance_title: str = ""  # "In het kort": the cover's lower half, the visit at a glance
    glance: list[tuple[str, str]] = field(default_factory=list)  # label, value: the days, who comes, whom to call


@dataclass
class TableOfContents:
    title: str


@dataclass
class PageBreak:
    pass


Block = Heading | Paragraph | BulletList | Fields | Table | Entry | Cover | TableOfContents | PageBreak


@dataclass
class Section:
    key: str  # cover | toc | practical | programme | people | themes | articles
    blocks: list[Block]


@dataclass
class Document:
    title: str
    subject: str
    author: str
    marking: str  # classification printed on every page, may be empty
    lang: str
    page_label: str  # "Pagina {page} van {pages}"
    generated: str  # the pack's version and date line for the footer
    sections: list[Section]
    reference_docx: bytes | None = None  # house-style styles, header and logo for DOCX
    odd_pages: bool = False  # every section after the cover starts on an odd (right-hand) page
    reader: str = ""  # whom the pack is for, printed in every page's header ("Voor de delegatie")
    page_size: str = "a4"  # a4 (portrait) | a5_landscape (the escorts' run sheet)

    def blocks(self) -> Iterator[Block]:
        for section in self.sections:
            yield from section.blocks

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks() if isinstance(b, Heading)]


class UnknownBlock(TypeError):
    """A writer met a block type it cannot render."""

    def __init__(self, writer: str, block: object) -> None:
        super().__init__(f"{writer} writer cannot render block {type(block).__name__}")
