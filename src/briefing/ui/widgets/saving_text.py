"""A multi-line text field that saves when it loses focus (the pages' summary, purpose, points)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPlainTextEdit, QWidget


class SavingText(QPlainTextEdit):
    """A multi-line field that calls ``on_leave`` when it loses focus; Tab moves on, as in a form."""

    def __init__(self, on_leave: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_leave = on_leave
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._on_leave()
