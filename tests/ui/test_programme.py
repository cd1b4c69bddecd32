"""The Programme page as a person uses it: Add item… by its button and by Alt+A, the dialog filled
by typing; the warnings counted as a person counts them; Edit… and Remove only with an item chosen;
the Delete key asking first."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.person import NO, OK, YES, activate, answer, press, when_dialog


def _programme(window, qtbot):
    tabs = window.visit_tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    page = tabs.page(1)
    assert tabs.currentWidget() is page
    return page


def _items(window) -> list[tuple]:
    rows = window.session.store.conn.execute(
        "SELECT title, start_time, end_time FROM programme_items WHERE visit_id = ? ORDER BY id",
        (window.current_visit_id(),),
    )
    return [tuple(row) for row in rows]


def _fill(qtbot, title: str, start: str, end: str):
    def fill(dialog) -> None:
        for field, text in ((dialog.title, title), (dialog.start, start), (dialog.end, end)):
            qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(field, text)
        press(dialog, OK)

    return fill


def test_add_item_by_its_button(demo_window, qtbot):
    page = _programme(demo_window, qtbot)
    seen = when_dialog(_fill(qtbot, "Lunch met de burgemeester", "12:00", "13:30"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen, "no dialog opened"
    assert ("Lunch met de burgemeester", "12:00", "13:30") in _items(demo_window)


def test_add_item_by_alt_a(demo_window, qtbot):
    page = _programme(demo_window, qtbot)
    page.tree.setFocus()
    seen = when_dialog(_fill(qtbot, "Persmoment", "15:00", "15:30"))
    qtbot.keyClick(page.tree, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)  # a mnemonic presses its button after a moment
    assert ("Persmoment", "15:00", "15:30") in _items(demo_window)


@pytest.fixture
def clash_store(store_path):
    """One visit: two items at the same time with the same three people (one clash)."""
    from briefing.core import edit
    from briefing.core.model import Contact, ProgrammeItem, Visit
    from briefing.core.store import open_store

    store = open_store(store_path)
    visit_id = edit.create_visit(store, Visit(title="Werkbezoek", start="2025-03-03", end="2025-03-04")).result
    people = []
    for name in ("An Peeters", "Bart Claes", "Chloé Dubois"):
        contact_id = edit.create_contact(store, Contact(name=name)).result
        edit.add_participant(store, visit_id, contact_id)
        people.append(contact_id)
    for title in ("Overleg", "Rondleiding"):
        item = ProgrammeItem(title=title, date="2025-03-03", start="10:00", end="11:00", contact_ids=people)
        edit.add_item(store, visit_id, item)
    store.close()
    return store_path


@pytest.fixture
def clash_window(qtbot, clash_store, isolated_settings):
    from briefing.core.store import open_store
    from briefing.ui.main_window import MainWindow

    win = MainWindow(open_store(clash_store))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.session.store.close()


def test_one_clash_is_one_warning(clash_window, qtbot):
    page = _programme(clash_window, qtbot)
    assert page.summary.text().startswith("⚠ 1 warning in the programme"), page.summary.text()


def test_edit_and_remove_wait_for_an_item_and_delete_asks(clash_window, qtbot):
    page = _programme(clash_window, qtbot)
    assert page.add_button.isEnabled()
    assert not page.edit_button.isEnabled() and not page.remove_button.isEnabled()
    day = page.tree.topLevelItem(0)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualItemRect(day).center())
    assert not page.edit_button.isEnabled(), "a day is not an item"
    row = day.child(0)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualItemRect(row).center())
    assert page.edit_button.isEnabled() and page.remove_button.isEnabled()

    asked = when_dialog(answer(NO), timeout=2)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.wait(400)  # the key presses Remove after a moment
    assert asked and isinstance(asked[0], QMessageBox), "Delete removed the item without asking"
    assert len(_items(clash_window)) == 2
    clash_window.activateWindow()  # as a window manager does once the question is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is clash_window, timeout=3000)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualItemRect(row).center())
    asked = when_dialog(answer(YES))
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert [title for title, *_ in _items(clash_window)] == ["Rondleiding"]
    assert not page.edit_button.isEnabled() and not page.remove_button.isEnabled()


def test_an_item_edit_that_changes_nothing_leaves_no_empty_undo_step(clash_window, qtbot):
    """Edits are grouped one way (one_undo_step): an OK that changes nothing adds no undo entry."""
    page = _programme(clash_window, qtbot)
    stack = clash_window.session.undo_stack
    before = stack.count()
    row = page.tree.topLevelItem(0).child(0)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualItemRect(row).center())
    seen = when_dialog(lambda dialog: press(dialog, OK))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert seen, "no dialog opened"
    assert stack.count() == before, "an empty Edit item step was left on the undo stack"


def _programme_of(window, qtbot, title_start: str):
    """The visit clicked in the visit list, then its Programme tab."""
    activate(qtbot, window)
    model, view = window.visits_model, window.visit_list
    row = next(r for r in range(model.rowCount()) if model.row_object(r).title.startswith(title_start))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(row, 0)).center())
    assert window.current_visit_id() == model.row_object(row).id
    return _programme(window, qtbot)


@pytest.mark.parametrize(
    ("lang", "one", "more"),
    [
        ("nl", "⚠ 1 waarschuwing in het programma: zie de kolom Waarschuwingen.", "waarschuwingen in het programma"),
        ("fr", "⚠ 1 avertissement dans le programme\u00a0: voir la colonne Avertissements.", "avertissements dans"),
        ("en", "⚠ 1 warning in the programme: see the Warnings column.", "warnings in the programme"),
    ],
)
def test_warnings_are_counted_in_the_singular_and_the_plural(window_in, qtbot, lang, one, more):
    window = window_in(lang)
    page = _programme_of(window, qtbot, "Bezoek DG Politie")
    assert page.summary.text() == one
    # a third discussion group at the same time: more than one warning
    seen = when_dialog(_fill(qtbot, "Discussiegroep C", "13:30", "15:00"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen, "no item dialog"
    count = re.fullmatch(rf"⚠ (\d+) {re.escape(more)}.*", page.summary.text())
    assert count is not None and int(count.group(1)) > 1, page.summary.text()


def test_a_long_warning_shows_whole_at_1024_pixels(demo_window, qtbot):
    """The Warnings column wraps a long warning onto more lines and the row grows: every word of
    it is on screen, none cut off, with the window 1024 pixels wide."""
    demo_window.resize(1024, 700)
    page = _programme_of(demo_window, qtbot, "Bezoek DG Politie")
    tree = page.tree
    qtbot.waitUntil(lambda: tree.viewport().width() < 1024 - 200)  # the visit list takes its share
    rows = [
        tree.topLevelItem(d).child(n)
        for d in range(tree.topLevelItemCount())
        for n in range(tree.topLevelItem(d).childCount())
    ]
    warned = [row for row in rows if row.text(4)]
    assert warned
    metrics = tree.fontMetrics()
    for row in warned:
        text = row.text(4)
        assert len(text) > 40  # a long one: wider than the column
        cell = tree.visualRect(tree.indexFromItem(row, 4))
        assert cell.right() <= tree.viewport().width(), "the column is out of sight"
        room = cell.width() - tree.iconSize().width() - 12  # the icon, the margins
        needed = metrics.boundingRect(0, 0, room, 10_000, Qt.TextFlag.TextWordWrap, text)
        assert needed.height() > metrics.height(), "it takes more than one line"
        assert cell.height() >= needed.height(), (cell.height(), needed.height(), text)
