"""Every edit is one transaction that undo and redo replay exactly."""

from __future__ import annotations

import json

import pytest

from briefing.core import edit
from briefing.core.errors import InvalidFile
from briefing.core.model import Contact, ProgrammeItem, Visit
from briefing.core.store import open_store, repo
from tests.conftest import full_visit, snapshot


@pytest.fixture
def loaded(cli, tmp_path, store_path):
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(full_visit()), encoding="utf-8")
    code, out, err = cli("load", path)
    assert code == 0, err
    return open_store(store_path), int(out.strip().splitlines()[-1])


def _round_trip(store, store_path, action):
    before = snapshot(store_path)
    change = action()
    after = snapshot(store_path)
    assert after != before, "the action changed nothing"
    edit.undo(store, change)
    assert snapshot(store_path) == before
    edit.redo(store, change)
    assert snapshot(store_path) == after
    return change


def test_update_visit_fields(loaded, store_path):
    store, visit_id = loaded
    change = _round_trip(
        store, store_path, lambda: edit.update(store, "visits", visit_id, "Edit", title="Nieuw", status="confirmed")
    )
    assert change.result == visit_id
    assert repo.get_visit(store, visit_id).title == "Nieuw"


def test_invalid_edits_are_refused_and_change_nothing(loaded, store_path):
    store, visit_id = loaded
    before = snapshot(store_path)
    with pytest.raises(InvalidFile, match="before it starts"):
        edit.update(store, "visits", visit_id, "Edit", end_date="2000-01-01")
    with pytest.raises(InvalidFile, match="not a time"):
        item_id = repo.visit_bundle(store, visit_id).items[0].id
        edit.update(store, "programme_items", item_id, "Edit", start_time="25:99")
    with pytest.raises(ValueError):
        edit.update(store, "visits", visit_id, "Edit", id=5)
    assert snapshot(store_path) == before


def test_delete_visit_and_undo_restores_everything_with_the_same_ids(loaded, store_path):
    store, visit_id = loaded
    bundle = repo.visit_bundle(store, visit_id)
    assert bundle.items and bundle.participants and bundle.themes and bundle.articles
    change = _round_trip(store, store_path, lambda: edit.delete_visit(store, visit_id))
    assert repo.find_visit(store, bundle.visit.title, bundle.visit.start) is None
    edit.undo(store, change)
    again = repo.visit_bundle(store, visit_id)
    assert [i.id for i in again.items] == [i.id for i in bundle.items]
    assert [i.contact_ids for i in again.items] == [i.contact_ids for i in bundle.items]


def test_duplicate_visit_shifts_dates(loaded, store_path):
    store, visit_id = loaded
    original = repo.visit_bundle(store, visit_id)
    change = _round_trip(store, store_path, lambda: edit.duplicate_visit(store, visit_id, "2025-04-21"))
    copy = repo.visit_bundle(store, change.result)
    assert copy.visit.start == "2025-04-21" and copy.visit.status == "draft"
    assert len(copy.items) == len(original.items)
    assert [p.contact_id for p in copy.participants] == [p.contact_id for p in original.participants]
    dated = [(a.date, b.date) for a, b in zip(original.items, copy.items, strict=True) if a.date]
    assert dated and all(b > a for a, b in dated)
    assert [i.contact_ids for i in copy.items] == [i.contact_ids for i in original.items]


def test_programme_edits(loaded, store_path):
    store, visit_id = loaded
    bundle = repo.visit_bundle(store, visit_id)
    day = bundle.visit.start
    item = ProgrammeItem(
        title="Extra overleg", date=day, start="16:00", end="17:00", contact_ids=[bundle.participants[0].contact_id]
    )
    change = _round_trip(store, store_path, lambda: edit.add_item(store, visit_id, item))
    new_id = change.result
    _round_trip(store, store_path, lambda: edit.move_item(store, new_id, day, 0))
    first_of_day = [i.id for i in repo.visit_bundle(store, visit_id).items if i.date == day]
    assert new_id in first_of_day
    _round_trip(store, store_path, lambda: edit.move_item(store, new_id, bundle.visit.end, 0))
    moved = next(i for i in repo.visit_bundle(store, visit_id).items if i.id == new_id)
    assert moved.date == bundle.visit.end
    _round_trip(store, store_path, lambda: edit.set_item_contacts(store, new_id, []))
    _round_trip(store, store_path, lambda: edit.update(store, "programme_items", new_id, "Edit", start_time="9:30"))
    assert next(i for i in repo.visit_bundle(store, visit_id).items if i.id == new_id).start == "09:30"
    _round_trip(store, store_path, lambda: edit.delete_item(store, new_id))


