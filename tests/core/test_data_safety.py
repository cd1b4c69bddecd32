"""Backups, restore, migrations from every schema, erasure, retention and risky store locations."""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time

import pytest

from briefing.core.errors import InvalidFile, StoreError
from briefing.core.privacy import erase_contact, stale_contacts
from briefing.core.store import backup, migrations, open_store
from briefing.core.store.location import risky_location
from tests.conftest import full_visit, snapshot, write_json

WIPE = "CREATE TRIGGER wipe AFTER INSERT ON {table} BEGIN DELETE FROM visits; END"


@pytest.fixture(autouse=True)
def _backups(tmp_path, monkeypatch):
    monkeypatch.setenv(backup.BACKUP_ENV, str(tmp_path / "backups"))


@pytest.fixture
def loaded(cli, tmp_path, store_path):
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(full_visit()), encoding="utf-8")
    code, out, err = cli("load", path)
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


def test_backup_holds_what_is_still_in_the_write_ahead_log(store_path, loaded, tmp_path):
    store = open_store(store_path)
    with store.transaction():  # committed, but still only in the -wal file
        store.conn.execute("UPDATE visits SET title = 'Laatste wijziging' WHERE id = ?", (loaded,))
    assert (tmp_path / "store.sqlite-wal").stat().st_size > 0
    target = backup.make_backup(store.conn, store.path, tmp_path / "kopie.sqlite")
    store.close()
    assert backup.check_backup_file(target) == migrations.SCHEMA_VERSION
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT title FROM visits WHERE id = ?", (loaded,)).fetchone()[0] == "Laatste wijziging"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # a standalone file
    conn.close()


def test_cli_backup_and_restore_round_trip(cli, store_path, loaded, tmp_path):
    code, out, _ = cli("backup")
    assert code == 0
    made = out.strip()
    before = snapshot(store_path)
    assert cli("erase-contact", "1")[0] == 0
    assert snapshot(store_path) != before
    code, out, err = cli("restore", made)
    assert code == 0, err
    assert "kept as" in out
    assert snapshot(store_path) == before  # every row back
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and sqlite3.connect(kept[0]).execute("SELECT count(*) FROM contacts").fetchone()[0] >= 1
    code, out, _ = cli("check")
    assert code == 0 and "healthy" in out
    code, out, _ = cli("backup", "--list")
    assert made in out


def test_restore_refuses_a_bad_file_and_keeps_the_store(cli, store_path, loaded, tmp_path):
    before = snapshot(store_path)
    for bad in (tmp_path / "niets.sqlite", tmp_path / "tekst.sqlite", tmp_path / "ander.sqlite"):
        if bad.name == "tekst.sqlite":
            bad.write_text("dit is geen database", encoding="utf-8")
        elif bad.name == "ander.sqlite":
            other = sqlite3.connect(bad)
            other.execute("CREATE TABLE iets (x)")
            other.commit()
            other.close()
        code, _, err = cli("restore", bad)
        assert code == 2 and bad.name in err and len(err.strip().splitlines()) == 1
    assert snapshot(store_path) == before


