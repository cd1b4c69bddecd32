"""Every edit a user makes, as one store transaction that can be undone and redone.

Each operation records the rows it touches before and after (a ``Change``: row images keyed by
primary key). ``undo`` writes the before-images back and ``redo`` the after-images, each in one
transaction, so the app's undo stack needs no per-operation inverse: deleting a visit and undoing
it brings back the visit, its programme, people, themes and articles with the same ids.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict, Unpack

from briefing.core.errors import InvalidFile, NotFound
from briefing.core.model import (
    RANKED_ROLES,
    Contact,
    Participant,
    Precedence,
    ProgrammeItem,
    Role,
    Status,
    Visit,
)
from briefing.core.pack.labels import normalise_kind
from briefing.core.store import Store, repo
from briefing.core.store.repo import encode_points

KEYS: dict[str, tuple[str, ...]] = {
    "organisations": ("id",),
    "contacts": ("id",),
    "themes": ("id",),
    "articles": ("id",),
    "visits": ("id",),
    "programme_items": ("id",),
    "visit_organisations": ("visit_id", "organisation_id"),
    "participants": ("visit_id", "contact_id"),
    "visit_themes": ("visit_id", "theme_id"),
    "visit_articles": ("visit_id", "article_id"),
    "visit_article_themes": ("visit_id", "article_id", "theme_id"),
    "item_contacts": ("item_id", "contact_id"),
    "item_themes": ("item_id", "theme_id"),
}
# parents before children: the order rows are written back in, and the reverse of deletion
ORDER = list(KEYS)

EDITABLE: dict[str, set[str]] = {
    "visits": {
        "title", "start_date", "end_date", "delegation", "country", "direction", "host", "location",
        "purpose", "classification", "status",
    },
    "programme_items": {"date", "start_time", "end_time", "title", "location", "kind", "description", "position"},
    "contacts": {"name", "name_latin", "title", "function", "organisation_id", "email", "phone", "notes"},
    "themes": {"title", "summary", "talking_points"},
    "participants": {
        "role", "position", "precedence", "name", "name_latin", "title", "function", "organisation_id", "email",
        "phone", "notes",
    },
    "visit_themes": {"position", "title", "summary", "talking_points"},
    "visit_articles": {"full_text", "shareable", "position"},
}  # fmt: skip


Image = dict[str, Any]  # a row: column -> value
RowKey = tuple[str, tuple[Any, ...]]  # (table, primary key values)


@dataclass
class Change:
    """What one user action did: row images before and after, keyed by (table, primary key)."""

    label: str
    before: dict[RowKey, Image | None] = field(default_factory=dict)
    after: dict[RowKey, Image | None] = field(default_factory=dict)
    result: Any = None  # e.g. the id of what was created

    @property
    def empty(self) -> bool:
        return self.before == self.after


class _Recorder:
    def __init__(self, store: Store, label: str) -> None:
        self.store = store
        self.change = Change(label)

    def _rows(self, table: str, where: str, params: tuple[Any, ...]) -> list[Image]:
        return [dict(r) for r in self.store.conn.execute(f"SELECT * FROM {table} WHERE {where}", params)]

    def capture(self, table: str, where: str, params: tuple[Any, ...] = ()) -> None:
        """Remember the current image of the matching rows (before the edit touches them)."""
        for row in self._rows(table, where, params):
            key = (table, tuple(row[k] for k in KEYS[table]))
            self.change.before.setdefault(key, row)

    def created(self, table: str, *key: Any) -> None:
        self.change.before.setdefault((table, tuple(key)), None)

    def finish(self, result: Any = None) -> Change:
        for table, key in self.change.before:
            where = " AND ".join(f"{k} = ?" for k in KEYS[table])
            rows = self._rows(table, where, key)
            self.change.after[(table, key)] = rows[0] if rows else None
        self.change.result = result
        return self.change


def _write(store: Store, images: dict[RowKey, Image | None]) -> None:
    ordered = sorted(images.items(), key=lambda item: ORDER.index(item[0][0]))
    for (table, key), row in reversed(ordered):  # deletions: children first
        if row is None:
            where = " AND ".join(f"{k} = ?" for k in KEYS[table])
            store.conn.execute(f"DELETE FROM {table} WHERE {where}", key)
    for (table, _key), row in ordered:  # upserts: parents first, updated in place (no cascade)
        if row is not None:
            columns = list(row)
            updates = [c for c in columns if c not in KEYS[table]]
            conflict = f"DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in updates)}" if updates else "DO NOTHING"
            store.conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                f"ON CONFLICT ({', '.join(KEYS[table])}) {conflict}",
                [row[c] for c in columns],
            )


def undo(store: Store, change: Change) -> None:
    with store.transaction():
        _write(store, change.before)


def redo(store: Store, change: Change) -> None:
    with store.transaction():
        _write(store, change.after)


# ------------------------------------------------------------------ checks


def _date(value: str, what: str) -> str:
    """``what`` is the field's code (start_date, date, start, …)."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        message = f"{what.replace('_', ' ')}: {value!r} is not a date (YYYY-MM-DD)"
        raise InvalidFile(message, "not_a_date", what=what, value=value) from None


