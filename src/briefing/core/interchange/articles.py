"""Importing background articles: plain text, Markdown, HTML saved from a browser, DOCX and PDF.

``read_article`` turns one file into a ParsedArticle (title, body, date, related items) without
touching the store; ``import_steps`` writes a batch, one transaction per file, so one bad file is
reported by name and the others still import. Importing the same article again changes nothing;
a changed version updates the stored one (same URL, or same title and date).

News pages often end with a block such as "Ook interessant voor u:", "À lire aussi" or
"Related": it is not body text. Its entries (date and summary) are kept as related items and
linked to the stored articles they point to, whichever of the two is imported first.

Hostile files are refused with one line, in seconds and bounded memory: at most MAX_BYTES are
read from a text or HTML file (MAX_PACKAGE_BYTES from a PDF or DOCX), whatever the file claims to
be (/dev/zero, a pipe); a DOCX is judged by its zip directory before anything is unpacked, and
its text is read as a stream with a cap on size and paragraphs; a web page may hold at most
MAX_HTML_ELEMENTS elements nested at most MAX_DEPTH deep; every pattern run on the text is
linear in its length. All reading and all look-ups for links happen before the write
transaction opens: the transaction only writes, so other Briefings are never kept waiting.
"""

from __future__ import annotations

import io
import logging
import os
import posixpath
import re
import sqlite3
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from briefing.core.errors import BriefingError, InvalidFile
from briefing.core.interchange import dates
from briefing.core.interchange.textio import decode
from briefing.core.progress import Progress, Steps
from briefing.core.store import Store

log = logging.getLogger(__name__)

MB = 1024 * 1024
MAX_BYTES = 50 * MB  # a text, Markdown or HTML file; also the most text any article may hold
MAX_PACKAGE_BYTES = 200 * MB  # a PDF or DOCX file (pictures included)
MAX_DOCX_PARTS = 2000  # a Word document has tens of parts; thousands only with that many pictures
MAX_DOCX_UNPACKED = 512 * MB  # all of its parts together, as its zip directory states them
MAX_DOCX_XML = 64 * MB  # its text part (word/document.xml) or any other part that is read
MAX_ZIP_RATIO = 200  # a part over 4 MB that unpacks to more than 200 times its packed size is a zip bomb
MAX_PARAGRAPHS = 200_000  # about 10,000 pages
MAX_PDF_PAGES = 2000
MAX_HTML_ELEMENTS = 40_000  # a long page has a few thousand; the extraction takes 5 s for 40,000 and grows faster
MAX_DEPTH = 250  # elements nested inside each other; the XML and HTML parsers stop at 256
MAX_LINES = 2_000_000  # lines of text: each costs about 60 bytes of memory while it is read
MAX_RELATED_LINES = 400  # a heading followed by more lines than this does not start a related block
_RELATED = re.compile(
    r"^\s*(?:#+\s*)?(?:"
    r"ook\s+interessant(?:\s+voor\s+u)?|lees\s+ook|zie\s+ook|gerelateerde?\s+(?:artikels|artikelen|berichten|nieuws)"
    r"|meer\s+nieuws(?:berichten)?\s+over\s+dit\s+onderwerp|misschien\s+ook\s+interessant"
    r"|[àa]\s+lire\s+(?:aussi|[ée]galement)|lire\s+aussi|voir\s+aussi|sur\s+le\s+m[êe]me\s+sujet"
    r"|articles?\s+(?:li[ée]s|similaires|connexes)|aussi\s+int[ée]ressant(?:\s+pour\s+vous)?"
    r"|cela\s+pourrait\s+(?:aussi|[ée]galement)\s+vous\s+int[ée]resser"
    r"|related(?:\s+(?:articles|stories|news|content|items|posts))?|see\s+also|read\s+(?:also|more)"
    r"|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|also\s+of\s+interest(?:\s+to\s+you)?"
    r"|more\s+on\s+this\s+(?:topic|subject)"
    r")\s*(?:[:.…]\s*)?$",
    re.IGNORECASE,
)
_DATED = re.compile(r"^(" + dates.DATE_PATTERN + r")(?:\s*[-–:|·])?\s+(\S.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)])\s+")


@dataclass
class RelatedItem:
    published: str
    summary: str


@dataclass
class ParsedArticle:
    title: str
    body: str
    summary: str = ""
    published: str = ""
    source: str = ""
    url: str = ""
    related: list[RelatedItem] = field(default_factory=list)


