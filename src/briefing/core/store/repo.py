"""Queries over the store. Reads return domain dataclasses; writes expect an open transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from briefing.core.errors import NotFound
from briefing.core.model import (
    ROLE_ORDER,
    Article,
    Contact,
    Direction,
    Organisation,
    Participant,
    ProgrammeItem,
    Role,
    Status,
    Theme,
    Visit,
    VisitBundle,
    stored_id,
)
from briefing.core.store.connection import Store

# ---------------------------------------------------------------- row mapping


def _visit(row: sqlite3.Row) -> Visit:
    return Visit(
        id=row["id"],
        title=row["title"],
        start=row["start_date"],
        end=row["end_date"],
        delegation=row["delegation"],
        country=row["country"],
        direction=Direction(row["direction"]),
        host=row["host"],
        location=row["location"],
        purpose=row["purpose"],
        classification=row["classification"],
        status=Status(row["status"]),
    )


def _contact(row: sqlite3.Row) -> Contact:
    return Contact(
        id=row["id"],
        name=row["name"],
        name_latin=row["name_latin"],
        title=row["title"],
        function=row["function"],
        organisation_id=row["organisation_id"],
        email=row["email"],
        phone=row["phone"],
        notes=row["notes"],
    )


def _organisation(row: sqlite3.Row) -> Organisation:
    return Organisation(id=row["id"], name=row["name"], country=row["country"], notes=row["notes"])


def encode_points(points: Sequence[str]) -> str:
    """A theme's talking points as the store keeps them (a JSON list of strings): the one place
    that writes the format, with ``decode_points`` the one that reads it."""
    if isinstance(points, str):  # a str is a sequence of one-letter points: never what is meant
        raise TypeError("talking points are a list of strings, not one string")
    return json.dumps([str(p) for p in points], ensure_ascii=False)


def decode_points(text: str | None) -> list[str]:
    """The talking points a stored value holds; anything but a JSON list reads as none."""
    try:
        points = json.loads(text or "[]")
    except ValueError:
        return []
    if not isinstance(points, list):
        return []
    return [str(p) for p in points]


def _theme(row: sqlite3.Row) -> Theme:
    return Theme(
        id=row["id"], title=row["title"], summary=row["summary"], talking_points=decode_points(row["talking_points"])
    )


def _article(row: sqlite3.Row, theme_ids: list[int] | None = None) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        published=row["published"],
        source=row["source"],
        url=row["url"],
        summary=row["summary"],
        body=row["body"],
        theme_ids=theme_ids or [],
    )


def _in(ids: Collection[int]) -> str:
    return ",".join("?" * len(ids))


def _insert(store: Store, table: str, values: dict[str, Any]) -> int:
    """Insert one row into ``table``; its id."""
    row_id = store.db.table(table).insert(values).last_pk
    assert isinstance(row_id, int), f"{table}: no id for the new row"
    return row_id


# ---------------------------------------------------------------- visits


def list_visits(store: Store) -> list[Visit]:
    rows = store.query("SELECT * FROM visits ORDER BY start_date, end_date, id")
    return [_visit(r) for r in rows]


def get_visit(store: Store, visit_id: int) -> Visit:
    rows = store.query("SELECT * FROM visits WHERE id = ?", (visit_id,))
    if not rows:
        raise NotFound(f"no visit with id {visit_id}")
    return _visit(rows[0])


def find_visit(store: Store, title: str, start: str) -> int | None:
    row = store.conn.execute(
        "SELECT id FROM visits WHERE title = ? AND start_date = ? ORDER BY id LIMIT 1", (title, start)
    ).fetchone()
    return row[0] if row else None


def add_visit(store: Store, visit: Visit) -> int:
    return _insert(
        store,
        "visits",
        {
            "title": visit.title,
            "start_date": visit.start,
            "end_date": visit.end,
            "delegation": visit.delegation,
            "country": visit.country,
            "direction": str(visit.direction),
            "host": visit.host,
            "location": visit.location,
            "purpose": visit.purpose,
            "classification": visit.classification,
            "status": str(visit.status),
        },
    )


def add_participant(store: Store, visit_id: int, participant: Participant) -> None:
    store.conn.execute(
        "INSERT OR REPLACE INTO participants (visit_id, contact_id, role, position) VALUES (?, ?, ?, ?)",
        (visit_id, participant.contact_id, str(participant.role), participant.position),
    )


def add_visit_theme(store: Store, visit_id: int, theme_id: int, position: int) -> None:
    store.conn.execute(
        "INSERT OR IGNORE INTO visit_themes (visit_id, theme_id, position) VALUES (?, ?, ?)",
        (visit_id, theme_id, position),
    )


def add_visit_article(
    store: Store, visit_id: int, article_id: int, position: int, full_text: bool = True, shareable: bool = False
) -> None:
    store.conn.execute(
        "INSERT OR IGNORE INTO visit_articles (visit_id, article_id, position, full_text, shareable) "
        "VALUES (?, ?, ?, ?, ?)",
        (visit_id, article_id, position, int(full_text), int(shareable)),
    )


def add_programme_item(store: Store, visit_id: int, item: ProgrammeItem) -> int:
    item_id = _insert(
        store,
        "programme_items",
        {
            "visit_id": visit_id,
            "date": item.date,
            "start_time": item.start,
            "end_time": item.end,
            "title": item.title,
            "location": item.location,
            "kind": item.kind,
            "description": item.description,
            "position": item.position,
        },
    )
    for pos, contact_id in enumerate(dict.fromkeys(item.contact_ids)):
        store.conn.execute(
            "INSERT INTO item_contacts (item_id, contact_id, position) VALUES (?, ?, ?)", (item_id, contact_id, pos)
        )
    for pos, theme_id in enumerate(dict.fromkeys(item.theme_ids)):
        store.conn.execute(
            "INSERT INTO item_themes (item_id, theme_id, position) VALUES (?, ?, ?)", (item_id, theme_id, pos)
        )
    return item_id


def visit_bundle(store: Store, visit_id: int) -> VisitBundle:
    """Everything one visit selects, read in one snapshot."""
    conn = store.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # a read transaction: one consistent snapshot
    try:
        visit = get_visit(store, visit_id)
        participants = [
            Participant(contact_id=r["contact_id"], role=Role(r["role"]), position=r["position"])
            for r in conn.execute(
                "SELECT contact_id, role, position FROM participants WHERE visit_id = ? ORDER BY position, contact_id",
                (visit_id,),
            )
        ]
        participants.sort(key=lambda p: (ROLE_ORDER[p.role], p.position))

        items: list[ProgrammeItem] = []
        for r in conn.execute(
            "SELECT * FROM programme_items WHERE visit_id = ? "
            "ORDER BY date = '', date, start_time = '', start_time, position, id",
            (visit_id,),
        ):
            items.append(
                ProgrammeItem(
                    id=r["id"],
                    date=r["date"],
                    start=r["start_time"],
                    end=r["end_time"],
                    title=r["title"],
                    location=r["location"],
                    kind=r["kind"],
                    description=r["description"],
                    position=r["position"],
                )
            )
        by_item = {item.id: item for item in items}
        for r in conn.execute(
            "SELECT ic.item_id, ic.contact_id FROM item_contacts ic JOIN programme_items p ON p.id = ic.item_id "
            "WHERE p.visit_id = ? ORDER BY ic.item_id, ic.position",
            (visit_id,),
        ):
            by_item[r[0]].contact_ids.append(r[1])
        for r in conn.execute(
            "SELECT it.item_id, it.theme_id FROM item_themes it JOIN programme_items p ON p.id = it.item_id "
            "WHERE p.visit_id = ? ORDER BY it.item_id, it.position",
            (visit_id,),
        ):
            by_item[r[0]].theme_ids.append(r[1])

        contact_ids = {p.contact_id for p in participants} | {c for i in items for c in i.contact_ids}
        contacts = {
            r["id"]: _contact(r)
            for r in conn.execute(f"SELECT * FROM contacts WHERE id IN ({_in(contact_ids)})", tuple(contact_ids))
        }
        org_ids = {c.organisation_id for c in contacts.values() if c.organisation_id is not None}
        organisations = {
            r["id"]: _organisation(r)
            for r in conn.execute(f"SELECT * FROM organisations WHERE id IN ({_in(org_ids)})", tuple(org_ids))
        }

        articles: list[Article] = []
        full_text: dict[int, bool] = {}
        shareable: dict[int, bool] = {}
        for r in conn.execute(
            "SELECT a.*, va.full_text AS va_full_text, va.shareable AS va_shareable "
            "FROM visit_articles va JOIN articles a ON a.id = va.article_id "
            "WHERE va.visit_id = ? ORDER BY va.position, a.id",
            (visit_id,),
        ):
            articles.append(_article(r))
            full_text[r["id"]] = bool(r["va_full_text"])
            shareable[r["id"]] = bool(r["va_shareable"])
        by_article = {stored_id(a.id): a for a in articles}
        if by_article:
            for r in conn.execute(
                f"SELECT article_id, theme_id FROM article_themes WHERE article_id IN ({_in(by_article)}) "
                "ORDER BY article_id, theme_id",
                tuple(by_article),
            ):
                by_article[r[0]].theme_ids.append(r[1])

        themes = [
            _theme(r)
            for r in conn.execute(
                "SELECT t.* FROM visit_themes vt JOIN themes t ON t.id = vt.theme_id "
                "WHERE vt.visit_id = ? ORDER BY vt.position, t.id",
                (visit_id,),
            )
        ]
        named = [t for i in items for t in i.theme_ids] + [t for a in articles for t in a.theme_ids]
        extra = [t for t in dict.fromkeys(named) if t not in {theme.id for theme in themes}]
        if extra:
            rows = {r["id"]: r for r in conn.execute(f"SELECT * FROM themes WHERE id IN ({_in(extra)})", tuple(extra))}
            themes.extend(_theme(rows[t]) for t in extra)
    finally:
        if own:
            conn.execute("COMMIT")
    return VisitBundle(
        visit=visit,
        participants=participants,
        contacts=contacts,
        organisations=organisations,
        themes=themes,
        items=items,
        articles=articles,
        full_text=full_text,
        shareable=shareable,
    )


def visit_theme_ids(store: Store, visit_id: int) -> list[int]:
    """The themes the visit itself selects, in its order (not those only items or articles name)."""
    rows = store.conn.execute(
        "SELECT theme_id FROM visit_themes WHERE visit_id = ? ORDER BY position, theme_id", (visit_id,)
    )
    return [r[0] for r in rows]


def visit_article_ids(store: Store, visit_id: int) -> list[int]:
    """The articles the visit selects, in its order."""
    rows = store.conn.execute(
        "SELECT article_id FROM visit_articles WHERE visit_id = ? ORDER BY position, article_id", (visit_id,)
    )
    return [r[0] for r in rows]


# ---------------------------------------------------------------- the library


def get_contact(store: Store, contact_id: int) -> Contact:
    row = store.conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise NotFound(f"no contact with id {contact_id}")
    return _contact(row)


def get_theme(store: Store, theme_id: int) -> Theme:
    row = store.conn.execute("SELECT * FROM themes WHERE id = ?", (theme_id,)).fetchone()
    if row is None:
        raise NotFound(f"no theme with id {theme_id}")
    return _theme(row)


def get_article(store: Store, article_id: int) -> Article:
    """One article, its text and the themes it is filed under."""
    row = store.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise NotFound(f"no article with id {article_id}")
    theme_ids = [
        r[0]
        for r in store.conn.execute(
            "SELECT theme_id FROM article_themes WHERE article_id = ? ORDER BY theme_id", (article_id,)
        )
    ]
    return _article(row, theme_ids)


def organisation_names(store: Store) -> list[str]:
    """Every organisation's name once, alphabetically (case ignored)."""
    rows = store.conn.execute("SELECT DISTINCT name FROM organisations ORDER BY name COLLATE NOCASE")
    return [r[0] for r in rows]