def _time(value: str, what: str) -> str:
    """HH:MM from what people type: 9:30, 09.30, 9h30, 0930."""
    value = (value or "").strip()
    if value == "":
        return ""
    match = re.fullmatch(r"(\d{1,2})(?:[:.hH]?(\d{2}))?", value)
    if match and int(match.group(1)) < 24 and int(match.group(2) or 0) < 60:
        return f"{int(match.group(1)):02d}:{int(match.group(2) or 0):02d}"
    message = f"{what.replace('_', ' ')}: {value!r} is not a time (HH:MM)"
    raise InvalidFile(message, "not_a_time", what=what, value=value)


def _ends_before_start(start: str, end: str) -> InvalidFile:
    message = f"the visit cannot end ({end}) before it starts ({start})"
    return InvalidFile(message, "visit_ends_before_start", start=start, end=end)


def _checked(table: str, changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - EDITABLE[table]
    if unknown:
        raise ValueError(f"{table}: cannot edit {sorted(unknown)}")
    out = dict(changes)
    for name in ("start_date", "end_date", "date"):
        if name in out and (out[name] or name != "date"):
            out[name] = _date(out[name], name)
    for name in ("start_time", "end_time"):
        if name in out:
            out[name] = _time(out[name], name)
    if "status" in out:
        out["status"] = str(Status(out["status"]))
    if "role" in out:
        out["role"] = str(Role(out["role"]))
    if "kind" in out:  # a synonym becomes the kind it means; a kind nobody knows is kept as typed
        out["kind"] = normalise_kind(out["kind"])
    if "talking_points" in out:
        out["talking_points"] = _points(out["talking_points"])
    if "precedence" in out:
        out["precedence"] = str(Precedence(out["precedence"]))
    if table in ("visits", "programme_items", "contacts", "themes", "participants", "visit_themes"):
        for name, value in out.items():
            if isinstance(value, str):
                out[name] = value.replace("\x00", "")
    if table in ("contacts", "participants"):
        for name in ("name", "name_latin"):
            if name in out:
                _a_name(out[name])
    return out


def _points(value: Sequence[str] | str) -> str:
    """Talking points as stored: a list of strings, each without NUL and outer spaces, blank ones
    dropped. A string is taken as the stored form and must hold such a list."""
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = None
        if not isinstance(parsed, list) or not all(isinstance(p, str) for p in parsed):
            raise InvalidFile("talking points: not a list of texts")
        value = parsed
    points = [p.replace("\x00", "").strip() for p in value]
    return encode_points([p for p in points if p])


def _a_name(value: str) -> None:
    """A contact's name is never an e-mail address or a phone number: the pack would print it."""
    from briefing.core.privacy import not_a_name

    why = not_a_name(value)
    if why == "email":
        raise InvalidFile(
            f"name: {value!r} holds an e-mail address; put it in the E-mail field, not in the name",
            "name_is_email",
            what="name",
            value=value,
        )
    if why == "phone":
        raise InvalidFile(
            f"name: {value!r} holds a phone number; put it in the Phone field, not in the name",
            "name_is_phone",
            what="name",
            value=value,
        )


def _exists(store: Store, table: str, row_id: int, what: str) -> Image:
    row = store.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        raise NotFound(f"no {what} {row_id}", "not_found", what=what.replace(" ", "_"), id=row_id)
    return dict(row)


def _stamp(store: Store, table: str, row_id: int) -> None:
    if table in ("visits", "contacts", "articles"):
        store.conn.execute(
            f"UPDATE {table} SET updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?", (row_id,)
        )


def _set(store: Store, table: str, where: str, params: Sequence[Any], changes: dict[str, Any]) -> None:
    """Set the columns ``changes`` names to its values in the rows of ``table`` that ``where`` picks
    (nothing when there are none)."""
    if changes:
        sets = ", ".join(f"{k} = ?" for k in changes)
        store.conn.execute(f"UPDATE {table} SET {sets} WHERE {where}", [*changes.values(), *params])


def update(store: Store, table: str, row_id: int, label: str, **changes: Any) -> Change:
    """Change fields of one row (a visit, an item, a contact, a theme)."""
    changes = _checked(table, changes)
    with store.transaction():
        current = _exists(store, table, row_id, table.rstrip("s").replace("_", " "))
        rec = _Recorder(store, label)
        rec.capture(table, "id = ?", (row_id,))
        changes = {k: v for k, v in changes.items() if current[k] != v}
        if changes:
            if table == "visits":
                after = {**current, **changes}
                start, end = after["start_date"], after["end_date"]
                if end < start:
                    raise _ends_before_start(start, end)
            _set(store, table, "id = ?", (row_id,), changes)
            _stamp(store, table, row_id)
        return rec.finish(row_id)


class PersonFields(TypedDict, total=False):
    """A person's text fields, as a contact in the library and as a participant for one visit; each
    edit changes those given (not None)."""

    name: str | None
    name_latin: str | None
    title: str | None
    function: str | None
    email: str | None
    phone: str | None
    notes: str | None


def _person_changes(table: str, fields: PersonFields, blank_name: str) -> dict[str, Any]:
    """The fields given (not None), checked for ``table``; a name is never blank, also once what
    cannot be stored is taken out of it (``blank_name`` says so)."""
    unknown = set(fields) - set(PersonFields.__annotations__)
    if unknown:
        raise TypeError(f"unexpected keyword argument {sorted(unknown)[0]!r}")
    changes = _checked(table, {k: v for k, v in fields.items() if v is not None})
    if "name" in changes and not changes["name"].strip():
        raise InvalidFile(blank_name)
    return changes


def update_contact(store: Store, contact_id: int, label: str, **fields: Unpack[PersonFields]) -> Change:
    """Change the text fields of one contact: those given (not None). A name is never blank.
    (Its organisation is a link to another row: ``update(store, "contacts", …, organisation_id=…)``.)"""
    return update(store, "contacts", contact_id, label, **_person_changes("contacts", fields, "a contact needs a name"))


def update_theme(
    store: Store,
    theme_id: int,
    label: str,
    *,
    title: str | None = None,
    summary: str | None = None,
    talking_points: Sequence[str] | None = None,
) -> Change:
    """Change fields of one theme: those given (not None). ``talking_points`` is the list of points,
    in order; blank ones are dropped. A title is never blank."""
    changes: dict[str, Any] = {}
    if title is not None:
        if not title.strip():
            raise InvalidFile("a theme needs a title")
        changes["title"] = title
    if summary is not None:
        changes["summary"] = summary
    if talking_points is not None:
        if isinstance(talking_points, str):
            raise TypeError("talking_points is a list of strings, not one string")
        changes["talking_points"] = list(talking_points)
    return update(store, "themes", theme_id, label, **changes)


# ------------------------------------------------------------------ visits


def create_visit(store: Store, visit: Visit) -> Change:
    start, end = _date(visit.start, "start"), _date(visit.end or visit.start, "end")
    if end < start:
        raise _ends_before_start(start, end)
    with store.transaction():
        rec = _Recorder(store, "New visit")
        cursor = store.conn.execute(
            "INSERT INTO visits (title, start_date, end_date, delegation, country, direction, host, location, "
            "purpose, classification, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                visit.title, start, end, visit.delegation, visit.country, str(visit.direction), visit.host,
                visit.location, visit.purpose, visit.classification, str(visit.status),
            ),
        )  # fmt: skip
        rec.created("visits", cursor.lastrowid)
        return rec.finish(cursor.lastrowid)


