"""The schema audit: a store must hold exactly Briefing's schema at its version; check names any
difference, check --repair mends what can be made again, and another application's file is never
migrated."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from briefing.cli import main
from briefing.core.errors import StoreError
from briefing.core.store import migrations, open_store, schema
from briefing.core.store.search import search
from tests.conftest import full_visit, snapshot

WIPE = "CREATE TRIGGER wipe AFTER INSERT ON pack_exports BEGIN DELETE FROM visits; END"


@pytest.fixture(autouse=True)
def _backups(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_BACKUP_DIR", str(tmp_path / "backups"))


@pytest.fixture
def loaded(cli, tmp_path, store_path):
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(full_visit()), encoding="utf-8")
    code, out, err = cli("load", path)
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


def _alter(path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("version", range(migrations.SCHEMA_VERSION + 1))
def test_what_the_migrations_make_is_the_reference(tmp_path, version):
    conn = sqlite3.connect(tmp_path / "s.sqlite")
    migrations.apply(conn, target=version)
    assert schema.differences(conn) == []
    assert len(schema.reference(version).objects) == len(conn.execute("SELECT * FROM sqlite_master").fetchall())
    conn.close()


def test_white_space_in_the_statements_does_not_count(tmp_path):
    conn = sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)
    for script in migrations.MIGRATIONS:
        for statement in migrations.statements(script):
            conn.execute(" ".join(statement.split()).replace("( ", "(").replace(" )", ")"))
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION}")
    assert schema.differences(conn) == []
    conn.close()


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (WIPE, 'extra trigger "wipe" on "pack_exports"'),
        ("CREATE VIEW everyone AS SELECT name FROM contacts", 'extra view "everyone"'),
        ("CREATE INDEX visits_title ON visits(title)", 'extra index "visits_title" on "visits"'),
        ("CREATE TABLE notes (x)", 'extra table "notes"'),
        ("ALTER TABLE visits ADD COLUMN extra TEXT", 'table "visits" has a column "extra"'),
        ("ALTER TABLE visits DROP COLUMN purpose", 'table "visits" lacks the column "purpose"'),
        ("DROP INDEX contacts_email", 'missing index "contacts_email" on "contacts"'),
        ("DROP TABLE articles_fts_docsize", 'missing table "articles_fts_docsize"'),
        (
            "DROP TRIGGER articles_fts_insert; CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles "
            "BEGIN DELETE FROM visits; END",
            'trigger "articles_fts_insert" on "articles" is not defined as Briefing defines it',
        ),
    ],
)
def test_every_kind_of_difference_is_named(tmp_path, change, named):
    conn = sqlite3.connect(tmp_path / "s.sqlite")
    migrations.apply(conn)
    conn.executescript(change)
    found = schema.differences(conn)
    assert len(found) == 1 and named in str(found[0]), found
    conn.close()


def test_check_names_an_extra_trigger_and_repair_removes_it(cli, store_path, loaded):
    _alter(store_path, WIPE)
    code, out, err = cli("check")
    assert code == 1 and out == ""
    assert f'{store_path}: schema: extra trigger "wipe" on "pack_exports", not made by Briefing' in err
    assert "run 'briefing check --repair'" in err
    before = snapshot(store_path)
    code, out, err = cli("check", "--repair")
    assert code == 0, err
    assert 'removed trigger "wipe"' in out and "healthy" in out
    assert snapshot(store_path) == before  # no row touched
    conn = sqlite3.connect(store_path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'wipe'").fetchone()[0] == 0
    conn.close()


def test_check_reports_a_dropped_column_and_says_repair_cannot_mend_it(cli, store_path, loaded):
    _alter(store_path, "ALTER TABLE visits DROP COLUMN purpose")
    for args in (("check",), ("check", "--repair")):
        code, _, err = cli(*args)
        assert code == 1, args
        lines = err.strip().splitlines()
        assert lines[0] == f'{store_path}: schema: table "visits" lacks the column "purpose"'
        assert lines[-1].startswith(f"{store_path}: damaged, and 'briefing check --repair' cannot mend this: restore")
        assert "Traceback" not in err


@pytest.mark.parametrize(
    "damage",
    [
        "DELETE FROM articles_fts_data",
        "DROP TABLE articles_fts_data",
        "DROP TABLE articles_fts_config",
        "UPDATE articles_fts_config SET v = 99 WHERE k = 'version'",
        "UPDATE articles_fts_data SET block = x'0102030405060708' WHERE id > 1",
        "DELETE FROM articles_fts_docsize",
        "DROP TRIGGER articles_fts_insert",
        "DROP TABLE articles_fts_idx; CREATE TABLE articles_fts_idx (x)",
    ],
)
def test_repair_mends_a_damaged_search_index(cli, store_path, loaded, damage):
    conn = sqlite3.connect(store_path)
    conn.executescript(damage)
    conn.close()
    code, _, err = cli("check")
    assert code == 1 and "--repair" in err
    code, out, err = cli("check", "--repair")
    assert code == 0, err
    assert out.strip().splitlines()[-1] == f"{store_path}: healthy (schema version {migrations.SCHEMA_VERSION})"
    code, out, err = cli("check")
    assert code == 0 and "healthy" in out, err
    with open_store(store_path) as store:
        assert [h.id for h in search(store, "oekraiense").hits]  # found again, accents folded as before
        config = dict(store.conn.execute("SELECT k, v FROM articles_fts_config"))
        assert config["rank"] == "bm25(5.0, 2.0, 1.0)"
        with store.transaction():  # the triggers keep it up to date again
            store.conn.execute("INSERT INTO articles (title) VALUES ('Zeldzaamwoord')")
        assert len(search(store, "zeldzaamwoord").hits) == 1


def test_a_foreign_sqlite_file_at_an_early_version_is_left_untouched(capsys, tmp_path):
    foreign = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE measurements (id INTEGER PRIMARY KEY, value REAL)")
    conn.execute("INSERT INTO measurements (value) VALUES (1.5)")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    before = _sha(foreign)
    with pytest.raises(StoreError, match="not a Briefing store") as refused:
        open_store(foreign)
    assert 'extra table "measurements"' in str(refused.value)
    assert _sha(foreign) == before
    assert main(["--store", str(foreign), "visits"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "not a Briefing store" in err
    assert _sha(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("ander")) == ["ander.sqlite"]
    assert not (tmp_path / "backups").exists()  # no migration backup either: nothing was about to change


def test_an_old_store_with_a_changed_schema_is_not_migrated(tmp_path):
    path = tmp_path / "oud.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(conn, target=2)
    conn.execute(WIPE.replace("pack_exports", "themes"))
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(StoreError, match=r'not a Briefing store.*extra trigger "wipe"'):
        open_store(path)
    assert _sha(path) == before
