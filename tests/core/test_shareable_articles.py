"""Articles the officer marks as shareable with the delegation: the store's column (migrated from every
earlier schema with data, nothing shared), the undoable edit, and the visit file's optional field."""

from __future__ import annotations

import json
import sqlite3

import pytest

from briefing.core import edit
from briefing.core.errors import NotFound
from briefing.core.interchange import visit_file
from briefing.core.store import migrations, open_store, repo
from tests.conftest import full_visit, snapshot, write_json

SHAREABLE = migrations.MIGRATIONS.index(migrations._V5_SHAREABLE_ARTICLES) + 1  # the version that adds it


@pytest.fixture
def loaded(cli, tmp_path, store_path):
    data = full_visit()
    data["articles"][1]["shareable"] = True
    code, out, err = cli("load", write_json(tmp_path / "visit.json", data))
    assert code == 0, err
    store = open_store(store_path)
    yield store, int(out.strip().splitlines()[-1])
    store.close()


@pytest.mark.parametrize("version", range(1, SHAREABLE))
def test_every_earlier_store_migrates_with_its_articles_unshared(tmp_path, version):
    path = tmp_path / f"v{version}.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(conn, target=version)
    conn.execute("INSERT INTO visits (id, title, start_date, end_date) VALUES (1, 'Oud', '2023-06-15', '2023-06-16')")
    conn.execute("INSERT INTO articles (id, title, body) VALUES (1, 'Een', 'tekst'), (2, 'Twee', 'tekst')")
    conn.execute(
        "INSERT INTO visit_articles (visit_id, article_id, position, full_text) VALUES (1, 1, 0, 0), (1, 2, 1, 1)"
    )
    conn.commit()
    conn.close()
    store = open_store(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION
        bundle = repo.visit_bundle(store, 1)
        assert [a.title for a in bundle.articles] == ["Een", "Twee"]
        assert bundle.full_text == {1: False, 2: True}  # kept as it was
        assert bundle.shareable == {1: False, 2: False}  # nothing goes to the delegation unasked
    finally:
        store.close()


def test_marking_an_article_shareable_is_one_edit_that_undoes(loaded, store_path):
    store, visit_id = loaded
    first, second = (a.id for a in repo.visit_bundle(store, visit_id).articles)
    assert repo.visit_bundle(store, visit_id).shareable == {first: False, second: True}
    before = snapshot(store_path)
    change = edit.set_article_shareable(store, visit_id, first, True)
    assert repo.visit_bundle(store, visit_id).shareable == {first: True, second: True}
    after = snapshot(store_path)
    edit.undo(store, change)
    assert snapshot(store_path) == before
    edit.redo(store, change)
    assert snapshot(store_path) == after
    assert change.label == "Shareable with the delegation"


def test_an_article_outside_the_visit_is_refused_and_nothing_changes(loaded, store_path):
    store, visit_id = loaded
    before = snapshot(store_path)
    with pytest.raises(NotFound, match="not in visit"):
        edit.set_article_shareable(store, visit_id, 999_999, True)
    assert snapshot(store_path) == before


def test_the_visit_file_carries_the_mark_and_older_files_share_nothing(loaded, tmp_path):
    store, visit_id = loaded
    dumped = visit_file.dump(repo.visit_bundle(store, visit_id))
    assert [a["shareable"] for a in dumped["articles"]] == [False, True]
    again = visit_file.parse(json.dumps(dumped), "again.json")  # valid briefing-visit/1
    assert [a["shareable"] for a in again["articles"]] == [False, True]
    old = full_visit()  # a file written before the field existed
    assert all("shareable" not in a for a in old["articles"])
    visit_file.parse(json.dumps(old), "old.json")


def test_a_shareable_that_is_not_true_or_false_is_refused_in_one_line(cli, tmp_path, store_path):
    data = full_visit()
    data["articles"][0]["shareable"] = "yes"
    before = snapshot(store_path)
    code, _, err = cli("load", write_json(tmp_path / "bad.json", data))
    assert code == 2 and "shareable" in err and len(err.strip().splitlines()) == 1
    assert snapshot(store_path) == before