def _capture_visit(rec: _Recorder, visit_id: int) -> None:
    rec.capture("visits", "id = ?", (visit_id,))
    for table in (
        "visit_organisations", "participants", "visit_themes", "visit_articles", "visit_article_themes",
        "programme_items",
    ):  # fmt: skip
        rec.capture(table, "visit_id = ?", (visit_id,))
    for table in ("item_contacts", "item_themes"):
        rec.capture(table, "item_id IN (SELECT id FROM programme_items WHERE visit_id = ?)", (visit_id,))


def delete_visit(store: Store, visit_id: int) -> Change:
    with store.transaction():
        _exists(store, "visits", visit_id, "visit")
        rec = _Recorder(store, "Delete visit")
        _capture_visit(rec, visit_id)
        store.conn.execute("DELETE FROM visits WHERE id = ?", (visit_id,))
        return rec.finish(visit_id)


def duplicate_visit(store: Store, visit_id: int, new_start: str, title: str | None = None) -> Change:
    """A copy of a visit with its programme, people, themes and articles, moved to ``new_start``
    (every dated item keeps its distance from the first day)."""
    new_start = _date(new_start, "new_start")
    with store.transaction():
        old = _exists(store, "visits", visit_id, "visit")
        shift = dt.date.fromisoformat(new_start) - dt.date.fromisoformat(old["start_date"])

        def moved(day: str) -> str:
            return (dt.date.fromisoformat(day) + shift).isoformat() if day else ""

        rec = _Recorder(store, "Duplicate visit")
        columns = [c for c in old if c not in ("id", "created", "updated")]
        values = {**{c: old[c] for c in columns}, "start_date": new_start, "end_date": moved(old["end_date"])}
        values["title"] = title if title is not None else old["title"]
        values["status"] = "draft"
        cursor = store.conn.execute(
            f"INSERT INTO visits ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})", list(values.values())
        )
        new_id = cursor.lastrowid
        rec.created("visits", new_id)
        for table in ("visit_organisations", "participants", "visit_themes", "visit_articles", "visit_article_themes"):
            columns = [c for c in _columns(store, table) if c != "visit_id"]
            store.conn.execute(
                f"INSERT INTO {table} (visit_id, {', '.join(columns)}) SELECT ?, {', '.join(columns)} "
                f"FROM {table} WHERE visit_id = ?",
                (new_id, visit_id),
            )
            keys = [k for k in KEYS[table] if k != "visit_id"]
            for row in store.conn.execute(f"SELECT {', '.join(keys)} FROM {table} WHERE visit_id = ?", (new_id,)):
                rec.created(table, new_id, *row)
        items = store.conn.execute(
            "SELECT * FROM programme_items WHERE visit_id = ? ORDER BY id", (visit_id,)
        ).fetchall()
        for item in items:
            cursor = store.conn.execute(
                "INSERT INTO programme_items (visit_id, date, start_time, end_time, title, location, kind, "
                "description, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id, moved(item["date"]), item["start_time"], item["end_time"], item["title"],
                    item["location"], item["kind"], item["description"], item["position"],
                ),
            )  # fmt: skip
            rec.created("programme_items", cursor.lastrowid)
            for table, key in (("item_contacts", "contact_id"), ("item_themes", "theme_id")):
                store.conn.execute(
                    f"INSERT INTO {table} (item_id, {key}, position) SELECT ?, {key}, position FROM {table} "
                    "WHERE item_id = ?",
                    (cursor.lastrowid, item["id"]),
                )
                for row in store.conn.execute(f"SELECT {key} FROM {table} WHERE item_id = ?", (cursor.lastrowid,)):
                    rec.created(table, cursor.lastrowid, row[0])
        return rec.finish(new_id)


