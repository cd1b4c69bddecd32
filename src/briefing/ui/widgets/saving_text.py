"""A multi-line text field that saves when it loses focus (the pages' summary, purpose, points)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class SavingText(QPlainTextEdit):
    """A multi-line field that calls ``on_leave`` when it loses focus; Tab moves on, as in a form.
    With ``lines``, it asks for that many lines of text and shows at least ``least``."""

    def __init__(
        self, on_leave: Callable[[], None], parent: QWidget | None = None, lines: int = 0, least: int = 0
    ) -> None:
        super().__init__(parent)
        self._on_leave = on_leave
        self._lines = lines
        self.setTabChangesFocus(True)
        if least:
            self.setMinimumHeight(self._height(least))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        text = lines * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
        return text + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._height(self._lines)) if self._lines else hint

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._on_leave()
