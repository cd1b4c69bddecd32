"""The item-data roles the interface stores on its rows: one for a row's id, everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id (a visit, contact, theme, article, item…)
NEWER_ROLE = Qt.ItemDataRole.UserRole + 2  # whether the library has newer details than the visit
DAY_ROLE = Qt.ItemDataRole.UserRole + 3  # a programme day's date

__all__ = ["DAY_ROLE", "ID_ROLE", "NEWER_ROLE"]
