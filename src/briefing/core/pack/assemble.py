"""Assemble a visit's briefing pack, once, into the document model both writers render."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass, replace

from briefing.core.model import Article, Contact, ProgrammeItem, Role, VisitBundle, stored_id
from briefing.core.pack import SECTIONS
from briefing.core.pack.audience import AUDIENCES, rule, shows
from briefing.core.pack.document import (
    Block,
    BulletList,
    Cover,
    Document,
    Entry,
    Fields,
    Heading,
    Line,
    Paragraph,
    Section,
    Span,
    Table,
    TableOfContents,
)
from briefing.core.pack.labels import (
    LANGS,
    country_name,
    date_range,
    french_spacing,
    honorific,
    kind_label,
    label,
    long_date,
    marking_label,
    normalise_kind,
)
from briefing.core.privacy import not_a_name

SHADED_KINDS = {"meal", "transfer", "reception"}


@dataclass
class PackOptions:
    lang: str = "nl"
    audience: str = "internal"  # internal | external | escort: what each shows is AUDIENCE_RULES (audience.py)
    sections: tuple[str, ...] = SECTIONS
    summaries_only: bool = False  # articles: summary without the full text
    version: str = "1"
    date: str = field(default_factory=lambda: dt.date.today().isoformat())
    logo: bytes | None = None  # the house style's logo (PNG or JPEG), for the cover
    reference_docx: bytes | None = None  # the house style's reference document for DOCX
    odd_pages: bool = False  # sections start on odd pages (double-sided printing)

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise ValueError(f"unknown language {self.lang!r}")
        if self.audience not in AUDIENCES:
            raise ValueError(f"unknown audience {self.audience!r}")
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise ValueError(f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")

    @property
    def internal(self) -> bool:
        return self.audience == "internal"

    def shows(self, part: str) -> str:
        """What ``part`` of the pack shows this pack's reader (AUDIENCE_RULES)."""
        return rule(self.audience, part)


class _Anchors:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}-{self.count}"


def display_name(contact: Contact, lang: str = "nl") -> str:
    """Honorific (in ``lang``: 'Mevr.' is 'Mme' in French), name and Latin spelling. A name that is an
    e-mail address or a phone number (as older versions imported it) counts as missing: the pack
    never prints one."""
    own = contact.name.strip() if not not_a_name(contact.name) else ""
    latin = contact.name_latin.strip() if not not_a_name(contact.name_latin) else ""
    name = " ".join(p for p in (honorific(lang, contact.title), own or latin or label(lang, "name_unknown")) if p)
    if own and latin and latin != own:
        name += f" ({latin})"
    return name


def _item_time(item: ProgrammeItem) -> str:
    if item.start and item.end:
        return f"{item.start} – {item.end}"
    return item.start or item.end


def assemble(bundle: VisitBundle, options: PackOptions) -> Document:
    lang = options.lang
    v = bundle.visit
    anchor = _Anchors()
    L: Callable[..., str] = lambda key, **kw: label(lang, key, **kw)  # noqa: E731
    builders: dict[str, Callable[[VisitBundle, PackOptions, _Anchors], list[Block]]] = {
        "cover": _cover,
        "toc": lambda *_: [TableOfContents(L("toc"))],
        "practical": _practical,
        "programme": _programme,
        "people": _people,
        "themes": _themes,
        "articles": _articles,
    }
    sections = []
    for key in SECTIONS:
        if key in options.sections and shows(options.audience, key):
            blocks = builders[key](bundle, options, anchor)
            if blocks:
                sections.append(Section(key, blocks))
    document = Document(
        title=v.title,
        subject=f"{_kicker(options)}: {v.title} ({date_range(lang, v.start, v.end)})",
        author=v.host or "Briefing",
        marking=marking_label(lang, v.classification),
        lang=lang,
        page_label=L("page", page="{page}", pages="{pages}"),
        generated=L("version", version=options.version, date=long_date(lang, options.date, weekday=False)),
        sections=sections,
        reference_docx=options.reference_docx,
        odd_pages=options.odd_pages,
        reader=reader_line(options),
        page_size=options.shows("page"),
    )
    return _french_typography(document) if lang == "fr" else document


_CODES = frozenset({"anchor", "key", "style", "lang", "page_size"})  # fields that hold codes, not text


