"""Every export of a visit's pack is recorded (date, format, options, a hash of its content, and a
snapshot of the programme and people), so before exporting again the officer sees what changed
since: programme items added, moved or removed, people added or removed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing.core.model import VisitBundle
from briefing.core.store import Store, repo

if TYPE_CHECKING:
    from briefing.core.pack.assemble import PackOptions

OPTION_KEYS = ("lang", "audience", "sections", "summaries_only")


@dataclass(frozen=True)
class ExportRecord:
    id: int
    exported: str  # UTC, ISO
    format: str
    options: dict[str, Any]
    content_hash: str
    target: str


def snapshot(bundle: VisitBundle) -> dict[str, Any]:
    """What the history compares: each item's day, times and title; each person's name and role."""
    return {
        "items": {str(i.id): [i.date, i.start, i.end, i.title] for i in bundle.items},
        "people": {
            str(p.contact_id): [
                bundle.contacts[p.contact_id].name if p.contact_id in bundle.contacts else "",
                str(p.role),
            ]
            for p in bundle.participants
        },
    }


def options_dict(options: PackOptions) -> dict[str, Any]:
    values = {k: getattr(options, k) for k in OPTION_KEYS}
    values["sections"] = list(values["sections"])
    return values


def content_hash(bundle: VisitBundle, options: PackOptions) -> str:
    """A hash of everything the pack is made from (not of the file: PDFs carry their creation time)."""
    from briefing.core.interchange.visit_file import dumps

    text = dumps(bundle) + json.dumps(options_dict(options), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_export(
    store: Store,
    visit_id: int,
    fmt: str,
    options: PackOptions,
    target: str = "",
    publish: Callable[[], object] | None = None,
    bundle: VisitBundle | None = None,
) -> ExportRecord:
    """Record an export. ``publish`` (putting the exported file in place) runs inside the same
    transaction, after the row is written: the export is recorded exactly when the file is published.
    ``bundle`` is what the file was made from (else the visit is read now): the record describes it."""
    if bundle is None:
        bundle = repo.visit_bundle(store, visit_id)
    with store.transaction():
        cursor = store.conn.execute(
            "INSERT INTO pack_exports (visit_id, format, options, content_hash, snapshot, target) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                visit_id,
                fmt,
                json.dumps(options_dict(options)),
                content_hash(bundle, options),
                json.dumps(snapshot(bundle), ensure_ascii=False),
                str(target),
            ),
        )
        if publish is not None:
            publish()
    return history(store, visit_id, record_id=cursor.lastrowid)[0]


def history(store: Store, visit_id: int, record_id: int | None = None) -> list[ExportRecord]:
    """The visit's exports, newest first."""
    sql = "SELECT id, exported, format, options, content_hash, target FROM pack_exports WHERE visit_id = ?"
    params: list[Any] = [visit_id]
    if record_id is not None:
        sql += " AND id = ?"
        params.append(record_id)
    rows = store.conn.execute(sql + " ORDER BY exported DESC, id DESC", params).fetchall()
    return [ExportRecord(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5]) for r in rows]


@dataclass(frozen=True)
class ChangeSinceExport:
    """One change since the last export: a code and the values to word it with
    (``labels.change_text`` says it in the reader's language).

    codes and values: added, removed: title, when; moved: title, before, after; renamed: before,
    after (titles), when; person_added, person_removed: name ("" once erased), role;
    person_role_changed: name, before, after (roles). A "when" is (date, start, end), "" when unset.
    """

    code: str
    values: dict[str, Any]


def _when(item: list[str]) -> tuple[str, str, str]:
    date, start, end, _title = item
    return (date, start, end)


def changes_since_last_export(store: Store, visit_id: int) -> list[ChangeSinceExport]:
    """What the officer must tell the principal: changes to the programme and the people since the
    last export (an empty list when nothing changed, or nothing was exported yet)."""
    row = store.conn.execute(
        "SELECT snapshot FROM pack_exports WHERE visit_id = ? ORDER BY exported DESC, id DESC LIMIT 1", (visit_id,)
    ).fetchone()
    if row is None:
        return []
    before = json.loads(row[0])
    now = snapshot(repo.visit_bundle(store, visit_id))
    out: list[ChangeSinceExport] = []

    def add(code: str, **values: Any) -> None:
        out.append(ChangeSinceExport(code, values))

    old_items, new_items = before.get("items", {}), now["items"]
    for key, item in new_items.items():
        if key not in old_items:
            add("added", title=item[3], when=_when(item))
        elif old_items[key][:3] != item[:3]:
            add("moved", title=item[3], before=_when(old_items[key]), after=_when(item))
        elif old_items[key][3] != item[3]:
            add("renamed", before=old_items[key][3], after=item[3], when=_when(item))
    for key, item in old_items.items():
        if key not in new_items:
            add("removed", title=item[3], when=_when(item))
    old_people, new_people = before.get("people", {}), now["people"]
    for key, (name, role) in new_people.items():
        if key not in old_people:
            add("person_added", name=name, role=role)
        elif old_people[key][1] != role:
            add("person_role_changed", name=name, before=old_people[key][1], after=role)
    for key, (name, role) in old_people.items():
        if key not in new_people:  # an erased person's name is "" in the snapshots
            add("person_removed", name=name, role=role)
    return out


def save_options(store: Store, visit_id: int, values: dict[str, Any]) -> None:
    """The pack page's choices for a visit (language, audience, sections, …), kept in the store."""
    with store.transaction():
        store.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (f"pack_options/{visit_id}", json.dumps(values, ensure_ascii=False)),
        )


def load_options(store: Store, visit_id: int) -> dict[str, Any]:
    row = store.conn.execute("SELECT value FROM settings WHERE key = ?", (f"pack_options/{visit_id}",)).fetchone()
    try:
        return json.loads(row[0]) if row else {}
    except ValueError:
        return {}


__all__ = [
    "ChangeSinceExport",
    "ExportRecord",
    "changes_since_last_export",
    "content_hash",
    "history",
    "load_options",
    "record_export",
    "save_options",
    "snapshot",
]
