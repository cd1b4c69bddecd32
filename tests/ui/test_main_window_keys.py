"""Keys and focus in the main window as a person meets them: Ctrl+Shift+Z and Ctrl+Y redo while
a text field has the cursor; clicking a tab leaves the focus where it was, not in the visit search;
a visit just made leaves the cursor in its Delegation field; Ctrl+Z and Ctrl+Shift+Z from a field
undo and redo the last saved step, and the status bar names it in the interface's language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.person import OK, activate, key, press, when_dialog


def _title(window) -> str:
    row = window.session.store.conn.execute("SELECT title FROM visits WHERE id = ?", (window.current_visit_id(),))
    return row.fetchone()[0]


@pytest.mark.parametrize("keys", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_redo_from_a_text_field(demo_window, qtbot, keys):
    page = demo_window.visit_tabs.page(0)
    field = page.fields["title"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, " (herzien)")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # saved: one undoable edit
    edited = _title(demo_window)
    assert edited.endswith(" (herzien)")
    demo_window.undo_action.trigger()  # Edit ▸ Undo
    assert _title(demo_window) != edited
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is field
    modifiers = Qt.KeyboardModifier.ControlModifier
    if keys == "Ctrl+Shift+Z":
        qtbot.keyClick(field, Qt.Key.Key_Z, modifiers | Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Y, modifiers)
    assert _title(demo_window) == edited


def test_a_tab_click_leaves_the_focus_out_of_the_visit_search(demo_window, qtbot):
    bar = demo_window.visit_tabs.tabBar()
    for index in range(1, bar.count()):
        qtbot.mouseClick(demo_window.visit_tabs.page(0).fields["title"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert demo_window.visit_tabs.currentIndex() == index
        assert QApplication.focusWidget() is not demo_window.visit_search, bar.tabText(index)


def test_a_new_visit_leaves_the_cursor_in_its_delegation_field(demo_window, qtbot):
    """Title and dates come from the New visit dialog; the officer goes on with the Details page's
    next field, the delegation, typing straight away (not into the visit search)."""
    window = demo_window
    activate(qtbot, window)

    def new_visit(dialog) -> None:
        qtbot.keyClicks(dialog.title, "Werkbezoek Benelux-politie")
        press(dialog, OK)

    seen = when_dialog(new_visit)
    key(qtbot, "Ctrl+N")
    assert seen, "no New visit dialog"
    # no activate() here: the window takes the focus back itself once the dialog is gone (a window
    # manager would give it back; without one, the field got the keys but never left, nor saved)
    details = window.visit_tabs.currentWidget()
    assert type(details).__name__ == "DetailsPage"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is details.fields["delegation"], timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), "Acht politiechefs")
    key(qtbot, "Tab")
    row = window.session.store.conn.execute(
        "SELECT delegation FROM visits WHERE title = 'Werkbezoek Benelux-politie'"
    ).fetchone()
    assert row[0] == "Acht politiechefs"
    assert window.visit_search.text() == ""


@pytest.mark.parametrize(
    ("lang", "saved", "undone", "redone"),
    [
        ("fr", "Enregistré : modifier hôte", "Annulé : modifier hôte", "Rétabli : modifier hôte"),
        (
            "nl",
            "Opgeslagen: gastheer wijzigen",
            "Ongedaan gemaakt: gastheer wijzigen",
            "Opnieuw gedaan: gastheer wijzigen",
        ),
        ("en", "Saved: Edit host", "Undone: Edit host", "Redone: Edit host"),
    ],
)
def test_the_status_bar_names_what_was_undone_and_redone(window_in, qtbot, lang, saved, undone, redone):
    window = window_in(lang)
    activate(qtbot, window)
    bar = window.visit_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    details = window.visit_tabs.currentWidget()
    host = details.fields["host"]
    before = host.text()

    def stored() -> str:
        row = window.session.store.conn.execute("SELECT host FROM visits WHERE id = ?", (window.current_visit_id(),))
        return row.fetchone()[0]

    def status() -> str:
        return window.statusBar().currentMessage()

    qtbot.mouseClick(host, Qt.MouseButton.LeftButton)
    key(qtbot, "Ctrl+A")
    qtbot.keyClicks(host, "Stad Gent")
    key(qtbot, "Tab")  # leaving the field saves it; the cursor is in the next field
    assert stored() == "Stad Gent"
    when = r" — \d\d:\d\d$"
    assert re.fullmatch(re.escape(saved) + when, status()), status()

    key(qtbot, "Ctrl+Z")
    assert stored() == before
    assert re.fullmatch(re.escape(undone) + when, status()), status()

    key(qtbot, "Ctrl+Shift+Z")
    assert stored() == "Stad Gent"
    assert re.fullmatch(re.escape(redone) + when, status()), status()