def _columns(store: Store, table: str) -> list[str]:
    return [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]


# ------------------------------------------------------------------ programme


def add_item(store: Store, visit_id: int, item: ProgrammeItem) -> Change:
    values = _checked(
        "programme_items",
        {
            "date": item.date, "start_time": item.start, "end_time": item.end, "title": item.title,
            "location": item.location, "kind": item.kind, "description": item.description,
        },
    )  # fmt: skip
    with store.transaction():
        _exists(store, "visits", visit_id, "visit")
        rec = _Recorder(store, "Add programme item")
        position = store.conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM programme_items WHERE visit_id = ? AND date = ?",
            (visit_id, values["date"]),
        ).fetchone()[0]
        cursor = store.conn.execute(
            f"INSERT INTO programme_items (visit_id, position, {', '.join(values)}) "
            f"VALUES (?, ?, {', '.join('?' * len(values))})",
            [visit_id, position, *values.values()],
        )
        item_id = cursor.lastrowid
        rec.created("programme_items", item_id)
        for n, contact_id in enumerate(item.contact_ids):
            store.conn.execute(
                "INSERT INTO item_contacts (item_id, contact_id, position) VALUES (?, ?, ?)", (item_id, contact_id, n)
            )
            rec.created("item_contacts", item_id, contact_id)
        for n, theme_id in enumerate(item.theme_ids):
            store.conn.execute(
                "INSERT INTO item_themes (item_id, theme_id, position) VALUES (?, ?, ?)", (item_id, theme_id, n)
            )
            rec.created("item_themes", item_id, theme_id)
        return rec.finish(item_id)


def delete_item(store: Store, item_id: int) -> Change:
    with store.transaction():
        _exists(store, "programme_items", item_id, "programme item")
        rec = _Recorder(store, "Remove programme item")
        rec.capture("programme_items", "id = ?", (item_id,))
        rec.capture("item_contacts", "item_id = ?", (item_id,))
        rec.capture("item_themes", "item_id = ?", (item_id,))
        store.conn.execute("DELETE FROM programme_items WHERE id = ?", (item_id,))
        return rec.finish(item_id)


def move_item(store: Store, item_id: int, date: str, index: int) -> Change:
    """Put an item at ``index`` among the items of ``date`` (another day moves it there)."""
    date = _date(date, "date") if date else ""
    with store.transaction():
        item = _exists(store, "programme_items", item_id, "programme item")
        rec = _Recorder(store, "Move programme item")
        rec.capture("programme_items", "visit_id = ? AND date IN (?, ?)", (item["visit_id"], item["date"], date))
        ids = [
            r[0]
            for r in store.conn.execute(
                "SELECT id FROM programme_items WHERE visit_id = ? AND date = ? AND id <> ? "
                "ORDER BY position, start_time, id",
                (item["visit_id"], date, item_id),
            )
        ]
        ids.insert(max(0, min(index, len(ids))), item_id)
        store.conn.execute("UPDATE programme_items SET date = ? WHERE id = ?", (date, item_id))
        for position, row_id in enumerate(ids):
            store.conn.execute("UPDATE programme_items SET position = ? WHERE id = ?", (position, row_id))
        return rec.finish(item_id)


def _set_links(store: Store, label: str, table: str, owner: str, owner_id: int, key: str, ids: list[int]) -> Change:
    with store.transaction():
        rec = _Recorder(store, label)
        rec.capture(table, f"{owner} = ?", (owner_id,))
        store.conn.execute(f"DELETE FROM {table} WHERE {owner} = ?", (owner_id,))
        for position, other in enumerate(dict.fromkeys(ids)):
            store.conn.execute(
                f"INSERT INTO {table} ({owner}, {key}, position) VALUES (?, ?, ?)", (owner_id, other, position)
            )
            rec.created(table, owner_id, other)
        return rec.finish(owner_id)


def set_item_contacts(store: Store, item_id: int, contact_ids: list[int]) -> Change:
    return _set_links(store, "People of an item", "item_contacts", "item_id", item_id, "contact_id", contact_ids)


def set_item_themes(store: Store, item_id: int, theme_ids: list[int]) -> Change:
    return _set_links(store, "Themes of an item", "item_themes", "item_id", item_id, "theme_id", theme_ids)


