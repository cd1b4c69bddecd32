"""Ordered schema migrations; the store's schema version is ``PRAGMA user_version``.

Migration N (1-based) brings a store from version N-1 to N. Never edit a released
migration: add a new one at the end.
"""

from __future__ import annotations

import sqlite3

_V1 = """
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organisations_name ON organisations(name);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_latin TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    function TEXT NOT NULL DEFAULT '',
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX contacts_name ON contacts(name);
CREATE INDEX contacts_organisation ON contacts(organisation_id);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    talking_points TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX themes_title ON themes(title);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    published TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_title ON articles(title, published);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE article_themes (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX article_themes_theme ON article_themes(theme_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, summary, body,
    content='articles', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2",
    prefix='2 3 4'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, summary, body)
    VALUES (new.id, new.title, new.summary, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, summary, body)
    VALUES ('delete', old.id, old.title, old.summary, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, summary, body)
    VALUES ('delete', old.id, old.title, old.summary, old.body);
    INSERT INTO articles_fts(rowid, title, summary, body)
    VALUES (new.id, new.title, new.summary, new.body);
END;

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    delegation TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound')),
    host TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'confirmed', 'done')),
    created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (end_date >= start_date)
);
CREATE INDEX visits_start ON visits(start_date);

CREATE TABLE participants (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'other'
        CHECK (role IN ('delegation', 'host', 'speaker', 'escort', 'other')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (visit_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX participants_contact ON participants(contact_id);

CREATE TABLE visit_themes (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (visit_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX visit_themes_theme ON visit_themes(theme_id);

CREATE TABLE visit_articles (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    full_text INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (visit_id, article_id)
) WITHOUT ROWID;
CREATE INDEX visit_articles_article ON visit_articles(article_id);

CREATE TABLE programme_items (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    date TEXT NOT NULL DEFAULT '',
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX programme_items_visit ON programme_items(visit_id, date, start_time, position);

CREATE TABLE item_contacts (
    item_id INTEGER NOT NULL REFERENCES programme_items(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX item_contacts_contact ON item_contacts(contact_id);

CREATE TABLE item_themes (
    item_id INTEGER NOT NULL REFERENCES programme_items(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX item_themes_theme ON item_themes(theme_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""

_V2 = """
CREATE TABLE house_style (
    name TEXT PRIMARY KEY CHECK (name IN ('reference_docx', 'logo')),
    filename TEXT NOT NULL DEFAULT '',
    data BLOB NOT NULL,
    updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) WITHOUT ROWID;
