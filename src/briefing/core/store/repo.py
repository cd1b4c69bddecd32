"""Queries over the store. Reads return domain dataclasses; writes expect an open transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from briefing.core.errors import NotFound
from briefing.core.model import (
    Article,
    Contact,
    Direction,
    Organisation,
    Participant,
    Precedence,
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


def _contact(row: sqlite3.Row, key: str = "id") -> Contact:
    """A contact from its row in the library (``contacts``), or, with ``key="contact_id"``, a
    participant with the values it has for its visit (``participants``)."""
    return Contact(
        id=row[key],
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


def _theme(row: sqlite3.Row, key: str = "id") -> Theme:
    """A theme from its row in the library (``themes``), or, with ``key="theme_id"``, a theme with
    the texts it has for its visit (``visit_themes``)."""
    return Theme(
        id=row[key], title=row["title"], summary=row["summary"], talking_points=decode_points(row["talking_points"])
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


CONTACT_FIELDS = ("name", "name_latin", "title", "function", "organisation_id", "email", "phone", "notes")
THEME_FIELDS = ("title", "summary", "talking_points")


def _contact_values(contact: Contact) -> dict[str, Any]:
    return {name: getattr(contact, name) for name in CONTACT_FIELDS}


def _basis(values: dict[str, Any]) -> str:
    """The library's values a visit took, as the store keeps them (talking points as their JSON text)."""
    out = dict(values)
    if isinstance(out.get("talking_points"), list):
        out["talking_points"] = encode_points(out["talking_points"])
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def get_organisation(store: Store, organisation_id: int) -> Organisation:
    row = store.conn.execute("SELECT * FROM organisations WHERE id = ?", (organisation_id,)).fetchone()
    if row is None:
        raise NotFound(f"no organisation {organisation_id}")
    return _organisation(row)


def contact_basis(store: Store, contact_id: int) -> str:
    return _basis(_contact_values(get_contact(store, contact_id)))


def theme_basis(store: Store, theme_id: int) -> str:
    theme = get_theme(store, theme_id)
    return _basis({"title": theme.title, "summary": theme.summary, "talking_points": theme.talking_points})


def add_participant(
    store: Store,
    visit_id: int,
    participant: Participant,
    values: Contact | None = None,
    library: Contact | None = None,
) -> None:
    """Put a person on the visit with ``values`` as the visit's own (default: the library's), and the
    library's current values (``library``, read when not given) as what the visit took from it."""
    library = library if library is not None else get_contact(store, participant.contact_id)
    own = values if values is not None else library
    store.conn.execute(
        "INSERT OR REPLACE INTO participants (visit_id, contact_id, role, position, precedence, name, name_latin, "
        "title, function, organisation_id, email, phone, notes, library) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            visit_id, participant.contact_id, str(participant.role), participant.position,
            str(participant.precedence), own.name, own.name_latin, own.title, own.function, own.organisation_id,
            own.email, own.phone, own.notes, _basis(_contact_values(library)),
        ),
    )  # fmt: skip
    if own.organisation_id is not None:
        add_visit_organisation(store, visit_id, own.organisation_id)


def add_visit_organisation(
    store: Store, visit_id: int, organisation_id: int, position: int | None = None, values: Organisation | None = None
) -> None:
    """The visit's own copy of an organisation (default: the library's values); kept if already there."""
    own = values if values is not None else get_organisation(store, organisation_id)
    if position is None:
        position = store.conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM visit_organisations WHERE visit_id = ?", (visit_id,)
        ).fetchone()[0]
    store.conn.execute(
        "INSERT OR IGNORE INTO visit_organisations (visit_id, organisation_id, position, name, country, notes) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (visit_id, organisation_id, position, own.name, own.country, own.notes),
    )


