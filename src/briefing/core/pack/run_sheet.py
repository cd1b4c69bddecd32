"""The escorts' run sheet ("draaiboek"): each day as one table (time, what happens, where, who is
accompanied, who to call), transfers standing out, then a contact list of hosts and escorts with
their phone numbers. No themes, articles or biographies (AUDIENCE_RULES, audience "escort")."""

from __future__ import annotations

from dataclasses import replace

from briefing.core.model import Contact, Participant, ProgrammeItem, Role, VisitBundle, stored_id
from briefing.core.pack.assemble import (
    PackOptions,
    _Anchors,
    _paragraphs,
    _people_cell,
    display_name,
    flags,
    position_text,
    programme_days,
)
from briefing.core.pack.document import Block, Heading, Line, Paragraph, Span, Table
from briefing.core.pack.labels import kind_shown, label, long_date

# who an escort calls first: a fellow escort, then the hosts, then the speakers and the others
CALL_ORDER = (Role.ESCORT, Role.HOST, Role.SPEAKER, Role.OTHER)
RUN_SHEET_WIDTHS = [0.08, 0.35, 0.2, 0.18, 0.19]
CONTACT_WIDTHS = [0.3, 0.45, 0.25]


def callable_people(bundle: VisitBundle, item: ProgrammeItem) -> list[Contact]:
    """The item's people on our side who have a phone number, in the order an escort would call them."""
    present = [c for c in dict.fromkeys(item.contact_ids) if c in bundle.contacts]
    people = [
        (CALL_ORDER.index(bundle.role_of(c)), n, bundle.contacts[c])
        for n, c in enumerate(present)
        if bundle.role_of(c) != Role.DELEGATION and bundle.contacts[c].phone.strip()
    ]
    return [c for *_, c in sorted(people, key=lambda p: p[:2])]


def _bold(cell: list[Line]) -> list[Line]:
    return [[Span(s.text, bold=True, italic=s.italic, muted=False) for s in line] for line in cell]


def run_sheet(bundle: VisitBundle, options: PackOptions, anchor: _Anchors) -> list[Block]:
    lang, v = options.lang, bundle.visit

    def L(key: str, **kw: object) -> str:
        return label(lang, key, **kw)

    blocks: list[Block] = [Heading(1, L("programme"), anchor("programme"))]
    days = programme_days(bundle)
    header = [L("time"), L("rs_what"), L("rs_where"), L("rs_who"), L("rs_call")]
    for day in sorted(days, key=lambda d: (d == "", d)):
        title = long_date(lang, day) if day else L("unscheduled")
        blocks.append(Heading(2, title, anchor("day")))
        if not days[day]:
            blocks.append(Paragraph([Span(L("no_programme"), italic=True)]))
            continue
        rows, strong = [], set()
        for index, item in enumerate(days[day]):
            calls = callable_people(bundle, item)
            time: list[Line] = []
            if item.start:
                time.append([Span(item.start, bold=True)])
            if item.end:
                time.append([Span(f"– {item.end}", muted=True)])
            what: list[Line] = [[Span(item.title or "—", bold=True)]]
            kind = kind_shown(lang, item.kind, item.title) if item.kind else ""
            if kind:
                what[0].append(Span(f"  {kind}", italic=True, muted=True))
            what.extend([Span(part)] for part in _paragraphs(item.description))
            what.extend(flags(item, v.start, v.end, lang))
            where: list[Line] = [[Span(part)] for part in _paragraphs(item.location)]
            shown = {stored_id(c.id) for c in calls}
            who = _people_cell(_without(bundle, shown), _without_item(item, shown), lang)
            call: list[Line] = []
            for person in calls:
                call.append([Span(display_name(person, lang))])
                call.append([Span(person.phone.strip(), bold=True)])  # the column says what it is
            row = [time, what, where, who, call]
            if item.kind == "transfer":  # what an escort must not miss: shaded and bold
                strong.add(index)
                row = [_bold(cell) for cell in row]
            rows.append(row)
        blocks.append(
            Table(
                header=header,
                rows=rows,
                widths=RUN_SHEET_WIDTHS,
                strong_rows=strong,
                continued=L("continued", title=title),
            )
        )
    return blocks


def _without(bundle: VisitBundle, ids: set[int]) -> VisitBundle:
    """The bundle without ``ids`` among its participants (who to call is not also who is accompanied)."""
    if not ids:
        return bundle
    return replace(bundle, participants=[p for p in bundle.participants if p.contact_id not in ids])


def _without_item(item: ProgrammeItem, ids: set[int]) -> ProgrammeItem:
    if not ids:
        return item
    return replace(item, contact_ids=[c for c in item.contact_ids if c not in ids])


def contact_list_people(bundle: VisitBundle) -> list[Participant]:
    """Who the contact list names: hosts and escorts, and the others on our side who have a phone number;
    escorts first, then hosts, speakers and others, in precedence within each role."""
    people = [
        p
        for p in bundle.participants
        if p.role in (Role.ESCORT, Role.HOST)
        or (p.role != Role.DELEGATION and bundle.contacts[p.contact_id].phone.strip())
    ]
    return sorted(people, key=lambda p: CALL_ORDER.index(p.role))  # stable: precedence within a role


def contact_list(bundle: VisitBundle, options: PackOptions, anchor: _Anchors) -> list[Block]:
    """Hosts and escorts, and the others on our side who have a phone number, with their phones."""
    lang = options.lang

    def L(key: str, **kw: object) -> str:
        return label(lang, key, **kw)

    people = contact_list_people(bundle)
    if not people:
        return []
    rows = []
    for p in people:
        c = bundle.contacts[p.contact_id]
        org = bundle.organisations.get(c.organisation_id) if c.organisation_id else None
        position = position_text(c.function, org.name if org else "")
        function: list[Line] = [[Span(label(lang, f"one_role_{p.role}"), italic=True, muted=True)]]
        if position:
            function.append([Span(position)])
        phone = c.phone.strip()
        rows.append(
            [
                [[Span(display_name(c, lang), bold=True)]],
                function,
                [[Span(phone, bold=True)]] if phone else [[Span(L("none"), muted=True)]],
            ]
        )
    return [
        Heading(1, L("contact_list"), anchor("contacts")),
        Table(header=[L("name_col"), L("function_col"), L("phone_col")], rows=rows, widths=CONTACT_WIDTHS),
    ]


__all__ = ["callable_people", "contact_list", "contact_list_people", "run_sheet"]
