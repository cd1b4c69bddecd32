"""The application's Redo wins over a text field's own: Ctrl+Shift+Z and Ctrl+Y redo the last
undone edit of the visit even while the cursor is in a field. (Ctrl+Z stays the field's own undo
of what was just typed there; Edit ▸ Undo undoes saved edits from anywhere.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

_REDO = {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")}


class RedoWins(QObject):
    """Event filter for the application: a text field does not claim the Redo keys."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(
            watched, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox
        ):
            assert isinstance(event, QKeyEvent)
            if QKeySequence(event.keyCombination()) in _REDO:
                event.ignore()  # not the field's: the window's Redo shortcut fires
                return True
        return False