# ------------------------------------------------------------------ people, themes, articles of a visit


def add_participant(store: Store, visit_id: int, contact_id: int, role: str = "other") -> Change:
    """Put a library contact on the visit with the library's values as the visit's own (a person
    already on the visit only changes role)."""
    role = str(Role(role))
    with store.transaction():
        _exists(store, "visits", visit_id, "visit")
        contact = _exists(store, "contacts", contact_id, "contact")
        rec = _Recorder(store, "Add person")
        rec.capture("participants", "visit_id = ? AND contact_id = ?", (visit_id, contact_id))
        there = store.conn.execute(
            "SELECT 1 FROM participants WHERE visit_id = ? AND contact_id = ?", (visit_id, contact_id)
        ).fetchone()
        if there:
            store.conn.execute(
                "UPDATE participants SET role = ?, precedence = CASE WHEN role = ? THEN precedence ELSE '' END "
                "WHERE visit_id = ? AND contact_id = ?",
                (role, role, visit_id, contact_id),
            )
            return rec.finish(contact_id)
        position = store.conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM participants WHERE visit_id = ?", (visit_id,)
        ).fetchone()[0]
        _capture_organisation(rec, visit_id, contact["organisation_id"])
        repo.add_participant(store, visit_id, Participant(contact_id, Role(role), position))
        rec.created("participants", visit_id, contact_id)
        return rec.finish(contact_id)


def _capture_organisation(rec: _Recorder, visit_id: int, organisation_id: int | None) -> None:
    """Before an edit gives the visit an organisation: it may add the visit's copy of it."""
    if organisation_id is not None:
        rec.capture("visit_organisations", "visit_id = ? AND organisation_id = ?", (visit_id, organisation_id))
        rec.created("visit_organisations", visit_id, organisation_id)


_UNSET: Any = object()


def update_participant(
    store: Store,
    visit_id: int,
    contact_id: int,
    *,
    organisation_id: int | None = _UNSET,
    label: str = "Edit person for this visit",
    **fields: Unpack[PersonFields],
) -> Change:
    """Change a person's details for this visit alone; the library's contact keeps its own. Fields
    left out (None) stay as they are; ``organisation_id`` None means no organisation."""
    changes = _person_changes("participants", fields, "a person needs a name")
    if organisation_id is not _UNSET:
        changes["organisation_id"] = organisation_id
    with store.transaction():
        current = _participant(store, visit_id, contact_id)
        rec = _Recorder(store, label)
        rec.capture("participants", "visit_id = ? AND contact_id = ?", (visit_id, contact_id))
        changes = {k: v for k, v in changes.items() if current[k] != v}
        if changes.get("organisation_id") is not None:
            _exists(store, "organisations", changes["organisation_id"], "organisation")
            _capture_organisation(rec, visit_id, changes["organisation_id"])
            repo.add_visit_organisation(store, visit_id, changes["organisation_id"])
        _set(store, "participants", "visit_id = ? AND contact_id = ?", (visit_id, contact_id), changes)
        return rec.finish(contact_id)


def _participant(store: Store, visit_id: int, contact_id: int) -> dict[str, Any]:
    row = store.conn.execute(
        "SELECT * FROM participants WHERE visit_id = ? AND contact_id = ?", (visit_id, contact_id)
    ).fetchone()
    if row is None:
        raise NotFound(f"contact {contact_id} is not on visit {visit_id}")
    return dict(row)


def set_participant_precedence(store: Store, visit_id: int, contact_id: int, precedence: str) -> Change:
    """Make a person head ("head") or deputy head ("deputy") of the delegation or of the hosts, or
    neither (""). The one who held that place in the same role gives it up."""
    precedence = str(Precedence(precedence))
    with store.transaction():
        current = _participant(store, visit_id, contact_id)
        if precedence and current["role"] not in RANKED_ROLES:
            raise InvalidFile(
                f"only the delegation and the hosts have a head and a deputy head, not {current['role']!r}"
            )
        rec = _Recorder(store, "Head or deputy head")
        rec.capture("participants", "visit_id = ? AND role = ?", (visit_id, current["role"]))
        if precedence:
            store.conn.execute(
                "UPDATE participants SET precedence = '' WHERE visit_id = ? AND role = ? AND precedence = ?",
                (visit_id, current["role"], precedence),
            )
        store.conn.execute(
            "UPDATE participants SET precedence = ? WHERE visit_id = ? AND contact_id = ?",
            (precedence, visit_id, contact_id),
        )
        return rec.finish(contact_id)


def remove_participant(store: Store, visit_id: int, contact_id: int) -> Change:
    """Takes the person off the visit and off its programme items."""
    with store.transaction():
        rec = _Recorder(store, "Remove person")
        rec.capture("participants", "visit_id = ? AND contact_id = ?", (visit_id, contact_id))
        rec.capture(
            "item_contacts",
            "contact_id = ? AND item_id IN (SELECT id FROM programme_items WHERE visit_id = ?)",
            (contact_id, visit_id),
        )
        store.conn.execute("DELETE FROM participants WHERE visit_id = ? AND contact_id = ?", (visit_id, contact_id))
        store.conn.execute(
            "DELETE FROM item_contacts WHERE contact_id = ? AND item_id IN "
            "(SELECT id FROM programme_items WHERE visit_id = ?)",
            (contact_id, visit_id),
        )
        return rec.finish(contact_id)


