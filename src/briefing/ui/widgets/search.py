"""The one search field: searched as you type, once typing pauses (the same pause everywhere)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

SEARCH_DELAY_MS = 150  # wait this long after the last key before searching


class SearchField(QLineEdit):
    """A search box with a clear button. ``settled`` carries the text once typing has paused for
    SEARCH_DELAY_MS; ``timer`` is that pause (``settle_now`` ends it at once). With ``results`` the
    Down key moves on to that list of results. Files dropped on it go to the page, not into it."""

    settled = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        name: str = "",
        placeholder: str = "",
        results: QAbstractItemView | None = None,
    ) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setAcceptDrops(False)
        self.results = results
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(lambda: self.settled.emit(self.text()))
        self.textChanged.connect(lambda _text: self.timer.start())

    def pending(self) -> bool:
        """Whether typing has not yet settled into a search."""
        return self.timer.isActive()

    def settle_now(self) -> None:
        self.timer.stop()

    def keyPressEvent(self, event) -> None:
        results = self.results
        if (
            results is not None
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and results.model() is not None
        ):
            results.setFocus(Qt.FocusReason.TabFocusReason)
            if not results.currentIndex().isValid() and results.model().rowCount() > 0:
                results.setCurrentIndex(results.model().index(0, 0))
            return
        super().keyPressEvent(event)


__all__ = ["SEARCH_DELAY_MS", "SearchField"]
