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
from dataclasses import dataclass
from functools import cache
from itertools import groupby

from briefing.core.model import ProgrammeItem, VisitBundle
from briefing.core.pack.labels import MONTHS as MONTH_NAMES

OVERLAP = "overlap"
OUTSIDE_VISIT = "outside_visit"
ENDS_BEFORE_START = "ends_before_start"
DOUBLE_BOOKED = "double_booked"
NO_DATE = "no_date"
WARNING_KINDS = (OVERLAP, OUTSIDE_VISIT, ENDS_BEFORE_START, DOUBLE_BOOKED, NO_DATE)

# Message templates, str.format style, kept apart so they can be translated.
MSG_OVERLAP = "Overlaps with {time} {title}"
MSG_OUTSIDE_VISIT = "Outside the visit's dates ({dates})"
MSG_ENDS_BEFORE_START = "Ends before it starts ({start} – {end})"
MSG_DOUBLE_BOOKED = "{name} is also at '{title}' ({time})"
MSG_NO_DATE = "Not scheduled yet"
MSG_UNTITLED = "untitled item"
MSG_UNKNOWN_CONTACT = "Contact {id}"
MSG_TIME_RANGE = "{start} – {end}"
MSG_DATE_SAME_DAY = "{day} {month} {year}"
MSG_DATE_SAME_MONTH = "{day1} – {day2} {month} {year}"
MSG_DATE_SAME_YEAR = "{day1} {month1} – {day2} {month2} {year}"
MSG_DATE_RANGE = "{day1} {month1} {year1} – {day2} {month2} {year2}"
MONTHS = MONTH_NAMES["en"]  # the pack's English month names

_TIME = re.compile(r"\s*(\d{1,2}):(\d{2})\s*")


@dataclass(frozen=True)
class Warning:
    """One problem with one programme item."""

    kind: str  # one of WARNING_KINDS
    message: str  # one short sentence for the user
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


def _item_time(item: ProgrammeItem) -> str:
    if item.start and item.end and item.end != item.start:
        return MSG_TIME_RANGE.format(start=item.start, end=item.end)
    return item.start or item.end


def _title(item: ProgrammeItem) -> str:
    return item.title.strip() or MSG_UNTITLED


def visit_dates(start: dt.date, end: dt.date) -> str:
    """'22 – 26 April 2024', '30 April – 2 May 2024', '30 December 2024 – 2 January 2025'."""
    if start == end:
        return MSG_DATE_SAME_DAY.format(day=start.day, month=MONTHS[start.month - 1], year=start.year)
    if start.year == end.year and start.month == end.month:
        return MSG_DATE_SAME_MONTH.format(day1=start.day, day2=end.day, month=MONTHS[start.month - 1], year=start.year)
    if start.year == end.year:
        return MSG_DATE_SAME_YEAR.format(
            day1=start.day, month1=MONTHS[start.month - 1], day2=end.day, month2=MONTHS[end.month - 1], year=start.year
        )
    return MSG_DATE_RANGE.format(
        day1=start.day,
        month1=MONTHS[start.month - 1],
        year1=start.year,
        day2=end.day,
        month2=MONTHS[end.month - 1],
        year2=end.year,
    )


def _visit_range(bundle: VisitBundle) -> tuple[dt.date | None, dt.date | None, str]:
    start, end = _date(bundle.visit.start), _date(bundle.visit.end)
    if start and end and start <= end:
        dates = visit_dates(start, end)
    else:
        dates = " – ".join(d for d in (bundle.visit.start, bundle.visit.end) if d)
    return start, end, dates


def _contact_name(bundle: VisitBundle, contact_id: int) -> str:
    contact = bundle.contacts.get(contact_id)
    name = contact.name.strip() if contact else ""
    return name or MSG_UNKNOWN_CONTACT.format(id=contact_id)


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

    visit_start, visit_end, dates = _visit_range(bundle)
    for item in bundle.items:
        if item.id is None:
            continue
        if _ends_before_start(item):
            add(item.id, Warning(ENDS_BEFORE_START, MSG_ENDS_BEFORE_START.format(start=item.start, end=item.end)))
        if not item.date:
            add(item.id, Warning(NO_DATE, MSG_NO_DATE))
            continue
        day = _date(item.date)
        if day is not None and (
            (visit_start is not None and day < visit_start) or (visit_end is not None and day > visit_end)
        ):
            add(item.id, Warning(OUTSIDE_VISIT, MSG_OUTSIDE_VISIT.format(dates=dates)))

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
            message = MSG_OVERLAP.format(time=_item_time(other), title=_title(other))
            overlaps[other_id] = Warning(OVERLAP, message, other_id)
        return overlaps[other_id]

    def booking(contact_id: int, other: ProgrammeItem, other_id: int) -> Warning:
        key = (contact_id, other_id)
        if key not in bookings:
            name = _contact_name(bundle, contact_id)
            message = MSG_DOUBLE_BOOKED.format(name=name, title=_title(other), time=_item_time(other))
            bookings[key] = Warning(DOUBLE_BOOKED, message, other_id)
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


__all__ = [
    "DOUBLE_BOOKED",
    "ENDS_BEFORE_START",
    "NO_DATE",
    "OUTSIDE_VISIT",
    "OVERLAP",
    "WARNING_KINDS",
    "Warning",
    "programme_warnings",
    "visit_dates",
    "visit_warning_count",
]