def set_participant_role(store: Store, visit_id: int, contact_id: int, role: str) -> Change:
    role = str(Role(role))
    with store.transaction():
        rec = _Recorder(store, "Change role")
        rec.capture("participants", "visit_id = ? AND contact_id = ?", (visit_id, contact_id))
        store.conn.execute(  # a head of the hosts is not the head of the delegation: the place is not kept
            "UPDATE participants SET precedence = CASE WHEN role = ? THEN precedence ELSE '' END, role = ? "
            "WHERE visit_id = ? AND contact_id = ?",
            (role, role, visit_id, contact_id),
        )
        return rec.finish(contact_id)


def _reorder(store: Store, label: str, table: str, visit_id: int, key: str, ordered: list[int]) -> Change:
    with store.transaction():
        rec = _Recorder(store, label)
        rec.capture(table, "visit_id = ?", (visit_id,))
        current = [
            r[0]
            for r in store.conn.execute(f"SELECT {key} FROM {table} WHERE visit_id = ? ORDER BY position", (visit_id,))
        ]
        ordered = [i for i in dict.fromkeys(ordered) if i in current] + [i for i in current if i not in ordered]
        for position, other in enumerate(ordered):
            store.conn.execute(
                f"UPDATE {table} SET position = ? WHERE visit_id = ? AND {key} = ?", (position, visit_id, other)
            )
        return rec.finish(visit_id)


def reorder_participants(store: Store, visit_id: int, contact_ids: list[int]) -> Change:
    return _reorder(store, "Reorder people", "participants", visit_id, "contact_id", contact_ids)


def add_visit_theme(store: Store, visit_id: int, theme_id: int) -> Change:
    """Select a library theme for the visit: its title, summary and talking points become the visit's own."""
    with store.transaction():
        _exists(store, "visits", visit_id, "visit")
        _exists(store, "themes", theme_id, "theme")
        rec = _Recorder(store, "Add theme")
        rec.capture("visit_themes", "visit_id = ? AND theme_id = ?", (visit_id, theme_id))
        rec.created("visit_themes", visit_id, theme_id)
        position = store.conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM visit_themes WHERE visit_id = ?", (visit_id,)
        ).fetchone()[0]
        repo.add_visit_theme(store, visit_id, theme_id, position)
        return rec.finish(theme_id)


def update_visit_theme(
    store: Store,
    visit_id: int,
    theme_id: int,
    *,
    title: str | None = None,
    summary: str | None = None,
    talking_points: list[str] | None = None,
    label: str = "Edit theme for this visit",
) -> Change:
    """Change a theme's texts for this visit alone; the library's theme keeps its own. Fields left
    out (None) stay as they are. A theme keeps a title."""
    changes = _checked("visit_themes", _theme_changes(title, summary, talking_points))
    with store.transaction():
        row = store.conn.execute(
            "SELECT * FROM visit_themes WHERE visit_id = ? AND theme_id = ?", (visit_id, theme_id)
        ).fetchone()
        if row is None:
            raise NotFound(f"theme {theme_id} is not in visit {visit_id}")
        rec = _Recorder(store, label)
        rec.capture("visit_themes", "visit_id = ? AND theme_id = ?", (visit_id, theme_id))
        changes = {k: v for k, v in changes.items() if row[k] != v}
        _set(store, "visit_themes", "visit_id = ? AND theme_id = ?", (visit_id, theme_id), changes)
        return rec.finish(theme_id)


def apply_library_details(
    store: Store,
    visit_id: int,
    *,
    contact_ids: list[int] | tuple[int, ...] = (),
    theme_ids: list[int] | tuple[int, ...] = (),
) -> Change:
    """Bring the library's newer details into the visit, for these people and themes: each field the
    library changed since the visit took it (``repo.library_details``) gets the library's value; what
    the officer changed for this visit alone, and the library did not, is kept. One undoable edit."""
    with store.transaction():
        rec = _Recorder(store, "Apply library details")
        details = repo.library_details(store, visit_id)
        columns = {"organisation": "organisation_id"}
        for contact_id in dict.fromkeys(contact_ids):
            if contact_id not in details.contacts:
                raise NotFound(f"contact {contact_id} is not on visit {visit_id}")
            library = details.contacts[contact_id]
            rec.capture("participants", "visit_id = ? AND contact_id = ?", (visit_id, contact_id))
            changes = {
                columns.get(d.field, d.field): getattr(library, columns.get(d.field, d.field))
                for d in details.newer_people.get(contact_id, ())
            }
            if changes.get("organisation_id") is not None:
                _capture_organisation(rec, visit_id, changes["organisation_id"])
                repo.add_visit_organisation(store, visit_id, changes["organisation_id"])
            changes["library"] = repo.contact_basis(store, contact_id)
            _set(store, "participants", "visit_id = ? AND contact_id = ?", (visit_id, contact_id), changes)
        for theme_id in dict.fromkeys(theme_ids):
            if theme_id not in details.themes:
                raise NotFound(f"theme {theme_id} is not in visit {visit_id}")
            theme = details.themes[theme_id]
            rec.capture("visit_themes", "visit_id = ? AND theme_id = ?", (visit_id, theme_id))
            changes = {}
            for d in details.newer_themes.get(theme_id, ()):
                value = getattr(theme, d.field)
                changes[d.field] = repo.encode_points(value) if d.field == "talking_points" else value
            changes["library"] = repo.theme_basis(store, theme_id)
            _set(store, "visit_themes", "visit_id = ? AND theme_id = ?", (visit_id, theme_id), changes)
        return rec.finish(visit_id)


