"""Importing background articles: plain text, Markdown, HTML saved from a browser, DOCX and PDF.

``read_article`` turns one file into a ParsedArticle (title, body, date, related items) without
touching the store; ``import_steps`` writes a batch, one transaction per file, so one bad file is
reported by name and the others still import. Importing the same article again changes nothing;
a changed version updates the stored one (same URL, or same title and date).

News pages often end with a block such as "Ook interessant voor u:", "À lire aussi" or
"Related": it is not body text. Its entries (date and summary) are kept as related items and
linked to the stored articles they point to, whichever of the two is imported first.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from briefing.core import dates
from briefing.core.errors import BriefingError, InvalidFile
from briefing.core.progress import Progress, Steps
from briefing.core.store import Store
from briefing.core.textio import decode

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
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
    r")\s*[:.…]?\s*$",
    re.IGNORECASE,
)
_DATED = re.compile(r"^(" + dates.DATE_PATTERN + r")\s*[-–:|·]?\s+(\S.*)$", re.IGNORECASE)
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
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidFile(f"{name}: too large for an article ({size // (1024 * 1024)} MB)")
        data = path.read_bytes()
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
        article = _from_html(text, name) if kind == "html" else _from_text(text, kind == "markdown")
    article.title = " ".join(article.title.split())[:500]
    if not article.title and not article.body.strip():
        raise InvalidFile(f"{name}: no text found in it")
    if not article.title:
        article.title = path.stem
    return article


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


def _strip_markdown(line: str) -> str:
    line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
    line = re.sub(r"\s+#+\s*$", "", line)
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", line)
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)


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
    return bool(found) and len(paragraph) - len(found.group(0)) < 12


def _paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; single line breaks inside one become spaces."""
    out = []
    for chunk in re.split(r"\n\s*\n", text):
        joined = " ".join(line.strip() for line in chunk.split("\n") if line.strip())
        if joined:
            out.append(joined)
    return out


def split_related(text: str) -> tuple[str, list[RelatedItem]]:
    """The body before a related-items heading, and that block's entries (date and summary)."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _RELATED.match(line) and index > 0:
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

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
        )
    except Exception as error:  # the library's own parse failures
        raise InvalidFile(f"{name}: cannot read the web page ({type(error).__name__})") from None
    data = {} if doc is None else (doc if isinstance(doc, dict) else doc.as_dict())
    text = data.get("text") or ""
    title = (data.get("title") or "").strip()
    if not text.strip():
        raise InvalidFile(f"{name}: no article text found in the web page")
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


def _related_from_markup(html: str) -> list[RelatedItem]:
    """A related block the main-text extraction dropped as boilerplate: read from the page's text."""
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception:
        return []
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for element in tree.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong"):
        own = (element.text or "").strip()
        if own and _RELATED.match(own) and len(element) == 0:
            following = []
            for sibling in element.itersiblings():
                following.extend(t.strip() for t in sibling.itertext() if t.strip())
            parent = element.getparent()
            if not following and parent is not None:
                for sibling in parent.itersiblings():
                    following.extend(t.strip() for t in sibling.itertext() if t.strip())
            return _related_entries(following)
    return []


# ------------------------------------------------------------------ DOCX and PDF


def _from_docx(data: bytes, name: str) -> ParsedArticle:
    import io

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise InvalidFile(f"{name}: not a valid Word document") from None
    title = ""
    paragraphs = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        if not title and (style in ("title", "heading 1", "titel", "titre") or not paragraphs):
            title = text
            continue
        paragraphs.append(text)
    title = title or (document.core_properties.title or "").strip()
    published = ""
    return _finish(title, "\n\n".join(paragraphs), published)


def _from_pdf(data: bytes, name: str) -> ParsedArticle:
    import io

    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InvalidFile(f"{name}: the PDF is password-protected") from None
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = ((reader.metadata or {}).get("/Title") or "").strip() if reader.metadata else ""
    except InvalidFile:
        raise
    except Exception:
        raise InvalidFile(f"{name}: not a readable PDF") from None
    text = "\n\n".join(pages)
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
        if not line or re.search(r"[.!?:»”\"]$", line):
            rebuilt.append("")
    return _finish(title, "\n".join(rebuilt))


# ------------------------------------------------------------------ writing to the store


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.findall(r"[^\W_]+", kept))


def _existing(store: Store, article: ParsedArticle):
    if article.url:
        row = store.conn.execute("SELECT * FROM articles WHERE url = ? ORDER BY id LIMIT 1", (article.url,)).fetchone()
        if row:
            return row
    return store.conn.execute(
        "SELECT * FROM articles WHERE title = ? AND (published = ? OR published = '' OR ? = '') "
        "ORDER BY (published = ?) DESC, id LIMIT 1",
        (article.title, article.published, article.published, article.published),
    ).fetchone()


