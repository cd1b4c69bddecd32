"""Smoke test: on the demo store, every enabled button of every page and every menu action is
clicked as a person would, each dialog that opens is closed (Escape/Cancel), and the test fails on
any logged error (and any warning from the app's own loggers), any uncaught exception, any "could
not be saved" message, and any warning or critical message box that reports rather than asks.

Left out, because they would end the test: File ▸ Quit, and the store-switching actions (New
store…, Open store…, Recent stores), which are tested on their own."""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QToolButton

SKIPPED_ACTIONS = ("Quit", "New store", "Open store")


class _Errors(logging.Handler):
    """Errors from anywhere, and warnings from the app's own loggers (briefing.*)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR or record.name.split(".")[0] == "briefing":
            self.records.append(f"{record.name}: {self.format(record)}")


def _reports_a_fault(box: QMessageBox) -> bool:
    """A warning or critical box that only says something (OK, Close): a fault reported to the person.
    A warning that asks first (Erase … ? with Cancel, Delete? with No) is expected."""
    if box.icon() not in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical):
        return False
    asking = (
        QMessageBox.ButtonRole.RejectRole,
        QMessageBox.ButtonRole.NoRole,
        QMessageBox.ButtonRole.DestructiveRole,
    )
    return not any(box.buttonRole(button) in asking for button in box.buttons())


def test_every_button_and_action_on_the_demo_store(demo_window, qtbot, monkeypatch):
    started = time.monotonic()
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    hooked: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: hooked.append(f"{t.__name__}: {v}"))
    messages: list[str] = []
    faults: list[str] = []  # warning or critical boxes that report something gone wrong

    def close_dialogs() -> None:
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if widget is None or not widget.isVisible():
            return
        if isinstance(widget, QMessageBox):
            messages.append(widget.text())
            if _reports_a_fault(widget):
                faults.append(f"{widget.text()} {widget.informativeText()}".strip())
        if hasattr(widget, "reject"):
            widget.reject()
        else:
            widget.close()

    closer = QTimer()
    closer.timeout.connect(close_dialogs)
    closer.start(30)
    clicked: list[str] = []
    try:

        def click_buttons(page) -> None:
            for button in [*page.findChildren(QPushButton), *page.findChildren(QToolButton)]:
                if button.isVisible() and button.isEnabled() and button.window() is demo_window:
                    clicked.append(f"{type(page).__name__}: {button.text() or button.toolTip()}")
                    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                    qtbot.wait(10)

        def click_all(tabs) -> None:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(10)
                click_buttons(tabs.page(index))

        click_buttons(demo_window.splitter.widget(0))  # the visit list: New, Duplicate, Delete

        demo_window.show_visits()
        click_all(demo_window.visit_tabs)
        demo_window.show_library()
        click_all(demo_window.library_tabs)

        def actions(menu_actions):
            for action in menu_actions:
                if action.menu() is not None:
                    yield from actions(action.menu().actions())
                elif not action.isSeparator():
                    yield action

        for top in list(demo_window.menuBar().actions()):
            for action in list(actions(top.menu().actions())):
                text = action.text().replace("&", "")
                parent = action.parent()
                if any(text.startswith(s) for s in SKIPPED_ACTIONS) or parent is not demo_window:
                    continue  # ends the test or switches store (recent stores' actions belong to their menu)
                if not action.isEnabled():
                    continue
                clicked.append(f"menu: {text}")
                action.trigger()
                qtbot.wait(10)
        qtbot.wait(100)
        from briefing.ui.worker import wait_all

        wait_all()
        qtbot.wait(100)
    finally:
        closer.stop()
        logging.getLogger().removeHandler(errors)
    assert len(clicked) > 30, clicked
    assert not errors.records, errors.records
    assert not faults, faults
    assert not hooked, hooked
    assert not [m for m in messages if "could not" in m.lower()], messages
    assert time.monotonic() - started < 60
