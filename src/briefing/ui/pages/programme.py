"""The programme, day by day: add, edit and remove items, drag them to reorder or to another day,
pick people and themes per item, and see conflicts inline (overlaps, double bookings, items
outside the visit's dates, an end before a start)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.core import edit
from briefing.core.conflicts import problem_count, programme_warnings
from briefing.core.model import ITEM_KINDS, ProgrammeItem, VisitBundle, stored_id
from briefing.core.pack.labels import kind_label, kind_name, long_date, normalise_kind, time_span, warning_text
from briefing.core.store import repo
from briefing.ui.i18n import interface_language
from briefing.ui.pages.base import Page
from briefing.ui.session import one_undo_step
from briefing.ui.widgets import connect_click
from briefing.ui.widgets.roles import DAY_ROLE, ID_ROLE


def _days(bundle: VisitBundle) -> list[str]:
    """The visit's days, and any other day an item is on (those are flagged), in order."""
    start, end = dt.date.fromisoformat(bundle.visit.start), dt.date.fromisoformat(bundle.visit.end)
    days = {(start + dt.timedelta(days=n)).isoformat() for n in range((end - start).days + 1)}
    days |= {item.date for item in bundle.items if item.date}
    return sorted(days)


WARNINGS_COLUMN = 4


class _Wrapped(QStyledItemDelegate):
    """A column whose text wraps onto as many lines as it needs within the column's width, the
    row growing to show it whole (a long warning is read in full, not cut)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def sizeHint(self, option: QStyleOptionViewItem, index):
        view = self.parent()
        width = view.header().sectionSize(index.column()) if isinstance(view, QTreeWidget) else 0
        if width <= 0:
            return super().sizeHint(option, index)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, width, max(1, option.rect.height()))  # the width the text wraps in
        return super().sizeHint(sized, index)


class _Tree(QTreeWidget):
    """Days as top-level rows, items under them. A drop is reported as (item id, day, index) and
    the page makes it an undoable edit; the tree itself never moves rows."""

    moved = Signal(int, str, int)
    resized = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegateForColumn(WARNINGS_COLUMN, _Wrapped(self))
        # a wrapped column's rows take their height from its width: lay them out again when it changes
        self.header().sectionResized.connect(lambda column, _old, _new: self._wraps(column))

    def _wraps(self, column: int) -> None:
        if column == WARNINGS_COLUMN:
            self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def dropEvent(self, event) -> None:
        dragged = self.currentItem()
        item_id = dragged.data(0, ID_ROLE) if dragged is not None else None
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if item_id is None or target is None:
            return
        position = self.dropIndicatorPosition()
        if target.data(0, DAY_ROLE) is not None:  # onto a day: last item of that day
            day, index = target.data(0, DAY_ROLE), target.childCount()
        else:
            parent = target.parent()
            if parent is None:  # neither a day nor an item of one
                return
            day = parent.data(0, DAY_ROLE)
            index = parent.indexOfChild(target)
            if position == QAbstractItemView.DropIndicatorPosition.BelowItem:
                index += 1
        self.moved.emit(int(item_id), day, index)


class ItemDialog(QDialog):
    """Add or edit one programme item, with its people and themes."""

    def __init__(self, parent: QWidget, bundle: VisitBundle, item: ProgrammeItem | None = None, day: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme item"))
        item = item or ProgrammeItem(title="", date=day)
        form = QFormLayout(self)
        self.title = QLineEdit(item.title, self)
        self.title.setObjectName("item_title")
        form.addRow(self.tr("&Activity"), self.title)
        self.date = QComboBox(self)
        self.date.setObjectName("item_date")
        self.date.addItem(self.tr("Not scheduled"), "")
        for value in _days(bundle):  # a day as a person reads it; its ISO date kept as the item's data
            self.date.addItem(long_date(interface_language(), value), value)
        self.date.setCurrentIndex(max(0, self.date.findData(item.date)))
        form.addRow(self.tr("&Day"), self.date)
        times = QHBoxLayout()
        self.start = QLineEdit(item.start, self)
        self.start.setObjectName("item_start")
        self.start.setPlaceholderText("09:30")
        self.end = QLineEdit(item.end, self)
        self.end.setObjectName("item_end")
        self.end.setPlaceholderText("10:30")
        times.addWidget(self.start)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end)
        time_label = QLabel(self.tr("&Time"), self)  # a row of two fields: its label needs a buddy for its mnemonic
        time_label.setBuddy(self.start)
        form.addRow(time_label, times)
        self.location = QLineEdit(item.location, self)
        form.addRow(self.tr("&Location"), self.location)
        self.kind = QComboBox(self)
        self.kind.setObjectName("item_kind")
        self.kind.addItem(self.tr("(none)"), "")
        lang = interface_language()
        for kind in ITEM_KINDS:
            self.kind.addItem(kind_name(lang, kind), kind)
        kind = normalise_kind(item.kind)
        if kind and self.kind.findData(kind) < 0:  # a kind nobody knows: offered as typed, and kept
            self.kind.addItem(kind, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        form.addRow(self.tr("&Kind"), self.kind)
        self.description = QPlainTextEdit(item.description, self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        form.addRow(self.tr("D&escription"), self.description)
        self.people = QListWidget(self)
        self.people.setObjectName("item_people")
        for participant in bundle.participants:
            contact = bundle.contacts.get(participant.contact_id)
            if contact is None:
                continue
            row = QListWidgetItem(contact.name, self.people)
            row.setData(ID_ROLE, contact.id)
            checked = contact.id in item.contact_ids
            row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people.setMaximumHeight(120)
        form.addRow(self.tr("&People"), self.people)
        self.themes = QListWidget(self)
        for theme in bundle.themes:
            row = QListWidgetItem(theme.title, self.themes)
            row.setData(ID_ROLE, theme.id)
            checked = theme.id in item.theme_ids
            row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.themes.setMaximumHeight(90)
        form.addRow(self.tr("T&hemes"), self.themes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    @staticmethod
    def _checked(widget: QListWidget) -> list[int]:
        return [
            widget.item(i).data(ID_ROLE)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def item(self) -> ProgrammeItem:
        return ProgrammeItem(
            title=self.title.text().strip(),
            date=self.date.currentData(),
            start=self.start.text().strip(),
            end=self.end.text().strip(),
            location=self.location.text().strip(),
            kind=self.kind.currentData(),
            description=self.description.toPlainText().strip(),
            contact_ids=self._checked(self.people),
            theme_ids=self._checked(self.themes),
        )


class ProgrammePage(Page):
    areas = frozenset({"programme", "people", "themes", "details", "contacts"})

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Programme")
        self.bundle: VisitBundle | None = None
        self.warnings: dict = {}
        self.summary = QLabel(self)
        self.summary.setObjectName("programme_warnings")
        self.summary.setWordWrap(True)
        self.tree = _Tree(self)
        self.tree.setObjectName("programme_tree")
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("Activity"), self.tr("Location"), self.tr("People"), self.tr("Warnings")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.resized.connect(self._fit_columns)
        self.tree.moved.connect(self._move)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Add item…"), self)
        self.add_button.setObjectName("add_item")
        connect_click(self.add_button, self.add_item)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        connect_click(self.edit_button, self.edit_selected)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)
        connect_click(self.remove_button, self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint = QLabel(self.tr("Choose a visit to see its programme."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.reload()

    # -- reading
    def reload(self) -> None:
        visit_id = self.visit_id
        has_visit = visit_id is not None
        self.hint.setVisible(not has_visit)
        for widget in (self.tree, self.add_button):
            widget.setEnabled(has_visit)
        self._update_buttons()
        selected = self.selected_item_id()
        self.tree.clear()
        self.summary.clear()
        self.bundle = None
        if visit_id is None:
            return
        try:
            self.bundle = repo.visit_bundle(self.store, visit_id)
        except Exception:
            return
        bundle = self.bundle
        lang = interface_language()
        self.warnings = programme_warnings(bundle)
        warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        by_day: dict[str, QTreeWidgetItem] = {}
        for day in [*_days(bundle), ""]:
            label = self._day_label(day, bundle)
            node = QTreeWidgetItem(self.tree, [label])
            node.setData(0, DAY_ROLE, day)
            node.setFirstColumnSpanned(True)
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            node.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            by_day[day] = node
        restore = None
        for item in bundle.items:
            names = [bundle.contacts[c].name for c in item.contact_ids if c in bundle.contacts]
            people = ", ".join(names[:3]) + (self.tr(" and {} more").format(len(names) - 3) if len(names) > 3 else "")
            time = time_span(lang, item.start, item.end)
            kind = kind_label(lang, item.kind)
            title = item.title + (f" ({kind})" if kind else "")
            warnings = [warning_text(lang, w.kind, w.values) for w in self.warnings.get(stored_id(item.id), [])]
            row = QTreeWidgetItem(
                by_day[item.date if item.date in by_day else ""],
                [time, title, item.location, people, "; ".join(warnings)],
            )
            row.setData(0, ID_ROLE, item.id)
            row.setToolTip(1, item.description)
            row.setToolTip(3, "\n".join(names))
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            if warnings:
                row.setIcon(0, warn_icon)
                row.setIcon(4, warn_icon)
                row.setToolTip(4, "\n".join(warnings))
            if item.id == selected:
                restore = row
        if not by_day[""].childCount():
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(by_day[""]))
        self.tree.expandAll()
        self._fit_columns()
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self._update_buttons()
        count = problem_count(self.warnings)  # one clash of two items is one warning
        if count:
            self.summary.setText(self.tr("⚠ %n warning(s) in the programme: see the Warnings column.", "", count))

    def _update_buttons(self) -> None:
        """Edit… and Remove act on the chosen item: with none chosen (or a day) they are disabled."""
        chosen = self.bundle is not None and self.selected_item_id() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _fit_columns(self) -> None:
        """Time as wide as its times (not the day headings, which span the row); location, people
        and warnings as wide as their contents within a share of the room (an empty one as its
        header), the warnings getting the largest share; the activity takes the rest. Every column
        keeps at least its header's width; a long warning wraps onto more lines (and shows in its tooltip)."""
        tree, header = self.tree, self.tree.header()
        metrics = tree.fontMetrics()
        room = tree.viewport().width()
        days = [d for d in map(tree.topLevelItem, range(tree.topLevelItemCount())) if d is not None]
        rows = [r for day in days for r in map(day.child, range(day.childCount())) if r is not None]
        pad = 2 * tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        icon = tree.iconSize().width() if tree.iconSize().isValid() else metrics.height()
        icon = max(icon, metrics.height()) + 4
        caps = {0: room, 2: room // 7, 3: room // 7, 4: room // 4}
        for column, cap in caps.items():
            widest = 0
            for row in rows:
                text = row.text(column)
                if text:
                    extra = icon if not row.icon(column).isNull() else 0
                    widest = max(widest, metrics.horizontalAdvance(text) + extra + pad)
            if column == 0:
                widest += 2 * tree.indentation()  # the day level and the root decoration
            header.resizeSection(column, max(header.sectionSizeHint(column), min(cap, widest)))

    def _day_label(self, day: str, bundle: VisitBundle) -> str:
        if not day:
            return self.tr("Not scheduled")
        label = long_date(interface_language(), day)
        if not (bundle.visit.start <= day <= bundle.visit.end):
            label += "  " + self.tr("(outside the visit)")
        return label

    def show_row(self, item_id: int) -> bool:
        """Select the programme item ``item_id``; False if the visit has no such item."""
        for day in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(day)
            rows = [node.child(n) for n in range(node.childCount())] if node is not None else []
            for row in rows:
                if row is not None and row.data(0, ID_ROLE) == item_id:
                    self.tree.setCurrentItem(row)
                    self.tree.scrollToItem(row)
                    return True
        return False

    def selected_item_id(self) -> int | None:
        current = self.tree.currentItem()
        return current.data(0, ID_ROLE) if current is not None else None

    def _selected_day(self) -> str:
        current = self.tree.currentItem()
        if current is None:
            return self.bundle.visit.start if self.bundle else ""
        day = current.data(0, DAY_ROLE)
        parent = current.parent()
        if day is None and parent is not None:
            day = parent.data(0, DAY_ROLE)
        return day or ""

    # -- editing
    def add_item(self, item: ProgrammeItem | None = None) -> None:
        """Add an item: from ``item`` when given (tests, paste), else from the dialog."""
        if self.bundle is None:
            return
        if item is None:
            dialog = ItemDialog(self, self.bundle, day=self._selected_day())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            item = dialog.item()
        visit_id = self.visit_id
        if visit_id is None:
            return
        self.session.do(lambda: edit.add_item(self.store, visit_id, item), ("programme",), self.tr("Add item"))

    def edit_selected(self) -> None:
        item_id = self.selected_item_id()
        if item_id is None or self.bundle is None:
            return
        current = next(i for i in self.bundle.items if i.id == item_id)
        dialog = ItemDialog(self, self.bundle, current)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_item(item_id, dialog.item())

    def save_item(self, item_id: int, new: ProgrammeItem) -> None:
        """Fields, people and themes of one item: one undo step."""
        store = self.store
        fields = {
            "title": new.title, "date": new.date, "start_time": new.start, "end_time": new.end,
            "location": new.location, "kind": new.kind, "description": new.description,
        }  # fmt: skip
        with one_undo_step(self.session, self.tr("Edit item")):
            self.session.do(lambda: edit.update(store, "programme_items", item_id, "Edit", **fields), ("programme",))
            self.session.do(lambda: edit.set_item_contacts(store, item_id, new.contact_ids), ("programme",))
            self.session.do(lambda: edit.set_item_themes(store, item_id, new.theme_ids), ("programme",))

    def remove_selected(self) -> None:
        """Remove the chosen item once the user says yes (the Delete key presses Remove too)."""
        item_id = self.selected_item_id()
        if item_id is None or self.bundle is None:
            return
        title = next((i.title for i in self.bundle.items if i.id == item_id), "")
        answer = QMessageBox.question(
            self,
            self.tr("Remove item"),
            self.tr("Remove “{}” from the programme? Edit ▸ Undo brings it back.").format(title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.session.do(lambda: edit.delete_item(self.store, item_id), ("programme",), self.tr("Remove item"))

    def _move(self, item_id: int, day: str, index: int) -> None:
        self.session.do(lambda: edit.move_item(self.store, item_id, day, index), ("programme",), self.tr("Move item"))