def remove_visit_theme(store: Store, visit_id: int, theme_id: int) -> Change:
    return _remove_link(store, "Remove theme", "visit_themes", visit_id, "theme_id", theme_id)


def reorder_visit_themes(store: Store, visit_id: int, theme_ids: list[int]) -> Change:
    return _reorder(store, "Reorder themes", "visit_themes", visit_id, "theme_id", theme_ids)


def add_visit_article(store: Store, visit_id: int, article_id: int) -> Change:
    """Select an article for the visit, with the themes the library links it to as the visit's links."""
    with store.transaction():
        _exists(store, "visits", visit_id, "visit")
        _exists(store, "articles", article_id, "article")
        rec = _Recorder(store, "Add article")
        rec.capture("visit_articles", "visit_id = ? AND article_id = ?", (visit_id, article_id))
        rec.capture("visit_article_themes", "visit_id = ? AND article_id = ?", (visit_id, article_id))
        if store.conn.execute(
            "SELECT 1 FROM visit_articles WHERE visit_id = ? AND article_id = ?", (visit_id, article_id)
        ).fetchone():
            return rec.finish(article_id)
        rec.created("visit_articles", visit_id, article_id)
        position = store.conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM visit_articles WHERE visit_id = ?", (visit_id,)
        ).fetchone()[0]
        repo.add_visit_article(store, visit_id, article_id, position)
        for (theme_id,) in store.conn.execute(
            "SELECT theme_id FROM visit_article_themes WHERE visit_id = ? AND article_id = ?", (visit_id, article_id)
        ).fetchall():
            rec.created("visit_article_themes", visit_id, article_id, theme_id)
        return rec.finish(article_id)


def remove_visit_article(store: Store, visit_id: int, article_id: int) -> Change:
    with store.transaction():
        rec = _Recorder(store, "Remove article")
        rec.capture("visit_articles", "visit_id = ? AND article_id = ?", (visit_id, article_id))
        rec.capture("visit_article_themes", "visit_id = ? AND article_id = ?", (visit_id, article_id))
        store.conn.execute("DELETE FROM visit_articles WHERE visit_id = ? AND article_id = ?", (visit_id, article_id))
        store.conn.execute(
            "DELETE FROM visit_article_themes WHERE visit_id = ? AND article_id = ?", (visit_id, article_id)
        )
        return rec.finish(article_id)


def reorder_visit_articles(store: Store, visit_id: int, article_ids: list[int]) -> Change:
    return _reorder(store, "Reorder articles", "visit_articles", visit_id, "article_id", article_ids)


def set_article_full_text(store: Store, visit_id: int, article_id: int, full_text: bool) -> Change:
    with store.transaction():
        rec = _Recorder(store, "Full text or summary")
        rec.capture("visit_articles", "visit_id = ? AND article_id = ?", (visit_id, article_id))
        store.conn.execute(
            "UPDATE visit_articles SET full_text = ? WHERE visit_id = ? AND article_id = ?",
            (int(full_text), visit_id, article_id),
        )
        return rec.finish(article_id)


def set_article_shareable(store: Store, visit_id: int, article_id: int, shareable: bool) -> Change:
    """Whether the article goes into the pack for the delegation (the external audience)."""
    with store.transaction():
        _visit_article(store, visit_id, article_id)
        rec = _Recorder(store, "Shareable with the delegation" if shareable else "Not shareable with the delegation")
        rec.capture("visit_articles", "visit_id = ? AND article_id = ?", (visit_id, article_id))
        store.conn.execute(
            "UPDATE visit_articles SET shareable = ? WHERE visit_id = ? AND article_id = ?",
            (int(shareable), visit_id, article_id),
        )
        return rec.finish(article_id)


def _visit_article(store: Store, visit_id: int, article_id: int) -> None:
    row = store.conn.execute(
        "SELECT 1 FROM visit_articles WHERE visit_id = ? AND article_id = ?", (visit_id, article_id)
    ).fetchone()
    if row is None:
        raise NotFound(f"article {article_id} is not in visit {visit_id}")


def _add_link(store: Store, label: str, table: str, visit_id: int, key: str, other: int) -> Change:
    with store.transaction():
        rec = _Recorder(store, label)
        rec.capture(table, f"visit_id = ? AND {key} = ?", (visit_id, other))
        rec.created(table, visit_id, other)
        position = store.conn.execute(
            f"SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE visit_id = ?", (visit_id,)
        ).fetchone()[0]
        store.conn.execute(
            f"INSERT OR IGNORE INTO {table} (visit_id, {key}, position) VALUES (?, ?, ?)", (visit_id, other, position)
        )
        return rec.finish(other)