def add_visit_theme(
    store: Store,
    visit_id: int,
    theme_id: int,
    position: int,
    values: Theme | None = None,
    library: Theme | None = None,
) -> None:
    """Select a theme for the visit with ``values`` as the visit's own texts (default: the library's),
    and the library's current texts (``library``, read when not given) as what the visit took."""
    library = library if library is not None else get_theme(store, theme_id)
    own = values if values is not None else library
    store.conn.execute(
        "INSERT OR IGNORE INTO visit_themes (visit_id, theme_id, position, title, summary, talking_points, library) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            visit_id, theme_id, position, own.title, own.summary, encode_points(own.talking_points),
            _basis({"title": library.title, "summary": library.summary, "talking_points": library.talking_points}),
        ),
    )  # fmt: skip


def add_visit_article(
    store: Store,
    visit_id: int,
    article_id: int,
    position: int,
    full_text: bool = True,
    theme_ids: list[int] | None = None,
    shareable: bool = False,
) -> None:
    """Select an article for the visit, linked to ``theme_ids`` for this visit (default: the themes the
    library links it to); ``shareable``: it may go into the delegation's pack."""
    store.conn.execute(
        "INSERT OR IGNORE INTO visit_articles (visit_id, article_id, position, full_text, shareable) "
        "VALUES (?, ?, ?, ?, ?)",
        (visit_id, article_id, position, int(full_text), int(shareable)),
    )
    if theme_ids is None:
        theme_ids = [
            r[0]
            for r in store.conn.execute(
                "SELECT theme_id FROM article_themes WHERE article_id = ? ORDER BY theme_id", (article_id,)
            )
        ]
    for theme_id in dict.fromkeys(theme_ids):
        store.conn.execute(
            "INSERT OR IGNORE INTO visit_article_themes (visit_id, article_id, theme_id) VALUES (?, ?, ?)",
            (visit_id, article_id, theme_id),
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
    """Everything one visit selects, read in one snapshot, with the visit's own values (not the library's)."""
    conn = store.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # a read transaction: one consistent snapshot
    try:
        visit = get_visit(store, visit_id)
        rows = conn.execute(
            "SELECT * FROM participants WHERE visit_id = ? ORDER BY position, contact_id", (visit_id,)
        ).fetchall()
        participants = [
            Participant(
                contact_id=r["contact_id"],
                role=Role(r["role"]),
                position=r["position"],
                precedence=Precedence(r["precedence"]),
            )
            for r in rows
        ]
        participants.sort(key=lambda p: p.rank)
        contacts = {r["contact_id"]: _contact(r, "contact_id") for r in rows}

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

        # people only programme items name (not on the visit's list): the library's values
        others = {c for i in items for c in i.contact_ids} - set(contacts)
        contacts.update(
            (r["id"], _contact(r))
            for r in conn.execute(f"SELECT * FROM contacts WHERE id IN ({_in(others)})", tuple(others))
        )
        org_ids = {c.organisation_id for c in contacts.values() if c.organisation_id is not None}
        organisations = {
            r["organisation_id"]: Organisation(
                id=r["organisation_id"], name=r["name"], country=r["country"], notes=r["notes"]
            )
            for r in conn.execute(
                "SELECT * FROM visit_organisations WHERE visit_id = ? ORDER BY position, organisation_id", (visit_id,)
            )
            if r["organisation_id"] in org_ids
        }
        missing = sorted(org_ids - set(organisations))
        organisations.update(
            (r["id"], _organisation(r))
            for r in conn.execute(f"SELECT * FROM organisations WHERE id IN ({_in(missing)}) ORDER BY id", missing)
        )

        themes = [
            _theme(r, "theme_id")
            for r in conn.execute(
                "SELECT * FROM visit_themes WHERE visit_id = ? ORDER BY position, theme_id", (visit_id,)
            )
        ]
        theme_order = {theme.id: n for n, theme in enumerate(themes)}

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
                "SELECT article_id, theme_id FROM visit_article_themes WHERE visit_id = ? "
                "ORDER BY article_id, theme_id",
                (visit_id,),
            ):
                if r[0] in by_article:
                    by_article[r[0]].theme_ids.append(r[1])
            for article in articles:  # the visit's theme order, then themes it did not select
                article.theme_ids.sort(key=lambda t: (theme_order.get(t, len(theme_order)), t))

        named = [t for i in items for t in i.theme_ids] + [t for a in articles for t in a.theme_ids]
        extra = [t for t in dict.fromkeys(named) if t not in theme_order]
        unselected: list[Theme] = []
        if extra:
            found = {r["id"]: r for r in conn.execute(f"SELECT * FROM themes WHERE id IN ({_in(extra)})", extra)}
            unselected = [_theme(found[t]) for t in extra if t in found]
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
        unselected_themes=unselected,
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


