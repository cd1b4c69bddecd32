"""A check box whose long text wraps: the box itself carries no text (a long text would make its
panel as wide as the text), a word-wrapping label beside it does, and a click on the label toggles
the box as a click on a check box's own text does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class _ToggleLabel(QLabel):
    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBuddy(box)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled() and inside:
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class WrappingCheck(QWidget):
    """A check box (``box``) with a label that wraps (``label``); disable the row to grey both."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = _ToggleLabel(text, self.box, self)
        self.box.setAccessibleName(text.replace("&", ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.box.setToolTip(text)
        self.label.setToolTip(text)