def _remove_link(store: Store, label: str, table: str, visit_id: int, key: str, other: int) -> Change:
    with store.transaction():
        rec = _Recorder(store, label)
        rec.capture(table, f"visit_id = ? AND {key} = ?", (visit_id, other))
        store.conn.execute(f"DELETE FROM {table} WHERE visit_id = ? AND {key} = ?", (visit_id, other))
        return rec.finish(other)


# ------------------------------------------------------------------ library


def create_contact(store: Store, contact: Contact, organisation: str = "") -> Change:
    name = " ".join(contact.name.split())
    if not name:
        raise InvalidFile("a contact needs a name", "contact_needs_name")
    _a_name(name)
    _a_name(contact.name_latin)
    with store.transaction():
        rec = _Recorder(store, "New contact")
        org_id = contact.organisation_id
        if organisation.strip() and org_id is None:
            row = store.conn.execute(
                "SELECT id FROM organisations WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1",
                (organisation.strip(),),
            ).fetchone()
            if row:
                org_id = row[0]
            else:
                org_id = store.conn.execute(
                    "INSERT INTO organisations (name) VALUES (?)", (organisation.strip(),)
                ).lastrowid
                rec.created("organisations", org_id)
        cursor = store.conn.execute(
            "INSERT INTO contacts (name, name_latin, title, function, organisation_id, email, phone, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (name, contact.name_latin, contact.title, contact.function, org_id, contact.email, contact.phone,
             contact.notes),
        )  # fmt: skip
        rec.created("contacts", cursor.lastrowid)
        return rec.finish(cursor.lastrowid)


def update_library_theme(
    store: Store,
    theme_id: int,
    *,
    title: str | None = None,
    summary: str | None = None,
    talking_points: list[str] | None = None,
    label: str = "Edit theme in the library",
) -> Change:
    """Change the library's theme (what visits that select it later start from, and what visits that
    have it are told is newer). Fields left out (None) stay as they are. A theme keeps a title."""
    return update(store, "themes", theme_id, label, **_theme_changes(title, summary, talking_points))


def _theme_changes(title: str | None, summary: str | None, talking_points: list[str] | None) -> dict[str, Any]:
    """A theme's texts to change, the library's or a visit's: those given (not None). A title keeps
    its words with single spaces and is never blank; talking points are a list of texts."""
    changes: dict[str, Any] = {}
    if title is not None:
        title = " ".join(title.split())
        if not title:
            raise InvalidFile("a theme needs a title")
        changes["title"] = title
    if summary is not None:
        changes["summary"] = summary
    if talking_points is not None:
        if not isinstance(talking_points, list) or not all(isinstance(p, str) for p in talking_points):
            raise TypeError("talking_points: a list of texts")
        changes["talking_points"] = repo.encode_points([p.replace("\x00", "") for p in talking_points])
    return changes


def copy_theme_points_from_visit(store: Store, theme_id: int, visit_id: int) -> Change:
    """The library's theme takes the talking points a visit wrote for it (e.g. the visit that used it
    last, ``repo.theme_last_used``). Visits keep their own."""
    with store.transaction():
        theme = _exists(store, "themes", theme_id, "theme")
        row = store.conn.execute(
            "SELECT talking_points FROM visit_themes WHERE visit_id = ? AND theme_id = ?", (visit_id, theme_id)
        ).fetchone()
        if row is None:
            raise NotFound(f"theme {theme_id} is not in visit {visit_id}")
        rec = _Recorder(store, "Copy talking points into the library")
        rec.capture("themes", "id = ?", (theme_id,))
        value = repo.encode_points(repo.decode_points(row[0]))
        if repo.decode_points(theme["talking_points"]) != repo.decode_points(value):
            store.conn.execute("UPDATE themes SET talking_points = ? WHERE id = ?", (value, theme_id))
        return rec.finish(theme_id)


def create_theme(store: Store, title: str, summary: str = "") -> Change:
    with store.transaction():
        rec = _Recorder(store, "New theme")
        cursor = store.conn.execute(
            "INSERT INTO themes (title, summary) VALUES (?, ?)", (title.strip() or "—", summary)
        )
        rec.created("themes", cursor.lastrowid)
        return rec.finish(cursor.lastrowid)


__all__ = [
    "Change",
    "add_item",
    "add_participant",
    "add_visit_article",
    "add_visit_theme",
    "apply_library_details",
    "copy_theme_points_from_visit",
    "create_contact",
    "create_theme",
    "create_visit",
    "delete_item",
    "delete_visit",
    "duplicate_visit",
    "move_item",
    "redo",
    "remove_participant",
    "remove_visit_article",
    "remove_visit_theme",
    "reorder_participants",
    "reorder_visit_articles",
    "reorder_visit_themes",
    "set_article_full_text",
    "set_article_shareable",
    "set_item_contacts",
    "set_item_themes",
    "set_participant_precedence",
    "set_participant_role",
    "undo",
    "update",
    "update_contact",
    "update_library_theme",
    "update_participant",
    "update_theme",
    "update_visit_theme",
]