def save_article(store: Store, article: ParsedArticle) -> tuple[str, int]:
    """Add or update one parsed article inside the caller's transaction: (status, id)."""
    row = _existing(store, article)
    values = {
        "title": article.title,
        "published": article.published,
        "source": article.source,
        "url": article.url,
        "summary": article.summary,
        "body": article.body,
    }
    if row is None:
        article_id = store.db["articles"].insert(values).last_pk
        status = "added"
    else:
        article_id = row["id"]
        # what the new version lacks (a source, a date) is kept from the stored one
        changes = {k: v for k, v in values.items() if v and v != row[k]}
        old_related = [
            (r["published"], r["summary"])
            for r in store.conn.execute(
                "SELECT published, summary FROM article_related WHERE article_id = ? ORDER BY position", (article_id,)
            )
        ]
        new_related = [(r.published, r.summary) for r in article.related]
        if not changes and (old_related == new_related or not new_related):
            return "unchanged", article_id
        if changes:
            changes["updated"] = _now(store)
            store.db["articles"].update(article_id, changes)
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
    return store.conn.execute("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')").fetchone()[0]


def link_related(store: Store, article_id: int) -> int:
    """Link this article's related items to stored articles, and other articles' unlinked items to
    this one. A linked article without a publication date takes the one its related entry states.
    Returns how many links were made."""
    made = 0
    rows = store.conn.execute(
        "SELECT id, published, summary FROM article_related WHERE article_id = ? AND linked_article_id IS NULL",
        (article_id,),
    ).fetchall()
    for row in rows:
        target = _find_target(store, row["published"], row["summary"], exclude=article_id)
        if target is not None:
            _link(store, row["id"], target, row["published"])
            made += 1
    me = store.conn.execute(
        "SELECT published, title, summary, body FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    waiting = store.conn.execute(
        "SELECT id, published, summary FROM article_related WHERE linked_article_id IS NULL AND article_id <> ? "
        "AND (published = ? OR published = '' OR ? = '')",
        (article_id, me["published"], me["published"]),
    ).fetchall()
    mine = _fold(" ".join((me["title"], me["summary"], me["body"][:4000])))
    for row in waiting:
        if _points_to(row["summary"], me["title"], mine):
            _link(store, row["id"], article_id, row["published"])
            made += 1
    return made


def _link(store: Store, related_id: int, target: int, published: str) -> None:
    store.conn.execute("UPDATE article_related SET linked_article_id = ? WHERE id = ?", (target, related_id))
    if published:
        store.conn.execute("UPDATE articles SET published = ? WHERE id = ? AND published = ''", (published, target))


def _points_to(summary: str, title: str, folded_text: str) -> bool:
    key = _fold(summary)
    if not key:
        return False
    if _fold(title) == key:
        return True
    probe = key[:120]
    return len(probe) >= 24 and probe in folded_text


def _find_target(store: Store, published: str, summary: str, exclude: int) -> int | None:
    """The stored article a related entry points to: its lead or title is the entry's summary."""
    from briefing.core.search import search

    ids: list[int] = []
    if published:
        ids += [
            r[0]
            for r in store.conn.execute(
                "SELECT id FROM articles WHERE published = ? AND id <> ? LIMIT 200", (published, exclude)
            )
        ]
    words = " ".join(summary.split()[:8])
    ids += [h.id for h in search(store, words, limit=10, typing=False).hits if h.id != exclude and h.id not in ids]
    for article_id in ids:
        row = store.conn.execute(
            "SELECT title, summary, substr(body, 1, 4000) AS body, published FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if published and row["published"] and row["published"] != published:
            continue
        if _points_to(summary, row["title"], _fold(" ".join((row["title"], row["summary"], row["body"])))):
            return article_id
    return None


def import_steps(store: Store, paths: list[Path]) -> Steps[ImportReport]:
    """Import each file in its own transaction; a bad file is reported and the rest go on."""
    report = ImportReport()
    total = len(paths)
    for done, path in enumerate(paths):
        yield Progress(done, total, path.name)
        try:
            article = read_article(path)
            with store.transaction():
                status, article_id = save_article(store, article)
                linked = link_related(store, article_id) if status != "unchanged" else 0
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
    "ParsedArticle",
    "RelatedItem",
    "import_steps",
    "link_related",
    "read_article",
    "save_article",
    "split_related",
]
