"""What every page of the main window shares: the session, the visit it shows, and which
kinds of change make it reload."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from briefing.ui.session import Session


class Page(QWidget):
    """A page of the main window. Visit pages show ``visit_id``; library pages ignore it."""

    areas: frozenset[str] = frozenset()  # Session.changed areas that make this page reload
    title = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.visit_id: int | None = None
        session.changed.connect(self._on_changed)

    @property
    def store(self):
        return self.session.store

    def set_visit(self, visit_id: int | None) -> None:
        self.visit_id = visit_id
        self.reload()

    def reload(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def _on_changed(self, areas: frozenset[str]) -> None:
        if areas & self.areas:
            self.reload()

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Briefing"), question)
        return answer == QMessageBox.StandardButton.Yes
