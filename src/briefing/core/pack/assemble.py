"""Assemble a visit's briefing pack, once, into the document model both writers render."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any, cast

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
    change_when,
    country_name,
    date_range,
    french_spacing,
    honorific,
    kind_shown,
    label,
    long_date,
    marking_label,
    normalise_kind,
    role_name,
    words,
)
from briefing.core.privacy import not_a_name

SHADED_KINDS = {"meal", "transfer", "reception"}
LONGEST_VISIT = 31  # days: a longer span (a typing error, a year-long programme) lists only the days with items
# the pack's parts in order: what changed since the reader's last version comes with the cover, right after it
ORDER = tuple(key for s in SECTIONS for key in ((s, "changes") if s == "cover" else (s,)))


@dataclass(frozen=True)
class Edition:
    """The pack's version for its reader, from the pack's history (history.edition): a version counts
    up, per visit and reader, each time what that reader sees changes."""

    version: int
    date: str  # ISO date of the version's first export
    fingerprint: str  # what the reader sees, hashed (history.fingerprint)
    since: int = 0  # the reader's earlier version the changes are against; 0 for none
    since_date: str = ""  # that version's date
    changes: tuple[Any, ...] = ()  # history.ChangeSinceExport: the programme's and the people's changes


@dataclass
class PackOptions:
    lang: str = "nl"
    audience: str = "internal"  # internal | external | escort: what each shows is AUDIENCE_RULES (audience.py)
    sections: tuple[str, ...] = SECTIONS
    summaries_only: bool = False  # articles: summary without the full text
    version: str = ""  # "" reads it from the pack's history (export.read_pack); else as given
    date: str = ""  # the version's date, ISO; "" for the version's own (today for a new one)
    edition: Edition | None = None  # the version, and the changes since the reader's last one
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
    """Honorific (in ``lang``: 'Mevr.' is 'Mme' in French), name and Latin spelling. The pack's
    readers read Dutch, French or English: a name in another script leads with its Latin form, the
    original beside it ('Olena Kovalenko (Олена Коваленко)'); a name in Latin script leads, its other
    spelling beside it. A name that is an e-mail address or a phone number (as older versions
    imported it) counts as missing: the pack never prints one."""
    own = contact.name.strip() if not not_a_name(contact.name) else ""
    latin = contact.name_latin.strip() if not not_a_name(contact.name_latin) else ""
    first, second = own or latin or label(lang, "name_unknown"), latin if own and latin != own else ""
    if second and not latin_script(own):
        first, second = second, first
    shown = " ".join(p for p in (honorific(lang, contact.title), first) if p)
    return f"{shown} ({second})" if second else shown


def latin_script(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin one ('Michaël Jonniaux' is, 'Олена' is not)."""
    return text.isascii() or all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # 'Nationaal Crisiscentrum (NCTV)': its abbreviation
# words a longer name has between the words a shorter one shares with it ('Secretariaat-Generaal van de
# Benelux Unie'), and that an abbreviation leaves out ('ADVP': Algemene Directie Veiligheid en Preventie)
_LINKS = frozenset(
    {"de", "der", "den", "het", "van", "voor", "en", "et", "du", "des", "la", "le", "les", "l", "d", "of", "the", "and"}
)


NAMES_COMPARED = 400  # characters of function and organisation together: longer ones print as typed
PARTS_COMPARED = 12  # their comma-separated parts together: more print as typed