def find_organisation(store: Store, name: str) -> int | None:
    """The first organisation called ``name`` (case ignored, outer spaces too), or None."""
    row = store.conn.execute(
        "SELECT id FROM organisations WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1", (name.strip(),)
    ).fetchone()
    return row[0] if row else None


def list_articles(store: Store) -> list[Article]:
    rows = store.query("SELECT * FROM articles ORDER BY published DESC, title, id")
    return [_article(r) for r in rows]


def list_contacts(store: Store) -> list[tuple[Contact, Organisation | None]]:
    rows = store.query(
        "SELECT c.*, o.id AS o_id, o.name AS o_name, o.country AS o_country, o.notes AS o_notes "
        "FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id ORDER BY c.name COLLATE NOCASE, c.id"
    )
    out = []
    for r in rows:
        org = (
            Organisation(id=r["o_id"], name=r["o_name"], country=r["o_country"], notes=r["o_notes"])
            if r["o_id"] is not None
            else None
        )
        out.append((_contact(r), org))
    return out


def _fill_blanks(store: Store, table: str, row_id: int, existing: Mapping[str, Any], values: dict[str, str]) -> None:
    """Give a reused library row the values it lacks; what it already holds is kept."""
    missing = {k: v for k, v in values.items() if v and not existing[k]}
    if missing:
        store.db.table(table).update(row_id, missing)