def _run_capped(*args: object) -> subprocess.CompletedProcess:
    """``python -m briefing`` under a 2 GiB address-space cap, killed after 30 s of wall-clock time."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run(
        [sys.executable, "-m", "briefing", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        preexec_fn=cap,
        env=dict(os.environ),
    )


def _side_files(tmp_path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("store.sqlite."))


def test_restore_refuses_a_backup_with_an_extra_trigger(cli, store_path, loaded, tmp_path):
    hostile = tmp_path / "kopie.sqlite"
    assert cli("backup", "-o", hostile)[0] == 0
    conn = sqlite3.connect(hostile)
    conn.execute(WIPE.format(table="pack_exports"))
    conn.commit()
    conn.close()
    before = snapshot(store_path)
    result = _run_capped("--store", store_path, "restore", hostile)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"briefing: {hostile}: refused, its schema is not Briefing's: "
        'extra trigger "wipe" on "pack_exports", not made by Briefing'
    ]
    assert snapshot(store_path) == before and _side_files(tmp_path) == []
    code, out, _ = cli("check")
    assert code == 0 and "healthy" in out


def test_restore_refuses_an_older_backup_with_an_extra_trigger(cli, store_path, loaded, tmp_path):
    old = tmp_path / "oud.sqlite"
    _store_at(old, 2)
    conn = sqlite3.connect(old)
    conn.execute(WIPE.format(table="themes"))
    conn.commit()
    conn.close()
    before = snapshot(store_path)
    result = _run_capped("--store", store_path, "restore", old)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and 'extra trigger "wipe" on "themes"' in result.stderr
    assert snapshot(store_path) == before and _side_files(tmp_path) == []


def test_restore_migrates_an_older_backup(cli, store_path, loaded, tmp_path):
    old = tmp_path / "oud.sqlite"
    _store_at(old, 2)
    code, out, err = cli("restore", old)
    assert code == 0, err
    assert [r[1] for r in snapshot(store_path)["visits"]] == ["Oud bezoek"]
    code, out, err = cli("check")
    assert code == 0 and f"healthy (schema version {migrations.SCHEMA_VERSION})" in out, err
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and len(snapshot(kept[0])["visits"]) == 1  # the store as it was, loaded visit and all


def test_restore_over_a_damaged_store_keeps_the_damaged_pages(cli, store_path, loaded, tmp_path):
    made = tmp_path / "kopie.sqlite"
    assert cli("backup", "-o", made)[0] == 0
    before = snapshot(store_path)
    conn = sqlite3.connect(store_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    scribbled = range(1, pages - 1, 2)
    with open(store_path, "r+b") as handle:
        for page in scribbled:
            handle.seek(page * page_size + 16)
            handle.write(b"\xa5" * 200)
    assert cli("check")[0] == 1
    code, _out, err = cli("restore", made)
    assert code == 0, err
    assert snapshot(store_path) == before
    assert cli("check")[0] == 0
    kept = next(p for p in tmp_path.iterdir() if ".before-restore-" in p.name)
    data = kept.read_bytes()
    assert len(data) == pages * page_size
    assert all(data[page * page_size + 16 : page * page_size + 216] == b"\xa5" * 200 for page in scribbled)


def test_restore_over_a_file_that_is_not_a_database_moves_it_aside(cli, store_path, loaded, tmp_path):
    made = tmp_path / "kopie.sqlite"
    assert cli("backup", "-o", made)[0] == 0
    before = snapshot(store_path)
    store_path.write_bytes(b"\x00garbage" * 1000)
    code, _out, err = cli("restore", made)
    assert code == 0, err
    assert snapshot(store_path) == before and cli("check")[0] == 0
    kept = next(p for p in tmp_path.iterdir() if ".before-restore-" in p.name)
    assert kept.read_bytes() == b"\x00garbage" * 1000


def test_a_load_that_starts_during_a_restore_lands_in_the_restored_store(
    cli, store_path, loaded, tmp_path, monkeypatch
):
    made = tmp_path / "kopie.sqlite"
    assert cli("backup", "-o", made)[0] == 0
    data = full_visit()
    data["visit"]["title"] = "Geladen tijdens de restore"
    visit_file = write_json(tmp_path / "tijdens.json", data)
    copy_into, loads = backup._copy_into, []

    def slow_copy_into(fresh, lock):  # the store is locked: a load started now must wait for it
        loads.append(
            subprocess.Popen(
                [sys.executable, "-m", "briefing", "--store", str(store_path), "load", str(visit_file)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
        time.sleep(2)
        assert loads[0].poll() is None
        copy_into(fresh, lock)

    monkeypatch.setattr(backup, "_copy_into", slow_copy_into)
    code, _, err = cli("restore", made)
    assert code == 0, err
    _, err = loads[0].communicate(timeout=60)
    assert loads[0].returncode == 0, err
    titles = sorted(r[1] for r in snapshot(store_path)["visits"])
    assert titles == sorted([full_visit()["visit"]["title"], "Geladen tijdens de restore"])
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert [r[1] for r in snapshot(kept[0])["visits"]] == [full_visit()["visit"]["title"]]


def test_rolling_backups_keep_the_newest(store_path, loaded):
    store = open_store(store_path)
    for _ in range(backup.KEEP + 3):
        backup.make_backup(store.conn, store.path, reason="daily")
    assert len(backup.list_backups(store.path)) == backup.KEEP
    newest = backup.newest_backup(store.path)
    assert backup.daily_backup_if_due(store.conn, store.path, now=newest.created + dt.timedelta(hours=2)) is None
    later = newest.created + dt.timedelta(hours=25)
    assert backup.daily_backup_if_due(store.conn, store.path, now=later) is not None
    store.close()


def _store_at(path, version: int) -> None:
    """A store at an earlier schema version, holding data."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.apply(conn, target=version)
    conn.execute("INSERT INTO organisations (id, name) VALUES (1, 'AD Veiligheid en Preventie')")
    conn.execute("INSERT INTO contacts (id, name, organisation_id, email) VALUES (1, 'Diane Reynders', 1, 'd@x.be')")
    conn.execute(
        "INSERT INTO visits (id, title, start_date, end_date) VALUES (1, 'Oud bezoek', '2023-06-15', '2023-06-16')"
    )
    conn.execute("INSERT INTO participants (visit_id, contact_id, role) VALUES (1, 1, 'host')")
    conn.execute(
        "INSERT INTO programme_items (visit_id, date, start_time, end_time, title) "
        "VALUES (1, '2023-06-15', '09:00', '10:00', 'Ontvangst')"
    )
    conn.execute("INSERT INTO articles (id, title, body) VALUES (1, 'Oekraïense aanklagers', 'Tekst over preventie')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", range(1, migrations.SCHEMA_VERSION))