"""

_V3 = """
CREATE TABLE article_related (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    published TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    linked_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
);
CREATE INDEX article_related_article ON article_related(article_id, position);
CREATE INDEX article_related_linked ON article_related(linked_article_id);
CREATE INDEX article_related_published ON article_related(published) WHERE linked_article_id IS NULL;
CREATE INDEX articles_url ON articles(url) WHERE url <> '';
CREATE INDEX contacts_email ON contacts(email COLLATE NOCASE) WHERE email <> '';
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(5.0, 2.0, 1.0)');
"""

_V4 = """
CREATE TABLE pack_exports (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    exported TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    format TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    content_hash TEXT NOT NULL,
    snapshot TEXT NOT NULL DEFAULT '{}',
    target TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pack_exports_visit ON pack_exports(visit_id, exported);
"""

# an article the officer marks as shareable goes into the pack for the delegation (external audience)
_V5_SHAREABLE_ARTICLES = """
ALTER TABLE visit_articles ADD COLUMN shareable INTEGER NOT NULL DEFAULT 0;
"""


# Per-visit values: a participant carries the person's details as they were for this visit, and a
# visit's theme its own title, summary and talking points; both start from the library, which keeps
# its own. ``library`` holds the library's values the visit last took (JSON), so the app can tell
# which library details are newer. The visit's organisations and the themes of its articles are the
# visit's own too. Today's library values are copied in, so every visit prints what it printed.
# Themes that only a programme item or an article named were printed as well: they become themes
# the visit selected, after its own, in the order they were printed.
_PER_VISIT_VALUES = """
ALTER TABLE participants ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN name_latin TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN function TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL;
ALTER TABLE participants ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN precedence TEXT NOT NULL DEFAULT ''
    CHECK (precedence IN ('', 'head', 'deputy'));
ALTER TABLE participants ADD COLUMN library TEXT NOT NULL DEFAULT '{}';
CREATE INDEX participants_organisation ON participants(organisation_id);
UPDATE participants SET (name, name_latin, title, function, organisation_id, email, phone, notes, library) = (
    SELECT c.name, c.name_latin, c.title, c.function, c.organisation_id, c.email, c.phone, c.notes,
           json_object('name', c.name, 'name_latin', c.name_latin, 'title', c.title, 'function', c.function,
                       'organisation_id', c.organisation_id, 'email', c.email, 'phone', c.phone, 'notes', c.notes)
    FROM contacts c WHERE c.id = participants.contact_id
);

CREATE TABLE visit_organisations (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (visit_id, organisation_id)
) WITHOUT ROWID;
CREATE INDEX visit_organisations_organisation ON visit_organisations(organisation_id);
INSERT INTO visit_organisations (visit_id, organisation_id, position, name, country, notes)
SELECT DISTINCT p.visit_id, o.id, o.id, o.name, o.country, o.notes
FROM participants p JOIN organisations o ON o.id = p.organisation_id;

INSERT INTO visit_themes (visit_id, theme_id, position)
SELECT visit_id, theme_id,
       coalesce((SELECT max(vt.position) FROM visit_themes vt WHERE vt.visit_id = firsts.visit_id), -1)
       + row_number() OVER (PARTITION BY visit_id ORDER BY first_seen)
FROM (
    SELECT visit_id, theme_id, min(seen) AS first_seen
    FROM (
        SELECT p.visit_id, it.theme_id,
               row_number() OVER (PARTITION BY p.visit_id ORDER BY p.date = '', p.date, p.start_time = '',
                                  p.start_time, p.position, p.id, it.position) AS seen
        FROM item_themes it JOIN programme_items p ON p.id = it.item_id
        UNION ALL
        SELECT va.visit_id, at.theme_id,
               1000000000 + row_number() OVER (PARTITION BY va.visit_id ORDER BY va.position, va.article_id,
                                               at.theme_id) AS seen
        FROM visit_articles va JOIN article_themes at ON at.article_id = va.article_id
    ) AS named
    WHERE NOT EXISTS (
        SELECT 1 FROM visit_themes own WHERE own.visit_id = named.visit_id AND own.theme_id = named.theme_id
    )
    GROUP BY visit_id, theme_id
) AS firsts;

ALTER TABLE visit_themes ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE visit_themes ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE visit_themes ADD COLUMN talking_points TEXT NOT NULL DEFAULT '[]';
ALTER TABLE visit_themes ADD COLUMN library TEXT NOT NULL DEFAULT '{}';
UPDATE visit_themes SET (title, summary, talking_points, library) = (
    SELECT t.title, t.summary, t.talking_points,
           json_object('title', t.title, 'summary', t.summary, 'talking_points', t.talking_points)
    FROM themes t WHERE t.id = visit_themes.theme_id
);

CREATE TABLE visit_article_themes (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (visit_id, article_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX visit_article_themes_article ON visit_article_themes(article_id);
CREATE INDEX visit_article_themes_theme ON visit_article_themes(theme_id);
INSERT INTO visit_article_themes (visit_id, article_id, theme_id)
SELECT va.visit_id, at.article_id, at.theme_id
FROM visit_articles va JOIN article_themes at ON at.article_id = va.article_id;
"""


MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5_SHAREABLE_ARTICLES, _PER_VISIT_VALUES)
SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    """Split a migration script into complete statements (triggers included)."""
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete statement in migration: {buffer.strip()[:60]}")
    return out


def apply(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the store up to ``target``, one transaction per migration.

    Returns the version the store had before. Safe against two processes migrating
    at once: the version is read again under the write lock.
    """
    before: int = conn.execute("PRAGMA user_version").fetchone()[0]
    version = before
    while version < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < target:
                for statement in statements(MIGRATIONS[version]):
                    conn.execute(statement)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return before
