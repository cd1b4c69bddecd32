"""The themes of a visit, in the order the pack presents them, picked from the themes library or
made on the spot. A theme's title, summary and talking points here are the visit's own: they start
from the library's theme, are edited for this visit alone (saved, one undoable edit, when the user
leaves the field) and take the library's newer texts only when the officer applies them. The pack
holds the themes chosen here, and no others."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefing.core import edit
from briefing.core.errors import NotFound
from briefing.core.model import Theme, ThemeSummary, stored_id
from briefing.core.store import queries, repo
from briefing.ui.pages.base import Page
from briefing.ui.session import one_undo_step
from briefing.ui.widgets import connect_click
from briefing.ui.widgets.ordered_picker import OrderedList, OrderedPicker, button
from briefing.ui.widgets.roles import ID_ROLE, NEWER_ROLE
from briefing.ui.widgets.saving_text import SavingText

# what each kind of edit touches
VISIT_THEME_AREAS = ("themes", "programme")
NEW_THEME_AREAS = ("themes", "library")

_BULLET = re.compile(r"^(?:[-*•·–]\s+)")


def parse_points(text: str) -> list[str]:
    """Talking points typed one a line (pasted bullets are taken off; blank lines dropped)."""
    points = []
    for line in text.splitlines():
        line = _BULLET.sub("", line.strip()).strip()
        if line:
            points.append(line)
    return points


class ThemesPage(Page):
    areas = frozenset({"themes", "library"})

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Themes")
        self._loading = False
        self._themes: dict[int, Theme] = {}  # the visit's themes by id, with the visit's texts
        self._library: repo.LibraryDetails | None = None  # the library's side of the visit's themes
        self._editing: int | None = None  # the theme the editor shows

        self.empty = QLabel(self.tr("Choose a visit on the left to see and arrange its themes."), self)
        self.empty.setObjectName("themes_hint")
        self.empty.setWordWrap(True)

        # -- the visit's themes and the editor of the selected one, beside the themes library
        self.list = OrderedList()
        self.list.setObjectName("themes_list")
        self.picker = OrderedPicker(
            self,
            name="themes",
            view=self.list,
            heading=self.tr("Themes of this visit, in the order of the pack"),
            search_label=self.tr("&Search themes"),
            search_placeholder=self.tr("Words of the title or summary"),
            columns=[(self.tr("Theme"), lambda r: r.title), (self.tr("Summary"), lambda r: r.summary)],
            shared=(0, 1),
            fetch=lambda query, offset, limit: queries.themes(self.store, query, offset, limit),
            texts={
                "up": self.tr("Move &up"),
                "down": self.tr("Move do&wn"),
                "remove": self.tr("&Remove"),
                "add": self.tr("A&dd"),
                "new": self.tr("&New theme…"),
            },
            on_add=self.add_selected_theme,
            on_remove=self.remove_selected,
            on_move=self.move_selected,
            on_drop=self.apply_list_order,
            on_new=self.new_theme,
        )
        left = self.picker.left
        self.up, self.down, self.remove = self.picker.up, self.picker.down, self.picker.remove
        self.add, self.new, self.search = self.picker.add, self.picker.new, self.picker.search
        self.library, self.library_model = self.picker.library, self.picker.library_model
        self.list.setMinimumHeight(6 * self.fontMetrics().lineSpacing())
        self.list.setToolTip(self.tr("Drag (or Ctrl+Up, Ctrl+Down) to reorder. Delete removes the theme."))
        self.extra = QLabel(left)
        self.extra.setObjectName("themes_extra")
        self.extra.setWordWrap(True)

        self.editor = QWidget()
        # a grid, not a form: a form gives a wrapped line the height of its size hint (a narrow,
        # tall box), which leaves gaps; a grid gives it the height its text takes at its width
        grid = QGridLayout(self.editor)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        own = QLabel(self.tr("These texts are this visit's own: the theme in the library keeps its own."))
        own.setWordWrap(True)
        grid.addWidget(own, 0, 0, 1, 2)
        self.library_lines: dict[str, QLabel] = {}  # field -> the library's text, under the field
        self.theme_title = QLineEdit(self.editor)
        self.theme_title.setObjectName("theme_title")
        self.summary = SavingText(lambda: self.save_theme("summary"), self.editor, lines=4, least=3)
        self.summary.setObjectName("theme_summary")
        self.points = SavingText(lambda: self.save_theme("talking_points"), self.editor, lines=7, least=5)
        self.points.setObjectName("theme_points")
        self.points.setPlaceholderText(self.tr("One talking point a line"))
        for text, field, name in (
            (self.tr("Tit&le"), self.theme_title, "title"),
            (self.tr("Su&mmary"), self.summary, "summary"),
            (self.tr("&Talking points"), self.points, "talking_points"),
        ):
            label = QLabel(text, self.editor)
            label.setBuddy(field)
            # the label's words level with the field's first line, as a form shows them
            label.setMinimumHeight(self.theme_title.sizeHint().height())
            line = QLabel(self.editor)
            line.setObjectName(f"theme_library_{name}")
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.setEnabled(False)  # read-only, shown muted
            self.library_lines[name] = line
            row = grid.rowCount()
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(field, row, 1)
            grid.addWidget(line, row + 1, 1)
        # the texts scroll up and down when the window is too low for them all (the library's
        # talking points can be long); they never scroll sideways, and nothing overlaps
        self.editor_scroller = QScrollArea(left)
        self.editor_scroller.setObjectName("theme_editor_scroller")
        self.editor_scroller.setWidget(self.editor)
        self.editor_scroller.setWidgetResizable(True)
        self.editor_scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_scroller.setMinimumWidth(
            self.editor.minimumSizeHint().width()
            + self.editor_scroller.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        self.newer = QLabel(left)
        self.newer.setObjectName("themes_newer")
        self.newer.setWordWrap(True)
        self.apply_library = button(self.tr("Apply &library details"), "themes_apply_library", left)
        self.apply_library.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.apply_library.setToolTip(self.tr("Take the library's newer texts into this visit (undo takes them out)"))
        newer_row = QHBoxLayout()  # under the texts, always in sight
        newer_row.addWidget(self.newer, 1)
        newer_row.addWidget(self.apply_library)

        self.picker.add_left(self.list, 1)
        self.picker.add_left(self.extra)
        self.picker.add_left(self.picker.move_row)
        self.picker.add_left(self.editor_scroller, 3)
        self.picker.add_left(newer_row)
        self.library.setColumnWidth(0, 220)

        self.content = self.picker
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.picker, 1)

        # -- wiring
        self.list.currentItemChanged.connect(lambda *_: self._show_selection())
        connect_click(self.apply_library, self.apply_library_details)
        self.theme_title.editingFinished.connect(lambda: self.save_theme("title"))

        self.reload()
        self.library.select_id(None)

    def set_visit(self, visit_id: int | None) -> None:
        self.save_pending()  # what was typed belongs to the theme shown until now
        super().set_visit(visit_id)

    # -- reading
    def reload(self) -> None:
        self._loading = True
        try:
            has_visit = self.visit_id is not None
            self.empty.setVisible(not has_visit)
            self.content.setEnabled(has_visit)
            keep = self.current_theme_id()
            self.list.clear()
            self._themes = {}
            self._library = None
            extra: list[str] = []
            visit_id = self.visit_id
            if visit_id is not None:
                try:
                    bundle = repo.visit_bundle(self.store, visit_id)
                    self._library = repo.library_details(self.store, visit_id)
                except NotFound:
                    self.visit_id = None
                    self.reload()
                    return
                newer_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
                for theme in bundle.themes:
                    theme_id = stored_id(theme.id)
                    self._themes[theme_id] = theme
                    item = QListWidgetItem(theme.title)
                    item.setData(ID_ROLE, theme_id)
                    newer = self._library.newer_themes.get(theme_id)
                    item.setData(NEWER_ROLE, bool(newer))
                    tip = [theme.summary]
                    if newer:
                        item.setIcon(newer_icon)
                        tip.append(self._newer_text(newer))
                    item.setToolTip("\n".join(t for t in tip if t))
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                    )
                    self.list.addItem(item)
                extra = [t.title for t in bundle.unselected_themes]
                self._select_theme(keep)
            self.extra.setText(
                self.tr(
                    "Named by the programme or an article but not chosen for this visit, so not in the pack: {}"
                ).format("; ".join(extra))
                if extra
                else ""
            )
            self.extra.setVisible(bool(extra))
        finally:
            self._loading = False
        self._show_selection()

    def _newer_text(self, newer) -> str:
        names = {"title": self.tr("title"), "summary": self.tr("summary"), "talking_points": self.tr("talking points")}
        return self.tr("The library has newer texts: {}.").format(", ".join(names.get(d.field, d.field) for d in newer))

    def _on_changed(self, areas: frozenset[str]) -> None:
        if areas & self.areas:
            self.reload()
            self.refresh_library()

    def refresh_library(self) -> None:
        self.picker.refresh_library()

    def apply_search(self) -> None:
        """Search the library for what is in the search field now (typing waits a moment first)."""
        self.picker.apply_search()

    def theme_ids(self) -> list[int]:
        """The visit's themes as the list shows them."""
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def current_theme_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def show_row(self, theme_id: int) -> bool:
        """Select the visit's theme ``theme_id``; False if the visit has no such theme."""
        if not any(self.list.item(i).data(ID_ROLE) == theme_id for i in range(self.list.count())):
            return False
        self._select_theme(theme_id)
        return True

    def _select_theme(self, theme_id: int | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == theme_id:
                self.list.setCurrentRow(i)
                return
        if self.list.count():
            self.list.setCurrentRow(0)

    def _show_selection(self) -> None:
        if self._loading:
            return
        theme_id = self.current_theme_id()
        theme = self._themes.get(theme_id) if theme_id is not None else None
        same = theme is not None and theme.id == self._editing
        self._editing = theme.id if theme is not None else None
        self.editor.setEnabled(theme is not None)
        title = theme.title if theme else ""
        summary = theme.summary if theme else ""
        points = "\n".join(theme.talking_points) if theme else ""
        # the theme shown already: keep what the user is typing and has not yet saved
        if not (same and self.theme_title.isModified()) and self.theme_title.text() != title:
            self.theme_title.setText(title)
            self.theme_title.setCursorPosition(0)
        if not same:
            self.theme_title.setModified(False)
        for widget, text in ((self.summary, summary), (self.points, points)):
            if same and widget.document().isModified():
                continue
            if widget.toPlainText() != text:
                widget.setPlainText(text)
            widget.document().setModified(False)
        library = None
        if theme is not None and theme.id is not None and self._library is not None:
            library = self._library.themes.get(theme.id)
        for name, line in self.library_lines.items():
            value = getattr(library, name) if library is not None else ""
            if name == "talking_points":
                value = "\n".join(f"• {p}" for p in value)
            line.setText(self.tr("Library: {}").format(value.strip() or self.tr("(empty)")) if library else "")
        newer = self._newer_of(theme.id if theme is not None else None)
        self.newer.setText(self._newer_text(newer) if newer else "")
        self.newer.setVisible(bool(newer))
        self._update_buttons()

    def _newer_of(self, theme_id: int | None) -> tuple:
        if theme_id is None or self._library is None:
            return ()
        return self._library.newer_themes.get(theme_id, ())

    def _update_buttons(self) -> None:
        self.picker.enabled_for_visit = self.visit_id is not None
        self.picker.update_buttons()
        self.apply_library.setEnabled(self.picker.enabled_for_visit and bool(self._newer_of(self.current_theme_id())))

    # -- editing: one undoable step each
    def _do(self, action, label: str, areas: tuple[str, ...] = VISIT_THEME_AREAS):
        if self.visit_id is None:
            return None
        return self.session.do(action, areas, label)

    def add_theme(self, theme_id: int) -> bool:
        visit_id = self.visit_id
        if visit_id is None:
            return False
        obj = self.library_model.row_object(self.library_model.row_of_id(theme_id))
        label = self.tr("Add theme {}").format(obj.title) if isinstance(obj, ThemeSummary) else self.tr("Add theme")
        change = self._do(lambda: edit.add_visit_theme(self.store, visit_id, theme_id), label)
        if change is not None:
            self._select_theme(theme_id)
        return change is not None

    def add_selected_theme(self) -> None:
        theme_id = self.library.current_id()
        if theme_id is not None:
            self.add_theme(theme_id)

    def apply_library_details(self, theme_id: int | None = None) -> None:
        """Take the library's newer texts of the theme into this visit."""
        theme_id = theme_id if theme_id is not None else self.current_theme_id()
        if theme_id is None or self.visit_id is None:
            return
        self.save_pending()
        visit_id = self.visit_id
        title = self._themes[theme_id].title if theme_id in self._themes else ""
        self._do(
            lambda: edit.apply_library_details(self.store, visit_id, theme_ids=[theme_id]),
            self.tr("Library texts for {}").format(title),
        )

    def remove_selected(self) -> None:
        theme_id = self.current_theme_id()
        if theme_id is None or self.visit_id is None:
            return
        visit_id, row = self.visit_id, self.list.currentRow()
        title = self._themes[theme_id].title if theme_id in self._themes else ""
        self._do(
            lambda: edit.remove_visit_theme(self.store, visit_id, theme_id), self.tr("Remove theme {}").format(title)
        )
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def reorder(self, theme_ids: list[int]) -> None:
        """Put the visit's themes in this order."""
        if self.visit_id is None:
            return
        visit_id, ordered = self.visit_id, list(theme_ids)
        self._do(lambda: edit.reorder_visit_themes(self.store, visit_id, ordered), self.tr("Reorder themes"))

    def apply_list_order(self) -> None:
        """After a drag: store the order the list now shows."""
        keep = self.current_theme_id()
        self.reorder(self.theme_ids())
        self.reload()  # also when nothing changed: the list shows the stored order again
        self._select_theme(keep)

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if self.list.currentItem() is None or not (0 <= other < self.list.count()):
            return
        ids = self.theme_ids()
        ids[row], ids[other] = ids[other], ids[row]
        self.reorder(ids)

    def new_theme(self) -> None:
        if self.visit_id is None:
            return
        text = self.search.text().strip() if self.library_model.rowCount() == 0 else ""
        title, ok = QInputDialog.getText(self, self.tr("New theme"), self.tr("Title of the new theme:"), text=text)
        if ok and title.strip():
            self.add_new_theme(title)

    def add_new_theme(self, title: str, summary: str = "") -> int | None:
        """Make a theme in the library and add it to the visit: one step to undo."""
        if self.visit_id is None or not title.strip():
            return None
        visit_id = self.visit_id
        label = self.tr("New theme {}").format(title.strip())
        with one_undo_step(self.session, label):
            made = self.session.do(lambda: edit.create_theme(self.store, title, summary), NEW_THEME_AREAS)
            if made is None:
                return None
            theme_id = made.result
            self.session.do(lambda: edit.add_visit_theme(self.store, visit_id, theme_id), VISIT_THEME_AREAS)
        self._select_theme(theme_id)
        return theme_id

    def save_pending(self) -> None:
        """Save whatever was typed in the editor and not yet saved."""
        if self.theme_title.isModified():
            self.save_theme("title")
        if self.summary.document().isModified():
            self.save_theme("summary")
        if self.points.document().isModified():
            self.save_theme("talking_points")

    def save_theme(self, field: str) -> None:
        """Save one field of the theme the editor shows, for this visit: "title", "summary" or
        "talking_points"."""
        if self._loading or self._editing is None or self._editing not in self._themes or self.visit_id is None:
            return
        theme, theme_id, visit_id = self._themes[self._editing], self._editing, self.visit_id
        if field == "title":
            value = " ".join(self.theme_title.text().split())
            self.theme_title.setModified(False)
            if not value or value == theme.title:
                if not value:
                    self.theme_title.setText(theme.title)  # a theme keeps a title
                return
            label = self.tr("Rename theme {}").format(theme.title)
            changes: dict = {"title": value}
        elif field == "summary":
            value = self.summary.toPlainText().strip()
            self.summary.document().setModified(False)
            if value == theme.summary:
                return
            label = self.tr("Summary of {}").format(theme.title)
            changes = {"summary": value}
        elif field == "talking_points":
            points = parse_points(self.points.toPlainText())
            self.points.document().setModified(False)
            if points == theme.talking_points:
                return
            label = self.tr("Talking points of {}").format(theme.title)
            changes = {"talking_points": points}
        else:
            raise ValueError(field)
        self.session.do(
            lambda: edit.update_visit_theme(self.store, visit_id, theme_id, label=label, **changes),
            VISIT_THEME_AREAS,
            label,
        )


__all__ = ["ThemesPage", "parse_points"]