def test_people_themes_and_articles(loaded, store_path):
    store, visit_id = loaded
    bundle = repo.visit_bundle(store, visit_id)
    people = [p.contact_id for p in bundle.participants]
    _round_trip(store, store_path, lambda: edit.reorder_participants(store, visit_id, list(reversed(people))))
    assert next(p.contact_id for p in repo.visit_bundle(store, visit_id).participants) in people
    _round_trip(store, store_path, lambda: edit.set_participant_role(store, visit_id, people[0], "speaker"))
    _round_trip(store, store_path, lambda: edit.remove_participant(store, visit_id, people[0]))
    change = _round_trip(
        store, store_path, lambda: edit.create_contact(store, Contact(name="Nieuwe Persoon"), "Nieuwe Org")
    )
    _round_trip(store, store_path, lambda: edit.add_participant(store, visit_id, change.result, "host"))
    theme = bundle.themes[0].id
    _round_trip(store, store_path, lambda: edit.remove_visit_theme(store, visit_id, theme))
    article = bundle.articles[0].id
    _round_trip(store, store_path, lambda: edit.set_article_full_text(store, visit_id, article, False))
    _round_trip(store, store_path, lambda: edit.remove_visit_article(store, visit_id, article))


def test_create_visit(store_path):
    store = open_store(store_path)
    change = _round_trip(
        store,
        store_path,
        lambda: edit.create_visit(store, Visit(title="Nieuw bezoek", start="2026-03-02", end="2026-03-04")),
    )
    assert repo.get_visit(store, change.result).end == "2026-03-04"
    with pytest.raises(InvalidFile):
        edit.create_visit(store, Visit(title="x", start="2026-03-05", end="2026-03-04"))


def test_talking_points_are_edited_as_a_list(loaded, store_path):
    store, visit_id = loaded
    theme = repo.visit_bundle(store, visit_id).themes[0]
    points = ["Ціль — «прозорість»", "  second, with outer spaces  ", "", 'quotes " and \\ back']
    _round_trip(store, store_path, lambda: edit.update_theme(store, theme.id, "Points", talking_points=points))
    assert repo.get_theme(store, theme.id).talking_points == ["Ціль — «прозорість»", "second, with outer spaces",
                                                              'quotes " and \\ back']  # fmt: skip
    stored = store.conn.execute("SELECT talking_points FROM themes WHERE id = ?", (theme.id,)).fetchone()[0]
    assert json.loads(stored) == repo.get_theme(store, theme.id).talking_points
    assert "Ціль" in stored  # kept as text, not as \\u escapes


def test_a_theme_edit_refuses_one_string_for_the_points_and_a_blank_title(loaded, store_path):
    store, visit_id = loaded
    theme_id = repo.visit_bundle(store, visit_id).themes[0].id
    before = snapshot(store_path)
    with pytest.raises(TypeError):
        edit.update_theme(store, theme_id, "Points", talking_points="one point")
    with pytest.raises(InvalidFile, match="title"):
        edit.update_theme(store, theme_id, "Rename", title="   ")
    with pytest.raises(InvalidFile, match="talking points"):
        edit.update(store, "themes", theme_id, "Points", talking_points='{"not": "a list"}')
    assert snapshot(store_path) == before


def test_update_contact_changes_the_fields_given(loaded, store_path):
    store, _visit_id = loaded
    contact = repo.list_contacts(store)[0][0]
    _round_trip(store, store_path, lambda: edit.update_contact(store, contact.id, "Edit", function="Judge", phone=""))
    after = repo.get_contact(store, contact.id)
    assert (after.function, after.phone, after.name) == ("Judge", "", contact.name)
    before = snapshot(store_path)
    with pytest.raises(InvalidFile, match="needs a name"):
        edit.update_contact(store, contact.id, "Edit", name=" ")
    with pytest.raises(InvalidFile, match="needs a name"):  # blank once the NULs it cannot keep are out
        edit.update_contact(store, contact.id, "Edit", name="\x00 \x00")
    with pytest.raises(TypeError, match="organisation_id"):  # a link, not a text field: ``update`` sets it
        edit.update_contact(store, contact.id, "Edit", organisation_id=None)
    assert snapshot(store_path) == before


def test_update_participant_changes_the_visits_own_fields_given(loaded, store_path):
    store, visit_id = loaded
    person = next(iter(repo.visit_bundle(store, visit_id).contacts.values()))
    library = repo.get_contact(store, person.id)
    _round_trip(store, store_path, lambda: edit.update_participant(store, visit_id, person.id, function="Judge"))
    assert repo.visit_bundle(store, visit_id).contacts[person.id].function == "Judge"
    assert repo.get_contact(store, person.id) == library  # the library's contact keeps its own
    before = snapshot(store_path)
    for blank in (" ", "\x00 \x00"):
        with pytest.raises(InvalidFile, match="needs a name"):
            edit.update_participant(store, visit_id, person.id, name=blank)
    with pytest.raises(TypeError, match="nmae"):
        edit.update_participant(store, visit_id, person.id, nmae="Typo")
    assert snapshot(store_path) == before
