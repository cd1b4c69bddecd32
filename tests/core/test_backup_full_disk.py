"""`briefing backup -o` on a full disk: one line that says so, and no half-written copy left behind."""

from __future__ import annotations

import errno
import json
import os
import sqlite3

import pytest

from briefing.core.store import backup
from tests.conftest import full_visit, snapshot


@pytest.fixture(autouse=True)
def _backups(tmp_path, monkeypatch):
    monkeypatch.setenv(backup.BACKUP_ENV, str(tmp_path / "backups"))


@pytest.fixture
def loaded(cli, tmp_path):
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(full_visit()), encoding="utf-8")
    code, out, err = cli("load", path)
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _SmallDisk:
    """sqlite3 as the backup module sees it, with room for only a few pages in a file it creates
    (SQLite's own 'database or disk is full', as on a full disk)."""

    def __getattr__(self, name):
        return getattr(sqlite3, name)

    @staticmethod
    def connect(path, *args, **kwargs):
        conn = sqlite3.connect(path, *args, **kwargs)
        if str(path).endswith(".part"):
            conn.execute("PRAGMA max_page_count = 3")
        return conn


@pytest.mark.parametrize("where", ["fsync", "sqlite"])
def test_backup_to_a_full_disk_says_so_in_one_line_and_leaves_nothing(
    cli, store_path, loaded, tmp_path, monkeypatch, where
):
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "copy.sqlite"
    before = snapshot(store_path)
    if where == "fsync":
        monkeypatch.setattr(os, "fsync", _no_space)
    else:
        monkeypatch.setattr(backup, "sqlite3", _SmallDisk())
    code, out, err = cli("backup", "-o", target)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0] == (
        f"briefing: {target}: the disk is full: free some space or write the backup to another disk. "
        "Nothing was changed."
    )
    assert sorted(os.listdir(folder)) == []  # no copy.sqlite.part (nor its journal)
    assert snapshot(store_path) == before


def test_restore_that_fails_to_write_leaves_no_temporary_copy(cli, store_path, loaded, tmp_path, monkeypatch):
    code, out, _ = cli("backup")
    assert code == 0
    made = out.strip()
    monkeypatch.setattr(os, "fsync", _no_space)
    code, _, _ = cli("restore", made)
    assert code != 0
    assert not [p.name for p in store_path.parent.iterdir() if ".restoring" in p.name or p.name.endswith(".part")]
