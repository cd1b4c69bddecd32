"""Opening a store: pragmas, migrations, transactions."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.core.errors import StoreError
from briefing.core.store import locking, migrations

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

# Before the first connection: the store's locks must survive other code in this process
# opening and closing the store file (see locking.py for why and how).
locking.install()

BUSY_TIMEOUT_MS = 15_000
STORE_ENV = "BRIEFING_STORE"


def default_store_path() -> Path:
    """The store the user gets without ``--store``: ``$BRIEFING_STORE`` or the user data dir."""
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("Briefing", appauthor=False)) / "briefing.sqlite"


class Store:
    """One open store. ``db`` is the sqlite-utils view of the same connection."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view, made on first use (importing sqlite-utils costs start-up time)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One user action: all of it is written, or none of it.

        ``BEGIN IMMEDIATE`` takes the write lock up front, so a read-then-write action
        waits for another writer (busy timeout) instead of failing with SQLITE_BUSY.
        """
        if self.conn.in_transaction:
            raise RuntimeError("nested store transaction")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    @property
    def schema_version(self) -> int:
        version: int = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return version

    def data_version(self) -> int:
        """SQLite's count of commits by other connections (another process, a background job):
        cheap to poll, it changes when the store was changed elsewhere."""
        version: int = self.conn.execute("PRAGMA data_version").fetchone()[0]
        return version

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = _wal(conn)
    if mode.lower() != "wal":
        log.warning("store %s runs in journal mode %s, not WAL", path, mode)
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _wal(conn: sqlite3.Connection) -> str:
    """Switch to WAL. Two processes creating one new store at once can both hold a read lock on
    the empty file; SQLite then refuses one of them at once ("database is locked"), without
    waiting, to avoid a deadlock. That one tries again until the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            mode: str = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            return mode
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def open_store(path: Path | str | None = None, *, create: bool = True, quick_check: bool = False) -> Store:
    """Open (and create or migrate) the store at ``path``; raises StoreError with one clear line.

    ``quick_check`` runs SQLite's quick_check first (the app does, on opening a store).
    """
    path = Path(path) if path is not None else default_store_path()
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no store there")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the store's folder ({exc.strerror})") from exc
    elif path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file")
    else:  # another application's SQLite file is refused before anything is written to it
        from briefing.core.store.schema import refuse_foreign

        refuse_foreign(path)
    try:
        conn = _connect(path)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise StoreError(f"{path}: the store is in use by another Briefing and stayed busy; try again") from exc
        raise StoreError(f"{path}: not a Briefing store ({exc})") from exc
    try:
        # one statement, one snapshot: another process may be creating this store right now
        version, tables = conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version), "
            "(SELECT count(*) FROM sqlite_master WHERE type = 'table')"
        ).fetchone()
        if version > migrations.SCHEMA_VERSION:
            raise StoreError(
                f"{path}: this store was written by a newer Briefing (schema version {version}; "
                f"this program knows up to {migrations.SCHEMA_VERSION}). Update Briefing to open it."
            )
        if version == 0 and tables:
            raise StoreError(f"{path}: an SQLite database, but not a Briefing store")
        if 1 <= version < migrations.SCHEMA_VERSION:
            from briefing.core.store.backup import make_backup

            make_backup(conn, path, reason=f"before-migration-{version}")  # a way back, should it go wrong
        before = migrations.apply(conn)
        if before != migrations.SCHEMA_VERSION:
            log.info("store %s migrated from schema %d to %d", path, before, migrations.SCHEMA_VERSION)
        quick = conn.execute("PRAGMA quick_check").fetchone()[0] if quick_check else "ok"
        if quick != "ok":
            raise StoreError(f"{path}: the store is damaged ({quick}). Run 'briefing check' and restore a backup.")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: cannot open the store ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return Store(path, conn)

