"""The ordered-list pattern of the People, Themes and Articles pages: the visit's list, in order,
with Move up / Move down / Remove (and Delete, Ctrl+Up, Ctrl+Down and dragging), beside a library
searched as you type with an Add button. A page configures it: the list, the library's columns and
query, what adding, removing, moving and a drop do, and the extra rows and buttons it needs.

The buttons that act on the list's selection (Remove, and those a page adds with
``needs_selection``) are enabled only while a row is selected."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.ui.models import PagedModel
from briefing.ui.widgets.connect import connect_click
from briefing.ui.widgets.roles import ID_ROLE
from briefing.ui.widgets.search import SearchField


def button(text: str, name: str, parent: QWidget) -> QPushButton:
    """A page's push button: named (for tests and style), never the dialog's default."""
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAutoDefault(False)
    return widget


def _ordered(view: QAbstractItemView) -> None:
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)


def _key(view, event) -> bool:
    """Delete and Ctrl+Up/Down on an ordered list: True when handled."""
    key, mods = event.key(), event.modifiers()
    if key == Qt.Key.Key_Delete:
        view.delete_pressed.emit()
        return True
    if mods & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        view.move_pressed.emit(-1 if key == Qt.Key.Key_Up else 1)
        return True
    return False


class _Reorderable:
    """What both ordered views do: a drop that moved rows says so once the view is done, and the
    keys of ``_key`` (Delete, Alt+Up/Down) act on the row. Mixed in before the Qt view class."""

    def dropEvent(self, event) -> None:
        super().dropEvent(event)  # type: ignore[misc]
        if event.isAccepted():
            QTimer.singleShot(0, self.dropped.emit)  # type: ignore[attr-defined]  # once the view has finished the move

    def keyPressEvent(self, event) -> None:
        if not _key(self, event):
            super().keyPressEvent(event)  # type: ignore[misc]


class OrderedTree(_Reorderable, QTreeWidget):
    """An ordered list with columns; drag to reorder (rows never nest)."""

    dropped = Signal()
    delete_pressed = Signal()
    move_pressed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        _ordered(self)
        self._shares: dict[int, float] = {}
        self._sizing = False
        self._user_sized = False

    # -- column widths
    def fit_columns(self, shares: dict[int, float]) -> None:
        """Columns in ``shares`` as wide as their contents, each within its share of the list's
        width (and never narrower than its header); the last column takes the rest, so the list
        does not scroll sideways. Every column stays resizable by the user, and once the user has
        resized one the list leaves the widths alone."""
        self._shares = dict(shares)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(self._section_resized)
        model = self.model()
        model.modelReset.connect(self._fit)
        model.rowsInserted.connect(self._fit)
        model.dataChanged.connect(self._fit)
        self._fit()

    def _section_resized(self, column: int, *_args) -> None:
        # the last column follows the width of the list: only another column's resizing is the user's
        if not self._sizing and self.isVisible() and column != self.header().count() - 1:
            self._user_sized = True

    def _fit(self, *_args) -> None:
        if not self._shares or self._user_sized:
            return
        header = self.header()
        room = self.viewport().width()
        last = header.count() - 1
        rest = room - header.sectionSizeHint(last)  # the last column keeps at least its header's width
        self._sizing = True
        try:
            for column, share in sorted(self._shares.items()):
                if column == last:
                    continue
                wanted = max(header.sectionSizeHint(column), min(int(room * share), self.sizeHintForColumn(column)))
                width = max(header.sectionSizeHint(column), min(wanted, rest))
                header.resizeSection(column, width)
                rest -= width
        finally:
            self._sizing = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def rows(self) -> list:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def row_of(self, item) -> int:
        return self.indexOfTopLevelItem(item) if item is not None else -1

    def id_of(self, item) -> Any:
        return item.data(0, ID_ROLE) if item is not None else None


class OrderedList(_Reorderable, QListWidget):
    """An ordered list of one column; drag to reorder."""

    dropped = Signal()
    delete_pressed = Signal()
    move_pressed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _ordered(self)
        # a long row wraps to the list's width: the list never scrolls sideways
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)  # where one wrapped row ends and the next begins
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)

    def rows(self) -> list:
        return [self.item(i) for i in range(self.count())]

    def row_of(self, item) -> int:
        return self.row(item) if item is not None else -1

    def id_of(self, item) -> Any:
        return item.data(ID_ROLE) if item is not None else None


class LibraryTable(QTableView):
    """A table of search results (the ordered-list widget's library, and the Library pages' tables):
    Enter or a double click chooses the current row (or, with ``multi_select``, the selected rows)."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None, multi_select: bool = False) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi_select
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        self._shared: tuple[int, ...] | None = None
        self._fitted: tuple[int, ...] = ()
        self._sizing = False
        self._user_sized = False
        self.doubleClicked.connect(lambda _index: self.chosen.emit())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self.currentIndex().isValid() or self.selectionModel().hasSelection()
        ):
            event.accept()
            self.chosen.emit()
            return
        super().keyPressEvent(event)

    # -- column widths
    def stretch_first_column(self) -> None:
        """The first column takes the room the others (resizable by the user) leave."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def share_columns(self, shared: tuple[int, ...], fitted: tuple[int, ...]) -> None:
        """Columns ``fitted`` as wide as their contents (within reason), the ``shared`` ones share
        the rest; every column stays resizable by the user, and once the user has resized one the
        table leaves the widths alone. Call it once the model is set."""
        self._shared, self._fitted = shared, fitted
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)
        model = self.model()
        model.modelReset.connect(self._share)
        model.rowsInserted.connect(self._share)

    def _section_resized(self, *_args) -> None:
        if not self._sizing and self.isVisible():
            self._user_sized = True

    def _share(self, *_args) -> None:
        if self._shared is None or self._user_sized:
            return
        header = self.horizontalHeader()
        self._sizing = True
        try:
            room = self.viewport().width()
            most = max(80, room // 4)
            used = 0
            for column in self._fitted:  # as wide as the contents, within a quarter; never below the header
                width = max(header.sectionSizeHint(column), min(most, self.sizeHintForColumn(column) + 8))
                header.resizeSection(column, width)
                used += width
            # the shared columns split the rest, each at least as wide as its header text
            shared = sorted(self._shared, key=header.sectionSizeHint, reverse=True)
            rest = max(0, room - used)
            for done, column in enumerate(shared):
                width = max(header.sectionSizeHint(column), rest // (len(shared) - done))
                header.resizeSection(column, width)
                rest = max(0, rest - width)
        finally:
            self._sizing = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share()

    # -- ids

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            rows = self.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def chosen_ids(self) -> list[int]:
        """The ids of the selected rows, top to bottom (the current row when none is selected)."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        model = self.model()
        return [model.index(row, 0).data(ID_ROLE) for row in rows]

    def select_id(self, row_id: int | None) -> None:
        """Select the row with this id, else the first row."""
        model = self.model()
        if not isinstance(model, PagedModel):
            return
        row = model.row_of_id(row_id) if row_id is not None else -1
        if row < 0 and model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.setCurrentIndex(model.index(row, 0))
            self.selectRow(row)


