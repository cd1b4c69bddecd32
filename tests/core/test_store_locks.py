"""The store's locks survive other code in the process opening and closing the store file.

POSIX locks belong to the process: any ``close()`` of the store file, or of its ``-shm``, drops
all of them. Another process closing the store then thinks it is alone and deletes the ``-wal``
the first is still writing to. These tests do what a hash, a copy or a header read does, then let
the command line run beside the open store, and check that nothing committed is lost.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from briefing.core import edit
from briefing.core.store import locking, open_store
from tests.conftest import run_briefing

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="open-file-description locks: Linux")


def _count_in_other_process(path: Path, table: str) -> int:
    sql = f"SELECT count(*) FROM {table}"
    code = f"import sqlite3; print(sqlite3.connect({str(path)!r}).execute({sql!r}).fetchone()[0])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


def _touch_the_file_another_way(path: Path, tmp_path: Path) -> None:
    """What a file dialog, a hash or a copy does: open and close the store and its -shm."""
    with open(path, "rb") as f:
        f.read(100)
    hashlib.sha256(path.read_bytes()).hexdigest()
    shutil.copyfile(path, tmp_path / "copy.sqlite")
    shm = Path(f"{path}-shm")
    if shm.exists():
        with open(shm, "rb") as f:
            f.read(100)


def test_locks_are_installed():
    assert locking.installed()


def test_another_open_and_close_in_the_process_keeps_the_wal(tmp_path):
    path = tmp_path / "store.sqlite"
    store = open_store(path)
    try:
        edit.create_theme(store, "Eerste")
        assert Path(f"{path}-wal").exists()
        _touch_the_file_another_way(path, tmp_path)

        result = run_briefing("--store", path, "visits")  # opens and closes the store in another process
        assert result.returncode == 0, result.stderr
        assert Path(f"{path}-wal").exists(), "the other process deleted the WAL this one is writing to"

        edit.create_theme(store, "Tweede")
        assert _count_in_other_process(path, "themes") == 2, "a commit of this process is invisible to others"
    finally:
        store.close()
    result = run_briefing("--store", path, "check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_app_and_command_line_write_in_turn(tmp_path):
    """The app's connection (kept open, a worker's connection beside it) and the command line
    take turns writing; the file is read another way between turns. Each sees the other's commits."""
    path = tmp_path / "store.sqlite"
    app = open_store(path, quick_check=True)
    worker = open_store(path)  # background jobs open their own connection in the app's process
    try:
        for turn in range(4):
            edit.create_theme(app, f"Thema van de app {turn}")
            _touch_the_file_another_way(path, tmp_path)
            result = run_briefing("--store", path, "search", f"nothing-{turn}")  # reads, then closes
            assert result.returncode in (0, 1), result.stderr
            result = run_briefing("--store", path, "demo")  # the command line writes
            assert result.returncode == 0, result.stderr
            assert Path(f"{path}-wal").exists()
            visits_cli = app.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
            assert visits_cli > 0, "the app does not see the command line's commit"
            assert worker.conn.execute("SELECT count(*) FROM themes WHERE title LIKE 'Thema van de app%'").fetchone()[
                0
            ] == turn + 1
            result = run_briefing("--store", path, "contacts", "--json")
            assert result.returncode == 0, result.stderr
            assert _count_in_other_process(path, "themes WHERE title LIKE 'Thema van de app%'") == turn + 1
    finally:
        worker.close()
        app.close()
    result = run_briefing("--store", path, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM themes WHERE title LIKE 'Thema van de app%'").fetchone()[0] == 4


def test_a_held_write_lock_is_busy_not_an_io_error(tmp_path):
    """The lock calls report contention as SQLite expects (errno), so a waiting writer is told
    'database is locked', never 'disk I/O error'."""
    path = tmp_path / "store.sqlite"
    store = open_store(path)
    try:
        store.conn.execute("BEGIN IMMEDIATE")
        code = (
            "import sqlite3\n"
            "import briefing.core.store\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None, timeout=0.2)\n"
            "try:\n"
            "    c.execute('BEGIN IMMEDIATE')\n"
            "    print('acquired')\n"
            "except sqlite3.OperationalError as e:\n"
            "    print(e)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert result.stdout.strip() == "database is locked", result.stdout + result.stderr
        store.conn.execute("ROLLBACK")
    finally:
        store.close()


def test_two_connections_in_one_process_share_their_locks(tmp_path):
    """SQLite expects its connections in one process to share locks; one closing must not leave
    the other unable to write, nor leave a lock behind."""
    path = tmp_path / "store.sqlite"
    held_before = locking.locked_files()
    first = open_store(path)
    second = open_store(path)
    edit.create_theme(first, "A")
    edit.create_theme(second, "B")
    first.close()
    edit.create_theme(second, "C")
    _touch_the_file_another_way(path, tmp_path)
    edit.create_theme(second, "D")
    second.close()
    assert locking.locked_files() == held_before, "a lock descriptor outlived the store's connections"
    # everything released: another process can take the write lock at once
    code = f"import sqlite3; c = sqlite3.connect({str(path)!r}, isolation_level=None, timeout=0); c.execute('BEGIN EXCLUSIVE'); print('ok')"  # noqa: E501
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "ok", result.stderr
    assert _count_in_other_process(path, "themes") == 4


_GARBAGE_CONNECTIONS = """
import gc, sqlite3, sys, threading
from briefing.core import edit
from briefing.core.store import locking, open_store

assert locking.installed()
path = sys.argv[1]
store = open_store(path)
gc.set_threshold(1, 1, 1)  # collect at nearly every allocation: inside SQLite's lock calls too

def garbage():
    for _ in range(300):
        conn = sqlite3.connect(path)
        conn.execute("SELECT count(*) FROM themes").fetchone()
        cycle = [conn]
        cycle.append(cycle)  # only the garbage collector frees it, wherever it runs next
        del conn, cycle

worker = threading.Thread(target=garbage)
worker.start()
for n in range(300):
    edit.create_theme(store, f"Thema {n}")
worker.join()
store.close()
print("done")
"""


def test_connections_freed_by_the_garbage_collector_do_not_deadlock(tmp_path):
    """Connections in reference cycles are closed wherever the collector runs; the lock calls
    run no Python, so a collection can never re-enter SQLite from inside them."""
    path = tmp_path / "store.sqlite"
    open_store(path).close()
    result = subprocess.run(
        [sys.executable, "-c", _GARBAGE_CONNECTIONS, str(path)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0 and result.stdout.strip() == "done", result.stderr[-2000:]
    assert _count_in_other_process(path, "themes") == 300
