"""The pack's history: every export recorded, and what changed since the last one."""

from __future__ import annotations

import json

from briefing.core import edit
from briefing.core.model import ProgrammeItem
from briefing.core.pack.history import changes_since_last_export, history, load_options, save_options
from briefing.core.pack.labels import change_text
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
    found = changes_since_last_export(store, visit_id)
    removed_name = bundle.contacts[removed_person].name
    assert {(c.code, c.values.get("title") or c.values.get("name")) for c in found} == {
        ("moved", first.title),
        ("removed", second.title),
        ("added", "Extra briefing"),
        ("person_removed", removed_name),
    }
    moved = next(c for c in found if c.code == "moved")
    assert moved.values["before"] == (first.date, first.start, first.end)
    assert moved.values["after"] == (bundle.visit.end, first.start, first.end)
    changes = [change_text("en", c.code, c.values) for c in found]
    assert f"moved: {first.title} (22 April 2024 09:00 – 10:30 → 26 April 2024 09:00 – 10:30)" in changes
    assert any(c.startswith("removed: " + second.title) for c in changes)
    assert "added: Extra briefing (22 April 2024 17:00)" in changes
    assert f"person removed: {removed_name} (other)" in changes
    # the same changes in the other languages: dates, roles and words, never a code
    french = [change_text("fr", c.code, c.values) for c in found]
    assert f"déplacé : {first.title} (22 avril 2024 09:00 – 10:30 → 26 avril 2024 09:00 – 10:30)" in french
    assert "ajouté : Extra briefing (22 avril 2024 17:00)" in french
    assert f"personne retirée : {removed_name} (autre)" in french
    dutch = [change_text("nl", c.code, c.values) for c in found]
    assert "toegevoegd: Extra briefing (22 april 2024 17:00)" in dutch
    assert f"persoon geschrapt: {removed_name} (andere)" in dutch

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


def test_renames_and_role_changes_are_worded_with_roles_not_codes(cli, tmp_path, store_path):
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(full_visit()), encoding="utf-8")
    visit_id = int(cli("load", path)[1].strip().splitlines()[-1])
    assert cli("export", visit_id, "--format", "pdf", "-o", tmp_path / "a.pdf")[0] == 0
    store = open_store(store_path)
    bundle = repo.visit_bundle(store, visit_id)
    item = next(i for i in bundle.items if not i.date)
    edit.update(store, "programme_items", item.id, "rename", title="Persmoment")
    speaker = next(p.contact_id for p in bundle.participants if p.role == "speaker")
    edit.set_participant_role(store, visit_id, speaker, "host")
    found = changes_since_last_export(store, visit_id)
    assert [(c.code, c.values) for c in found] == [
        ("renamed", {"before": "Nog te plannen", "after": "Persmoment", "when": ("", "", "")}),
        ("person_role_changed", {"name": "Michaël Jonniaux", "before": "speaker", "after": "host"}),
    ]
    assert [change_text("en", c.code, c.values) for c in found] == [
        "renamed: Nog te plannen → Persmoment (not scheduled)",
        "person's role changed: Michaël Jonniaux (speaker → host)",
    ]
    assert [change_text("fr", c.code, c.values) for c in found] == [
        "renommé : Nog te plannen → Persmoment (pas planifié)",
        "rôle changé : Michaël Jonniaux (orateur → hôte)",
    ]
    store.close()