class OrderedPicker(QSplitter):
    """The visit's ordered list (left) beside the library (right). ``fetch(query, offset, limit)``
    gives the library's rows; ``columns`` are the library's (header, value-of-row) pairs.

    The page says what happens through ``on_add()`` (the library's current row), ``on_remove()``,
    ``on_move(step)``, ``on_drop()`` (the list's new order is shown) and, optionally,
    ``can_move(row, step)`` (default: any neighbour). ``texts`` are the buttons' words, in the page's
    own translation: "up", "down", "remove", "add", "new".

    Options: ``orientation`` (the library beside the list, or under it: Qt.Orientation.Vertical),
    ``multi_select`` (several library rows are added at once: ``library.chosen_ids()``),
    ``enter_adds`` (Enter in the search field adds a lone or chosen result; when False it only moves
    to the results) and ``on_new`` (without it there is no New button). A page's own buttons go
    into ``move_row`` (beside Remove) or a row of its own (``add_right``)."""

    def __init__(
        self,
        parent: QWidget,
        *,
        name: str,
        view: OrderedTree | OrderedList,
        heading: str,
        search_label: str,
        search_placeholder: str,
        columns: Sequence[tuple[str, Callable[[Any], str]]],
        fetch: Callable[[str, int, int], Any],
        texts: dict[str, str],
        on_add: Callable[[], None],
        on_remove: Callable[[], None],
        on_move: Callable[[int], None],
        on_drop: Callable[[], None],
        on_new: Callable[[], None] | None = None,
        can_move: Callable[[int, int], bool] | None = None,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
        multi_select: bool = False,
        enter_adds: bool = True,
        shared: tuple[int, ...] = (0,),
    ) -> None:
        super().__init__(orientation, parent)
        self.setChildrenCollapsible(False)
        self.query = ""
        self.enabled_for_visit = False
        self._needs_selection: list[QWidget] = []
        self._can_move = can_move or (lambda row, step: 0 <= row + step < len(self.view.rows()))
        self._on_add = on_add
        self._enter_adds = enter_adds
        self._has_new = on_new is not None

        # -- the ordered list
        self.left = left = QWidget(self)
        self.heading = QLabel(heading, left)
        self.heading.setWordWrap(True)
        self.view: OrderedTree | OrderedList = view
        view.setParent(left)
        self.heading.setBuddy(view)
        self.up = button(texts["up"], f"{name}_up", left)
        self.down = button(texts["down"], f"{name}_down", left)
        self.remove = button(texts["remove"], f"{name}_remove", left)
        self.move_row = QHBoxLayout()
        self.move_row.addWidget(self.up)
        self.move_row.addWidget(self.down)
        self.move_row.addStretch(1)
        self.move_row.addWidget(self.remove)
        self.left_layout = QVBoxLayout(left)
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_layout.addWidget(self.heading)

        # -- the library
        self.right = right = QWidget(self)
        self.library = LibraryTable(right, multi_select)
        self.library.setObjectName(f"{name}_library")
        self.search = SearchField(right, f"{name}_search", search_placeholder, results=self.library)
        caption = QLabel(search_label, right)
        caption.setBuddy(self.search)
        self._fetch = fetch
        self.library_model = PagedModel(lambda offset, limit: fetch(self.query, offset, limit), columns, self)
        self.library.setModel(self.library_model)
        # the descriptive columns (``shared``) take the room the short ones, fitted to contents, leave
        self.library.share_columns(shared, tuple(c for c in range(len(columns)) if c not in shared))
        self.add = button(texts["add"], f"{name}_add", right)
        self.new = button(texts.get("new", ""), f"{name}_new", right)
        self.new.setVisible(self._has_new)
        self.add_row = QHBoxLayout()
        self.add_row.addStretch(1)
        self.add_row.addWidget(self.add)
        self.add_row.addWidget(self.new)
        self.right_layout = QVBoxLayout(right)
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.right_layout.addWidget(caption)
        self.right_layout.addWidget(self.search)
        self.right_layout.addWidget(self.library, 1)
        self.right_layout.addLayout(self.add_row)

        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

        # -- wiring
        view.dropped.connect(on_drop)
        view.delete_pressed.connect(on_remove)
        view.move_pressed.connect(on_move)
        view.itemSelectionChanged.connect(self.update_buttons)
        connect_click(self.up, on_move, -1)
        connect_click(self.down, on_move, 1)
        connect_click(self.remove, on_remove)
        self.search.settled.connect(lambda _text: self.apply_search())
        self.search.returnPressed.connect(self._search_entered)
        self.library.chosen.connect(on_add)
        self.library.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.library_model.modelReset.connect(self.update_buttons)
        connect_click(self.add, on_add)
        if on_new is not None:
            connect_click(self.new, on_new)
        self.needs_selection(self.remove)

    # -- configuring
    def add_left(self, part: QWidget | QLayout, stretch: int = 0) -> None:
        """Add the list (``self.view``), ``self.move_row`` or a page's own row, in the page's order."""
        if isinstance(part, QLayout):
            self.left_layout.addLayout(part, stretch)
        else:
            self.left_layout.addWidget(part, stretch)

    def add_right(self, part: QLayout) -> None:
        """A page's own row under the library, above Add."""
        self.right_layout.insertLayout(self.right_layout.count() - 1, part)

    def needs_selection(self, *widgets: QWidget) -> None:
        """These act on the list's selected row: enabled only while one is selected."""
        self._needs_selection.extend(widgets)
        self.update_buttons()

    # -- state
    def selected_item(self):
        """The list's selected row, or None (a current row that is not selected does not count)."""
        chosen = self.view.selectedItems()
        return chosen[0] if chosen else None

    def update_buttons(self) -> None:
        on = self.enabled_for_visit
        item = self.selected_item() if on else None
        for widget in self._needs_selection:
            widget.setEnabled(item is not None)
        row = self.view.row_of(item)
        self.up.setEnabled(item is not None and self._can_move(row, -1))
        self.down.setEnabled(item is not None and self._can_move(row, 1))
        self.add.setEnabled(on and self.library.current_id() is not None)
        self.new.setEnabled(on and self._has_new)

    # -- the library's search
    def refresh_library(self) -> None:
        keep = self.library.current_id()
        self.library_model.reload()
        self.library.select_id(keep)

    def apply_search(self) -> None:
        """Search the library for what is in the search field now (typing waits a moment first)."""
        self.search.settle_now()
        self.query = self.search.text()
        self.library_model.reload()
        self.library.select_id(None)

    def _search_entered(self) -> None:
        if not self._enter_adds:
            if self.search.pending() or self.query != self.search.text():
                self.apply_search()
            if self.library_model.rowCount():
                self.library.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.library.selectionModel().hasSelection():
                    self.library.selectRow(0)
            return
        if not self.search.text().strip():
            return
        if self.search.pending() or self.query != self.search.text():
            self.apply_search()
        if self.library_model.rowCount() == 1 or self.library.current_id() is not None:
            self._on_add()


__all__ = ["LibraryTable", "OrderedList", "OrderedPicker", "OrderedTree", "button"]
