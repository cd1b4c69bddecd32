"""The People and Themes pages: every change is one undoable edit of the store."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from briefing.core import edit
from briefing.core.model import Contact
from briefing.core.store import open_store
from briefing.ui.pages.library import ThemesLibraryPage
from briefing.ui.pages.people import ContactDialog, PeoplePage, one_undo_step
from briefing.ui.pages.themes import ThemesPage, parse_points
from briefing.ui.session import Session
from briefing.ui.widgets.roles import ID_ROLE, NEWER_ROLE
from tests.conftest import full_visit, write_json


@pytest.fixture
def loaded(cli, store_path, tmp_path):
    """A store with the full test visit, one extra contact and one extra theme in the library."""
    code, out, err = cli("load", write_json(tmp_path / "visit.json", full_visit()))
    assert code == 0, err
    visit_id = int(out.strip().splitlines()[-1])
    store = open_store(store_path)
    extra_contact = edit.create_contact(store, Contact(name="José Peeters", function="Commissaris"), "Politie Gent")
    extra_theme = edit.create_theme(store, "Cybercriminaliteit", "Phishing en ransomware")
    session = Session(store)
    yield store, session, visit_id, extra_contact.result, extra_theme.result
    store.close()


def participants(store, visit_id) -> dict[int, tuple[str, int]]:
    rows = store.conn.execute("SELECT contact_id, role, position FROM participants WHERE visit_id = ?", (visit_id,))
    return {r[0]: (r[1], r[2]) for r in rows}


def contact_id(store, name: str) -> int:
    return store.conn.execute("SELECT id FROM contacts WHERE name = ?", (name,)).fetchone()[0]


def theme_id(store, title: str) -> int:
    return store.conn.execute("SELECT id FROM themes WHERE title = ?", (title,)).fetchone()[0]


def visit_themes(store, visit_id) -> list[int]:
    rows = store.conn.execute("SELECT theme_id FROM visit_themes WHERE visit_id = ? ORDER BY position", (visit_id,))
    return [r[0] for r in rows]


def points_of(store, theme: int) -> list[str]:
    """The library's talking points of a theme."""
    return json.loads(store.conn.execute("SELECT talking_points FROM themes WHERE id = ?", (theme,)).fetchone()[0])


def visit_theme(store, visit_id: int, theme: int) -> tuple[str, str, list[str]]:
    """A theme's title, summary and talking points for one visit."""
    row = store.conn.execute(
        "SELECT title, summary, talking_points FROM visit_themes WHERE visit_id = ? AND theme_id = ?", (visit_id, theme)
    ).fetchone()
    return row[0], row[1], json.loads(row[2])


def library_contact(store, contact: int) -> tuple:
    return tuple(store.conn.execute("SELECT * FROM contacts WHERE id = ?", (contact,)).fetchone())


def library_theme(store, theme: int) -> tuple:
    return tuple(store.conn.execute("SELECT * FROM themes WHERE id = ?", (theme,)).fetchone())


def people_page(qtbot, session, visit_id) -> PeoplePage:
    page = PeoplePage(session)
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    return page


def themes_page(qtbot, session, visit_id) -> ThemesPage:
    page = ThemesPage(session)
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    return page


def select_person(page: PeoplePage, contact: int) -> None:
    for i in range(page.tree.topLevelItemCount()):
        if page.tree.topLevelItem(i).data(0, ID_ROLE) == contact:
            page.tree.setCurrentItem(page.tree.topLevelItem(i))
            return
    raise AssertionError(f"contact {contact} is not listed")