def find_or_add_organisation(store: Store, org: Organisation) -> int:
    row = store.conn.execute("SELECT * FROM organisations WHERE name = ? ORDER BY id LIMIT 1", (org.name,)).fetchone()
    if row:
        org_id: int = row["id"]
        _fill_blanks(store, "organisations", org_id, row, {"country": org.country, "notes": org.notes})
        return org_id
    return _insert(store, "organisations", {"name": org.name, "country": org.country, "notes": org.notes})


def find_or_add_contact(store: Store, contact: Contact) -> int:
    """The same person is one contact: same e-mail address, else same name and organisation."""
    row = None
    if contact.email.strip():
        # "email <> ''" is the partial index's own condition: without it SQLite cannot use the index
        row = store.conn.execute(
            "SELECT * FROM contacts WHERE email = ? COLLATE NOCASE AND email <> '' ORDER BY id LIMIT 1",
            (contact.email.strip(),),
        ).fetchone()
    if row is None:
        # the unary + keeps SQLite on the name index: many contacts share one organisation (or none)
        row = store.conn.execute(
            "SELECT * FROM contacts WHERE name = ? AND +organisation_id IS ? ORDER BY id LIMIT 1",
            (contact.name, contact.organisation_id),
        ).fetchone()
    fields = {
        "name_latin": contact.name_latin,
        "title": contact.title,
        "function": contact.function,
        "email": contact.email,
        "phone": contact.phone,
        "notes": contact.notes,
    }
    if row:
        from briefing.core.privacy import not_a_name

        contact_id: int = row["id"]
        existing: Mapping[str, Any] = row
        if not not_a_name(contact.name):  # a contact imported without a name (or with its address) gets one
            fields["name"] = contact.name
            if not_a_name(row["name"]):
                existing = {**dict(row), "name": ""}
        _fill_blanks(store, "contacts", contact_id, existing, fields)
        return contact_id
    return _insert(store, "contacts", {"name": contact.name, "organisation_id": contact.organisation_id, **fields})


