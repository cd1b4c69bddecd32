"""Keys and focus in the main window as a person meets them: Ctrl+Shift+Z and Ctrl+Y redo while
a text field has the cursor; clicking a tab leaves the focus where it was, not in the visit search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


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
