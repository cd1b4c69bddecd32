"""The pack's history: every export recorded, and what changed since the last one."""

from __future__ import annotations

import json

from briefing.core import edit
from briefing.core.model import ProgrammeItem
from briefing.core.pack.history import changes_since_last_export, history, load_options, save_options
from briefing.core.store import open_store, repo
from tests.conftest import full_visit


def test_exports_are_recorded_and_changes_listed(cli, tmp_path, store_path):
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(full_visit()), encoding="utf-8")
    visit_id = int(cli("load", path)[1].strip().splitlines()[-1])
    store = open_store(store_path)
    assert changes_since_last_export(store, visit_id) == []  # nothing exported yet
    assert cli("export", visit_id, "--format", "pdf", "-o", tmp_path / "a.pdf")[0] == 0
    assert cli("export", visit_id, "--format", "docx", "-o", tmp_path / "a.docx", "--lang", "fr")[0] == 0
    records = history(store, visit_id)
    assert [r.format for r in records] == ["docx", "pdf"]
    assert records[0].options["lang"] == "fr" and records[1].options["lang"] == "nl"
    assert records[0].content_hash != records[1].content_hash  # another language is another pack
    assert changes_since_last_export(store, visit_id) == []

    bundle = repo.visit_bundle(store, visit_id)
    first, second = bundle.items[0], bundle.items[1]
    edit.move_item(store, first.id, bundle.visit.end, 0)
    edit.delete_item(store, second.id)
    edit.add_item(store, visit_id, ProgrammeItem(title="Extra briefing", date=bundle.visit.start, start="17:00"))
    removed_person = bundle.participants[-1].contact_id
    edit.remove_participant(store, visit_id, removed_person)
    changes = changes_since_last_export(store, visit_id)
    assert any(c.startswith("moved: " + first.title) and bundle.visit.end in c for c in changes)
    assert any(c.startswith("removed: " + second.title) for c in changes)
    assert any(c.startswith("added: Extra briefing") for c in changes)
    assert any(c.startswith("person removed: " + bundle.contacts[removed_person].name) for c in changes)

    assert cli("export", visit_id, "--format", "ics", "-o", tmp_path / "a.ics")[0] == 0
    assert changes_since_last_export(store, visit_id) == []
    store.close()


def test_pack_options_are_kept_per_visit(store_path):
    store = open_store(store_path)
    assert load_options(store, 7) == {}
    save_options(store, 7, {"lang": "en", "sections": ["cover", "programme"]})
    save_options(store, 8, {"lang": "fr"})
    assert load_options(store, 7) == {"lang": "en", "sections": ["cover", "programme"]}
    assert load_options(store, 8)["lang"] == "fr"
    store.close()
