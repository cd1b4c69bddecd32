"""Backups of the store, made with SQLite's online backup API (never a file copy of a live
database: that loses what is still in the write-ahead log).

Rolling snapshots live on this computer, in the user data folder (``BRIEFING_BACKUP_DIR``
overrides it), one folder per store: a daily one while the app is used, one before every schema
migration, and any made with ``briefing backup``. The newest ``KEEP`` are kept. ``restore`` writes
a new store file from a backup and checks it; only then, holding the store file's exclusive lock,
it copies the old store aside and writes the new one into the store file.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from briefing.core.errors import InvalidFile, StoreError

log = logging.getLogger(__name__)

BACKUP_ENV = "BRIEFING_BACKUP_DIR"
KEEP = 14
DAILY = dt.timedelta(hours=24)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z0-9-]+)\.sqlite$")
REQUIRED_TABLES = {"visits", "contacts", "articles", "programme_items"}


@dataclass(frozen=True)
class Backup:
    path: Path
    created: dt.datetime
    reason: str
    size: int


def backup_dir(store_path: Path) -> Path:
    """This store's backup folder: named after the store, with a hash of its full path."""
    root = os.environ.get(BACKUP_ENV)
    if root:
        base = Path(root).expanduser()
    else:
        import platformdirs

        base = Path(platformdirs.user_data_dir("Briefing", appauthor=False)) / "backups"
    resolved = str(Path(store_path).expanduser().resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return base / f"{Path(store_path).stem}-{digest}"


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """The whole database through the backup API into ``target`` (written beside it, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            try:
                dest.execute("PRAGMA journal_mode = DELETE")  # a standalone file, no -wal beside it
                dest.commit()
            except sqlite3.DatabaseError as exc:
                if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
                    raise
                # a copy of a damaged store (before a restore): kept page for page as it is
        finally:
            dest.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:  # a full disk, an interruption: no half-written copy is left behind
        for leftover in (partial, *(Path(f"{partial}{side}") for side in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise


def make_backup(conn: sqlite3.Connection, store_path: Path, target: Path | None = None, reason: str = "manual") -> Path:
    """Back up the open store ``conn`` (of ``store_path``) to ``target``, else into its backup folder."""
    if target is None:
        folder = backup_dir(store_path)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{Path(store_path).stem}-{stamp}-{reason}.sqlite"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{Path(store_path).stem}-{stamp}-{n}-{reason}.sqlite"
    target = Path(target)
    if target.resolve() == Path(store_path).resolve():
        raise InvalidFile(f"{target}: that is the store itself; choose another file for the backup")
    try:
        _copy(conn, target)
    except (OSError, sqlite3.OperationalError) as error:
        code = getattr(error, "sqlite_errorcode", None)
        if getattr(error, "errno", None) == errno.ENOSPC or code == sqlite3.SQLITE_FULL:
            raise StoreError(
                f"{target}: the disk is full: free some space or write the backup to another disk. Nothing was changed."
            ) from None
        if isinstance(error, sqlite3.OperationalError):
            raise
        raise StoreError(f"{target}: cannot write the backup ({error.strerror or error})") from None
    log.info("backup of %s written to %s (%s)", store_path, target, reason)
    if target.parent == backup_dir(store_path):
        prune(store_path)
    return target


def backup_path_file(store_path: Path, reason: str) -> Path | None:
    """Back up a store file that is not open yet (before a migration); None when there is nothing."""
    if not Path(store_path).exists() or Path(store_path).stat().st_size == 0:
        return None
    conn = sqlite3.connect(store_path)
    try:
        return make_backup(conn, Path(store_path), reason=reason)
    finally:
        conn.close()


def list_backups(store_path: Path) -> list[Backup]:
    """This store's backups in its backup folder, newest first."""
    folder = backup_dir(store_path)
    out = []
    for path in folder.glob("*.sqlite") if folder.exists() else ():
        match = _NAME.match(path.name)
        if not match:
            continue
        created = dt.datetime.strptime(match["when"], "%Y%m%d-%H%M%S")
        out.append(Backup(path, created, match["reason"], path.stat().st_size))
    return sorted(out, key=lambda b: (b.created, b.path.name), reverse=True)


def newest_backup(store_path: Path) -> Backup | None:
    backups = list_backups(store_path)
    return backups[0] if backups else None


def prune(store_path: Path, keep: int = KEEP) -> list[Path]:
    removed = []
    for old in list_backups(store_path)[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def daily_backup_if_due(conn: sqlite3.Connection, store_path: Path, now: dt.datetime | None = None) -> Path | None:
    """The app's rolling snapshot: one when the newest backup is a day old (or there is none)."""
    now = now or dt.datetime.now()
    newest = newest_backup(store_path)
    if newest is not None and now - newest.created < DAILY:
        return None
    return make_backup(conn, store_path, reason="daily")


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_backup_file(path: Path) -> int:
    """Refuse a file that is not a sound Briefing store (one clear line); its schema version.

    Its schema must be exactly what this Briefing makes at the file's schema version: a file
    with one trigger, index or column more or less is refused, and the line names it."""
    from briefing.core.store import schema
    from briefing.core.store.migrations import SCHEMA_VERSION

    path = Path(path)
    if not path.is_file():
        raise InvalidFile(f"{path}: no such backup file")
    try:
        conn = _read_only(path)
    except sqlite3.DatabaseError as error:
        raise InvalidFile(f"{path}: cannot be read ({error})") from None
    try:
        result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if result != "ok":
            raise InvalidFile(f"{path}: the backup is damaged ({result})")
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise InvalidFile(f"{path}: written by a newer Briefing (schema {version}); update Briefing first")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version < 1 or not tables >= REQUIRED_TABLES:
            raise InvalidFile(f"{path}: not a Briefing store")
        found = schema.differences(conn, version)
        if found:
            raise InvalidFile(f"{path}: refused, its schema is not Briefing's: {schema.summary(found)}")
        return version
    except sqlite3.DatabaseError as error:
        raise InvalidFile(f"{path}: not a Briefing store ({error})") from None
    finally:
        conn.close()


LOCK_WAIT_S = 2.0
IN_USE = "the store is in use (by the app or another briefing command); close it and try again"


def _lock_store(store_path: Path) -> sqlite3.Connection | None:
    """A connection that holds the store file's exclusive lock until it is closed.

    Every open store connection (WAL mode) holds a shared lock on the file, so this fails at
    once when the app or another command has the store open: StoreError. None when SQLite cannot
    read the file at all (a damaged store: nobody can be using it)."""
    try:
        conn = sqlite3.connect(store_path, isolation_level=None, timeout=LOCK_WAIT_S)
    except sqlite3.Error as error:
        raise StoreError(f"{store_path}: cannot open the store ({error}); nothing was changed") from None
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")  # in exclusive locking mode, the lock outlasts the transaction
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        conn.close()
        code = getattr(error, "sqlite_errorname", "")
        if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise StoreError(f"{store_path}: {IN_USE}. Nothing was changed.") from None
        if code.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
            return None
        raise StoreError(f"{store_path}: cannot open the store ({error}); nothing was changed") from None
    return conn


def _prepare(backup_file: Path, fresh: Path) -> None:
    """The backup copied to ``fresh``, brought up to this Briefing's schema, and checked."""
    from briefing.core.store import migrations, schema

    source = _read_only(backup_file)
    try:
        _copy(source, fresh)
    finally:
        source.close()
    conn = sqlite3.connect(fresh, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        migrations.apply(conn)  # an older backup is migrated here, never in the store itself
        found = schema.differences(conn, migrations.SCHEMA_VERSION)
        if found:
            raise InvalidFile(
                f"{backup_file}: refused, once migrated its schema is not Briefing's: {schema.summary(found)}"
            )
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise InvalidFile(f"{backup_file}: the backup is damaged ({result})")
    finally:
        conn.close()


def _kept_name(store_path: Path) -> Path:
    """Where the previous store goes: ``….before-restore-DATE``, never over an earlier one."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = store_path.with_name(f"{store_path.name}.before-restore-{stamp}")
    n = 1
    while kept.exists():
        n += 1
        kept = store_path.with_name(f"{store_path.name}.before-restore-{stamp}-{n}")
    return kept


def _keep_previous(lock: sqlite3.Connection, store_path: Path) -> Path:
    """A copy of the store as it is now, beside it (the backup API, through the lock)."""
    kept = _kept_name(store_path)
    try:
        _copy(lock, kept)
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"{store_path}: the store cannot be copied aside ({error}); nothing was changed. "
            "Move the store file away yourself, then restore again"
        ) from None
    return kept


def _copy_into(fresh: Path, lock: sqlite3.Connection) -> None:
    """The checked new store written over the locked one, in one transaction (the same file stays)."""
    page_size = lock.execute("PRAGMA page_size").fetchone()[0]
    source = sqlite3.connect(fresh, isolation_level=None)
    try:
        if source.execute("PRAGMA page_size").fetchone()[0] != page_size:  # a WAL store takes only its own
            source.execute(f"PRAGMA page_size = {int(page_size)}")
            source.execute("VACUUM")
        source.backup(lock)
    finally:
        source.close()


def _move_aside(store_path: Path, fresh: Path) -> Path:
    """A store SQLite cannot read at all is moved aside whole, and the new one put in its place."""
    kept = _kept_name(store_path)
    try:
        os.replace(store_path, kept)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{store_path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{kept}{suffix}"))
        os.replace(fresh, store_path)
    except OSError as error:
        raise StoreError(f"{store_path}: cannot move the damaged store aside ({error.strerror or error})") from None
    return kept


def restore(store_path: Path, backup_file: Path) -> Path | None:
    """Replace the store with a backup; the old store is kept beside it (returned), never deleted.

    The backup is checked (its schema must be Briefing's at its version), copied to a new file,
    migrated and checked again, all before the store is touched. Then the store file is locked
    exclusively (refused while the app or another command has it open) and the new content is
    written into it through SQLite, under that lock: a command that opens the store meanwhile
    waits, then sees the restored store."""
    store_path, backup_file = Path(store_path), Path(backup_file)
    check_backup_file(backup_file)
    fresh = store_path.with_name(store_path.name + ".restoring")
    leftovers = (fresh, Path(f"{fresh}-wal"), Path(f"{fresh}-shm"), fresh.with_name(fresh.name + ".part"))
    if backup_file.resolve() in {p.resolve() for p in leftovers}:
        raise InvalidFile(f"{backup_file}: a restore's working file; copy it elsewhere and restore that copy")
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    existed = store_path.exists()
    had_content = existed and store_path.stat().st_size > 0
    lock = kept = None
    try:
        _prepare(backup_file, fresh)
        try:
            store_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{store_path}: cannot create the store's folder ({error.strerror})") from None
        lock = _lock_store(store_path)
        if lock is None:
            kept = _move_aside(store_path, fresh)
        else:
            kept = _keep_previous(lock, store_path) if had_content else None
            _copy_into(fresh, lock)
    except BaseException:
        if lock is not None:
            lock.close()
            lock = None
            if kept is not None:
                kept.unlink(missing_ok=True)  # the store was left as it was: no copy of it is needed
        if not existed and store_path.exists() and store_path.stat().st_size == 0:
            store_path.unlink()  # made only to be locked
        raise
    finally:
        if lock is not None:
            lock.close()  # the others may go on: they see the restored store
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
    log.info("store %s restored from %s; the previous store is kept as %s", store_path, backup_file, kept)
    return kept


__all__ = [
    "Backup",
    "backup_dir",
    "backup_path_file",
    "check_backup_file",
    "daily_backup_if_due",
    "list_backups",
    "make_backup",
    "newest_backup",
    "prune",
    "restore",
]
