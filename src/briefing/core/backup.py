"""Backups of the store, made with SQLite's online backup API (never a file copy of a live
database: that loses what is still in the write-ahead log).

Rolling snapshots live on this computer, in the user data folder (``BRIEFING_BACKUP_DIR``
overrides it), one folder per store: a daily one while the app is used, one before every schema
migration, and any made with ``briefing backup``. The newest ``KEEP`` are kept. ``restore`` writes
a new store file from a backup, checks it, and only then swaps it in, keeping the old store file.
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
            dest.execute("PRAGMA journal_mode = DELETE")  # a standalone file, no -wal beside it
            dest.commit()
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


def check_backup_file(path: Path) -> int:
    """Refuse a file that is not a sound Briefing store (one clear line); its schema version."""
    from briefing.core.store.migrations import SCHEMA_VERSION

    path = Path(path)
    if not path.is_file():
        raise InvalidFile(f"{path}: no such backup file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError as error:
        raise InvalidFile(f"{path}: cannot be read ({error})") from None
    try:
        result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if result != "ok":
            raise InvalidFile(f"{path}: the backup is damaged ({result})")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables >= REQUIRED_TABLES:
            raise InvalidFile(f"{path}: not a Briefing store")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise InvalidFile(f"{path}: written by a newer Briefing (schema {version}); update Briefing first")
        return version
    except sqlite3.DatabaseError as error:
        raise InvalidFile(f"{path}: not a Briefing store ({error})") from None
    finally:
        conn.close()


def restore(store_path: Path, backup_file: Path) -> Path | None:
    """Replace the store with a backup: a new file is written and checked first; the old store is
    kept beside it (returned), never deleted."""
    from briefing.core.store import open_store

    store_path, backup_file = Path(store_path), Path(backup_file)
    check_backup_file(backup_file)
    fresh = store_path.with_name(store_path.name + ".restoring")
    for leftover in (fresh, Path(f"{fresh}-wal"), Path(f"{fresh}-shm")):
        leftover.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        _copy(source, fresh)
    finally:
        source.close()
    with open_store(fresh, create=False, quick_check=True):  # migrates an older backup, checks it
        pass
    kept = None
    if store_path.exists():
        try:  # everything committed in the old store's write-ahead log goes into its file first
            old = sqlite3.connect(store_path, timeout=15)
            old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            old.close()
        except sqlite3.DatabaseError:
            pass  # a damaged store is kept as it is
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = store_path.with_name(f"{store_path.name}.before-restore-{stamp}")
        os.replace(store_path, kept)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{store_path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{kept}{suffix}"))
    os.replace(fresh, store_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{fresh}{suffix}").unlink(missing_ok=True)
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