def _french_typography(value):
    """The document with every text in it (the user's and the pack's own words) spaced the French way
    (labels.french_spacing): both writers print what they are given."""
    if isinstance(value, list):
        if value and isinstance(value[0], Span):  # a line
            return french_line(value)
        return [_french_typography(item) for item in value]
    if isinstance(value, str):
        return french_spacing(value)
    if isinstance(value, tuple):
        return tuple(_french_typography(item) for item in value)
    if isinstance(value, Span):
        return french_line([value])[0]
    if is_dataclass(value) and not isinstance(value, type):
        names = _TEXT_FIELDS.get(type(value))
        if names is None:
            names = _TEXT_FIELDS[type(value)] = tuple(f.name for f in fields(value) if f.name not in _CODES)
        for name in names:
            setattr(value, name, _french_typography(getattr(value, name)))
    return value


_TEXT_FIELDS: dict[type, tuple[str, ...]] = {}


def french_line(line: Line) -> Line:
    """A line's spans spaced the French way, a mark at the start of a span spaced from the span before."""
    texts = [span.text for span in line]
    joined = "\x00".join(texts)  # a NUL where two spans meet
    if joined.count("\x00") != len(texts) - 1:
        spaced = [french_spacing(text) for text in texts]  # a NUL of the user's own: span by span
    else:
        spaced = french_spacing(joined).split("\x00")
    if spaced == texts:
        return line
    return [span if new == span.text else replace(span, text=new) for span, new in zip(line, spaced, strict=True)]


def reader_line(options: PackOptions) -> str:
    """Whom the pack is for, in its language: on the cover and in every page's header."""
    return label(options.lang, f"reader_{options.shows('reader')}")


def _kicker(options: PackOptions) -> str:
    """What the document is: a briefing pack, or the escorts' run sheet."""
    if options.shows("programme") == "run_sheet":
        return label(options.lang, "run_sheet")
    return label(options.lang, "briefing_pack")


def _cover(bundle: VisitBundle, options: PackOptions, anchor: _Anchors) -> list[Block]:
    lang, v = options.lang, bundle.visit
    rows = [
        (label(lang, "delegation"), v.delegation),
        (label(lang, "dates"), date_range(lang, v.start, v.end)),
        (label(lang, "location"), v.location),
        (label(lang, "host"), v.host),
    ]
    return [
        Cover(
            title=v.title,
            lines=[(k, val) for k, val in rows if val.strip()],
            marking=marking_label(lang, v.classification),
            footer=label(lang, "version", version=options.version, date=long_date(lang, options.date, weekday=False)),
            logo=options.logo,
            kicker=_kicker(options),
            reader=reader_line(options),
        )
    ]


def _practical(bundle: VisitBundle, options: PackOptions, anchor: _Anchors) -> list[Block]:
    lang, v = options.lang, bundle.visit
    L: Callable[[str], str] = lambda key: label(lang, key)  # noqa: E731
    blocks: list[Block] = [Heading(1, L("practical"), anchor("practical"))]
    everything = options.shows("practical") == "everything"  # else what the delegation may read
    rows = [
        (L("purpose"), v.purpose),
        (L("delegation"), v.delegation),
        (L("country"), country_name(lang, v.country)),
        (L("direction"), L(str(v.direction)) if everything else ""),
        (L("dates"), date_range(lang, v.start, v.end)),
        (L("host"), v.host),
        (L("location"), v.location),
        (L("status"), L(str(v.status)) if everything else ""),
    ]
    blocks.append(Fields([(k, val) for k, val in rows if val.strip()]))
    escorts = [bundle.contacts[p.contact_id] for p in bundle.participants if p.role == Role.ESCORT]
    if escorts:
        blocks.append(Heading(2, L("escorts"), anchor("escorts")))
        lines: list[Line] = []
        for c in escorts:
            line = [Span(display_name(c, lang), bold=True)]
            if c.function:
                line.append(Span(f", {c.function}"))
            if everything and c.phone:
                line.append(Span(f" · {L('phone')} {c.phone}"))
            lines.append(line)
        blocks.append(BulletList(lines))
    return blocks


def _people_cell(bundle: VisitBundle, item: ProgrammeItem, lang: str) -> list[Line]:
    """Who takes part: a whole group of three or more is named by its role ('Delegatie (6)')."""
    present = set(item.contact_ids)
    groups: dict[Role, list[int]] = defaultdict(list)
    for p in bundle.participants:
        groups[p.role].append(p.contact_id)
    lines: list[Line] = []
    covered: set[int] = set()
    for role in Role:
        members = groups.get(role, [])
        if role != Role.OTHER and len(members) >= 3 and present.issuperset(members):
            lines.append([Span(f"{label(lang, f'role_{role}')} ({len(members)})", italic=True)])
            covered.update(members)
    lines.extend(
        [Span(display_name(bundle.contacts[c], lang))]
        for c in item.contact_ids
        if c in bundle.contacts and c not in covered
    )
    return lines