@dataclass
class FileResult:
    path: Path
    status: str  # added | updated | unchanged | failed
    article_id: int | None = None
    title: str = ""
    reason: str = ""
    related: int = 0
    linked: int = 0


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]


# ------------------------------------------------------------------ reading one file


def read_article(path: Path) -> ParsedArticle:
    """One file as an article. Raises InvalidFile (one line naming the file) when it cannot be read."""
    name = path.name
    try:
        data = _read_capped(path, name)
    except FileNotFoundError:
        raise InvalidFile(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InvalidFile(f"{name}: is a folder, not a file") from None
    except PermissionError:
        raise InvalidFile(f"{name}: not allowed to read it") from None
    except OSError as error:
        raise InvalidFile(f"{name}: cannot read it ({error.strerror or error})") from None
    if not data.strip():
        raise InvalidFile(f"{name}: the file is empty")
    kind = _kind(path, data)
    if kind == "pdf":
        article = _from_pdf(data, name)
    elif kind == "docx":
        article = _from_docx(data, name)
    else:
        text = decode(data, name)
        if kind == "html":
            article = _from_html(text, name)
        else:
            _check_text(text, name)
            article = _from_text(text, kind == "markdown")
    article.title = " ".join(article.title.split())[:500]
    if not article.title and not article.body.strip():
        raise InvalidFile(f"{name}: no text found in it")
    if not article.title:
        article.title = path.stem
    return article


def _read_capped(path: Path, name: str) -> bytes:
    """The file's bytes, refused past MAX_BYTES (MAX_PACKAGE_BYTES for a PDF or zip): never reads
    more than that, so an endless file (/dev/zero, a pipe) is refused too."""
    with path.open("rb") as file:
        head = file.read(8)
        limit = MAX_PACKAGE_BYTES if head.startswith((b"%PDF", b"PK\x03\x04")) else MAX_BYTES
        too_large = InvalidFile(f"{name}: too large for an article (more than {limit // MB} MB)")
        try:
            if os.fstat(file.fileno()).st_size > limit:
                raise too_large
        except OSError:
            pass
        chunks, total = [head], len(head)
        while chunk := file.read(min(MB, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise too_large
    return b"".join(chunks)


def _check_text(text: str, name: str) -> None:
    """Refuse more text than an article holds: it is split into lines and paragraphs in memory."""
    if len(text) > MAX_BYTES:
        raise InvalidFile(f"{name}: refused: more than {MAX_BYTES // MB} MB of text")
    if text.count("\n") > MAX_LINES:
        raise InvalidFile(f"{name}: refused: more than {MAX_LINES:,} lines")


def _kind(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if suffix in (".docx", ".docm", "") or b"word/" in data[:2000]:
            return "docx"
        raise InvalidFile(f"{path.name}: a zip archive, not an article (use .txt, .md, .html, .docx or .pdf)")
    if suffix in (".pdf", ".docx"):
        raise InvalidFile(f"{path.name}: not a valid {suffix[1:].upper()} file")
    if suffix in (".doc", ".odt", ".rtf", ".pages"):
        raise InvalidFile(f"{path.name}: {suffix} files are not read; save it as .docx, .pdf or .txt")
    head = data[:4000].lstrip(b"\xef\xbb\xbf").lower().replace(b"\x00", b"")
    if suffix in (".html", ".htm", ".xhtml", ".mhtml") or head.lstrip().startswith((b"<!doctype html", b"<html")):
        return "html"
    if b"<html" in head or (b"<body" in head and b"</" in head):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    return "text"


# ------------------------------------------------------------------ text and Markdown


# Each of these is linear in the line's length. An emphasis or link cannot hold its own opening
# mark, so an opening mark without its closing one stops at the next mark instead of scanning to
# the end of the line (a 90 KB line of "*a " took 45 s); ** and __ close what they open, so only
# the last of them can scan on; no two quantifiers in a row can take the same character.
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_CLOSING_HASHES = re.compile(r"(?<=\s)#+\s*$")
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")  # every opening mark is a closing one: one scan each
_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)([^*]+)(?<!\s)\*(?![\w*])")
_LINK = re.compile(r"\[([^\[\]]+)\]\((?:[^()]|\([^()]*\))*\)")


def _strip_markdown(line: str) -> str:
    line = _HEADING.sub("", line)
    closing = _CLOSING_HASHES.search(line)
    if closing:
        line = line[: closing.start()].rstrip()
    line = _STRONG.sub(r"\2", line)
    line = _EMPHASIS.sub(r"\1", line)
    return _LINK.sub(r"\1", line)


def _from_text(text: str, markdown: bool) -> ParsedArticle:
    lines = text.split("\n")
    if markdown:
        lines = [_strip_markdown(line) for line in lines]
    title = ""
    for index, line in enumerate(lines):
        if line.strip():
            title = line.strip()
            lines = lines[index + 1 :]
            break
    if markdown and lines and re.fullmatch(r"\s*(=+|-+)\s*", lines[0] or ""):
        lines = lines[1:]  # setext heading underline
    return _finish(title, "\n".join(lines))


def _finish(title: str, text: str, published: str = "", **extra: str) -> ParsedArticle:
    """Split off the related-items block, find the date, and cut the lead paragraph as summary."""
    body, related = split_related(text)
    published = published or dates.stated_date(title + "\n" + body)
    paragraphs = _paragraphs(body)
    # a line that only states the date or "Published ..." is not body text
    paragraphs = [p for p in paragraphs if not (len(p) < 80 and (dates.is_date_line(p) or _only_stated(p)))]
    summary = ""
    if len(paragraphs) > 1 and len(paragraphs[0]) <= 800:
        summary = paragraphs.pop(0)
    return ParsedArticle(
        title=title, body="\n\n".join(paragraphs), summary=summary, published=published, related=related, **extra
    )


def _only_stated(paragraph: str) -> bool:
    found = dates._STATED.search(paragraph)
    return found is not None and len(paragraph) - len(found.group(0)) < 12


def _paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; single line breaks inside one become spaces."""
    out = []
    for chunk in re.split(r"\n\s*\n", text):
        joined = " ".join(line.strip() for line in chunk.split("\n") if line.strip())
        if joined:
            out.append(joined)
    return out


def split_related(text: str) -> tuple[str, list[RelatedItem]]:
    """The body before a related-items heading, and that block's entries (date and summary).

    A heading line followed by more than MAX_RELATED_LINES lines is a line of the body: a
    related block holds a few entries at the end of the page, not the rest of a long text."""
    lines = text.split("\n")
    remaining = sum(1 for line in lines if line.strip())
    for index, line in enumerate(lines):
        if line.strip():
            remaining -= 1
        if index > 0 and remaining <= MAX_RELATED_LINES and len(line) < 120 and _RELATED.match(line):
            return "\n".join(lines[:index]), _related_entries(lines[index + 1 :])
    return text, []


def _related_entries(lines: list[str]) -> list[RelatedItem]:
    entries: list[RelatedItem] = []
    current: RelatedItem | None = None
    for raw in lines:
        line = _BULLET.sub("", raw).strip()
        if not line:
            continue
        when = dates.is_date_line(line) if len(line) < 40 else ""
        lead = None if when else _DATED.match(line)
        if lead and dates.parse_date(lead.group(1)):  # "31 mei 2024 De burgers ..." on one line
            entries.append(RelatedItem(dates.parse_date(lead.group(1)), lead.group(2).strip()))
            current = entries[-1]
            continue
        if when:
            current = RelatedItem(when, "")
            entries.append(current)
        elif current is not None and not current.summary:
            current.summary = line
        elif current is not None:
            current.summary += " " + line
        else:
            entries.append(RelatedItem("", line))
    return [e for e in entries if e.summary or e.published]


# ------------------------------------------------------------------ HTML


def _from_html(html: str, name: str) -> ParsedArticle:
    import trafilatura
    from trafilatura.utils import load_html

    # a page with more tags than MAX_HTML_ELEMENTS allows is refused before it is parsed
    if html.count("<") > 8 * MAX_HTML_ELEMENTS:
        raise InvalidFile(
            f"{name}: refused: the web page has more than {8 * MAX_HTML_ELEMENTS:,} tags, "
            "too many to read as one article"
        )
    try:
        tree = load_html(html)
        if tree is None:
            raise InvalidFile(f"{name}: no article text found in the web page")
        _check_tree(tree, name)
        doc = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
        )
    except InvalidFile:
        raise
    except Exception as error:  # the library's own parse failures
        raise InvalidFile(f"{name}: cannot read the web page ({type(error).__name__})") from None
    data = {} if doc is None else (doc if isinstance(doc, dict) else doc.as_dict())
    text = data.get("text") or ""
    title = (data.get("title") or "").strip()
    if not text.strip():
        raise InvalidFile(f"{name}: no article text found in the web page")
    _check_text(text, name)
    lines = text.split("\n")
    if lines and title and lines[0].strip() == title:
        lines = lines[1:]
    text = "\n\n".join(line for line in lines)  # trafilatura gives one paragraph per line
    body, related = split_related(text)
    if not related:
        related = _related_from_markup(html)
    published = data.get("date") or ""
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        published = dates.parse_date(published)
    article = _finish(title, body, published, source=data.get("sitename") or "", url=data.get("url") or "")
    article.related = related
    return article


def _check_tree(tree: Any, name: str) -> None:
    """Refuse a page of more than MAX_HTML_ELEMENTS elements or nested more than MAX_DEPTH deep
    (the extraction walks the tree recursively, and its time grows faster than the page)."""
    from lxml import etree

    count = depth = 0
    for event, _element in etree.iterwalk(tree, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        count += 1
        depth += 1
        if depth > MAX_DEPTH:
            raise InvalidFile(f"{name}: refused: the web page nests elements more than {MAX_DEPTH} deep")
        if count > MAX_HTML_ELEMENTS:
            raise InvalidFile(
                f"{name}: refused: the web page has more than {MAX_HTML_ELEMENTS:,} elements, "
                "too many to read as one article"
            )


def _related_from_markup(html: str) -> list[RelatedItem]:
    """A related block the main-text extraction dropped as boilerplate: read from the page's text."""
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception:
        return []
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    headings = 0
    for element in tree.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong"):
        own = (element.text or "").strip()
        if own and len(own) < 120 and _RELATED.match(own) and len(element) == 0:
            headings += 1
            if headings > 20:
                break
            following = _texts_after(element.itersiblings())
            parent = element.getparent()
            if not following and parent is not None:
                following = _texts_after(parent.itersiblings())
            if len(following) <= MAX_RELATED_LINES:
                return _related_entries(following)
    return []


def _texts_after(elements: Iterable[Any]) -> list[str]:
    """The texts in ``elements``: at most one more than MAX_RELATED_LINES of them."""
    texts: list[str] = []
    for element in elements:
        for text in element.itertext():
            if text.strip():
                texts.append(text.strip())
                if len(texts) > MAX_RELATED_LINES:
                    return texts
    return texts


# ------------------------------------------------------------------ DOCX and PDF


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TITLE_STYLES = ("title", "heading 1", "titel", "titre")


class _PartTooLarge(Exception):
    pass


class _Capped:
    """A zip member for the XML parser to read piece by piece (memory stays bounded); past
    ``limit`` bytes it stops with _PartTooLarge, whatever the zip directory said."""

    def __init__(self, member: IO[bytes], limit: int) -> None:
        self.member, self.limit, self.total = member, limit, 0

    def read(self, size: int) -> bytes:
        data = self.member.read(min(max(size, 1), MB))
        self.total += len(data)
        if self.total > self.limit:
            raise _PartTooLarge
        return data


def _xml_parser() -> Any:  # an lxml XMLParser
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _docx_package(data: bytes, name: str) -> zipfile.ZipFile:
    """The zip, judged by its directory before anything is unpacked: part count, total size,
    and each part's compression ratio."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        parts = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise InvalidFile(f"{name}: not a valid Word document") from None
    if len(parts) > MAX_DOCX_PARTS:
        raise InvalidFile(f"{name}: refused: it holds {len(parts):,} parts (a Word document has at most a few hundred)")
    for part in parts:
        if part.file_size > 4 * MB and part.file_size > MAX_ZIP_RATIO * max(part.compress_size, 1):
            ratio = part.file_size // max(part.compress_size, 1)
            raise InvalidFile(
                f"{name}: refused: a zip bomb ({part.filename} unpacks to {ratio:,} times its packed size)"
            )
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_DOCX_UNPACKED:
        raise InvalidFile(
            f"{name}: refused: it unpacks to {unpacked // MB:,} MB (at most {MAX_DOCX_UNPACKED // MB} MB)"
        )
    return package


def _docx_part(package: zipfile.ZipFile, part: str, name: str, limit: int = MAX_DOCX_XML) -> _Capped | None:
    try:
        info = package.getinfo(part)
    except KeyError:
        return None
    if info.file_size > limit:
        raise InvalidFile(
            f"{name}: refused: its part {part} unpacks to {info.file_size // MB:,} MB (at most {limit // MB} MB)"
        )
    try:
        return _Capped(package.open(info), limit)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError, EOFError):
        raise InvalidFile(f"{name}: not a valid Word document") from None


def _docx_xml(package: zipfile.ZipFile, part: str, name: str) -> Any:  # an lxml element, or None
    """A small part (relationships, styles, properties) as a tree, or None when it is missing."""
    from lxml import etree

    stream = _docx_part(package, part, name, limit=16 * MB)
    if stream is None:
        return None
    try:
        return etree.parse(stream, _xml_parser()).getroot()
    except _PartTooLarge:
        raise InvalidFile(f"{name}: refused: its part {part} unpacks to more than 16 MB") from None
    except Exception:  # lxml's syntax errors, and the zip's own (bad CRC, bad data)
        raise InvalidFile(f"{name}: not a valid Word document ({part} cannot be read)") from None


def _relationships(package: zipfile.ZipFile, source: str, name: str) -> dict[str, str]:
    """Relationship type (its last word) -> target part, for the part ``source`` ("" = the package)."""
    folder, base = posixpath.split(source)
    root = _docx_xml(package, posixpath.join(folder, "_rels", base + ".rels"), name)
    targets: dict[str, str] = {}
    for rel in [] if root is None else root.iter(f"{{{_REL}}}Relationship"):
        target, kind = rel.get("Target") or "", (rel.get("Type") or "").rsplit("/", 1)[-1]
        if rel.get("TargetMode") == "External" or not target or kind in targets:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        targets[kind] = path
    return targets


def _paragraph_styles(package: zipfile.ZipFile, part: str | None, name: str) -> tuple[dict[str, str], str]:
    """Paragraph style id -> lower-case style name, and the default paragraph style's name."""
    root = _docx_xml(package, part, name) if part else None
    names: dict[str, str] = {}
    default = ""
    for style in [] if root is None else root.iter(f"{{{_W}}}style"):
        if style.get(f"{{{_W}}}type", "paragraph") != "paragraph":
            continue
        label = style.find(f"{{{_W}}}name")
        style_name = (label.get(f"{{{_W}}}val") or "").lower() if label is not None else ""
        names.setdefault(style.get(f"{{{_W}}}styleId") or "", style_name)
        if style.get(f"{{{_W}}}default") in ("1", "true", "on"):
            default = style_name
    return names, default


def _run_text(element: Any) -> str:
    tag = element.tag.rpartition("}")[2]
    if tag == "t":
        return element.text or ""
    if tag in ("tab", "ptab"):
        return "\t"
    if tag == "br":
        return "\n" if element.get(f"{{{_W}}}type", "textWrapping") == "textWrapping" else ""
    if tag == "cr":
        return "\n"
    return "-"  # noBreakHyphen


def _from_docx(data: bytes, name: str) -> ParsedArticle:
    """The body's own paragraphs (not those in tables), read as a stream from word/document.xml.
    Style names are read once from styles.xml. The title is the first paragraph in a title style
    or, before one, any first paragraph; else the document's title property."""
    from lxml import etree

    package = _docx_package(data, name)
    main = _relationships(package, "", name)
    document = main.get("officeDocument", "word/document.xml")
    styles, default_style = _paragraph_styles(package, _relationships(package, document, name).get("styles"), name)
    stream = _docx_part(package, document, name)
    if stream is None:
        raise InvalidFile(f"{name}: not a valid Word document (it has no text part)")
    run_text = etree.XPath(
        "(w:r | w:hyperlink/w:r)/*[self::w:t or self::w:tab or self::w:ptab or self::w:br or self::w:cr"
        " or self::w:noBreakHyphen]",
        namespaces={"w": _W},
    )
    body_tag, style_tag, val = f"{{{_W}}}body", f"{{{_W}}}pPr/{{{_W}}}pStyle", f"{{{_W}}}val"
    title, count, size = "", 0, 0
    paragraphs: list[str] = []
    try:
        for _event, p in etree.iterparse(
            stream,
            events=("end",),
            tag=f"{{{_W}}}p",
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
        ):
            count += 1
            if count > MAX_PARAGRAPHS:
                raise InvalidFile(f"{name}: refused: more than {MAX_PARAGRAPHS:,} paragraphs")
            parent = p.getparent()
            if parent is not None and parent.tag == body_tag:  # the body's own paragraphs, not those in tables
                text = "".join(_run_text(e) for e in run_text(p)).strip()
                if text:
                    size += len(text)
                    if size > MAX_BYTES:
                        raise InvalidFile(f"{name}: refused: more than {MAX_BYTES // MB} MB of text")
                    style_id = p.find(style_tag)
                    style = styles.get(style_id.get(val, ""), default_style) if style_id is not None else default_style
                    if not title and (style in _TITLE_STYLES or not paragraphs):
                        title = text
                    else:
                        paragraphs.append(text)
                while p.getprevious() is not None:  # what was read is let go: memory stays bounded
                    del parent[0]
            p.clear(keep_tail=False)
    except InvalidFile:
        raise
    except _PartTooLarge:
        raise InvalidFile(f"{name}: refused: its text part unpacks to more than {MAX_DOCX_XML // MB} MB") from None
    except etree.XMLSyntaxError as error:
        if "depth" in str(error).lower():
            raise InvalidFile(f"{name}: refused: its text is nested more than 256 levels deep") from None
        raise InvalidFile(f"{name}: not a valid Word document") from None
    except Exception:  # the zip's own errors while unpacking: bad CRC, bad deflate data
        raise InvalidFile(f"{name}: not a valid Word document") from None
    if not title:
        core = _docx_xml(package, main.get("core-properties", "docProps/core.xml"), name)
        found = core.find("{http://purl.org/dc/elements/1.1/}title") if core is not None else None
        title = (found.text or "").strip() if found is not None else ""
    text = "\n\n".join(paragraphs)
    _check_text(text, name)
    return _finish(title, text)


def _from_pdf(data: bytes, name: str) -> ParsedArticle:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InvalidFile(f"{name}: the PDF is password-protected") from None
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InvalidFile(f"{name}: refused: more than {MAX_PDF_PAGES:,} pages")
        pages, size = [], 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            size += len(pages[-1])
            if size > MAX_BYTES:
                raise InvalidFile(f"{name}: refused: more than {MAX_BYTES // MB} MB of text")
        metadata = reader.metadata
        meta_title = str(metadata.get("/Title") or "").strip() if metadata else ""
    except InvalidFile:
        raise
    except Exception:
        raise InvalidFile(f"{name}: not a readable PDF") from None
    text = "\n\n".join(pages)
    _check_text(text, name)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)  # words hyphenated at line ends
    if not text.strip():
        raise InvalidFile(f"{name}: the PDF holds no text (a scan?)")
    lines = [line.strip() for line in text.split("\n")]
    title = meta_title
    if not title:
        for index, line in enumerate(lines):
            if line:
                title = line
                lines = lines[index + 1 :]
                break
    # PDF text comes a line at a time: a line ending a sentence ends a paragraph
    rebuilt = []
    for line in lines:
        rebuilt.append(line)
        if not line or line.endswith((".", "!", "?", ":", "»", "”", '"')):
            rebuilt.append("")
    return _finish(title, "\n".join(rebuilt))


# ------------------------------------------------------------------ writing to the store


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.findall(r"[^\W_]+", kept))


def _existing(store: Store, article: ParsedArticle) -> sqlite3.Row | None:
    row: sqlite3.Row | None
    if article.url:
        row = store.conn.execute("SELECT * FROM articles WHERE url = ? ORDER BY id LIMIT 1", (article.url,)).fetchone()
        if row:
            return row
    row = store.conn.execute(
        "SELECT * FROM articles WHERE title = ? AND (published = ? OR published = '' OR ? = '') "
        "ORDER BY (published = ?) DESC, id LIMIT 1",
        (article.title, article.published, article.published, article.published),
    ).fetchone()
    return row


def _stored_related(store: Store, article_id: int) -> list[tuple[str, str]]:
    return [
        (r["published"], r["summary"])
        for r in store.conn.execute(
            "SELECT published, summary FROM article_related WHERE article_id = ? ORDER BY position", (article_id,)
        )
    ]


def _values(article: ParsedArticle) -> dict[str, str]:
    return {
        "title": article.title,
        "published": article.published,
        "source": article.source,
        "url": article.url,
        "summary": article.summary,
        "body": article.body,
    }


def _unchanged(row: sqlite3.Row, old_related: list[tuple[str, str]], article: ParsedArticle) -> bool:
    # what the new version lacks (a source, a date) is kept from the stored one
    new_related = [(r.published, r.summary) for r in article.related]
    changed = any(v and v != row[k] for k, v in _values(article).items())
    return not changed and (old_related == new_related or not new_related)


def save_article(store: Store, article: ParsedArticle) -> tuple[str, int]:
    """Add or update one parsed article inside the caller's transaction: (status, id)."""
    row = _existing(store, article)
    values = _values(article)
    article_id: int
    if row is None:
        new_id = store.db.table("articles").insert(values).last_pk
        assert isinstance(new_id, int), "articles: no id for the new row"
        article_id, status = new_id, "added"
    else:
        article_id = row["id"]
        old_related = _stored_related(store, article_id)
        new_related = [(r.published, r.summary) for r in article.related]
        if _unchanged(row, old_related, article):
            return "unchanged", article_id
        changes = {k: v for k, v in values.items() if v and v != row[k]}
        if changes:
            changes["updated"] = _now(store)
            store.db.table("articles").update(article_id, changes)
        status = "updated"
        if new_related and old_related != new_related:
            store.conn.execute("DELETE FROM article_related WHERE article_id = ?", (article_id,))
        else:
            return status, article_id
    for position, item in enumerate(article.related):
        store.conn.execute(
            "INSERT INTO article_related (article_id, position, published, summary) VALUES (?, ?, ?, ?)",
            (article_id, position, item.published, item.summary),
        )
    return status, article_id


def _now(store: Store) -> str:
    now: str = store.conn.execute("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')").fetchone()[0]
    return now


@dataclass
class Links:
    """The links an import makes, looked up before its write transaction opens (which then only
    writes them): this article's related entries -> the stored articles they point to, and the
    other articles' unlinked entries that point to this article."""

    targets: dict[tuple[str, str], int] = field(default_factory=dict)  # (published, summary) -> article id
    pointing_here: list[tuple[int, str]] = field(default_factory=list)  # (article_related id, published)


class _Stored:
    """Stored articles as the link look-ups need them, each read and folded once per import."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._dated: dict[str, list[int]] = {}
        self._texts: dict[int, tuple[str, str, str] | None] = {}
        self._found: dict[str, list[int]] = {}

    def dated(self, published: str) -> list[int]:
        if published not in self._dated:
            self._dated[published] = [
                r[0]
                for r in self.store.conn.execute("SELECT id FROM articles WHERE published = ? LIMIT 201", (published,))
            ]
        return self._dated[published]

    def found(self, words: str) -> list[int]:
        from briefing.core.store.search import search

        if words not in self._found:
            self._found[words] = [h.id for h in search(self.store, words, limit=11, typing=False).hits]
        return self._found[words]

    def text(self, article_id: int) -> tuple[str, str, str] | None:
        """(published, folded title, folded title + summary + start of the body)."""
        if article_id not in self._texts:
            row = self.store.conn.execute(
                "SELECT title, summary, substr(body, 1, 4000) AS body, published FROM articles WHERE id = ?",
                (article_id,),
            ).fetchone()
            self._texts[article_id] = (
                None
                if row is None
                else (
                    row["published"],
                    _fold(row["title"]),
                    _fold(" ".join((row["title"], row["summary"], row["body"]))),
                )
            )
        return self._texts[article_id]


def find_links(store: Store, article: ParsedArticle) -> Links:
    """The links importing ``article`` makes, read from the store without writing to it."""
    links = Links()
    row = _existing(store, article)
    own = row["id"] if row is not None else 0
    old_related = _stored_related(store, own) if row is not None else []
    if row is not None and _unchanged(row, old_related, article):
        return links
    new_related = [(r.published, r.summary) for r in article.related]
    if row is not None and (not new_related or new_related == old_related):
        entries = [
            (r["published"], r["summary"])
            for r in store.conn.execute(
                "SELECT published, summary FROM article_related WHERE article_id = ? AND linked_article_id IS NULL",
                (own,),
            )
        ]
    else:
        entries = new_related
    stored = _Stored(store)
    for published, summary in dict.fromkeys(entries):
        target = _find_target(stored, published, summary, exclude=own)
        if target is not None:
            links.targets[(published, summary)] = target
    # the stored version keeps what this one lacks
    me = {k: v or (row[k] if row is not None else "") for k, v in _values(article).items()}
    waiting = store.conn.execute(
        "SELECT id, published, summary FROM article_related WHERE linked_article_id IS NULL AND article_id <> ? "
        "AND (published = ? OR published = '' OR ? = '')",
        (own, me["published"], me["published"]),
    ).fetchall()
    title = _fold(me["title"])
    mine = _fold(" ".join((me["title"], me["summary"], me["body"][:4000])))
    for entry in waiting:
        if _points_to(_fold(entry["summary"]), title, mine):
            links.pointing_here.append((entry["id"], entry["published"]))
    return links


def link_related(store: Store, article_id: int, links: Links) -> int:
    """Write the links ``find_links`` found for the article now stored as ``article_id``, inside
    the caller's transaction. A linked article without a publication date takes the one its
    related entry states. Returns how many links were made."""
    made = 0
    rows = store.conn.execute(
        "SELECT id, published, summary FROM article_related WHERE article_id = ? AND linked_article_id IS NULL",
        (article_id,),
    ).fetchall()
    for row in rows:
        target = links.targets.get((row["published"], row["summary"]))
        if target is not None and target != article_id and _exists(store, target):
            _link(store, row["id"], target, row["published"])
            made += 1
    for related_id, published in links.pointing_here:
        cursor = store.conn.execute(
            "UPDATE article_related SET linked_article_id = ? WHERE id = ? AND linked_article_id IS NULL "
            "AND article_id <> ?",
            (article_id, related_id, article_id),
        )
        if cursor.rowcount:
            _take_date(store, article_id, published)
            made += 1
    return made


def _exists(store: Store, article_id: int) -> bool:
    return store.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None


def _link(store: Store, related_id: int, target: int, published: str) -> None:
    store.conn.execute("UPDATE article_related SET linked_article_id = ? WHERE id = ?", (target, related_id))
    _take_date(store, target, published)


def _take_date(store: Store, article_id: int, published: str) -> None:
    """An undated article takes the date a related entry pointing to it states."""
    if published:
        store.conn.execute("UPDATE articles SET published = ? WHERE id = ? AND published = ''", (published, article_id))


def _points_to(key: str, folded_title: str, folded_text: str) -> bool:
    """Whether a related entry whose folded summary is ``key`` names this title or quotes this text."""
    if not key:
        return False
    if folded_title == key:
        return True
    probe = key[:120]
    return len(probe) >= 24 and probe in folded_text


def _find_target(stored: _Stored, published: str, summary: str, exclude: int) -> int | None:
    """The stored article a related entry points to: its lead or title is the entry's summary."""
    key = _fold(summary)
    if not key:
        return None
    ids: list[int] = []
    if published:
        ids += [i for i in stored.dated(published) if i != exclude][:200]
    words = " ".join(summary.split()[:8])
    ids += [i for i in stored.found(words) if i != exclude and i not in ids][:10]
    for article_id in ids:
        text = stored.text(article_id)
        if text is None or (published and text[0] and text[0] != published):
            continue
        if _points_to(key, text[1], text[2]):
            return article_id
    return None


def import_steps(store: Store, paths: list[Path]) -> Steps[ImportReport]:
    """Import each file in its own transaction; a bad file is reported and the rest go on.

    Reading the file and looking up its links happen first; the transaction only writes."""
    report = ImportReport()
    total = len(paths)
    for done, path in enumerate(paths):
        yield Progress(done, total, path.name)
        try:
            article = read_article(path)
            links = find_links(store, article)
            with store.transaction():
                status, article_id = save_article(store, article)
                linked = link_related(store, article_id, links) if status != "unchanged" else 0
            report.results.append(
                FileResult(path, status, article_id, article.title, related=len(article.related), linked=linked)
            )
        except BriefingError as error:
            report.results.append(FileResult(path, "failed", reason=str(error).removeprefix(f"{path.name}: ")))
        except Exception as error:  # a file no reader expected: reported, logged, the batch goes on
            log.exception("importing %s", path)
            report.results.append(FileResult(path, "failed", reason=f"cannot import it ({type(error).__name__})"))
    yield Progress(total, total, "")
    return report


__all__ = [
    "FileResult",
    "ImportReport",
    "Links",
    "ParsedArticle",
    "RelatedItem",
    "find_links",
    "import_steps",
    "link_related",
    "read_article",
    "save_article",
    "split_related",
]
