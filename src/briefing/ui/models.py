"""Item models over the core's paged queries: no SQL here. Rows arrive a page at a time
(canFetchMore / fetchMore), so a list of 100,000 rows opens at once and scrolls smoothly.

A row is one of the model's summaries (core/model.py: VisitSummary, ContactSummary, …), as the
queries in core/store/queries.py return them; its ``id`` is what ID_ROLE gives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from briefing.core.model import ArticleSummary, ContactSummary, ThemeSummary, VisitSummary
from briefing.ui.widgets.roles import ID_ROLE

PAGE = 200

Index = QModelIndex | QPersistentModelIndex
Summary = VisitSummary | ContactSummary | ArticleSummary | ThemeSummary
Fetch = Callable[[int, int], Sequence[Summary]]


class PagedModel(QAbstractTableModel):
    """Rows from ``fetch(offset, limit)``; columns are (header, value-of-row) pairs."""

    def __init__(
        self,
        fetch: Fetch,
        columns: Sequence[tuple[str, Callable[[Any], str]]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._columns = list(columns)
        self._rows: list[Summary] = []
        self._more = True
        self.reload()

    # -- loading
    def reload(self, fetch: Fetch | None = None) -> None:
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._rows = list(self._fetch(0, PAGE))
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        more = list(self._fetch(len(self._rows), PAGE))
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # -- reading
    def row_object(self, row: int) -> Summary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, row_id: int) -> int:
        for index, obj in enumerate(self._rows):
            if obj.id == row_id:
                return index
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        obj = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._columns[index.column()][1](obj)
            if role == Qt.ItemDataRole.ToolTipRole:
                return str(text)
            # one display line per line the column gives (a visit: title, then dates); user text's own
            # line breaks and tabs are folded into spaces
            return "\n".join(" ".join(line.split()) for line in str(text).split("\n"))
        if role == ID_ROLE:
            return obj.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