def _programme(bundle: VisitBundle, options: PackOptions, anchor: _Anchors) -> list[Block]:
    lang, v = options.lang, bundle.visit
    L: Callable[..., str] = lambda key, **kw: label(lang, key, **kw)  # noqa: E731
    if not bundle.items:
        return []
    if options.shows("programme") == "run_sheet":
        from briefing.core.pack.run_sheet import run_sheet

        return run_sheet(bundle, options, anchor)
    notes = options.shows("programme") == "with_notes"  # descriptions and warnings: ours, not the delegation's
    blocks: list[Block] = [Heading(1, L("programme"), anchor("programme"))]
    days: dict[str, list[ProgrammeItem]] = defaultdict(list)
    for item in bundle.items:
        days[item.date].append(item)
    header = [L("time"), L("activity"), L("location"), L("people_col")]
    for day in sorted(days, key=lambda d: (d == "", d)):
        blocks.append(Heading(2, long_date(lang, day) if day else L("unscheduled"), anchor("day")))
        rows, shaded = [], set()
        for index, item in enumerate(days[day]):
            activity: list[Line] = []
            kind = kind_label(lang, item.kind) if item.kind else ""
            title_line = [Span(item.title or "—", bold=True)]
            if kind:
                title_line.append(Span(f"  {kind}", italic=True, muted=True))
            activity.append(title_line)
            if notes and item.description.strip():
                activity.extend([Span(part)] for part in _paragraphs(item.description))
            if notes:
                activity.extend(flags(item, v.start, v.end, lang))
            if normalise_kind(item.kind) in SHADED_KINDS:
                shaded.add(index)
            rows.append(
                [
                    [[Span(_item_time(item))]],
                    activity,
                    [[Span(item.location)]] if item.location else [],
                    _people_cell(bundle, item, lang),
                ]
            )
        # at 9.5 pt on the 150 mm measure a time range, a name and a long place name ("Secretariaat-Generaal")
        # each fit on a line; no descriptions: more room
        widths = [0.15, 0.38, 0.22, 0.25] if notes else [0.15, 0.35, 0.25, 0.25]
        blocks.append(Table(header=header, rows=rows, widths=widths, shaded_rows=shaded))
    return blocks


def flags(item: ProgrammeItem, start: str, end: str, lang: str) -> list[Line]:
    """The warnings an item carries: it ends before it starts, or falls outside the visit's dates."""
    out: list[Line] = []
    if item.ends_before_start:
        out.append([Span(label(lang, "flag_end_before_start", start=item.start, end=item.end), bold=True)])
    if item.date and not start <= item.date <= end:
        out.append([Span(label(lang, "flag_outside"), bold=True)])
    return out


def _appearances(bundle: VisitBundle, lang: str, contact_id: int) -> list[str]:
    out = []
    for item in bundle.items:
        if contact_id in item.contact_ids:
            out.append(item_reference(lang, item))
    return out


def item_reference(lang: str, item: ProgrammeItem) -> str:
    """'dinsdag 23 april 2024, 09:00 – Terreinbezoek PZ Montgomery'."""
    when = long_date(lang, item.date) if item.date else label(lang, "unscheduled")
    if item.start:
        when += f", {item.start}"
    return f"{when} – {item.title or '—'}"