def find_or_add_theme(store: Store, theme: Theme) -> int:
    row = store.conn.execute("SELECT * FROM themes WHERE title = ? ORDER BY id LIMIT 1", (theme.title,)).fetchone()
    if row:
        values = {"summary": theme.summary}
        if theme.talking_points and row["talking_points"] in ("", "[]"):
            values["talking_points"] = encode_points(theme.talking_points)
        theme_id: int = row["id"]
        _fill_blanks(store, "themes", theme_id, row, values)
        return theme_id
    return _insert(
        store,
        "themes",
        {
            "title": theme.title,
            "summary": theme.summary,
            "talking_points": encode_points(theme.talking_points),
        },
    )


def find_or_add_article(store: Store, article: Article) -> int:
    row = store.conn.execute(
        "SELECT * FROM articles WHERE title = ? AND published = ? ORDER BY id LIMIT 1",
        (article.title, article.published),
    ).fetchone()
    article_id: int
    if row:
        article_id = row["id"]
        _fill_blanks(
            store,
            "articles",
            article_id,
            row,
            {"source": article.source, "url": article.url, "summary": article.summary, "body": article.body},
        )
    else:
        article_id = _insert(
            store,
            "articles",
            {
                "title": article.title,
                "published": article.published,
                "source": article.source,
                "url": article.url,
                "summary": article.summary,
                "body": article.body,
            },
        )
    for theme_id in article.theme_ids:
        store.conn.execute(
            "INSERT OR IGNORE INTO article_themes (article_id, theme_id) VALUES (?, ?)", (article_id, theme_id)
        )
    return article_id
