"""The full store check: SQLite integrity, foreign keys, schema version, the schema itself
(compared with Briefing's), the full-text index; and the repair of what can be rebuilt."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from briefing.core.store import Store, schema
from briefing.core.store.migrations import SCHEMA_VERSION


@dataclass(frozen=True)
class Problem:
    """One line of the check; ``repairable`` when ``repair_store`` mends it."""

    text: str
    repairable: bool = False

    def __str__(self) -> str:
        return self.text


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_store(store: Store) -> list[Problem]:
    """Problems found, one line each; an empty list means healthy."""
    problems: list[Problem] = []
    conn = store.conn
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            problems.extend(Problem(f"integrity: {r}") for r in rows)
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(Problem(f"foreign key: {table} row {rowid} points to a missing {parent}"))
        version = store.schema_version
        if version != SCHEMA_VERSION:
            problems.append(Problem(f"schema version {version}, expected {SCHEMA_VERSION}"))
        if not 0 <= version <= SCHEMA_VERSION:
            return problems
        found = schema.differences(conn, version)
        problems.extend(Problem(f"schema: {d}", d.repairable) for d in found)
        ref = schema.reference(version)
        damaged = {ref.search_family(d.name) for d in found if d.type == "table"}
        for vtab in ref.virtual_tables:
            if vtab in damaged:
                continue  # not as Briefing makes it: never opened; the lines above name what is wrong
            try:
                conn.execute(f"INSERT INTO {_ident(vtab)}({_ident(vtab)}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                problems.append(Problem(f"full-text index: {exc} (rebuild it with 'briefing check --repair')", True))
    except sqlite3.DatabaseError as exc:
        problems.append(Problem(f"the store cannot be read: {exc}"))
    return problems


def opening_check(store: Store) -> tuple[str, Path | None]:
    """The app's check when it opens a store: SQLite's quick check ("ok", or the first problem it
    found), then, on a healthy store, the daily backup when one is due (its path, else None)."""
    from briefing.core.store.backup import daily_backup_if_due

    result = str(store.conn.execute("PRAGMA quick_check").fetchone()[0])
    made = daily_backup_if_due(store.conn, store.path) if result == "ok" else None
    return result, made


def _rebuilt(conn: sqlite3.Connection, vtab: str) -> bool:
    try:
        conn.execute(f"INSERT INTO {_ident(vtab)}({_ident(vtab)}) VALUES ('rebuild')")
    except sqlite3.DatabaseError:
        if not conn.in_transaction:
            raise
        return False
    return True


def _recreate_search_index(conn: sqlite3.Connection, ref: schema.Reference, vtab: str) -> None:
    """The full-text table and its own tables made again as the migrations make them, then filled."""
    try:
        conn.execute(f"DROP TABLE IF EXISTS {_ident(vtab)}")
    except sqlite3.DatabaseError:
        # It cannot be opened any more, so it cannot be dropped the usual way: it is taken out of
        # the schema by hand, and the schema's version number is raised so every connection reloads it.
        conn.execute("PRAGMA writable_schema = ON")
        try:
            conn.execute("DELETE FROM sqlite_master WHERE type = 'table' AND name = ?", (vtab,))
            cookie = conn.execute("PRAGMA schema_version").fetchone()[0]
            conn.execute(f"PRAGMA schema_version = {cookie + 1}")
        finally:
            conn.execute("PRAGMA writable_schema = RESET")
    own = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for name in own:
        if ref.search_family(name) == vtab:
            conn.execute(f"DROP TABLE IF EXISTS {_ident(name)}")
    made = ref.objects[("table", vtab)].sql
    assert made is not None, vtab  # a table Briefing makes has its CREATE statement
    conn.execute(made)
    for key, value in ref.search_config[vtab]:
        conn.execute(f"INSERT INTO {_ident(vtab)}({_ident(vtab)}, rank) VALUES (?, ?)", (key, value))
    conn.execute(f"INSERT INTO {_ident(vtab)}({_ident(vtab)}) VALUES ('rebuild')")


def repair_store(store: Store) -> list[str]:
    """Mend what can be made again without losing data, in one transaction: the full-text index
    (rebuilt, or made anew when it cannot be), and the indexes, triggers and views (those Briefing
    does not make are dropped, Briefing's own are put back). What was done, one line each.

    Tables and columns are never touched: a store whose tables differ needs a backup."""
    conn = store.conn
    version = store.schema_version
    if not 0 <= version <= SCHEMA_VERSION:
        return []
    ref = schema.reference(version)
    done: list[str] = []
    with store.transaction():
        found = [d for d in schema.differences(conn, version) if d.repairable]
        remake: set[str] = set()
        for d in found:
            family = ref.search_family(d.name) if d.type == "table" else None
            if family is not None:
                remake.add(family)
            elif d.kind in ("extra", "differs"):
                conn.execute(f"DROP {d.type.upper()} IF EXISTS {_ident(d.name)}")
                if d.kind == "extra":
                    done.append(f"removed {d.type} {schema.quote_name(d.name)} (not made by Briefing)")
        for vtab in ref.virtual_tables:
            if vtab not in remake and _rebuilt(conn, vtab):
                done.append("rebuilt the full-text index")
            else:
                _recreate_search_index(conn, ref, vtab)
                done.append("made the full-text index anew")
        for d in found:
            if d.type in ("index", "trigger", "view") and d.kind in ("missing", "differs"):
                made = ref.objects[(d.type, d.name)].sql
                assert made is not None, d.name  # an index, trigger or view Briefing makes has its statement
                conn.execute(made)
                done.append(f"put back Briefing's {d.type} {schema.quote_name(d.name)}")
    return done
