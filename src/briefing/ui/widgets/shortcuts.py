"""The application's Undo and Redo win over a text field's own when the field has nothing of its
own to take back: Ctrl+Shift+Z and Ctrl+Y redo the last undone edit of the store even while the
cursor is in a field, and Ctrl+Z undoes the last saved edit from a field with nothing typed to undo
(the field the cursor went to after saving, the Delegation field of a visit just made). Ctrl+Z
stays the field's own undo of what was just typed there; Edit ▸ Undo undoes saved edits from
anywhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_REDO = {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")}
_UNDO = {QKeySequence("Ctrl+Z")}


def _own_undo(field: QWidget) -> bool | None:
    """Whether a text field has typing of its own to undo; None for a widget that is no text field."""
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return field.document().isUndoAvailable()
    if isinstance(field, QComboBox):
        line = field.lineEdit()
        return None if line is None else line.isUndoAvailable()
    if isinstance(field, QAbstractSpinBox):
        line = field.findChild(QLineEdit)
        return bool(line is not None and line.isUndoAvailable())
    if isinstance(field, QLineEdit):
        return field.isUndoAvailable()
    return None


class UndoRedoWins(QObject):
    """Event filter for the application: a text field claims the Redo keys never, and Ctrl+Z only
    while it has typing of its own to undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        own = _own_undo(watched)
        if own is None:
            return False
        assert isinstance(event, QKeyEvent)
        keys = QKeySequence(event.keyCombination())
        if keys in _REDO or (keys in _UNDO and not own):
            event.ignore()  # not the field's: the window's Undo or Redo shortcut fires
            return True
        return False
