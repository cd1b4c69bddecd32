"""Changing the interface language in Preferences keeps the undo history: an edit made before the
change is undone afterwards by Edit ▸ Undo, and the menus speak the new language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QPushButton

from tests.ui.person import OK, YES, answer, press, when_dialog


@pytest.fixture
def back_to_english(qapp, isolated_settings):
    yield
    from briefing.ui import i18n

    i18n.install_translations(qapp, "en")


def _menu_action(window, path: tuple[str, ...]):
    actions = window.menuBar().actions()
    for word in path:
        action = next(a for a in actions if a.text().replace("&", "").startswith(word))
        actions = action.menu().actions() if action.menu() is not None else []
    return action


def _visits(window) -> int:
    return window.session.store.conn.execute("SELECT count(*) FROM visits").fetchone()[0]


def _choose_dutch(dialog) -> None:
    assert isinstance(dialog, QInputDialog)
    combo = dialog.findChild(QComboBox)
    from pytestqt.qtbot import QtBot

    QtBot.keyClicks(combo, "Ned")  # a person types the name's first letters into the closed list
    assert combo.currentText() == "Nederlands"
    press(dialog, OK)


def test_an_edit_made_before_a_language_change_is_undone_after_it(back_to_english, demo_window, qtbot):
    window = demo_window
    before = _visits(window)
    deleted = window.current_visit_id()
    assert deleted is not None
    when_dialog(answer(YES))
    qtbot.mouseClick(window.findChild(QPushButton, "visits_delete"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _visits(window) == before - 1)

    seen = when_dialog(_choose_dutch)
    _menu_action(window, ("Edit", "Preferences")).trigger()
    assert seen, "the Preferences dialog did not open"
    assert _menu_action(window, ("Bewerken",)).text().replace("&", "") == "Bewerken"

    undo = _menu_action(window, ("Bewerken", "Ongedaan"))
    assert undo.isEnabled()
    window.activateWindow()  # the window a person returns to (offscreen, closing a dialog leaves none active)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _visits(window) == before)
    assert window.current_visit_id() == deleted