def test_migration_from_every_earlier_schema_keeps_the_data(tmp_path, version):
    path = tmp_path / f"v{version}.sqlite"
    _store_at(path, version)
    store = open_store(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    from briefing.core.store import repo
    from briefing.core.store.search import search

    bundle = repo.visit_bundle(store, 1)
    assert bundle.visit.title == "Oud bezoek" and [i.title for i in bundle.items] == ["Ontvangst"]
    assert bundle.contacts[1].name == "Diane Reynders"
    assert [h.id for h in search(store, "oekraiense").hits] == [1]  # the search index works after migrating
    backups = backup.list_backups(path)
    assert [b.reason for b in backups] == [f"before-migration-{version}"]
    old = sqlite3.connect(backups[0].path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == version  # the way back
    old.close()
    store.close()


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "nieuw.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer Briefing"):
        open_store(path)


def test_erase_contact_everywhere_and_name_the_backups(cli, store_path, loaded):
    store = open_store(store_path)
    person = store.conn.execute(
        "SELECT c.id, c.name, c.email FROM contacts c JOIN item_contacts i ON i.contact_id = c.id "
        "WHERE c.email <> '' LIMIT 1"
    ).fetchone()
    with store.transaction():
        store.conn.execute("UPDATE visits SET purpose = purpose || ' Met ' || ? || '.'", (person[1],))
    held = backup.make_backup(store.conn, store.path, reason="daily")
    erasure = erase_contact(store, person[0])
    assert erasure.name == person[1] and erasure.visits and erasure.items >= 1
    for table in ("contacts", "participants", "item_contacts"):
        column = "id" if table == "contacts" else "contact_id"
        assert store.conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (person[0],)).fetchone()[0] == 0
    assert erasure.backups == [held]
    assert any(m.kind == "visit" and m.field == "purpose" for m in erasure.mentions)
    store.close()
    # the e-mail address was only in the contact's row: overwritten, not merely unlinked
    assert person[2].encode("utf-8") not in store_path.read_bytes() + _wal(store_path)


def _wal(path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_stale_contacts(store_path, loaded):
    store = open_store(store_path)
    in_visit = store.conn.execute("SELECT contact_id FROM participants LIMIT 1").fetchone()[0]
    with store.transaction():
        store.conn.execute("UPDATE contacts SET updated = '2019-01-01T00:00:00Z'")
        spare = store.conn.execute(
            "INSERT INTO contacts (name, updated) VALUES ('Niet gebruikt', '2019-01-01T00:00:00Z')"
        ).lastrowid
    end = store.conn.execute("SELECT end_date FROM visits").fetchone()[0]
    soon = dt.date.fromisoformat(end) + dt.timedelta(days=30)
    ids = {s.id for s in stale_contacts(store, 6, today=soon)}
    assert spare in ids and in_visit not in ids  # the visit ended a month ago
    later = dt.date.fromisoformat(end) + dt.timedelta(days=400)
    ids = {s.id for s in stale_contacts(store, 6, today=later)}
    assert in_visit in ids
    store.close()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("C:/Users/ann/OneDrive - FOD Binnenlandse Zaken/briefing.sqlite", "OneDrive"),
        ("/home/ann/Dropbox/briefing.sqlite", "Dropbox"),
        ("/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/b.sqlite", "iCloud"),
        ("\\\\fileserver\\protocol\\briefing.sqlite", "network share"),
        ("/home/ann/Documenten/briefing.sqlite", ""),
    ],
)
def test_risky_locations(path, expected, tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n", encoding="utf-8")
    why = risky_location(path, mounts=str(mounts))
    assert (expected in why) if expected else why == ""


def test_network_mount_is_detected(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n//srv/share /mnt/share cifs rw 0 0\n", encoding="utf-8")
    assert "cifs" in risky_location("/mnt/share/team/briefing.sqlite", mounts=str(mounts))


def test_backup_refuses_to_overwrite_the_store(store_path, loaded):
    store = open_store(store_path)
    with pytest.raises(InvalidFile):
        backup.make_backup(store.conn, store.path, store.path)
    store.close()
