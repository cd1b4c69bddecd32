"""The line under a search field when the search found nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


def no_results_text(query: str) -> str:
    """"No results for “words”", in the interface's language."""
    return QCoreApplication.translate("Search", "No results for “{}”").format(query)


def no_results_label(parent: QWidget, name: str) -> QLabel:
    """A hidden label; ``show_no_results`` fills and shows it."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def show_no_results(label: QLabel, query: str, rows: int) -> None:
    """Show "No results for …" when ``query`` is not blank and found no ``rows``; hide it otherwise."""
    none = bool(query.strip()) and rows == 0
    label.setText(no_results_text(query.strip()) if none else "")
    label.setVisible(none)
