"""The store's schema compared with the one this version of Briefing makes.

The reference for schema version N is what the migrations up to N create in an empty
database. A store (or a backup) at version N must hold exactly that: the same tables with the
same columns, indexes, triggers and views, the full-text index's own tables included. Anything
extra (a trigger that deletes rows, say) or missing is damage, named in one line.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.core.errors import StoreError
from briefing.core.store import migrations

_QUOTED = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*")""")
_ORDER = {"trigger": 0, "view": 1, "table": 2, "index": 3}


@dataclass(frozen=True)
class SchemaObject:
    type: str
    name: str
    table: str
    sql: str | None  # as SQLite keeps it; compared normalised


@dataclass(frozen=True)
class Reference:
    """What the migrations up to ``version`` create."""

    version: int
    objects: dict[tuple[str, str], SchemaObject]
    columns: dict[str, tuple[tuple[Any, ...], ...]]
    search_config: dict[str, tuple[tuple[str, object], ...]]  # per full-text table, its settings

    @property
    def virtual_tables(self) -> list[str]:
        return [o.name for o in self.objects.values() if _is_virtual(o)]

    def search_family(self, name: str) -> str | None:
        """The full-text table that ``name`` belongs to (itself or one of its own tables)."""
        for vtab in self.virtual_tables:
            if name == vtab or name.startswith(f"{vtab}_"):
                return vtab
        return None


@dataclass(frozen=True)
class Difference:
    """One way a schema differs from the reference: ``kind`` is extra, missing or differs."""

    kind: str
    type: str
    name: str
    text: str
    repairable: bool

    def __str__(self) -> str:
        return self.text


def normalise(sql: str | None) -> str | None:
    """The statement with runs of white space made one, outside quoted text."""
    if sql is None:
        return None
    parts = _QUOTED.split(sql.strip().rstrip(";"))
    for i in range(0, len(parts), 2):
        parts[i] = re.sub(r"\s*([(),;=<>])\s*", r"\1", re.sub(r"\s+", " ", parts[i]))
    return "".join(parts).strip()


def _is_virtual(obj: SchemaObject) -> bool:
    return obj.type == "table" and (obj.sql or "").lstrip().upper().startswith("CREATE VIRTUAL")


@contextmanager
def _read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction, so the version and the schema read belong together."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], SchemaObject]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").fetchall()
    return {(r[0], r[1]): SchemaObject(r[0], r[1], r[2], r[3]) for r in rows}


def _columns(conn: sqlite3.Connection, table: str) -> tuple[tuple[Any, ...], ...]:
    return tuple(tuple(r) for r in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (table,)))


@functools.cache
def reference(version: int = migrations.SCHEMA_VERSION) -> Reference:
    if not 0 <= version <= migrations.SCHEMA_VERSION:
        raise ValueError(f"no schema version {version}")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.apply(conn, target=version)
        objects = _objects(conn)
        columns = {o.name: _columns(conn, o.name) for o in objects.values() if o.type == "table"}
        config = {
            o.name: tuple(conn.execute(f"SELECT k, v FROM \"{o.name}_config\" WHERE k <> 'version' ORDER BY k"))
            for o in objects.values()
            if _is_virtual(o)
        }
    finally:
        conn.close()
    return Reference(version, objects, columns, config)


def quote_name(name: str) -> str:
    """A name from the file, made safe for one line of output."""
    shown = "".join(c if c.isprintable() else "?" for c in name)
    return f'"{shown[:60]}…"' if len(shown) > 60 else f'"{shown}"'


def _where(obj: SchemaObject) -> str:
    return f" on {quote_name(obj.table)}" if obj.type in ("index", "trigger") else ""


def _repairable(ref: Reference, obj: SchemaObject) -> bool:
    if obj.name.lower().startswith("sqlite_autoindex_"):
        return False  # part of its table
    if obj.type in ("index", "trigger", "view"):
        return True
    if obj.name.lower().startswith("sqlite_stat"):
        return True  # the query planner's statistics: dropped, nothing is lost
    return ref.search_family(obj.name) is not None


