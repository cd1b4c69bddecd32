"""Paged list queries for the app's lists: a page of rows at a time, so a library of 100,000
articles or contacts opens at once and scrolls smoothly (the item models fetch more on demand).

They return the model's own summaries (VisitSummary, ContactSummary, … in core/model.py): a few
fields of each model object, under the model's names. There is no separate row type."""

from __future__ import annotations

import datetime as dt
import unicodedata

from briefing.core.model import ArticleSummary, ContactSummary, Status, ThemeSummary, VisitSummary, stored_id
from briefing.core.store import Store


def _like(text: str) -> str:
    """A LIKE pattern for ``text``: its wildcard characters are taken literally."""
    text = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{text}%"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def visits(store: Store, text: str = "", when: str = "all", offset: int = 0, limit: int = 200) -> list[VisitSummary]:
    """Visits by start date; ``when``: all | upcoming (not yet ended) | past. ``text`` matches the title,
    delegation or location, case-insensitively."""
    today = dt.date.today().isoformat()
    where, params = ["1 = 1"], []
    if when == "upcoming":
        where.append("end_date >= ?")
        params.append(today)
    elif when == "past":
        where.append("end_date < ?")
        params.append(today)
    if text.strip():
        for word in text.split():
            where.append("(title LIKE ? ESCAPE '\\' OR delegation LIKE ? ESCAPE '\\' OR location LIKE ? ESCAPE '\\')")
            params += [_like(word)] * 3
    order = "start_date DESC, id DESC" if when == "past" else "start_date, id"
    rows = store.conn.execute(
        f"SELECT id, title, start_date, end_date, status, delegation FROM visits WHERE {' AND '.join(where)} "
        f"ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [VisitSummary(r[0], r[1], r[2], r[3], Status(r[4]), r[5]) for r in rows]


def contacts(store: Store, text: str = "", offset: int = 0, limit: int = 200) -> list[ContactSummary]:
    """Contacts by name; ``text`` words must start words of the name, function, organisation or e-mail
    (case and accents ignored)."""
    sql = (
        "SELECT c.id, c.name, c.name_latin, c.function, coalesce(o.name, ''), c.email, c.phone "
        "FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id ORDER BY c.name COLLATE NOCASE, c.id"
    )
    if not text.strip():
        rows = store.conn.execute(sql + " LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return [ContactSummary(*r) for r in rows]
    from briefing.core.store.search import search_contacts

    found = search_contacts(store, text)[offset : offset + limit]
    rows = []
    for c, org in found:
        organisation = org.name if org else ""
        rows.append(ContactSummary(stored_id(c.id), c.name, c.name_latin, c.function, organisation, c.email, c.phone))
    return rows


def articles(store: Store, text: str = "", offset: int = 0, limit: int = 200) -> list[ArticleSummary]:
    """Articles, newest first; with ``text``, the full-text search's hits, best first."""
    if text.strip():
        from briefing.core.store.search import search

        hits = search(store, text, limit=offset + limit).hits[offset:]
        if not hits:
            return []
        ids = [h.id for h in hits]
        marks = ",".join("?" * len(ids))
        source = {r[0]: r[1] for r in store.conn.execute(f"SELECT id, source FROM articles WHERE id IN ({marks})", ids)}
        return [ArticleSummary(h.id, h.title, h.published, source.get(h.id, "")) for h in hits]
    rows = store.conn.execute(
        "SELECT id, title, published, source FROM articles ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return [ArticleSummary(*r) for r in rows]


def themes(store: Store, text: str = "", offset: int = 0, limit: int = 200) -> list[ThemeSummary]:
    rows = store.conn.execute("SELECT id, title, summary FROM themes ORDER BY title COLLATE NOCASE, id").fetchall()
    if text.strip():
        words = _fold(text).split()
        rows = [r for r in rows if all(w in _fold(f"{r[1]} {r[2]}") for w in words)]
    return [ThemeSummary(*r) for r in rows[offset : offset + limit]]


# The name ui/pages/people.py still uses in an annotation; it goes when that page uses ContactSummary.

__all__ = ["articles", "contacts", "themes", "visits"]
