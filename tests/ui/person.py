"""Acting as a person in UI tests: a window on the demo store, and answering the dialog that
opens next through its own buttons (a modal dialog blocks the click that opened it, so the answer
is scheduled before the click)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QMessageBox, QWidget


def when_dialog(handler: Callable[[QWidget], None], timeout: float = 10.0) -> list[QWidget]:
    """Call ``handler(dialog)`` once a modal dialog is shown; the dialog is added to the list returned."""
    seen: list[QWidget] = []
    deadline = time.monotonic() + timeout

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        seen.append(widget)
        handler(widget)

    QTimer.singleShot(0, poll)
    return seen


def click(widget: QAbstractButton) -> None:
    from pytestqt.qtbot import QtBot

    assert widget is not None and widget.isEnabled() and widget.isVisible(), widget
    QtBot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(dialog: QWidget, which) -> None:
    """Press one of a dialog's own buttons: a QMessageBox or QDialogButtonBox standard button."""
    if isinstance(dialog, QMessageBox):
        button = dialog.button(which)
    else:
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None, dialog
        button = box.button(which)
    click(button)


def answer(which) -> Callable[[QWidget], None]:
    return lambda dialog: press(dialog, which)


YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No
OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def activate(qtbot, window: QWidget) -> None:
    """What a window manager does once a dialog is gone: ``window`` is active again (offscreen there
    is none, and keys, shortcuts and focus changes need an active window)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def key(qtbot, sequence: str) -> None:
    """Press a key combination ("Ctrl+Z", "Ctrl+Shift+Z") as the keyboard does: to the widget that
    has the focus in the active window (the window itself when nothing in it has)."""
    from PySide6.QtGui import QKeySequence

    combination = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no active window to type into"
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
