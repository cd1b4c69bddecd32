"""The full store check: SQLite integrity, foreign keys, schema version, full-text index."""

from __future__ import annotations

import sqlite3

from briefing.core.store import Store
from briefing.core.store.migrations import SCHEMA_VERSION


def check_store(store: Store) -> list[str]:
    """Problems found, one line each; an empty list means healthy."""
    problems: list[str] = []
    conn = store.conn
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            problems.extend(f"integrity: {r}" for r in rows)
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
        version = store.schema_version
        if version != SCHEMA_VERSION:
            problems.append(f"schema version {version}, expected {SCHEMA_VERSION}")
        try:
            conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"full-text index: {exc} (rebuild it with 'briefing check --repair')")
    except sqlite3.DatabaseError as exc:
        problems.append(f"the store cannot be read: {exc}")
    return problems


def rebuild_search_index(store: Store) -> None:
    with store.transaction():
        store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