def _column_differences(ref: Reference, actual: SchemaObject, conn: sqlite3.Connection) -> list[Difference]:
    table = actual.name
    want = {c[1]: c for c in ref.columns[table]}
    have = {c[1]: c for c in _columns(conn, table)}
    out = []
    repairable = _repairable(ref, actual)
    for name in want:
        if name not in have:
            text = f"table {quote_name(table)} lacks the column {quote_name(name)}"
            out.append(Difference("differs", "table", table, text, repairable))
        elif have[name][1:] != want[name][1:]:
            text = f"table {quote_name(table)}: the column {quote_name(name)} is not defined as Briefing defines it"
            out.append(Difference("differs", "table", table, text, repairable))
    for name in have:
        if name not in want:
            text = f"table {quote_name(table)} has a column {quote_name(name)} that Briefing does not make"
            out.append(Difference("differs", "table", table, text, repairable))
    return out


def differences(conn: sqlite3.Connection, version: int | None = None) -> list[Difference]:
    """How the schema of ``conn`` differs from Briefing's at ``version`` (default: its own
    ``user_version``); an empty list when it is exactly Briefing's. Raises sqlite3.Error when the
    schema cannot be read, ValueError for a version this Briefing does not know."""
    with _read_snapshot(conn):
        if version is None:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        ref = reference(version)
        have = _objects(conn)
        out: list[Difference] = []
        for key, obj in have.items():
            if key not in ref.objects:
                what = "not made by Briefing"
                text = f"extra {obj.type} {quote_name(obj.name)}{_where(obj)}, {what}"
                out.append(Difference("extra", obj.type, obj.name, text, _repairable(ref, obj)))
        for key, want in ref.objects.items():
            current = have.get(key)
            if current is None:
                text = f"missing {want.type} {quote_name(want.name)}{_where(want)}"
                out.append(Difference("missing", want.type, want.name, text, _repairable(ref, want)))
            elif current.table != want.table or normalise(current.sql) != normalise(want.sql):
                found = []
                if current.type == "table" and not _is_virtual(current) and not _is_virtual(want):
                    found = _column_differences(ref, current, conn)  # never opens a virtual table it does not know
                if not found:
                    text = (
                        f"{current.type} {quote_name(current.name)}{_where(current)} is not defined as Briefing "
                        "defines it"
                    )
                    found = [Difference("differs", current.type, current.name, text, _repairable(ref, current))]
                out.extend(found)
    kinds = {"extra": 0, "missing": 1, "differs": 2}
    return sorted(out, key=lambda d: (kinds[d.kind], _ORDER.get(d.type, 9)))


def summary(found: list[Difference]) -> str:
    """The first difference, and how many more there are: one line."""
    more = len(found) - 1
    return f"{found[0]}" + (f" (and {more} more difference{'s' if more > 1 else ''})" if more else "")


def refuse_foreign(path: Path) -> None:
    """Before a store file is opened for use: refuse another application's SQLite database.

    Nothing is written to the file. A file whose ``user_version`` is an earlier Briefing schema
    (which would be migrated) must hold exactly Briefing's schema at that version; a file at
    version 0 must hold no tables. Anything this cannot read is left to the caller to report.
    """
    try:
        conn = sqlite3.connect(path, timeout=15)
    except sqlite3.Error:
        return
    try:
        with _read_snapshot(conn):
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
                if tables:
                    raise StoreError(f"{path}: an SQLite database, but not a Briefing store")
                return
            if not 1 <= version < migrations.SCHEMA_VERSION:
                return
            found = differences(conn, version)
    except sqlite3.Error:
        return
    finally:
        conn.close()
    if found:
        raise StoreError(
            f"{path}: not a Briefing store: it says schema version {version}, but its schema is not "
            f"Briefing's ({summary(found)}); it was left as it is"
        )


__all__ = [
    "Difference",
    "Reference",
    "differences",
    "normalise",
    "quote_name",
    "reference",
    "refuse_foreign",
    "summary",
]
