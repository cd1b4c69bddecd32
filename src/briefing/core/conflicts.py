"""Programme problems shown as inline warnings: clashes, items outside the visit, impossible times.

``programme_warnings`` is pure: it reads a :class:`VisitBundle` and returns, per programme item id,
the warnings for that item. Items without an id cannot be keyed and are left out.

Time semantics: an item runs over the half-open range [start, end), so 09:00–10:00 and
10:00–11:00 only touch and do not overlap. An item with a start but no end (or an end equal to
its start) is a point in time; it overlaps a range when start <= point < end, and two points
overlap when they are at the same minute. Items without a start, or whose end is before their
start, take no part in overlap and double-booking checks.

Overlaps are found per day by sorting on start time and sweeping with the set of items still
running, so the cost is O(n log n) plus the number of clashing pairs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby

from briefing.core.model import ProgrammeItem, VisitBundle

OVERLAP = "overlap"
OUTSIDE_VISIT = "outside_visit"
ENDS_BEFORE_START = "ends_before_start"
DOUBLE_BOOKED = "double_booked"
NO_DATE = "no_date"
WARNING_KINDS = (OVERLAP, OUTSIDE_VISIT, ENDS_BEFORE_START, DOUBLE_BOOKED, NO_DATE)

_TIME = re.compile(r"\s*(\d{1,2}):(\d{2})\s*")


@dataclass(frozen=True)
class Warning:
    """One problem with one programme item: a code and the values to word it with
    (``labels.warning_text`` says it in the reader's language).

    values per kind: overlap: start, end, title of the other item; double_booked: contact_id, name
    (may be ""), and the other item's start, end and title; outside_visit: the visit's start and end;
    ends_before_start: the item's start and end; no_date: none.
    """

    kind: str  # one of WARNING_KINDS
    values: dict[str, object] = field(default_factory=dict)
    other_item_id: int | None = None  # the item it clashes with (overlap, double_booked)


@cache  # a programme repeats few distinct times and dates
def _minutes(text: str) -> int | None:
    """'HH:MM' as minutes after midnight, or None when empty or not a time."""
    match = _TIME.fullmatch(text or "")
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


@cache
def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def _ends_before_start(item: ProgrammeItem) -> bool:
    if not (item.start and item.end):
        return False
    start, end = _minutes(item.start), _minutes(item.end)
    if start is None or end is None:
        return item.ends_before_start
    return end < start


def _other(item: ProgrammeItem) -> dict[str, object]:
    return {"start": item.start, "end": item.end, "title": item.title.strip()}


def _timed(items: Iterable[ProgrammeItem]) -> list[tuple[str, int, int, int, int, ProgrammeItem]]:
    """(date, start, stop, position, id, item) for items that can clash; stop is exclusive, in minutes."""
    rows = []
    for item in items:
        if item.id is None or not item.date or _ends_before_start(item):
            continue
        start = _minutes(item.start)
        if start is None:
            continue
        end = _minutes(item.end)
        stop = end if end is not None and end > start else start + 1  # a point holds its own minute
        rows.append((item.date, start, stop, item.position, item.id, item))
    rows.sort(key=lambda row: row[:5])
    return rows


def _clashing_pairs(items: Iterable[ProgrammeItem]) -> Iterable[tuple[ProgrammeItem, ProgrammeItem]]:
    """Every pair of items on the same date whose times overlap, earlier-starting item first."""
    for _, day in groupby(_timed(items), key=lambda row: row[0]):
        running: list[tuple[int, ProgrammeItem]] = []  # (stop, item), in start order
        for _, start, stop, _, _, item in day:
            running = [entry for entry in running if entry[0] > start]
            for _, earlier in running:
                yield earlier, item
            running.append((stop, item))


def programme_warnings(bundle: VisitBundle) -> dict[int, list[Warning]]:
    """Warnings per programme item id; items without warnings are absent.

    Per item, single-item warnings (ends before start, outside the visit, no date) come first,
    then clashes in the programme's time order, each overlap followed by its double bookings.
    """
    found: dict[int, list[Warning]] = {}

    def add(item_id: int, warning: Warning) -> None:
        found.setdefault(item_id, []).append(warning)

    visit_start, visit_end = _date(bundle.visit.start), _date(bundle.visit.end)
    dates = {"start": bundle.visit.start, "end": bundle.visit.end}
    for item in bundle.items:
        if item.id is None:
            continue
        if _ends_before_start(item):
            add(item.id, Warning(ENDS_BEFORE_START, {"start": item.start, "end": item.end}))
        if not item.date:
            add(item.id, Warning(NO_DATE))
            continue
        day = _date(item.date)
        if day is not None and (
            (visit_start is not None and day < visit_start) or (visit_end is not None and day > visit_end)
        ):
            add(item.id, Warning(OUTSIDE_VISIT, dict(dates)))

    # Everything that clashes with one item gets the same warnings about it: build each once.
    overlaps: dict[int, Warning] = {}
    bookings: dict[tuple[int, int], Warning] = {}
    people: dict[int, tuple[list[int], set[int]]] = {}

    def people_of(item: ProgrammeItem, item_id: int) -> tuple[list[int], set[int]]:
        if item_id not in people:
            ordered = list(dict.fromkeys(item.contact_ids))
            people[item_id] = (ordered, set(ordered))
        return people[item_id]

    def overlap(other: ProgrammeItem, other_id: int) -> Warning:
        if other_id not in overlaps:
            overlaps[other_id] = Warning(OVERLAP, _other(other), other_id)
        return overlaps[other_id]

    def booking(contact_id: int, other: ProgrammeItem, other_id: int) -> Warning:
        key = (contact_id, other_id)
        if key not in bookings:
            contact = bundle.contacts.get(contact_id)
            name = contact.name.strip() if contact else ""
            values = {"contact_id": contact_id, "name": name, **_other(other)}
            bookings[key] = Warning(DOUBLE_BOOKED, values, other_id)
        return bookings[key]

    for first, second in _clashing_pairs(bundle.items):
        first_id, second_id = first.id, second.id
        if first_id is None or second_id is None:  # never: only items with ids can clash
            continue
        first_people, first_set = people_of(first, first_id)
        second_people, second_set = people_of(second, second_id)
        shared = not first_set.isdisjoint(second_set)
        for item_id, item_people, other, other_id, other_set in (
            (first_id, first_people, second, second_id, second_set),
            (second_id, second_people, first, first_id, first_set),
        ):
            warnings = found.setdefault(item_id, [])
            warnings.append(overlap(other, other_id))
            if shared:
                warnings.extend(booking(c, other, other_id) for c in item_people if c in other_set)
    return found


def visit_warning_count(bundle: VisitBundle) -> int:
    """All warnings over the visit's programme."""
    return sum(len(warnings) for warnings in programme_warnings(bundle).values())


def problem_count(warnings: dict[int, list[Warning]]) -> int:
    """How many problems ``programme_warnings`` found, as a person counts them: a clash of two
    items is one problem (not its overlap on each side nor each person booked twice), and each
    single-item warning (no date, outside the visit, ends before it starts) is one."""
    clashes: set[frozenset[int]] = set()
    single = 0
    for item_id, found in warnings.items():
        for warning in found:
            if warning.kind in (OVERLAP, DOUBLE_BOOKED) and warning.other_item_id is not None:
                clashes.add(frozenset((item_id, warning.other_item_id)))
            else:
                single += 1
    return single + len(clashes)


__all__ = [
    "DOUBLE_BOOKED",
    "ENDS_BEFORE_START",
    "NO_DATE",
    "OUTSIDE_VISIT",
    "OVERLAP",
    "WARNING_KINDS",
    "Warning",
    "problem_count",
    "programme_warnings",
    "visit_warning_count",
]