def _people(bundle: VisitBundle, options: PackOptions, anchor: _Anchors) -> list[Block]:
    lang = options.lang
    if not bundle.participants:
        return []
    if options.shows("people") == "contact_list":
        from briefing.core.pack.run_sheet import contact_list

        return contact_list(bundle, options, anchor)
    details = options.shows("people") == "with_contact_details"  # e-mail, phone, notes
    blocks: list[Block] = [Heading(1, label(lang, "people"), anchor("people"))]
    by_role: dict[Role, list[Contact]] = defaultdict(list)
    for p in bundle.participants:
        by_role[p.role].append(bundle.contacts[p.contact_id])
    for role in Role:
        if not by_role.get(role):
            continue
        blocks.append(Heading(2, label(lang, f"role_{role}"), anchor("role")))
        for c in by_role[role]:
            lines: list[Line] = []
            org = bundle.organisations.get(c.organisation_id) if c.organisation_id else None
            position = ", ".join(p for p in (c.function, org.name if org else "") if p.strip())
            if position:
                lines.append([Span(position)])
            if details:
                contact = [
                    f"{label(lang, 'email')} {c.email}" if c.email else "",
                    f"{label(lang, 'phone')} {c.phone}" if c.phone else "",
                ]
                if any(contact):  # in ink, at the text's size: what the reader looks up
                    lines.append([Span(" · ".join(x for x in contact if x))])
                if c.notes.strip():
                    lines.append([Span(f"{label(lang, 'notes')}: ", bold=True), Span(c.notes)])
            appearances = _appearances(bundle, lang, stored_id(c.id))
            bullets: list[Line] = []
            if len(appearances) == len(bundle.items) and len(appearances) > 3:
                whole = label(lang, "whole_programme", n=len(appearances))
                lines.append([Span(f"{label(lang, 'appears_in')}: ", italic=True), Span(whole, muted=True)])
            elif appearances:
                lines.append([Span(f"{label(lang, 'appears_in')}:", italic=True)])
                bullets = [[Span(a, muted=True)] for a in appearances]
            blocks.append(Entry(title=[Span(display_name(c, lang), bold=True)], lines=lines, bullets=bullets))
    return blocks


def _themes(bundle: VisitBundle, options: PackOptions, anchor: _Anchors) -> list[Block]:
    lang = options.lang
    if not bundle.themes:
        return []
    blocks: list[Block] = [Heading(1, label(lang, "themes"), anchor("themes"))]
    for theme in bundle.themes:
        blocks.append(Heading(2, theme.title or "—", anchor("theme")))
        blocks.extend(Paragraph([Span(p)]) for p in _paragraphs(theme.summary))
        if theme.talking_points:
            blocks.append(Paragraph([Span(label(lang, "talking_points"))], style="label"))
            blocks.append(BulletList([[Span(point)] for point in theme.talking_points]))
        items = [item_reference(lang, i) for i in bundle.items if theme.id in i.theme_ids]
        if items:
            blocks.append(Paragraph([Span(label(lang, "related_items"))], style="label"))
            blocks.append(BulletList([[Span(text)] for text in items]))
        articles = [a for a in pack_articles(bundle, options) if theme.id in a.theme_ids]
        if articles:
            blocks.append(Paragraph([Span(label(lang, "related_articles"))], style="label"))
            blocks.append(
                BulletList(
                    [
                        [Span(a.title or "—", italic=True), Span(_article_meta(lang, a.source, a.published, " · "))]
                        for a in articles
                    ]
                )
            )
    return blocks


def _article_meta(lang: str, source: str, published: str, lead: str = "") -> str:
    parts = [p for p in (source, long_date(lang, published, weekday=False) if published else "") if p]
    return lead + " · ".join(parts) if parts else ""


def pack_articles(bundle: VisitBundle, options: PackOptions) -> list[Article]:
    """The visit's articles this pack's reader gets: all of them, only the shareable ones, or none."""
    shown = options.shows("articles")
    if shown == "every_article":
        return list(bundle.articles)
    if shown == "shareable_only":
        return [a for a in bundle.articles if bundle.shareable.get(stored_id(a.id), False)]
    return []


def _articles(bundle: VisitBundle, options: PackOptions, anchor: _Anchors) -> list[Block]:
    lang = options.lang
    articles = pack_articles(bundle, options)
    if not articles:
        return []
    blocks: list[Block] = [Heading(1, label(lang, "articles"), anchor("articles"))]
    for article in articles:
        blocks.append(Heading(2, article.title or "—", anchor("article")))
        meta = _article_meta(lang, article.source, article.published)
        if meta:
            blocks.append(Paragraph([Span(meta)], style="small"))
        if article.url:
            blocks.append(Paragraph([Span(article.url)], style="small"))
        blocks.extend(Paragraph([Span(p)], style="lead") for p in _paragraphs(article.summary))
        full = bundle.full_text.get(stored_id(article.id), True) and not options.summaries_only
        if full:
            blocks.extend(Paragraph([Span(p)]) for p in _paragraphs(article.body))
        elif article.body.strip():
            blocks.append(Paragraph([Span(label(lang, "summary_only"))], style="small"))
    return blocks


def _paragraphs(text: str) -> list[str]:
    """Split on blank lines; single line breaks inside a paragraph become spaces."""
    out = []
    for chunk in text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n"):
        joined = " ".join(line.strip() for line in chunk.split("\n") if line.strip())
        if joined:
            out.append(joined)
    return out


__all__ = ["AUDIENCES", "SECTIONS", "PackOptions", "assemble", "display_name", "item_reference", "reader_line"]
