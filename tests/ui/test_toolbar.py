"""The toolbar carries the frequent actions (New visit, Export PDF, Print) and the status bar says
what was saved and when, as a person sees them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolBar

from tests.ui.person import CANCEL, press, when_dialog


def _tool_button(win, action):
    toolbar = win.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None and toolbar.isVisible()
    button = toolbar.widgetForAction(action)
    assert button is not None and button.isVisible() and button.isEnabled()
    return button


def test_toolbar_new_visit_opens_the_new_visit_dialog(demo_window, qtbot):
    seen = []

    def check(dialog):
        seen.append(dialog.findChild(QLineEdit, "new_visit_title") is not None)
        press(dialog, CANCEL)

    when_dialog(check)
    qtbot.mouseClick(_tool_button(demo_window, demo_window.new_visit_action), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [True]


def test_toolbar_export_pdf_opens_the_pack_pages_save_dialog(demo_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []

    def fake_save(*args, **kwargs):
        asked.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    qtbot.mouseClick(_tool_button(demo_window, demo_window.export_pdf_action), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked))
    assert type(demo_window.visit_tabs.currentWidget()).__name__ == "PackPage"


def test_status_bar_says_what_was_saved(demo_window, qtbot):
    tabs = demo_window.visit_tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(0).center())
    host = tabs.page(0).findChild(QLineEdit, "host")
    assert demo_window.statusBar().currentMessage() == ""
    qtbot.mouseClick(host, Qt.MouseButton.LeftButton)
    host.selectAll()
    qtbot.keyClicks(host, "Stad Gent")
    qtbot.keyClick(host, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "Saved" in demo_window.statusBar().currentMessage())
    message = demo_window.statusBar().currentMessage()
    assert ":" in message and "—" in message, message  # what, and when
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Undone" in demo_window.statusBar().currentMessage())


def test_an_ampersand_in_a_step_shows_in_the_undo_entry(demo_window, qtbot):
    """A step named after a theme "Incident & Crisis" reads so in Edit ▸ Undo: the "&" is not taken
    for a keyboard mnemonic (which showed "Incident _Crisis")."""
    from briefing.core import edit

    session = demo_window.session
    theme = session.store.conn.execute("SELECT id FROM themes ORDER BY id LIMIT 1").fetchone()[0]
    session.do(lambda: edit.update(session.store, "themes", theme, "Incident & Crisis", title="X"), ("themes",))
    assert demo_window.undo_action.text().endswith("Incident && Crisis")