def position_text(function: str, organisation: str) -> str:
    """A person's function and organisation as one line, saying nothing twice. A part of the
    organisation's name (a comma parts an organisation from its parent: 'Crisiscentrum, FOD
    Binnenlandse Zaken') that the function or an earlier part already names is left out, compared
    without case or accents: 'Korpschef Politiezone Montgomery' and 'Politiezone Montgomery' print
    'Korpschef Politiezone Montgomery'. A unit the function names after its title ('Diensthoofd, ADVP';
    '…, Nationaal Crisiscentrum') that the organisation names in full ('Algemene Directie Veiligheid en
    Preventie'; 'Nationaal Crisiscentrum (NCTV)') gives way to the organisation's name."""
    parts = [p.strip() for p in function.split(",") if p.strip()]
    others = [p.strip() for p in organisation.split(",") if p.strip()]
    if len(function) + len(organisation) > NAMES_COMPARED or len(parts) + len(others) > PARTS_COMPARED:
        return ", ".join(parts + others)  # no function and organisation is this long: as typed
    for part in others:
        core = _TRAILING_NOTE.sub("", part)
        inside = [i for i, p in enumerate(parts) if i > 0 and (_names(p, part) or _names(core, p))]
        if len(inside) == 1 and _names(part, parts[inside[0]]):
            continue  # the function says it all (in its own spelling)
        if inside:  # the function's units the part names in full: the part, once, in the first one's place
            parts[inside[0]] = part
            parts = [p for i, p in enumerate(parts) if i not in inside[1:]]
        elif not _names(core, ", ".join(parts)):
            parts.append(part)
    return ", ".join(parts)


def _names(short: str, long: str) -> bool:
    """Whether ``short`` names what (a run of) ``long`` names: the same words in a row, compared
    without case or accents, where ``long`` may have link words more ('van de'), and a word in
    capitals may abbreviate a run of words ('ADVP' for 'Algemene Directie Veiligheid en Preventie',
    'DG' for 'Directoraat-Generaal')."""
    s_raw, l_raw = re.findall(r"\w+", short), re.findall(r"\w+", long)
    s, lw = ["".join(words(w)) for w in s_raw], ["".join(words(w)) for w in l_raw]

    if not s or not lw:
        return False
    if len(s) > 24 or len(lw) > 48:  # no name is this long: the same words in a row, nothing more
        return f" {' '.join(s)} " in f" {' '.join(lw)} "
    # (i, j): s[:i] matched, up to lw[j]; each state once (link words cannot make it exponential)
    todo = [(0, j) for j in range(len(lw))]
    seen = set(todo)
    while todo:
        i, j = todo.pop()
        if i == len(s):
            return True
        if j == len(lw):
            continue
        following = []
        if s[i] == lw[j]:
            following.append((i + 1, j + 1))
        if i > 0 and lw[j] in _LINKS:
            following.append((i, j + 1))
        abbreviation = s_raw[i]
        if len(abbreviation) >= 2 and abbreviation.isalpha() and abbreviation.isupper() and lw[j] not in _LINKS:
            initials = ""
            for k in range(j, len(lw)):
                if lw[k] in _LINKS and initials:
                    continue
                initials += l_raw[k][0].upper()
                if initials == abbreviation:
                    following.append((i + 1, k + 1))
                if not abbreviation.startswith(initials):
                    break
        for state in following:
            if state not in seen:
                seen.add(state)
                todo.append(state)
    return False


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
        "changes": _changes,
        "toc": lambda *_: [TableOfContents(L("toc"))],
        "practical": _practical,
        "programme": _programme,
        "people": _people,
        "themes": _themes,
        "articles": _articles,
    }
    sections = []
    for key in ORDER:
        wanted = "cover" if key == "changes" else key
        if wanted in options.sections and shows(options.audience, wanted):
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
        generated=version_line(options),
        sections=sections,
        reference_docx=options.reference_docx,
        odd_pages=options.odd_pages,
        reader=reader_line(options),
        page_size=options.shows("page"),
    )
    return cast(Document, _french_typography(document)) if lang == "fr" else document


_CODES = frozenset({"anchor", "key", "style", "lang", "page_size"})  # fields that hold codes, not text


def _french_typography(value: Any) -> Any:
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


