"""The visit list and the File/Edit menus, used as a person uses them: New, Duplicate and Delete
clicked, Ctrl+N pressed, dialogs answered through their own buttons."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from tests.ui.person import CANCEL, NO, OK, YES, answer, click, press, when_dialog


def _visits(store_path) -> list[tuple]:
    conn = sqlite3.connect(store_path)
    try:
        return conn.execute("SELECT id, title, start_date, end_date FROM visits ORDER BY id").fetchall()
    finally:
        conn.close()


def _button(window, name: str) -> QPushButton:
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _menu_action(window, menu_title: str, text: str):
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu_title:
            for action in top.menu().actions():
                if action.text().replace("&", "").startswith(text):
                    return action
    raise AssertionError(f"{menu_title} ▸ {text} not found")


def test_duplicate_clicked_makes_a_copy_at_the_new_start(demo_window, store_path, qtbot):
    before = _visits(store_path)
    current = demo_window.current_visit_id()
    title = next(v[1] for v in before if v[0] == current)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, QDialog) and not isinstance(dialog, QMessageBox), dialog
        dialog.title.setFocus()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)
        qtbot.wait(20)  # the field selects itself once focused
        assert dialog.focusWidget() is dialog.start
        qtbot.keyClicks(dialog.start, "2031-05-06")
        press(dialog, OK)

    seen = when_dialog(fill)
    click(_button(demo_window, "visits_duplicate"))
    assert seen, "no dialog opened"
    after = _visits(store_path)
    assert len(after) == len(before) + 1
    new = after[-1]
    assert new[1] == title and new[2] == "2031-05-06"
    assert demo_window.current_visit_id() == new[0]
    assert not demo_window.findChildren(QMessageBox)


def test_duplicate_has_an_edit_menu_entry(demo_window, store_path):
    before = len(_visits(store_path))
    action = _menu_action(demo_window, "Edit", "Duplicate visit")
    seen = when_dialog(answer(OK))
    action.trigger()
    assert seen
    assert len(_visits(store_path)) == before + 1


def test_delete_asks_first_and_undo_selects_the_visit_again(demo_window, store_path, qtbot):
    before = _visits(store_path)
    current = demo_window.current_visit_id()

    seen = when_dialog(answer(NO))
    click(_button(demo_window, "visits_delete"))
    assert seen and isinstance(seen[0], QMessageBox), "Delete did not ask"
    assert _visits(store_path) == before

    seen = when_dialog(answer(YES))
    click(_button(demo_window, "visits_delete"))
    assert seen
    assert current not in [v[0] for v in _visits(store_path)]
    assert demo_window.current_visit_id() != current

    _menu_action(demo_window, "Edit", "Undo").trigger()
    assert _visits(store_path) == before
    assert demo_window.current_visit_id() == current


def test_ctrl_n_opens_new_visit(demo_window, store_path, qtbot):
    before = len(_visits(store_path))
    titles: list[str] = []

    def fill(dialog) -> None:
        titles.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.title, "Werkbezoek Ctrl+N")
        press(dialog, OK)

    seen = when_dialog(fill)
    demo_window.visit_list.setFocus()
    qtbot.keyClick(demo_window.visit_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+N opened nothing"
    assert titles == ["New visit"]
    assert len(_visits(store_path)) == before + 1
    assert _visits(store_path)[-1][1] == "Werkbezoek Ctrl+N"


def test_no_two_actions_share_a_shortcut(demo_window):
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in demo_window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()


def test_the_shortcuts_dialog_lists_each_shortcut_once(demo_window):
    texts: list[str] = []

    def read(box) -> None:
        texts.append(box.text())
        press(box, QMessageBox.StandardButton.Ok)

    seen = when_dialog(read)
    _menu_action(demo_window, "Help", "Keyboard shortcuts").trigger()
    assert seen
    keys = [line.split("\t")[0] for line in texts[0].splitlines()]
    assert len(keys) == len(set(keys)), keys
    assert "Ctrl+N" in keys


def test_new_visit_dialog_cancel_changes_nothing(demo_window, store_path):
    before = _visits(store_path)
    seen = when_dialog(answer(CANCEL))
    click(_button(demo_window, "visits_new"))
    assert seen
    assert _visits(store_path) == before


def test_recent_stores_survive_a_second_start(qtbot, tmp_path, isolated_settings):
    from briefing.core.store import open_store
    from briefing.ui.main_window import MainWindow, settings

    path = tmp_path / "only.sqlite"
    # what a second start reads back from the settings file for a list of one: a str
    settings().setValue("store/recent", str(path))
    win = MainWindow(open_store(path))
    qtbot.addWidget(win)
    entries = [a.text() for a in win.recent_menu.actions()]
    win.session.store.close()
    assert entries == [str(path)]