def _match_organisation(store: Store, org: Organisation) -> sqlite3.Row | None:
    row: sqlite3.Row | None = store.conn.execute(
        "SELECT * FROM organisations WHERE name = ? ORDER BY id LIMIT 1", (org.name,)
    ).fetchone()
    return row


def match_organisation(store: Store, org: Organisation) -> Organisation | None:
    """The library's organisation that ``org`` is (the same name), if any."""
    row = _match_organisation(store, org)
    return _organisation(row) if row else None


def find_or_add_organisation(store: Store, org: Organisation) -> int:
    row = _match_organisation(store, org)
    if row:
        org_id: int = row["id"]
        _fill_blanks(store, "organisations", org_id, dict(row), {"country": org.country, "notes": org.notes})
        return org_id
    return _insert(store, "organisations", {"name": org.name, "country": org.country, "notes": org.notes})


def _match_contact(store: Store, contact: Contact) -> sqlite3.Row | None:
    """The same person is one contact: same e-mail address, else same name and organisation."""
    row: sqlite3.Row | None = None
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
    return row


def match_contact(store: Store, contact: Contact) -> Contact | None:
    """The library's contact that ``contact`` is, if any (see find_or_add_contact)."""
    row = _match_contact(store, contact)
    return _contact(row) if row else None


def find_or_add_contact(store: Store, contact: Contact) -> int:
    """The same person is one contact: same e-mail address, else same name and organisation. A
    contact already in the library only gains the fields it lacked."""
    return merge_contact(store, contact)[0]


def merge_contact(store: Store, contact: Contact) -> tuple[int, Contact | None, Contact]:
    """find_or_add_contact, also giving the library's contact as it was (None when new) and as it is now."""
    row = _match_contact(store, contact)
    fields = {
        "name_latin": contact.name_latin,
        "title": contact.title,
        "function": contact.function,
        "email": contact.email,
        "phone": contact.phone,
        "notes": contact.notes,
    }
    if row is None:
        new = {"name": contact.name, "organisation_id": contact.organisation_id, **fields}
        contact_id = _insert(store, "contacts", new)
        return (
            contact_id,
            None,
            Contact(id=contact_id, name=contact.name, organisation_id=contact.organisation_id, **fields),
        )
    from briefing.core.privacy import not_a_name

    before = _contact(row)
    held = dict(row)
    if not not_a_name(contact.name):  # a contact imported without a name (or with its address) gets one
        fields["name"] = contact.name
        if not_a_name(held["name"]):
            held["name"] = ""
    gained: dict[str, Any] = {k: v for k, v in fields.items() if v and not held[k]}
    if held["organisation_id"] is None and contact.organisation_id is not None:
        gained["organisation_id"] = contact.organisation_id
    if gained:
        store.db.table("contacts").update(stored_id(before.id), gained)
    after = replace(before, **gained)
    return stored_id(before.id), before, after


def _match_theme(store: Store, theme: Theme) -> sqlite3.Row | None:
    row: sqlite3.Row | None = store.conn.execute(
        "SELECT * FROM themes WHERE title = ? ORDER BY id LIMIT 1", (theme.title,)
    ).fetchone()
    return row