def when_modal(qtbot, handle) -> list:
    """Run ``handle(dialog)`` on the next modal dialog, once it is open."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, poll)
    return seen


# ------------------------------------------------------------------ people


def test_without_a_visit_the_pages_show_a_hint(qtbot, loaded):
    _store, session, _visit_id, _c, _t = loaded
    for page in (PeoplePage(session), ThemesPage(session)):
        qtbot.addWidget(page)
        assert page.title
        assert page.empty.isVisibleTo(page)
        assert not page.content.isEnabled()
        page.set_visit(_visit_id)
        assert not page.empty.isVisibleTo(page)
        assert page.content.isEnabled()


def test_people_are_listed_in_role_order(qtbot, loaded):
    _store, session, visit_id, _c, _t = loaded
    page = people_page(qtbot, session, visit_id)
    names = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    roles = [page.tree.topLevelItem(i).data(1, ID_ROLE) for i in range(len(names))]
    assert roles == ["delegation", "host", "speaker", "escort", "other"]
    assert names[0] == "Олена Коваленко (Olena Kovalenko)"
    assert page.tree.topLevelItem(0).text(2) == "Prosecutor, Офіс Генерального прокурора"


def test_add_a_contact_from_the_library_by_searching(qtbot, loaded):
    store, session, visit_id, jose, _t = loaded
    page = people_page(qtbot, session, visit_id)
    qtbot.keyClicks(page.search, "jose pol")  # accents ignored, words match starts of words
    qtbot.waitUntil(lambda: page.library_model.rowCount() == 1)
    assert page.library_model.row_object(0).id == jose
    page.library.selectRow(0)
    page.add_role.setCurrentIndex(page.add_role.findData("host"))
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert participants(store, visit_id)[jose] == ("host", 5)
    assert page.current_contact_id() == jose
    assert page.tree.topLevelItemCount() == 6
    session.undo_stack.undo()
    assert jose not in participants(store, visit_id)
    assert page.tree.topLevelItemCount() == 5
    session.undo_stack.redo()
    assert participants(store, visit_id)[jose] == ("host", 5)


def test_enter_in_the_search_field_adds_the_first_match(qtbot, loaded):
    store, session, visit_id, jose, _t = loaded
    page = people_page(qtbot, session, visit_id)
    qtbot.keyClicks(page.search, "peeters")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # searches at once, no waiting
    assert participants(store, visit_id)[jose][0] == "delegation"


def test_change_a_role(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = people_page(qtbot, session, visit_id)
    michael = contact_id(store, "Michaël Jonniaux")
    select_person(page, michael)
    assert page.role.currentData() == "speaker"
    index = page.role.findData("escort")
    page.role.setCurrentIndex(index)
    page.role.activated.emit(index)
    assert participants(store, visit_id)[michael][0] == "escort"
    assert page.current_contact_id() == michael
    assert page.tree.currentItem().text(1) == "Escort"
    session.undo_stack.undo()
    assert participants(store, visit_id)[michael][0] == "speaker"


def test_reorder_by_keyboard_and_by_drag(qtbot, loaded):
    store, session, visit_id, jose, _t = loaded
    page = people_page(qtbot, session, visit_id)
    olena = contact_id(store, "Олена Коваленко")
    page.add_contact(jose, "delegation")
    assert page.participant_ids()[:2] == [olena, jose]

    select_person(page, jose)
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.participant_ids()[:2] == [jose, olena]
    people = participants(store, visit_id)
    assert people[jose][1] < people[olena][1]
    assert page.current_contact_id() == jose
    assert not page.up.isEnabled()  # first of the delegation

    # a drop: the view moves the item, then the page stores the order the list shows
    item = page.tree.takeTopLevelItem(1)
    page.tree.insertTopLevelItem(0, item)
    page.apply_list_order()
    assert page.participant_ids()[:2] == [olena, jose]
    people = participants(store, visit_id)
    assert people[olena][1] < people[jose][1]
    assert sorted(p for _r, p in people.values()) == list(range(6))

    session.undo_stack.undo()
    people = participants(store, visit_id)
    assert people[jose][1] < people[olena][1]
    assert page.participant_ids()[:2] == [jose, olena]


def test_a_drag_across_roles_keeps_the_roles_together(qtbot, loaded):
    _store, session, visit_id, _c, _t = loaded
    page = people_page(qtbot, session, visit_id)
    before = page.participant_ids()
    item = page.tree.takeTopLevelItem(4)  # "other" dragged to the top
    page.tree.insertTopLevelItem(0, item)
    page.apply_list_order()
    assert page.participant_ids() == before
    assert [page.tree.topLevelItem(i).text(1) for i in range(5)][-1] == "Other"


def test_remove_with_the_delete_key_and_undo(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = people_page(qtbot, session, visit_id)
    olena = contact_id(store, "Олена Коваленко")
    links = "SELECT count(*) FROM item_contacts WHERE contact_id = ?"
    assert store.conn.execute(links, (olena,)).fetchone()[0] == 2
    select_person(page, olena)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert olena not in participants(store, visit_id)
    assert store.conn.execute(links, (olena,)).fetchone()[0] == 0  # and off the programme
    assert page.tree.topLevelItemCount() == 4
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)  # the next one
    assert len(participants(store, visit_id)) == 3
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert participants(store, visit_id)[olena] == ("delegation", 0)
    assert store.conn.execute(links, (olena,)).fetchone()[0] == 2
    assert page.tree.topLevelItemCount() == 5


def test_new_contact_dialog_makes_contact_and_participant_in_one_undo_step(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = people_page(qtbot, session, visit_id)
    page.add_role.setCurrentIndex(page.add_role.findData("speaker"))
    steps = session.undo_stack.count()

    def fill(dialog):
        assert isinstance(dialog, ContactDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no name yet
        dialog.fields["name"].setText("  Ан  Петренко ")
        dialog.fields["name_latin"].setText("An Petrenko")
        dialog.fields["function"].setText("Tolk")
        dialog.organisation.setText("Vertaalbureau Nieuw")
        dialog.fields["notes"].setPlainText("Spreekt ook Pools")
        assert ok.isEnabled()
        ok.click()

    seen = when_modal(qtbot, fill)
    page.new_contact()
    assert seen
    new = contact_id(store, "Ан Петренко")
    row = store.conn.execute("SELECT name_latin, function, notes, organisation_id FROM contacts WHERE id = ?", (new,))
    latin, function, notes, org = row.fetchone()
    assert (latin, function, notes) == ("An Petrenko", "Tolk", "Spreekt ook Pools")
    organisation = store.conn.execute("SELECT name FROM organisations WHERE id = ?", (org,)).fetchone()[0]
    assert organisation == "Vertaalbureau Nieuw"
    assert participants(store, visit_id)[new] == ("speaker", 5)
    assert page.current_contact_id() == new
    assert session.undo_stack.count() == steps + 1

    session.undo_stack.undo()
    assert store.conn.execute("SELECT count(*) FROM contacts WHERE id = ?", (new,)).fetchone()[0] == 0
    assert new not in participants(store, visit_id)
    assert store.conn.execute("SELECT count(*) FROM organisations WHERE id = ?", (org,)).fetchone()[0] == 0
    session.undo_stack.redo()
    assert participants(store, visit_id)[new] == ("speaker", 5)


def test_a_refused_new_contact_leaves_no_undo_step(qtbot, loaded):
    _store, session, visit_id, _c, _t = loaded
    page = people_page(qtbot, session, visit_id)
    steps = session.undo_stack.count()
    with qtbot.waitSignal(session.failed):
        assert page.add_new_contact({"name": "   "}) is None
    assert session.undo_stack.count() == steps
    with one_undo_step(session, "nothing"):
        pass
    assert session.undo_stack.count() == steps


def test_edit_a_person_for_this_visit(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = people_page(qtbot, session, visit_id)
    michael = contact_id(store, "Michaël Jonniaux")
    advp = store.conn.execute("SELECT id FROM organisations WHERE name = 'AD Veiligheid en Preventie'").fetchone()[0]
    library_before = library_contact(store, michael)
    select_person(page, michael)

    def change(dialog):
        assert dialog.fields["function"].text() == "Korpschef PZ Montgomery"
        assert dialog.organisation.text() == ""
        assert dialog.library_lines["function"].text() == "Library: Korpschef PZ Montgomery"
        dialog.fields["phone"].setText("+32 2 000 00 02")
        dialog.organisation.setText("ad veiligheid en preventie")  # an organisation the library knows
        dialog.accept()

    when_modal(qtbot, change)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    row = store.conn.execute(
        "SELECT phone, organisation_id FROM participants WHERE visit_id = ? AND contact_id = ?", (visit_id, michael)
    ).fetchone()
    assert tuple(row) == ("+32 2 000 00 02", advp)
    assert "AD Veiligheid en Preventie" in page.tree.currentItem().text(2)
    assert library_contact(store, michael) == library_before  # the library keeps its own

    # an organisation the library does not know: the rest is saved, the session says why it was not
    with qtbot.waitSignal(session.failed) as failed:
        page.edit_contact(michael, {"function": "Korpschef"}, "Nergens BV")
    assert "Nergens BV" in failed.args[0]
    row = store.conn.execute(
        "SELECT function, organisation_id FROM participants WHERE visit_id = ? AND contact_id = ?", (visit_id, michael)
    ).fetchone()
    assert tuple(row) == ("Korpschef", advp)

    session.undo_stack.undo()
    session.undo_stack.undo()
    row = store.conn.execute(
        "SELECT function, phone, organisation_id FROM participants WHERE visit_id = ? AND contact_id = ?",
        (visit_id, michael),
    )
    assert tuple(row.fetchone()) == ("Korpschef PZ Montgomery", "", None)
    assert library_contact(store, michael) == library_before


def test_contact_dialog_values(qtbot):
    contact = Contact(name="Diane Reynders", title="Mevrouw", email="d@example.org", notes="Begeleidt\n")
    dialog = ContactDialog(None, contact, "ADVP", organisations=["ADVP", "PZ Gent"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit contact"
    dialog.fields["function"].setText("  Openbaar   aanklager ")
    fields, organisation = dialog.values()
    assert organisation == "ADVP"
    assert fields == {
        "name": "Diane Reynders",
        "name_latin": "",
        "title": "Mevrouw",
        "function": "Openbaar aanklager",
        "email": "d@example.org",
        "phone": "",
        "notes": "Begeleidt",
    }
    assert dialog.organisation.completer() is not None


def test_people_library_model(qtbot, qtmodeltester, loaded):
    _store, session, visit_id, _c, _t = loaded
    page = people_page(qtbot, session, visit_id)
    assert page.library_model.rowCount() == 6
    qtmodeltester.check(page.library_model)
    page.search.setText("prosecutor")
    page.apply_search()
    assert page.library_model.rowCount() == 1
    qtmodeltester.check(page.library_model)


# ------------------------------------------------------------------ themes


def test_add_a_theme_from_the_library(qtbot, loaded):
    store, session, visit_id, _c, cyber = loaded
    page = themes_page(qtbot, session, visit_id)
    kiv, enaa = theme_id(store, "Kadernota Integrale Veiligheid"), theme_id(store, "ENAA")
    assert page.theme_ids() == [kiv, enaa]
    qtbot.keyClicks(page.search, "ransom")
    qtbot.waitUntil(lambda: page.library_model.rowCount() == 1)
    page.library.selectRow(0)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert visit_themes(store, visit_id) == [kiv, enaa, cyber]
    assert page.current_theme_id() == cyber
    assert page.summary.toPlainText() == "Phishing en ransomware"
    session.undo_stack.undo()
    assert visit_themes(store, visit_id) == [kiv, enaa]
    assert page.theme_ids() == [kiv, enaa]
    session.undo_stack.redo()
    assert visit_themes(store, visit_id) == [kiv, enaa, cyber]


def test_edit_talking_points_and_summary_for_this_visit(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = themes_page(qtbot, session, visit_id)
    kiv = theme_id(store, "Kadernota Integrale Veiligheid")
    library_before = library_theme(store, kiv)
    page._select_theme(kiv)
    assert page.points.toPlainText() == "Integraal en geïntegreerd\nLokale en supralokale samenwerking"

    page.points.setPlainText("• Integraal en geïntegreerd\n\n- Preventie vóór repressie\n")
    QApplication.sendEvent(page.points, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert visit_theme(store, visit_id, kiv)[2] == ["Integraal en geïntegreerd", "Preventie vóór repressie"]
    raw = store.conn.execute(
        "SELECT talking_points FROM visit_themes WHERE visit_id = ? AND theme_id = ?", (visit_id, kiv)
    ).fetchone()[0]
    assert "vóór" in raw  # stored as written, not as \u escapes
    assert page.points.toPlainText() == "Integraal en geïntegreerd\nPreventie vóór repressie"

    page.summary.setPlainText("Het kader van het beleid.")
    page.save_theme("summary")
    assert visit_theme(store, visit_id, kiv)[1] == "Het kader van het beleid."
    steps = session.undo_stack.count()
    page.save_theme("summary")  # unchanged: no new step
    assert session.undo_stack.count() == steps
    assert library_theme(store, kiv) == library_before  # the library keeps its own

    session.undo_stack.undo()
    session.undo_stack.undo()
    assert visit_theme(store, visit_id, kiv)[2] == ["Integraal en geïntegreerd", "Lokale en supralokale samenwerking"]
    assert page.points.toPlainText() == "Integraal en geïntegreerd\nLokale en supralokale samenwerking"
    assert page.summary.toPlainText() == "Basis van het beleid."
    session.undo_stack.redo()
    assert visit_theme(store, visit_id, kiv)[2] == ["Integraal en geïntegreerd", "Preventie vóór repressie"]
    assert points_of(store, kiv) == ["Integraal en geïntegreerd", "Lokale en supralokale samenwerking"]


def test_rename_a_theme_for_this_visit(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = themes_page(qtbot, session, visit_id)
    enaa = theme_id(store, "ENAA")
    page._select_theme(enaa)
    page.theme_title.setText("ENAA-netwerk")
    page.theme_title.editingFinished.emit()
    assert page.list.currentItem().text() == "ENAA-netwerk"
    page.theme_title.setText("   ")
    page.theme_title.editingFinished.emit()  # a theme keeps a title
    assert visit_theme(store, visit_id, enaa)[0] == "ENAA-netwerk"
    assert page.theme_title.text() == "ENAA-netwerk"
    assert store.conn.execute("SELECT title FROM themes WHERE id = ?", (enaa,)).fetchone()[0] == "ENAA"


def test_typing_is_saved_before_switching_visits(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = themes_page(qtbot, session, visit_id)
    enaa = theme_id(store, "ENAA")
    page._select_theme(enaa)
    page.summary.setPlainText("European network")
    page.summary.document().setModified(True)
    page.set_visit(None)
    assert visit_theme(store, visit_id, enaa)[1] == "European network"
    assert not page.editor.isEnabled()


def test_reorder_and_remove_themes(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = themes_page(qtbot, session, visit_id)
    kiv, enaa = theme_id(store, "Kadernota Integrale Veiligheid"), theme_id(store, "ENAA")
    page._select_theme(kiv)
    qtbot.keyClick(page.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert visit_themes(store, visit_id) == [enaa, kiv]
    assert page.current_theme_id() == kiv

    page.list.insertItem(0, page.list.takeItem(1))  # a drop
    page.apply_list_order()
    assert visit_themes(store, visit_id) == [kiv, enaa]

    page._select_theme(enaa)
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert visit_themes(store, visit_id) == [kiv]
    assert page.extra.isVisibleTo(page)  # the programme still names it, but it is not in the pack
    assert "ENAA" in page.extra.text() and "not in the pack" in page.extra.text()
    session.undo_stack.undo()
    assert visit_themes(store, visit_id) == [kiv, enaa]
    assert not page.extra.isVisibleTo(page)
    session.undo_stack.undo()
    assert visit_themes(store, visit_id) == [enaa, kiv]


def test_new_theme_is_one_undo_step(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = themes_page(qtbot, session, visit_id)
    steps = session.undo_stack.count()

    def answer(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Radicalisering")
        dialog.accept()

    when_modal(qtbot, answer)
    page.new_theme()
    new = theme_id(store, "Radicalisering")
    assert visit_themes(store, visit_id)[-1] == new
    assert page.current_theme_id() == new
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert store.conn.execute("SELECT count(*) FROM themes WHERE id = ?", (new,)).fetchone()[0] == 0
    assert new not in visit_themes(store, visit_id)
    session.undo_stack.redo()
    assert visit_themes(store, visit_id)[-1] == new


def test_themes_library_model(qtbot, qtmodeltester, loaded):
    _store, session, visit_id, _c, _t = loaded
    page = themes_page(qtbot, session, visit_id)
    assert page.library_model.rowCount() == 3
    qtmodeltester.check(page.library_model)
    page.search.setText("kadernota")
    page.apply_search()
    assert page.library_model.rowCount() == 1
    qtmodeltester.check(page.library_model)


def test_parse_points():
    assert parse_points("  • een\n\n* twee \n-drie\n– vier") == ["een", "twee", "-drie", "vier"]


# ------------------------------------------------------------------ the visit's own values, the library's beside them


def show(qtbot, page) -> None:
    """Show the page in an active window, so that focus moves as a person's clicks and keys move it."""
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def replace_text(qtbot, widget, text: str) -> None:
    """Select what the field holds and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_typing_a_function_and_notes_for_this_visit_leaves_the_library_alone(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = people_page(qtbot, session, visit_id)
    michael = contact_id(store, "Michaël Jonniaux")
    library_before = library_contact(store, michael)
    select_person(page, michael)
    shown = {}

    def type_in(dialog):
        shown.update({name: line.text() for name, line in dialog.library_lines.items()})
        replace_text(qtbot, dialog.fields["function"], "Hoofdcommissaris")
        qtbot.keyClicks(dialog.fields["notes"], "Ontvangt de delegatie op dinsdag")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(qtbot, type_in)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert shown["function"] == "Library: Korpschef PZ Montgomery"
    assert shown["notes"] == "Library: (empty)"
    assert shown["organisation"] == "Library: (empty)"
    row = store.conn.execute(
        "SELECT function, notes FROM participants WHERE visit_id = ? AND contact_id = ?", (visit_id, michael)
    ).fetchone()
    assert tuple(row) == ("Hoofdcommissaris", "Ontvangt de delegatie op dinsdag")
    assert library_contact(store, michael) == library_before
    assert page.tree.currentItem().text(2) == "Hoofdcommissaris"
    assert not page.apply_library.isEnabled()  # the visit's own change is no newer library detail
    session.undo_stack.undo()
    row = store.conn.execute(
        "SELECT function, notes FROM participants WHERE visit_id = ? AND contact_id = ?", (visit_id, michael)
    ).fetchone()
    assert tuple(row) == ("Korpschef PZ Montgomery", "")


def test_apply_library_details_to_a_person(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = people_page(qtbot, session, visit_id)
    diane = contact_id(store, "Diane Reynders")
    select_person(page, diane)
    assert not page.apply_library.isEnabled() and not page.newer.isVisibleTo(page)
    # the library learns a new phone number (on the contact library, say)
    session.do(
        lambda: edit.update(store, "contacts", diane, "library", phone="+32 2 999 88 77"),
        ("contacts", "people", "programme"),
    )
    select_person(page, diane)
    item = page.tree.currentItem()
    assert item.data(0, NEWER_ROLE) is True and not item.icon(0).isNull()
    assert page.newer.isVisibleTo(page) and "phone" in page.newer.text()
    others = [
        page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount()) if page.tree.topLevelItem(i) is not item
    ]
    assert all(other.icon(0).isNull() for other in others)
    qtbot.mouseClick(page.apply_library, Qt.MouseButton.LeftButton)
    phone = "SELECT phone FROM participants WHERE visit_id = ? AND contact_id = ?"
    assert store.conn.execute(phone, (visit_id, diane)).fetchone()[0] == "+32 2 999 88 77"
    select_person(page, diane)
    assert page.tree.currentItem().icon(0).isNull() and not page.apply_library.isEnabled()
    session.undo_stack.undo()
    assert store.conn.execute(phone, (visit_id, diane)).fetchone()[0] == "+32 2 000 00 01"
    select_person(page, diane)
    assert page.apply_library.isEnabled()


def test_choose_the_head_of_the_delegation(qtbot, loaded):
    store, session, visit_id, jose, _t = loaded
    page = people_page(qtbot, session, visit_id)
    olena = contact_id(store, "Олена Коваленко")
    page.add_contact(jose, "delegation")
    assert page.participant_ids()[:2] == [olena, jose]
    select_person(page, jose)
    assert page.precedence.isEnabled()
    show(qtbot, page)
    page.precedence.setFocus()
    qtbot.keyClick(page.precedence, Qt.Key.Key_Down)  # "—" to "Head"
    assert participants(store, visit_id)[jose][0] == "delegation"
    head = "SELECT precedence FROM participants WHERE visit_id = ? AND contact_id = ?"
    assert store.conn.execute(head, (visit_id, jose)).fetchone()[0] == "head"
    assert page.participant_ids()[:2] == [jose, olena]  # the head comes first
    assert page.tree.topLevelItem(0).text(1) == "Delegation (head)"
    select_person(page, contact_id(store, "Ελένη Παπαδοπούλου"))
    assert not page.precedence.isEnabled()  # "other" has no head
    session.undo_stack.undo()
    assert page.participant_ids()[:2] == [olena, jose]


def test_typing_a_talking_point_for_this_visit_leaves_the_library_alone(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = themes_page(qtbot, session, visit_id)
    kiv = theme_id(store, "Kadernota Integrale Veiligheid")
    library_before = library_theme(store, kiv)
    page._select_theme(kiv)
    assert page.library_lines["talking_points"].text() == (
        "Library: • Integraal en geïntegreerd\n• Lokale en supralokale samenwerking"
    )
    show(qtbot, page)
    page.points.setFocus()
    page.points.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(page.points, Qt.Key.Key_Return)
    qtbot.keyClicks(page.points, "Preventie voor repressie")
    qtbot.mouseClick(page.theme_title, Qt.MouseButton.LeftButton)  # leaving the field saves it
    qtbot.waitUntil(lambda: len(visit_theme(store, visit_id, kiv)[2]) == 3)
    assert visit_theme(store, visit_id, kiv)[2] == [
        "Integraal en geïntegreerd",
        "Lokale en supralokale samenwerking",
        "Preventie voor repressie",
    ]
    assert library_theme(store, kiv) == library_before
    assert not page.apply_library.isEnabled()


def test_apply_library_texts_to_a_theme(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    page = themes_page(qtbot, session, visit_id)
    kiv, enaa = theme_id(store, "Kadernota Integrale Veiligheid"), theme_id(store, "ENAA")
    page._select_theme(enaa)
    session.do(
        lambda: edit.update(store, "themes", enaa, "library", summary="European Network on Administrative Approach"),
        ("themes", "library"),
    )
    markers = {page.list.item(i).data(ID_ROLE): page.list.item(i).data(NEWER_ROLE) for i in range(2)}
    assert markers == {kiv: False, enaa: True}
    assert page.current_theme_id() == enaa and page.newer.isVisibleTo(page) and "summary" in page.newer.text()
    assert page.library_lines["summary"].text() == "Library: European Network on Administrative Approach"
    assert page.summary.toPlainText() == ""
    qtbot.mouseClick(page.apply_library, Qt.MouseButton.LeftButton)
    assert visit_theme(store, visit_id, enaa)[1] == "European Network on Administrative Approach"
    assert page.summary.toPlainText() == "European Network on Administrative Approach"
    assert not page.apply_library.isEnabled()
    session.undo_stack.undo()
    assert visit_theme(store, visit_id, enaa)[1] == ""


def test_the_theme_library_shows_where_a_theme_was_used_last_and_copies_its_points(qtbot, loaded):
    store, session, visit_id, _c, cyber = loaded
    kiv = theme_id(store, "Kadernota Integrale Veiligheid")
    edit.update_visit_theme(store, visit_id, kiv, talking_points=["Het punt van dit bezoek"])
    page = ThemesLibraryPage(session)
    qtbot.addWidget(page)
    page.list.setCurrentIndex(page.model.index(page.model.row_of_id(kiv), 0))
    assert page.last_used.text() == "Last used in: Studiebezoek Oekraïense aanklagers — test, April 2024"
    assert page.copy_points.isEnabled()
    qtbot.mouseClick(page.copy_points, Qt.MouseButton.LeftButton)
    assert points_of(store, kiv) == ["Het punt van dit bezoek"]
    assert "Het punt van dit bezoek" in page.preview.toPlainText()
    assert not page.copy_points.isEnabled()  # the library holds them now
    session.undo_stack.undo()
    assert points_of(store, kiv) == ["Integraal en geïntegreerd", "Lokale en supralokale samenwerking"]
    page.list.setCurrentIndex(page.model.index(page.model.row_of_id(cyber), 0))
    assert page.last_used.text() == "Not used in a visit yet." and not page.copy_points.isEnabled()


def test_edit_a_theme_in_the_library_and_the_visit_is_told(qtbot, loaded):
    store, session, visit_id, _c, _t = loaded
    kiv = theme_id(store, "Kadernota Integrale Veiligheid")
    themes = themes_page(qtbot, session, visit_id)
    themes._select_theme(kiv)
    assert not themes.apply_library.isEnabled()
    page = ThemesLibraryPage(session)
    qtbot.addWidget(page)
    page.list.setCurrentIndex(page.model.index(page.model.row_of_id(kiv), 0))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.theme_dialog
    assert dialog is not None and dialog.points.toPlainText().startswith("Integraal en geïntegreerd")
    dialog.points.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(dialog.points, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.points, "Een derde punt")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert points_of(store, kiv)[-1] == "Een derde punt"
    assert "Een derde punt" in page.preview.toPlainText()
    assert visit_theme(store, visit_id, kiv)[2] == ["Integraal en geïntegreerd", "Lokale en supralokale samenwerking"]
    # the visit's Themes page marks the theme and takes the new points on request
    assert themes.apply_library.isEnabled() and "talking points" in themes.newer.text()
    qtbot.mouseClick(themes.apply_library, Qt.MouseButton.LeftButton)
    assert visit_theme(store, visit_id, kiv)[2][-1] == "Een derde punt"


def _click_row(qtbot, view, item, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


@pytest.mark.parametrize("which", ["people", "themes"])
def test_edit_and_remove_are_enabled_only_with_a_selected_row(qtbot, loaded, which):
    """Fault 12: with nothing selected, the buttons that act on the selection are disabled."""
    _store, session, visit_id, _contact, _theme = loaded
    if which == "people":
        page = people_page(qtbot, session, visit_id)
        view, acting = page.tree, [page.edit_button, page.remove, page.role]
        first = page.tree.topLevelItem(0)
    else:
        page = themes_page(qtbot, session, visit_id)
        view, acting = page.list, [page.remove]
        first = page.list.item(0)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    assert first is not None
    _click_row(qtbot, view, first)
    assert view.selectedItems() == [first]
    assert all(button.isEnabled() for button in acting)
    _click_row(qtbot, view, first, Qt.KeyboardModifier.ControlModifier)  # Ctrl+click takes the selection off
    assert view.selectedItems() == []
    assert view.currentItem() is first  # still the current row, but not selected
    assert not any(button.isEnabled() for button in acting)
    assert not page.up.isEnabled() and not page.down.isEnabled()
    count = view.topLevelItemCount() if which == "people" else view.count()
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)  # a disabled button does nothing
    assert (view.topLevelItemCount() if which == "people" else view.count()) == count
    _click_row(qtbot, view, first)
    assert all(button.isEnabled() for button in acting)