def version_line(options: PackOptions) -> str:
    """'Versie 3 van 12 juni 2024': the pack's version for its reader, and its date."""
    date = options.date or (options.edition.date if options.edition else "") or dt.date.today().isoformat()
    version = options.version or (str(options.edition.version) if options.edition else "1")
    return label(options.lang, "version", version=version, date=long_date(options.lang, date, weekday=False))


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
            footer=version_line(options),
            logo=options.logo,
            kicker=_kicker(options),
            reader=reader_line(options),
            glance_title=label(lang, "at_a_glance"),
            glance=_glance(bundle, options),
        )
    ]


GLANCE_DAYS = 7  # a longer visit's cover does not list its days
GLANCE_LINES = 15  # the items the cover names, shared among the days (at least 3 a day, at most 8)
GLANCE_TITLE = 70  # characters of an item's title on the cover


def _glance(bundle: VisitBundle, options: PackOptions) -> list[tuple[str, str]]:
    """The visit at a glance, for the cover's lower half: each day's items, who comes (by role), and
    whom to call (officer_in_charge). The escorts' run sheet, a pocket page that ends with its contact
    list, has none."""
    lang = options.lang
    rows: list[tuple[str, str]] = []
    if options.shows("programme") == "run_sheet":
        return rows
    days = programme_days(bundle)
    dated = sorted(day for day in days if day)
    if bundle.items and len(dated) <= GLANCE_DAYS:
        per_day = min(max(3, GLANCE_LINES // max(len(dated), 1)), 8)
        rows.extend((_day_name(lang, day), _day_lines(lang, days[day], per_day)) for day in dated)
    counts: dict[Role, int] = defaultdict(int)
    for p in bundle.participants:
        counts[p.role] += 1
    who = [f"{label(lang, f'role_{role}')} {counts[role]}" for role in Role if counts.get(role)]
    if who:
        rows.append((label(lang, "participants"), " · ".join(who)))
    c = officer_in_charge(bundle)
    if c is not None:
        contact = ", ".join(x for x in (display_name(c, lang), c.function.strip()) if x)
        if c.phone.strip() and options.shows("people") != "names_and_functions":  # the delegation's pack: no phones
            contact += f"\n{label(lang, 'phone')} {c.phone.strip()}"
        rows.append((label(lang, "contact_person"), contact))
    return rows


def officer_in_charge(bundle: VisitBundle) -> Contact | None:
    """Whom the cover names to call: the first escort with a phone number, else the first host with
    one (the protocol officer), else the first escort."""
    people = [(p.role, bundle.contacts[p.contact_id]) for p in bundle.participants if p.contact_id in bundle.contacts]
    for wanted, phone in ((Role.ESCORT, True), (Role.HOST, True), (Role.ESCORT, False)):
        for role, c in people:
            if role == wanted and (bool(c.phone.strip()) or not phone):
                return c
    return None


def _day_name(lang: str, day: str) -> str:
    """'maandag 26 november': the cover's dates above say the year."""
    name = long_date(lang, day)
    return name.rsplit(" ", 1)[0] if name != day else day


def _day_lines(lang: str, items: list[ProgrammeItem], most: int) -> str:
    """A day on the cover, an item a line ('09:30  Opening van de Week'): every item when there are
    ``most`` or fewer, else the main ones (not the meals, transfers and receptions) up to ``most``."""
    if not items:
        return label(lang, "no_programme")
    shown = items
    if len(items) > most:
        main = [i for i in items if normalise_kind(i.kind) not in SHADED_KINDS] or items
        shown = main[:most]
    lines = []
    for item in shown:
        title = " ".join((item.title or "—").split())
        if len(title) > GLANCE_TITLE:  # cut at a word
            cut = title[:GLANCE_TITLE].rsplit(" ", 1)[0] if " " in title[:GLANCE_TITLE] else title[:GLANCE_TITLE]
            title = cut.rstrip(" ,;:–-") + "…"
        lines.append(f"{item.start}  {title}" if item.start else title)
    return "\n".join(lines)


def _changes(bundle: VisitBundle, options: PackOptions, anchor: _Anchors) -> list[Block]:
    """What changed since the reader's last version: programme items added, moved, renamed and
    removed, people added, removed or in another role; nothing on a first version, or when nothing
    changed."""
    edition = options.edition
    if edition is None or not edition.since or not edition.changes:
        return []
    lang = options.lang
    since = long_date(lang, edition.since_date, weekday=False)
    blocks: list[Block] = [
        Heading(1, label(lang, "changed_since", version=edition.since, date=since), anchor("changes"))
    ]
    groups: dict[str, list[Line]] = defaultdict(list)
    for change in edition.changes:
        groups[change.code].append(_change_line(lang, change.code, change.values))
    for code in ("added", "moved", "renamed", "removed", "person_added", "person_role_changed", "person_removed"):
        if groups.get(code):
            blocks.append(Paragraph([Span(label(lang, f"changes_{code}"))], style="label"))
            blocks.append(BulletList(groups[code]))
    return blocks


def _change_line(lang: str, code: str, v: dict[str, Any]) -> Line:
    """One change on the change page, in ``lang`` (history.ChangeSinceExport's code and values)."""
    if code in ("added", "removed"):
        return [Span(v["title"] or "—", bold=True), Span(f" – {change_when(lang, v['when'])}")]
    if code == "moved":
        moved = f" – {change_when(lang, v['before'])} → {change_when(lang, v['after'])}"
        return [Span(v["title"] or "—", bold=True), Span(moved)]
    if code == "renamed":
        return [
            Span(f"{v['before'] or '—'} → "),
            Span(v["after"] or "—", bold=True),
            Span(f" – {change_when(lang, v['when'])}"),
        ]
    person = Contact(name=v.get("name", ""), name_latin=v.get("name_latin", ""))
    if code == "person_role_changed":
        roles = f"{role_name(lang, v['before'])} → {role_name(lang, v['after'])}"
        return [Span(display_name(person, lang), bold=True), Span(f" – {roles}")]
    return [Span(display_name(person, lang), bold=True), Span(f" – {role_name(lang, v['role'])}")]


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
    days = programme_days(bundle)
    header = [L("time"), L("activity"), L("location"), L("people_col")]
    for day in sorted(days, key=lambda d: (d == "", d)):
        title = long_date(lang, day) if day else L("unscheduled")
        blocks.append(Heading(2, title, anchor("day")))
        if not days[day]:
            blocks.append(Paragraph([Span(L("no_programme"), italic=True)]))
            continue
        rows, shaded = [], set()
        for index, item in enumerate(days[day]):
            activity: list[Line] = []
            kind = kind_shown(lang, item.kind, item.title) if item.kind else ""
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
        blocks.append(
            Table(header=header, rows=rows, widths=widths, shaded_rows=shaded, continued=L("continued", title=title))
        )
    return blocks


def visit_days(start: str, end: str) -> list[str]:
    """The visit's days, first to last (ISO dates); none when the dates are unreadable, reversed or
    further apart than LONGEST_VISIT."""
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except (TypeError, ValueError):
        return []
    span = (last - first).days
    if not 0 <= span < LONGEST_VISIT:
        return []
    return [(first + dt.timedelta(days=n)).isoformat() for n in range(span + 1)]


def programme_days(bundle: VisitBundle) -> dict[str, list[ProgrammeItem]]:
    """The programme's items by day ("" for those not yet scheduled), with every day of the visit
    present, if without items: a day with nothing planned is shown, not skipped."""
    days: dict[str, list[ProgrammeItem]] = {day: [] for day in visit_days(bundle.visit.start, bundle.visit.end)}
    for item in bundle.items:
        days.setdefault(item.date, []).append(item)
    return days


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
            position = position_text(c.function, org.name if org else "")
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


__all__ = [
    "AUDIENCES",
    "SECTIONS",
    "Edition",
    "PackOptions",
    "assemble",
    "display_name",
    "item_reference",
    "latin_script",
    "position_text",
    "reader_line",
    "version_line",
]
