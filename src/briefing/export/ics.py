"""The programme as an iCalendar file: one VEVENT per scheduled item, Europe/Brussels time.

What an event's description carries follows the pack's reader (AUDIENCE_RULES "calendar"): the
delegation's calendar has no item descriptions and no warnings (they may be our own notes)."""

from __future__ import annotations

import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from briefing import __version__
from briefing.core.model import ProgrammeItem, VisitBundle
from briefing.core.pack.assemble import PackOptions, display_name
from briefing.core.pack.labels import kind_shown, label
from briefing.export.text import clean

TZID = "Europe/Brussels"


def _uid(bundle: VisitBundle, item: ProgrammeItem) -> str:
    seed = f"{bundle.visit.id}:{item.id}:{bundle.visit.title}"
    return f"{hashlib.sha1(seed.encode('utf-8', 'replace')).hexdigest()[:20]}@briefing"


def _times(item: ProgrammeItem, tz: ZoneInfo) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime] | None:
    try:
        day = dt.date.fromisoformat(item.date)
    except ValueError:
        return None
    if not item.start:
        return day, day + dt.timedelta(days=1)
    start = dt.datetime.combine(day, dt.time.fromisoformat(item.start), tz)
    end = dt.datetime.combine(day, dt.time.fromisoformat(item.end), tz) if item.end else start + dt.timedelta(hours=1)
    if end < start:  # kept as entered and flagged: a zero-length event at the start time
        end = start
    return start, end


def write_ics(bundle: VisitBundle, options: PackOptions) -> bytes:
    tz = ZoneInfo(TZID)
    lang = options.lang
    shows = options.shows("calendar")
    notes = shows != "without_notes"  # descriptions and warnings
    cal = Calendar()
    cal.add("prodid", f"-//Briefing//Briefing {__version__}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    # an X- property is written as given (not escaped as TEXT): a line break in it would break the file
    cal.add("x-wr-calname", " ".join(clean(bundle.visit.title).split()))
    cal.add("x-wr-timezone", TZID)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for item in bundle.items:
        times = _times(item, tz)
        if times is None:
            continue
        event = Event()
        event.add("uid", _uid(bundle, item))
        event.add("dtstamp", stamp)
        event.add("dtstart", times[0])
        event.add("dtend", times[1])
        summary = clean(item.title) or "—"
        event.add("summary", summary)
        if item.location:
            event.add("location", clean(item.location))
        lines = []
        kind = kind_shown(lang, item.kind, item.title)  # "" for none, for "other", and when the title says it
        if kind:
            lines.append(clean(kind))
        if notes and item.description:
            lines.append(clean(item.description))
        if notes and item.ends_before_start:
            lines.append(label(lang, "flag_end_before_start", start=item.start, end=item.end))
        people = [display_name(bundle.contacts[c], lang) for c in item.contact_ids if c in bundle.contacts]
        if people:
            lines.append(f"{label(lang, 'people_col')}: " + "; ".join(clean(p) for p in people))
        if shows == "run_sheet":
            from briefing.core.pack.run_sheet import callable_people

            calls = [f"{display_name(c, lang)} {c.phone.strip()}" for c in callable_people(bundle, item)]
            if calls:
                lines.append(f"{label(lang, 'rs_call')}: " + "; ".join(clean(c) for c in calls))
        if lines:
            event.add("description", "\n\n".join(lines))
        event.add("categories", [clean(bundle.visit.title)[:200] or "Briefing"])
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