def match_theme(store: Store, theme: Theme) -> Theme | None:
    """The library's theme that ``theme`` is (the same title), if any."""
    row = _match_theme(store, theme)
    return _theme(row) if row else None


def find_or_add_theme(store: Store, theme: Theme) -> int:
    return merge_theme(store, theme)[0]


def merge_theme(store: Store, theme: Theme) -> tuple[int, Theme | None, Theme]:
    """The library's theme of the same title, which only gains a summary or talking points it lacked,
    else a new one; also the library's theme as it was (None when new) and as it is now."""
    row = _match_theme(store, theme)
    if row is None:
        theme_id = _insert(
            store,
            "themes",
            {"title": theme.title, "summary": theme.summary, "talking_points": encode_points(theme.talking_points)},
        )
        return theme_id, None, replace(theme, id=theme_id, talking_points=list(theme.talking_points))
    before = _theme(row)
    gained: dict[str, Any] = {}
    if theme.summary and not before.summary:
        gained["summary"] = theme.summary
    if theme.talking_points and row["talking_points"] in ("", "[]"):
        gained["talking_points"] = list(theme.talking_points)
    if gained:
        store.db.table("themes").update(
            stored_id(before.id), {k: encode_points(v) if k == "talking_points" else v for k, v in gained.items()}
        )
    return stored_id(before.id), before, replace(before, **gained)


def _same_article(row: sqlite3.Row, article: Article) -> list[str]:
    """The fields in which a library article differs from ``article`` (of the same title and date)."""
    return [name for name in ("source", "url", "summary", "body") if row[name] != getattr(article, name)]


def article_differences(store: Store, article: Article) -> list[str] | None:
    """How the library's article of the same title and date differs from ``article``: None when the
    library has none, [] when one is the same in every field."""
    rows = store.conn.execute(
        "SELECT * FROM articles WHERE title = ? AND published = ? ORDER BY id", (article.title, article.published)
    ).fetchall()
    if not rows:
        return None
    differences = [_same_article(row, article) for row in rows]
    return [] if [] in differences else differences[0]


def find_or_add_article(store: Store, article: Article) -> int:
    """The library's article with the same title, date and text, else a new one: an article other
    visits print is never changed (another version of it becomes an article of its own)."""
    row_id: int | None = None
    for row in store.conn.execute(
        "SELECT * FROM articles WHERE title = ? AND published = ? ORDER BY id", (article.title, article.published)
    ).fetchall():
        if not _same_article(row, article):
            row_id = row["id"]
            break
    if row_id is None:
        row_id = _insert(
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
            "INSERT OR IGNORE INTO article_themes (article_id, theme_id) VALUES (?, ?)", (row_id, theme_id)
        )
    return row_id


# ---------------------------------------------------------------- a visit's values and the library's


@dataclass(frozen=True)
class FieldDifference:
    """One field in which the library holds newer details than a visit: ``field`` is a contact's
    (name, name_latin, title, function, organisation, email, phone, notes) or a theme's (title,
    summary, talking_points); an organisation is given by its name, talking points as a list."""

    field: str
    visit: Any
    library: Any


@dataclass(frozen=True)
class LibraryDetails:
    """The library's side of a visit's people and themes."""

    contacts: dict[int, Contact]  # contact id -> the library's contact
    organisations: dict[int, str]  # organisation id -> name, for every organisation named here
    themes: dict[int, Theme]  # theme id -> the library's theme
    # what the library changed since the visit took its values, where the visit differs from it
    newer_people: dict[int, tuple[FieldDifference, ...]]
    newer_themes: dict[int, tuple[FieldDifference, ...]]


