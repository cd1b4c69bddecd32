"""The store: created from nothing, migrated, refused when it is not ours or too new."""

from __future__ import annotations

import sqlite3

import pytest

from briefing.core.errors import StoreError
from briefing.core.store import migrations, open_store


def test_a_store_is_created_from_nothing(tmp_path):
    path = tmp_path / "deep" / "folder" / "new.sqlite"
    with open_store(path) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = set(store.db.table_names())
    assert {
        "visits",
        "contacts",
        "organisations",
        "themes",
        "articles",
        "programme_items",
        "participants",
        "articles_fts",
    } <= tables


def test_migrations_run_in_order_from_every_earlier_version(tmp_path):
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).close()  # version 0: an empty file
    with open_store(path) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
    with open_store(path) as store:  # opening again migrates nothing
        assert store.schema_version == migrations.SCHEMA_VERSION


def test_migration_statements_split_triggers_whole():
    statements = migrations.statements(migrations.MIGRATIONS[0])
    triggers = [s for s in statements if s.startswith("CREATE TRIGGER")]
    assert len(triggers) == 3
    assert all(s.rstrip().endswith("END;") for s in triggers)


def test_a_store_from_a_newer_briefing_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer Briefing"):
        open_store(path)


def test_a_file_that_is_no_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are not the tables you are looking for" * 100)
    with pytest.raises(StoreError, match=r"not a Briefing store|cannot open"):
        open_store(path)
    assert path.read_text().startswith("these are not")


def test_another_programs_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a Briefing store"):
        open_store(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["recipes"]
    conn.close()


def test_a_failed_action_rolls_back_whole(tmp_path):
    with open_store(tmp_path / "s.sqlite") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.db["organisations"].insert({"name": "Half"})
            raise RuntimeError("boom")
        assert store.db["organisations"].count == 0


def test_foreign_keys_are_enforced(tmp_path):
    with open_store(tmp_path / "s.sqlite") as store, pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.conn.execute("INSERT INTO participants (visit_id, contact_id, role) VALUES (99, 99, 'host')")


def test_core_does_not_import_qt():
    import subprocess
    import sys

    code = (
        "import sys, briefing.core.interchange.visit_file, briefing.core.demo, briefing.core.store.health, "
        "briefing.core.pack.assemble, briefing.cli, briefing.export; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'reportlab', 'docx'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
