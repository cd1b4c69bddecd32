"""Every export of a visit's pack is recorded (date, format, options, a hash of its content, and a
snapshot of the programme and people), so before exporting again the officer sees what changed
since: programme items added, moved or removed, people added or removed.

The pack's version counts up per visit and reader (internal, external, escort), not per language or
format: the Dutch PDF and the French DOCX of the same content are the same version. A PDF or DOCX
export records its version, its date and a fingerprint of what its reader sees (``fingerprint``);
the next export is a new version only when that fingerprint changed. Exporting the same content
again (another language, another format, a lost file printed anew) keeps the version and its date:
the pages are the same, and a new number would send the reader looking for changes there are none
of. A new version opens with what changed in the programme and the people since the reader's last
version (``edition``, the page ``assemble`` prints after the cover)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from briefing.core.model import VisitBundle
from briefing.core.pack.document import Span
from briefing.core.store import Store, repo

if TYPE_CHECKING:
    from briefing.core.pack.assemble import Edition, PackOptions

OPTION_KEYS = ("lang", "audience", "sections", "summaries_only")
VERSIONED_FORMATS = ("pdf", "docx")  # the formats that print a version (a calendar prints none)


@dataclass(frozen=True)
class ExportRecord:
    id: int
    exported: str  # UTC, ISO
    format: str
    options: dict[str, Any]
    content_hash: str
    target: str


def snapshot(bundle: VisitBundle) -> dict[str, Any]:
    """What the history compares: each item's day, times and title; each person's name, role and
    Latin name (a snapshot recorded before the Latin name has two values a person)."""
    people = {}
    for p in bundle.participants:
        contact = bundle.contacts.get(p.contact_id)
        people[str(p.contact_id)] = [
            contact.name if contact else "",
            str(p.role),
            contact.name_latin if contact else "",
        ]
    return {"items": {str(i.id): [i.date, i.start, i.end, i.title] for i in bundle.items}, "people": people}


def options_dict(options: PackOptions) -> dict[str, Any]:
    values = {k: getattr(options, k) for k in OPTION_KEYS}
    values["sections"] = list(values["sections"])
    return values


def content_hash(bundle: VisitBundle, options: PackOptions) -> str:
    """A hash of everything the pack is made from (not of the file: PDFs carry their creation time)."""
    return _hash(bundle, options_dict(options))


def _hash(bundle: VisitBundle, options: dict[str, Any]) -> str:
    from briefing.core.interchange.visit_file import dumps

    text = dumps(bundle) + json.dumps(options, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _same_hash(bundle: VisitBundle, options: dict[str, Any], recorded: str) -> bool:
    return _hash(bundle, options) == recorded


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
    shot = snapshot(bundle)
    if fmt in VERSIONED_FORMATS and options.edition is not None:  # the version the file prints
        e = options.edition
        shot["edition"] = {"version": e.version, "date": e.date, "fingerprint": e.fingerprint}
    elif fmt in VERSIONED_FORMATS and options.version.isdigit() and int(options.version) > 0:  # a version given
        shot["edition"] = {"version": int(options.version), "date": options.date, "fingerprint": ""}
    with store.transaction():
        cursor = store.conn.execute(
            "INSERT INTO pack_exports (visit_id, format, options, content_hash, snapshot, target) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                visit_id,
                fmt,
                json.dumps(options_dict(options)),
                content_hash(bundle, options),
                json.dumps(shot, ensure_ascii=False),
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
    A person's change also carries name_latin when the person's name has a Latin spelling.
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
    return compare(json.loads(row[0]), snapshot(repo.visit_bundle(store, visit_id)))


def _person(value: Any) -> tuple[str, str, str]:
    """A snapshot's person: name, role and Latin name (older snapshots have no Latin name)."""
    name, role, latin = [*(value if isinstance(value, list) else []), "", "", ""][:3]
    return str(name), str(role), str(latin)


def compare(before: dict[str, Any], now: dict[str, Any]) -> list[ChangeSinceExport]:
    """The changes from one snapshot to another: items added, moved, renamed, removed; people added,
    in another role, removed."""
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
    for key, value in new_people.items():
        name, role, latin = _person(value)
        if key not in old_people:
            add("person_added", name=name, role=role, **_latin(latin))
        elif _person(old_people[key])[1] != role:
            add("person_role_changed", name=name, before=_person(old_people[key])[1], after=role, **_latin(latin))
    for key, value in old_people.items():
        if key not in new_people:  # an erased person's name is "" in the snapshots
            name, role, latin = _person(value)
            add("person_removed", name=name, role=role, **_latin(latin))
    return out


def _latin(name_latin: str) -> dict[str, str]:
    return {"name_latin": name_latin} if name_latin else {}


def fingerprint(bundle: VisitBundle, audience: str) -> str:
    """A hash of what ``audience`` sees of the visit: every section of its pack, with the version,
    the date and the house style left out, in one language (the same content in Dutch and in French
    is the same version). A change the reader does not see (our notes, for the delegation) leaves it."""
    from briefing.core.pack.assemble import PackOptions, assemble

    document = assemble(bundle, PackOptions(lang="en", audience=audience, version="0", date="2000-01-01"))
    out: list[str] = []
    _serial(document, out)
    return hashlib.sha256("".join(out).encode("utf-8", "surrogatepass")).hexdigest()


