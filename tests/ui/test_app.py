"""The main window and the flows a user follows: create a visit, fill in its details, build the
programme, see a conflict warning, undo and redo, duplicate and delete a visit."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from briefing.core.demo import install_demo
from briefing.core.model import ProgrammeItem, Visit
from briefing.core.store import open_store
from tests.ui.person import activate, key


@pytest.fixture(autouse=True)
def _settings(tmp_path, monkeypatch):
    """QSettings in the test's own folder, never the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "settings"))


@pytest.fixture
def window(qtbot, store_path, monkeypatch):
    from briefing.ui.main_window import MainWindow

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    store = open_store(store_path)
    install_demo(store)
    win = MainWindow(store)
    win.messages = messages
    qtbot.addWidget(win)
    win.show()
    activate(qtbot, win)  # shortcuts (Ctrl+Z) reach an active window only
    yield win
    win.session.store.close()


def _rows(store_path, sql, *params):
    conn = sqlite3.connect(store_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_the_window_lists_the_visits(window, store_path, qtmodeltester):
    assert window.visits_model.rowCount() == 5
    titles = [window.visits_model.row_object(r).title for r in range(5)]
    assert any("Oekraïense" in t for t in titles)
    assert str(store_path) in window.windowTitle()
    qtmodeltester.check(window.visits_model)
    window.visit_search.setText("oekra")
    assert window.visits_model.rowCount() == 1
    window.visit_when.setCurrentIndex(window.visit_when.findData("upcoming"))
    assert window.visits_model.rowCount() == 0  # the demo visits are past


def test_create_a_visit_and_fill_in_its_details(window, store_path, monkeypatch, qtbot):
    from briefing.ui.main_window import NewVisitDialog

    def accept(dialog):
        dialog.title.setText("Werkbezoek Benelux-politie")
        dialog.start.setDate(dialog.start.date().fromString("2027-03-08", "yyyy-MM-dd"))
        dialog.end.setDate(dialog.end.date().fromString("2027-03-10", "yyyy-MM-dd"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewVisitDialog, "exec", accept)
    window.new_visit()
    ((visit_id, start, end),) = _rows(
        store_path, "SELECT id, start_date, end_date FROM visits WHERE title = 'Werkbezoek Benelux-politie'"
    )
    assert (start, end) == ("2027-03-08", "2027-03-10")
    assert window.current_visit_id() == visit_id

    details = window.visit_pages[0]
    assert details.visit_id == visit_id
    details.fields["delegation"].setText("Acht politiechefs uit Nederland en Luxemburg")
    details.fields["delegation"].editingFinished.emit()
    details.fields["classification"].setText("BEPERKTE VERSPREIDING")
    details.fields["classification"].editingFinished.emit()
    assert _rows(store_path, "SELECT delegation, classification FROM visits WHERE id = ?", visit_id) == [
        ("Acht politiechefs uit Nederland en Luxemburg", "BEPERKTE VERSPREIDING")
    ]
    key(qtbot, "Ctrl+Z")  # pressed as a person does, in the field that has the cursor
    assert _rows(store_path, "SELECT classification FROM visits WHERE id = ?", visit_id) == [("",)]
    assert details.fields["classification"].text() == ""  # the page follows the undo
    key(qtbot, "Ctrl+Shift+Z")
    assert _rows(store_path, "SELECT classification FROM visits WHERE id = ?", visit_id) == [("BEPERKTE VERSPREIDING",)]


def test_programme_items_and_a_conflict_warning(window, store_path, qtbot):
    change = window.create_visit(Visit(title="Programma-test", start="2027-05-03", end="2027-05-04"))
    visit_id = change
    programme = window.visit_pages[1]
    assert programme.visit_id == visit_id
    programme.add_item(ProgrammeItem(title="Ontvangst", date="2027-05-03", start="09:00", end="10:00"))
    programme.add_item(ProgrammeItem(title="Briefing crisiscentrum", date="2027-05-03", start="09:30", end="11:00"))
    assert _rows(store_path, "SELECT count(*) FROM programme_items WHERE visit_id = ?", visit_id) == [(2,)]
    assert "warning" in programme.summary.text()
    day = programme.tree.topLevelItem(0)
    assert day.childCount() == 2
    assert "Overlaps with" in day.child(0).text(4) and "Overlaps with" in day.child(1).text(4)

    # move the second item to the next day: the conflict is gone
    second = _rows(store_path, "SELECT id FROM programme_items WHERE title = 'Briefing crisiscentrum'")[0][0]
    programme._move(second, "2027-05-04", 0)
    assert _rows(store_path, "SELECT date FROM programme_items WHERE id = ?", second) == [("2027-05-04",)]
    assert programme.summary.text() == ""
    key(qtbot, "Ctrl+Z")  # back to the same day, the warning is back
    assert _rows(store_path, "SELECT date FROM programme_items WHERE id = ?", second) == [("2027-05-03",)]
    assert "warning" in programme.summary.text()

    # an item that ends before it starts is refused nowhere: it is kept and flagged
    programme.add_item(ProgrammeItem(title="Lunch", date="2027-05-04", start="12:30", end="12:00"))
    assert "Ends before it starts" in programme.tree.topLevelItem(1).child(0).text(4)

    # a bad time is refused with a message and nothing changes
    before = _rows(store_path, "SELECT count(*) FROM programme_items")
    programme.add_item(ProgrammeItem(title="Fout", date="2027-05-04", start="25:00"))
    assert _rows(store_path, "SELECT count(*) FROM programme_items") == before
    assert window.messages and "25:00" in window.messages[-1]

    # remove and undo
    programme.tree.setCurrentItem(programme.tree.topLevelItem(0).child(0))
    programme.remove_selected()
    assert _rows(store_path, "SELECT count(*) FROM programme_items WHERE visit_id = ?", visit_id) == [(2,)]
    key(qtbot, "Ctrl+Z")
    assert _rows(store_path, "SELECT count(*) FROM programme_items WHERE visit_id = ?", visit_id) == [(3,)]


def test_duplicate_and_delete_a_visit(window, store_path, qtbot):
    ukraine = _rows(store_path, "SELECT id FROM visits WHERE title LIKE 'Studiebezoek Oekra%'")[0][0]
    window.select_visit(ukraine)
    copy = window.duplicate_visit("2025-04-21")
    assert copy is not None and window.current_visit_id() == copy
    items = _rows(
        store_path, "SELECT count(*) FROM programme_items WHERE visit_id IN (?, ?) GROUP BY visit_id", ukraine, copy
    )
    assert items[0] == items[1] and items[0][0] > 0
    assert _rows(store_path, "SELECT min(date) FROM programme_items WHERE visit_id = ?", copy) == [("2025-04-21",)]

    window.delete_visit()
    assert _rows(store_path, "SELECT count(*) FROM visits WHERE id = ?", copy) == [(0,)]
    key(qtbot, "Ctrl+Z")
    assert _rows(store_path, "SELECT count(*) FROM programme_items WHERE visit_id = ?", copy) == [items[0]]
    assert window.visits_model.row_of_id(copy) >= 0


def test_settings_are_remembered(qtbot, store_path, tmp_path):
    from briefing.ui.main_window import MainWindow, settings

    store = open_store(store_path)
    install_demo(store)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    visit = win.visits_model.row_object(2).id
    win.select_visit(visit)
    win.resize(900, 600)
    win.close()
    assert settings().value("store/last") == str(store_path)
    store = open_store(store_path)
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert again.current_visit_id() == visit
    again.session.store.close()


def test_every_page_is_on_the_window(window):
    titles = [window.visit_tabs.tabText(i) for i in range(window.visit_tabs.count())]
    assert titles == ["Details", "Programme", "People", "Themes", "Articles", "Pack"]
    assert window.library_tabs.count() == 3
    window.show_library()
    assert window.stack.currentWidget() is window.library_tabs


def test_the_app_checks_the_store_and_makes_the_daily_backup(window, qtbot, tmp_path, monkeypatch):
    from briefing.core.store import backup

    monkeypatch.setenv(backup.BACKUP_ENV, str(tmp_path / "backups"))
    window.check_store_later()
    qtbot.waitUntil(lambda: len(backup.list_backups(window.store.path)) == 1, timeout=10000)
    (made,) = backup.list_backups(window.store.path)
    assert made.reason == "daily" and backup.check_backup_file(made.path)
    window.check_store_later()  # a day has not passed: no second one
    qtbot.wait(300)
    assert len(backup.list_backups(window.store.path)) == 1
    assert window.messages == []


def test_the_first_page_is_there_when_the_window_opens(qtbot, store_path):
    """Pages are built when first shown: the one shown at start must be built at start."""
    from briefing.ui.main_window import MainWindow
    from briefing.ui.pages.details import DetailsPage

    store = open_store(store_path)
    install_demo(store)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    shown = win.visit_tabs.currentWidget()
    assert isinstance(shown, DetailsPage)
    assert shown.visit_id == win.current_visit_id() is not None
    assert shown.fields["title"].text() and shown.fields["title"].isVisible()
    assert len(win.visit_tabs.built_pages()) == 1  # the others wait until they are shown
    assert win.library_tabs.built_pages() == []
    win.show_library()
    assert win.library_tabs.currentWidget() is win.library_tabs.built_pages()[0]
    win.session.store.close()
