"""Erasing a person from the app, the way an officer does it: the contact library's Erase person…
button, the confirmation's Erase button, then the list of places that still name the person,
each opened with the Open button."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from briefing.core.model import Contact
from briefing.core.store import backup, open_store
from briefing.ui.widgets.contact_dialog import ContactDialog
from tests.conftest import full_visit, snapshot, write_json

NAME, EMAIL, PHONE = "Diane Reynders", "d.reynders@example.org", "+32 2 000 00 01"


@pytest.fixture(autouse=True)
def _settings(tmp_path, monkeypatch):
    """QSettings and backups in the test's own folder, never the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "settings"))
    monkeypatch.setenv(backup.BACKUP_ENV, str(tmp_path / "backups"))


@pytest.fixture
def window(qtbot, cli, store_path, tmp_path):
    """The main window on a store whose test visit was exported once, with the person's name typed
    into the visit's purpose, a programme item's location and an article's text."""
    code, out, err = cli("load", write_json(tmp_path / "visit.json", full_visit()))
    assert code == 0, err
    visit_id = int(out.strip().splitlines()[-1])
    code, _out, err = cli("export", visit_id, "--format", "docx", "-o", tmp_path / "pack.docx")
    assert code == 0, err
    conn = sqlite3.connect(store_path)
    conn.execute("UPDATE visits SET purpose = purpose || ' Met ' || ?", (NAME,))
    conn.execute("UPDATE programme_items SET location = 'Bureau ' || ? WHERE title = 'Ontvangst'", (NAME,))
    conn.execute("UPDATE articles SET body = body || ' Interview met ' || ? WHERE id = 1", (NAME,))
    conn.commit()
    conn.close()
    from briefing.ui.main_window import MainWindow

    win = MainWindow(open_store(store_path))
    qtbot.addWidget(win)
    win.show()
    win.visit_id = visit_id
    yield win
    if win.session is not None:
        win.session.store.close()


def _contacts_page(window):
    window.library_view.trigger()  # View ▸ The library
    window.library_tabs.setCurrentIndex(0)
    return window.library_tabs.currentWidget()


def _click_row(qtbot, table, model, contact_id: int) -> None:
    row = model.row_of_id(contact_id)
    assert row >= 0
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row


def _answer(qtbot, page, role: QMessageBox.ButtonRole) -> None:
    box = page.erase_box
    assert box is not None and box.isVisible()
    assert NAME in box.text()
    [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _contact_id(store_path, name: str) -> int | None:
    conn = sqlite3.connect(store_path)
    try:
        row = conn.execute("SELECT id FROM contacts WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _file_bytes(path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_erase_a_person_and_open_each_place_that_still_names_them(qtbot, window, store_path):
    person = _contact_id(store_path, NAME)
    page = _contacts_page(window)
    assert not page.erase_button.isEnabled()  # nobody chosen yet
    _click_row(qtbot, page.table, page.model, person)
    assert page.erase_button.isEnabled()
    dialog = page.edit_contact(person)  # an edit first: its undo step must not bring the person back
    dialog.fields["function"].setText("Substituut")
    dialog.accept()
    assert window.session.undo_stack.count() == 1

    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.erase_finished, timeout=30000) as finished:
        _answer(qtbot, page, QMessageBox.ButtonRole.DestructiveRole)
    erasure = finished.args[0]
    assert erasure is not None and erasure.name == NAME and erasure.scrubbed
    assert _contact_id(store_path, NAME) is None
    assert page.model.row_of_id(person) < 0  # the library shows it at once
    assert window.session.undo_stack.count() == 0

    # the places that still name her, each with where it is
    results = page.erasure_dialog
    assert results is not None and results.isVisible()
    said = results.findChild(QLabel, "erasure_summary").text()
    assert said == (  # one of each: no "visit(s)"
        f"{NAME} is erased: taken off 1 visit and 1 programme item, and out of 1 record of the export history."
    ), said
    tree = results.tree
    rows = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    visit_title = full_visit()["visit"]["title"]
    assert set(rows) == {
        f"Visit “{visit_title}”",
        f"Programme item “Ontvangst” of the visit “{visit_title}”",
        "Article “ADVP verwelkomt Oekraïense delegatie”",
    }

    def open_row(title: str) -> None:
        item = rows[title]
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
        assert tree.currentItem() is item
        qtbot.mouseClick(results.open_button, Qt.MouseButton.LeftButton)

    open_row(f"Programme item “Ontvangst” of the visit “{visit_title}”")
    assert window.stack.currentWidget() is window.visit_tabs
    assert window.current_visit_id() == window.visit_id
    programme = window.visit_tabs.currentWidget()
    assert type(programme).__name__ == "ProgrammePage"
    item = sqlite3.connect(store_path).execute("SELECT id FROM programme_items WHERE title = 'Ontvangst'").fetchone()
    assert programme.selected_item_id() == item[0]

    open_row(f"Visit “{visit_title}”")
    assert type(window.visit_tabs.currentWidget()).__name__ == "DetailsPage"
    assert rows[f"Visit “{visit_title}”"].text(1) == "purpose"

    open_row("Article “ADVP verwelkomt Oekraïense delegatie”")
    assert window.stack.currentWidget() is window.library_tabs
    articles = window.library_tabs.currentWidget()
    assert type(articles).__name__ == "ArticlesLibraryPage" and articles.current_id() == 1
    assert NAME in articles.preview.toPlainText()

    # nothing of her is left in the store file once the app has closed it
    window.close()
    window.session.store.close()
    left = _file_bytes(store_path)
    assert not [s for s in ("Substituut", EMAIL, PHONE) if s.encode() in left]


def test_cancel_in_the_confirmation_changes_nothing(qtbot, window, store_path):
    person = _contact_id(store_path, NAME)
    page = _contacts_page(window)
    _click_row(qtbot, page.table, page.model, person)
    before = snapshot(store_path)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page, QMessageBox.ButtonRole.RejectRole)
    qtbot.waitUntil(lambda: page.erase_box is None, timeout=3000)
    QApplication.processEvents()
    assert page.erasure_dialog is None and page._erase is None
    assert snapshot(store_path) == before


def test_the_contact_dialog_refuses_an_address_or_a_number_as_the_name(qtbot):
    dialog = ContactDialog(None, Contact(name="Ann Smets"))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.problem.isVisibleTo(dialog)
    for bad, word in (("ann@example.org", "E-mail"), ("0475 12 34 56", "Phone")):
        dialog.fields["name"].setText(bad)
        assert not ok.isEnabled()
        assert dialog.problem.isVisibleTo(dialog) and word in dialog.problem.text()
    dialog.fields["name"].setText("Ann Smets-Peeters")
    assert ok.isEnabled()