_FIELDS: dict[type, tuple[str, ...]] = {}


def _serial(value: Any, out: list[str]) -> None:
    """The document as text, every field of every block (a few times faster than its repr: a
    pack's thousands of spans are the bulk). Separators keep two documents' texts apart."""
    kind = type(value)
    if kind is Span:
        out.append(value.text)
        out.append(f"\x1d{value.bold:d}{value.italic:d}{value.muted:d}")
    elif kind is str:
        out.append(value)
        out.append("\x1f")
    elif kind is list or kind is tuple:
        out.append("\x1e[")
        for item in value:
            _serial(item, out)
        out.append("]\x1e")
    elif is_dataclass(value):
        names = _FIELDS.get(kind) or _FIELDS.setdefault(kind, tuple(f.name for f in fields(value)))
        out.append(kind.__name__)
        for name in names:
            _serial(getattr(value, name), out)
    else:
        out.append(repr(sorted(value)) if kind is set else repr(value))
        out.append("\x1f")


@dataclass(frozen=True)
class _Earlier:
    id: int
    version: int
    date: str
    same: Callable[[], bool]  # whether it shows what the reader would see now


def _local_date(exported: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(exported.replace("Z", "+00:00"))
    except ValueError:
        return exported[:10]
    return moment.astimezone().date().isoformat()


def _earlier_versions(store: Store, visit_id: int, bundle: VisitBundle, audience: str, mark: str) -> Iterator[_Earlier]:
    """The reader's earlier PDF and DOCX exports, newest first, as versions."""
    rows = store.conn.execute(
        "SELECT id, exported, options, content_hash, "
        "CASE WHEN json_valid(snapshot) THEN json_extract(snapshot, '$.edition') END FROM pack_exports "
        f"WHERE visit_id = ? AND format IN ({', '.join('?' * len(VERSIONED_FORMATS))}) "
        "ORDER BY exported DESC, id DESC",
        (visit_id, *VERSIONED_FORMATS),
    ).fetchall()
    for row_id, exported, options_text, recorded_hash, edition_text in rows:
        try:
            options = json.loads(options_text)
            edition = json.loads(edition_text) if edition_text else None
        except (TypeError, ValueError):
            continue
        if not isinstance(options, dict) or options.get("audience", "internal") != audience:
            continue
        if isinstance(edition, dict) and isinstance(edition.get("version"), int) and edition["version"] > 0:
            printed = str(edition.get("fingerprint", ""))
            same = partial(operator.eq, printed, mark)
            yield _Earlier(row_id, edition["version"], str(edition.get("date", "")), same)
        else:  # printed "version 1" before versions counted: the same when everything it was made from is
            yield _Earlier(row_id, 1, _local_date(exported), partial(_same_hash, bundle, options, recorded_hash))


def edition(store: Store, visit_id: int, bundle: VisitBundle, options: PackOptions) -> Edition:
    """The version a PDF or DOCX of ``bundle`` for ``options.audience`` is: the reader's last one when
    what the reader sees is unchanged since (with that version's date), else the next one (dated
    ``options.date``, or today). With it, the changes in the programme and the people since the
    reader's version before it (none on a first version)."""
    from briefing.core.pack.assemble import Edition

    mark = fingerprint(bundle, options.audience)
    earlier = _earlier_versions(store, visit_id, bundle, options.audience, mark)
    latest = next(earlier, None)
    if latest is None:
        return Edition(1, options.date or dt.date.today().isoformat(), mark)
    if latest.same():  # printed again: the same version, against the same earlier one
        number, date = latest.version, latest.date
        base = next((e for e in earlier if e.version < number), None)
    else:
        number, date, base = latest.version + 1, options.date or dt.date.today().isoformat(), latest
    if base is None:
        return Edition(number, date, mark)
    row = store.conn.execute("SELECT snapshot FROM pack_exports WHERE id = ?", (base.id,)).fetchone()
    try:
        before = json.loads(row[0])
    except (TypeError, ValueError):
        before = None
    if not (isinstance(before, dict) and all(isinstance(before.get(k), dict) for k in ("items", "people"))):
        return Edition(number, date, mark)  # an unreadable record: no list of changes rather than a wrong one
    try:
        changes = compare(before, snapshot(bundle))
    except (TypeError, ValueError, AttributeError):  # a record in a shape Briefing never wrote
        return Edition(number, date, mark)
    return Edition(number, date, mark, since=base.version, since_date=base.date, changes=tuple(changes))


def with_edition(store: Store, visit_id: int, bundle: VisitBundle, options: PackOptions) -> PackOptions:
    """The options with the pack's version (and its date, and what changed) from the history, unless
    they name a version of their own."""
    if options.version:
        return options
    e = edition(store, visit_id, bundle, options)
    return replace(options, version=str(e.version), date=options.date or e.date, edition=e)


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
    "compare",
    "content_hash",
    "edition",
    "fingerprint",
    "history",
    "load_options",
    "record_export",
    "save_options",
    "snapshot",
    "with_edition",
]
