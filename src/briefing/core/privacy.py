"""Contacts are personal data: erasing a person everywhere, and finding those kept too long."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from briefing.core.errors import NotFound
from briefing.core.store import Store


@dataclass
class Erasure:
    name: str
    visits: list[str] = field(default_factory=list)  # visits the person was taken off
    items: int = 0  # programme items the person was taken off
    mentions: list[str] = field(default_factory=list)  # free text that still names the person
    backups: list[Path] = field(default_factory=list)  # backups that still hold the person


def erase_contact(store: Store, contact_id: int) -> Erasure:
    """Remove a person from the store: the contact, their place in every visit and programme item.
    Deleted content is overwritten (secure_delete) and the write-ahead log emptied. Free text that
    still names them, and the backups that still hold them, are listed for the officer."""
    from briefing.core.backup import list_backups

    row = store.conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise NotFound(f"no contact {contact_id}")
    erasure = Erasure(row["name"])
    erasure.visits = [
        r[0]
        for r in store.conn.execute(
            "SELECT v.title FROM participants p JOIN visits v ON v.id = p.visit_id WHERE p.contact_id = ? "
            "ORDER BY v.start_date",
            (contact_id,),
        )
    ]
    erasure.items = store.conn.execute(
        "SELECT count(*) FROM item_contacts WHERE contact_id = ?", (contact_id,)
    ).fetchone()[0]
    store.conn.execute("PRAGMA secure_delete = ON")
    try:
        with store.transaction():
            store.conn.execute("DELETE FROM item_contacts WHERE contact_id = ?", (contact_id,))
            store.conn.execute("DELETE FROM participants WHERE contact_id = ?", (contact_id,))
            store.conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.conn.execute("PRAGMA secure_delete = OFF")
    names = [n for n in {row["name"].strip(), row["name_latin"].strip()} if len(n) >= 3]
    for name in names:
        pattern = f"%{name}%"
        for table, column, label in (
            ("visits", "purpose", "visit purpose"),
            ("visits", "delegation", "visit delegation"),
            ("programme_items", "description", "programme item"),
            ("programme_items", "title", "programme item"),
            ("contacts", "notes", "contact notes"),
            ("themes", "summary", "theme"),
            ("articles", "body", "article"),
        ):
            key = "title" if table in ("visits", "programme_items", "themes", "articles") else "name"
            for hit in store.conn.execute(f"SELECT id, {key} FROM {table} WHERE {column} LIKE ?", (pattern,)):
                erasure.mentions.append(f"{label} {hit[0]} ({hit[1]})")
    for backup in list_backups(store.path):
        try:
            conn = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
            try:
                held = conn.execute(
                    "SELECT count(*) FROM contacts WHERE id = ? OR (name = ? AND name <> '') "
                    "OR (email = ? AND email <> '')",
                    (contact_id, row["name"], row["email"]),
                ).fetchone()[0]
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            continue
        if held:
            erasure.backups.append(backup.path)
    return erasure


@dataclass(frozen=True)
class Stale:
    id: int
    name: str
    organisation: str
    last_visit: str  # end date of the last visit they were in, "" if none


def stale_contacts(store: Store, months: int, today: dt.date | None = None) -> list[Stale]:
    """Contacts in no visit that ended in the last ``months`` months (nor any later visit), and
    not added or changed in that time: candidates for erasure under a retention rule."""
    today = today or dt.date.today()
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    cutoff = dt.date(year, month + 1, min(today.day, 28)).isoformat()
    rows = store.conn.execute(
        "SELECT c.id, c.name, coalesce(o.name, ''), "
        "coalesce((SELECT max(v.end_date) FROM participants p JOIN visits v ON v.id = p.visit_id "
        "          WHERE p.contact_id = c.id), '') AS last_visit, c.updated "
        "FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id ORDER BY c.name COLLATE NOCASE",
    ).fetchall()
    return [Stale(r[0], r[1], r[2], r[3]) for r in rows if (r[3] or "") < cutoff and (r[4] or "")[:10] < cutoff]


__all__ = ["Erasure", "Stale", "erase_contact", "stale_contacts"]