def _loads(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _newer(visit: dict[str, Any], library: dict[str, Any], basis: dict[str, Any]) -> list[str]:
    """Fields the library changed since the visit took them, where the visit differs from the library.
    A field the visit never took counts as unchanged."""
    return [name for name, value in library.items() if value != visit[name] and value != basis.get(name, value)]


def library_details(store: Store, visit_id: int) -> LibraryDetails:
    """The library's contacts and themes behind a visit's people and themes, and where the library
    has newer details than the visit."""
    conn = store.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        contacts: dict[int, Contact] = {}
        newer_people: dict[int, tuple[FieldDifference, ...]] = {}
        org_ids: set[int] = set()
        found: list[tuple[int, list[str], dict[str, Any], dict[str, Any]]] = []
        for r in conn.execute(
            "SELECT p.*, c.name AS l_name, c.name_latin AS l_name_latin, c.title AS l_title, "
            "c.function AS l_function, c.organisation_id AS l_organisation_id, c.email AS l_email, "
            "c.phone AS l_phone, c.notes AS l_notes FROM participants p JOIN contacts c ON c.id = p.contact_id "
            "WHERE p.visit_id = ?",
            (visit_id,),
        ):
            library = {name: r[f"l_{name}"] for name in CONTACT_FIELDS}
            visit = {name: r[name] for name in CONTACT_FIELDS}
            basis = _loads(r["library"])
            basis = {k: v for k, v in basis.items() if k in CONTACT_FIELDS}
            contacts[r["contact_id"]] = Contact(id=r["contact_id"], **library)
            org_ids.update(x for x in (library["organisation_id"], visit["organisation_id"]) if x is not None)
            fields = _newer(visit, library, basis)
            if fields:
                found.append((r["contact_id"], fields, visit, library))
        organisations = {
            r[0]: r[1]
            for r in conn.execute(f"SELECT id, name FROM organisations WHERE id IN ({_in(org_ids)})", tuple(org_ids))
        }

        def shown(name: str, value: Any) -> Any:
            return organisations.get(value, "") if name == "organisation_id" else value

        for contact_id, fields, visit, library in found:
            newer_people[contact_id] = tuple(
                FieldDifference(
                    "organisation" if name == "organisation_id" else name,
                    shown(name, visit[name]),
                    shown(name, library[name]),
                )
                for name in fields
            )

        themes: dict[int, Theme] = {}
        newer_themes: dict[int, tuple[FieldDifference, ...]] = {}
        for r in conn.execute(
            "SELECT vt.*, t.title AS l_title, t.summary AS l_summary, t.talking_points AS l_talking_points "
            "FROM visit_themes vt JOIN themes t ON t.id = vt.theme_id WHERE vt.visit_id = ?",
            (visit_id,),
        ):
            library = {
                "title": r["l_title"],
                "summary": r["l_summary"],
                "talking_points": decode_points(r["l_talking_points"]),
            }
            visit = {"title": r["title"], "summary": r["summary"], "talking_points": decode_points(r["talking_points"])}
            basis = _loads(r["library"])
            if "talking_points" in basis:
                basis["talking_points"] = decode_points(str(basis["talking_points"]))
            themes[r["theme_id"]] = Theme(id=r["theme_id"], **library)
            fields = _newer(visit, library, basis)
            if fields:
                newer_themes[r["theme_id"]] = tuple(FieldDifference(n, visit[n], library[n]) for n in fields)
    finally:
        if own:
            conn.execute("COMMIT")
    return LibraryDetails(contacts, organisations, themes, newer_people, newer_themes)


@dataclass(frozen=True)
class ThemeUse:
    """The visit that used a theme last (the latest start date)."""

    visit_id: int
    title: str
    start: str
    summary: str
    talking_points: list[str]


def theme_last_used(store: Store, theme_id: int) -> ThemeUse | None:
    row = store.conn.execute(
        "SELECT v.id, v.title, v.start_date, vt.summary, vt.talking_points FROM visit_themes vt "
        "JOIN visits v ON v.id = vt.visit_id WHERE vt.theme_id = ? ORDER BY v.start_date DESC, v.id DESC LIMIT 1",
        (theme_id,),
    ).fetchone()
    if row is None:
        return None
    return ThemeUse(row[0], row[1], row[2], row[3], decode_points(row[4]))
