"""The main window: it only wires the pages together. Visits on the left (search, upcoming/past,
new, duplicate, delete); the selected visit's pages in the centre; the library's pages a view
away. Menus and shortcuts as people expect them; settings remembered between runs."""

from __future__ import annotations

import importlib
import logging
import platform
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTime,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefing import __version__
from briefing.core.errors import BriefingError
from briefing.core.store import Store, open_store, queries
from briefing.logsetup import log_file
from briefing.ui.i18n import interface_language
from briefing.ui.models import ID_ROLE, PagedModel
from briefing.ui.session import Session
from briefing.ui.widgets import connect_click
from briefing.ui.widgets.dates import DateEdit, show_dates
from briefing.ui.widgets.elide import TitleAndDatesDelegate
from briefing.ui.widgets.no_results import no_results_label, show_no_results
from briefing.ui.widgets.shortcuts import UndoRedoWins

if TYPE_CHECKING:
    from briefing.core.model import Visit

log = logging.getLogger(__name__)
MAX_RECENT = 8
FOLLOW_MS = 2000  # how often the window looks whether another process changed the store
SWITCH_WAIT_MS = 2000  # how long a store switch waits for background work on the store left


def settings() -> QSettings:
    return QSettings("Briefing", "Briefing")


def recent_stores(state: QSettings) -> list[str]:
    """The recent stores' paths: QSettings gives a str, not a list, for a list of one."""
    value = state.value("store/recent")
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [str(p) for p in value]


class NewVisitDialog(QDialog):
    def __init__(self, parent: QWidget, title: str = "", start: QDate | None = None, duplicate: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicate visit") if duplicate else self.tr("New visit"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)  # the title fills the dialog
        self.title = QLineEdit(title, self)
        self.title.setObjectName("new_visit_title")
        self.title.setMinimumWidth(self.title.fontMetrics().averageCharWidth() * 60)
        form.addRow(self.tr("&Title"), self.title)
        self.start = DateEdit(start or QDate.currentDate(), self)
        self.start.setObjectName("new_visit_start")
        form.addRow(self.tr("&Start") if not duplicate else self.tr("&New start"), self.start)
        self.end = DateEdit(start or QDate.currentDate(), self)
        self.end.setObjectName("new_visit_end")
        if not duplicate:
            form.addRow(self.tr("&End"), self.end)
            self._start = self.start.date()
            self.start.dateChanged.connect(self._move_end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.start.commit()
        self.end.commit()
        super().accept()

    def _move_end(self, start: QDate) -> None:
        """The end moves with the start: the visit keeps its length."""
        length = max(0, self._start.daysTo(self.end.date()))
        self._start = start
        self.end.setDate(start.addDays(length))


# (module, class, tab title): pages are built when first shown, so the window opens fast
VISIT_PAGES = (
    ("details", "DetailsPage", QT_TRANSLATE_NOOP("MainWindow", "Details")),
    ("programme", "ProgrammePage", QT_TRANSLATE_NOOP("MainWindow", "Programme")),
    ("people", "PeoplePage", QT_TRANSLATE_NOOP("MainWindow", "People")),
    ("themes", "ThemesPage", QT_TRANSLATE_NOOP("MainWindow", "Themes")),
    ("articles", "ArticlesPage", QT_TRANSLATE_NOOP("MainWindow", "Articles")),
    ("pack", "PackPage", QT_TRANSLATE_NOOP("MainWindow", "Pack")),
)
LIBRARY_PAGES = (
    ("library", "ContactsLibraryPage", QT_TRANSLATE_NOOP("MainWindow", "Contact library")),
    ("library", "ThemesLibraryPage", QT_TRANSLATE_NOOP("MainWindow", "Theme library")),
    ("library", "ArticlesLibraryPage", QT_TRANSLATE_NOOP("MainWindow", "Article library")),
)


def _mid_sentence(label: str) -> str:
    """A step's label as it reads after "Annuler : " or "Ongedaan maken: ": French and Dutch write
    its first word in lower case (an abbreviation such as PDF stays as it is); English keeps
    "Undo Add Item"."""
    first = label.split(" ", 1)[0]
    if interface_language() == "en" or not first or (len(first) > 1 and first.isupper()):
        return label
    return label[0].lower() + label[1:]


class _LazyTabs(QTabWidget):
    """Tabs whose pages are imported and built the first time they are shown (or asked for)."""

    built = Signal(object)

    def __init__(self, session: Session, specs, parent: QWidget, build_now: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.specs = specs
        self._pages: list = [None] * len(specs)
        for _module, _name, title in specs:
            self.addTab(QWidget(self), QCoreApplication.translate("MainWindow", title))
        self.currentChanged.connect(self.page)
        self.currentChanged.connect(self._keep_focus)
        if build_now:  # the tab shown first is built now: currentChanged will not say so
            self.page(self.currentIndex())

    def _keep_focus(self, _index: int) -> None:
        """A tab chosen while the cursor was in the page it hides: the focus stays with the tabs
        (Qt would hand it to the next widget in the window, the visit search)."""
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or not self.isAncestorOf(focus)) and self.window().isActiveWindow():
            self.tabBar().setFocus(Qt.FocusReason.TabFocusReason)

    def page(self, index: int):
        if not 0 <= index < len(self.specs):
            return None
        if self._pages[index] is None:
            module, name, title = self.specs[index]
            cls = getattr(importlib.import_module(f"briefing.ui.pages.{module}"), name)
            page = cls(self.session, self)
            self._pages[index] = page
            current = self.currentIndex()
            self.blockSignals(True)
            old = self.widget(index)
            self.removeTab(index)
            self.insertTab(index, page, QCoreApplication.translate("MainWindow", title))
            self.setCurrentIndex(current)
            self.blockSignals(False)
            if old is not None:
                old.deleteLater()
            self.built.emit(page)
        return self._pages[index]

    def pages(self) -> list:
        return [self.page(i) for i in range(len(self.specs))]

    def built_pages(self) -> list:
        return [p for p in self._pages if p is not None]


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self._session: Session | None = None  # use_store sets it
        self._stepping: str | None = None  # "undo" or "redo" while Edit ▸ Undo or Redo runs
        self._undo_index = self._undo_count = 0  # the undo stack's index and size the status bar last saw
        self.pages: list = []
        self._data_version: int | None = None  # the store's data_version the pages show
        self._stale: list = []  # pages not reloaded yet: a field of theirs is being edited
        self._build_menus()
        self._undo_redo_wins = UndoRedoWins(self)  # the store's Undo and Redo keys work from text fields too
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._undo_redo_wins)
        self.use_store(store)
        state = settings()
        geometry = state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self.follow_store)
        self._follow.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    # ------------------------------------------------------------------ building
    def use_store(self, store: Store, keep_open: Session | None = None) -> None:
        """Show ``store``: a new session, new pages; the previous store is closed (unless it is
        ``store`` itself, shown again in another language)."""
        old = self._session
        if keep_open is not None and keep_open.store is store:
            session = keep_open  # the same store in another language: its edits can still be undone
        else:
            session = Session(store, self)
            session.failed.connect(self._show_failure)
            session.changed.connect(self._on_changed)
        self._session = session
        self._data_version = store.data_version()
        self._stale = []
        self._wire_undo(session)

        # visits, left
        left = QWidget(self)
        self.visit_search = QLineEdit(left)
        self.visit_search.setObjectName("visits_search")
        self.visit_search.setPlaceholderText(self.tr("Search visits"))
        self.visit_search.setClearButtonEnabled(True)
        self.visit_when = QComboBox(left)
        self.visit_when.setObjectName("visits_when")
        self.visit_when.addItem(self.tr("Upcoming"), "upcoming")
        self.visit_when.addItem(self.tr("Past"), "past")
        self.visit_when.addItem(self.tr("All"), "all")
        self.visit_when.setCurrentIndex(2)
        self.visits_model = PagedModel(self._fetch_visits, [(self.tr("Visit"), self._visit_label)], self)
        self.visit_list = QListView(left)
        self.visit_list.setObjectName("visits_list")
        self.visit_list.setModel(self.visits_model)
        self.visit_list.setWordWrap(True)
        self.visit_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.visit_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.visit_list.setAlternatingRowColors(True)
        self.visit_list.setSpacing(2)
        # a long title takes two lines, elided; the dates always show beneath it
        self.visit_list.setItemDelegate(TitleAndDatesDelegate(self.visit_list))
        self.visit_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.visit_list.selectionModel().currentChanged.connect(lambda *_: self._visit_selected())
        self.visit_search.textChanged.connect(lambda _t: self.reload_visits())
        self.visit_when.currentIndexChanged.connect(lambda _i: self.reload_visits())
        new, duplicate, delete = (
            QPushButton(t, left) for t in (self.tr("New"), self.tr("Duplicate"), self.tr("Delete"))
        )
        for button, name in ((new, "visits_new"), (duplicate, "visits_duplicate"), (delete, "visits_delete")):
            button.setObjectName(name)
        connect_click(new, self.new_visit)
        connect_click(duplicate, self.duplicate_visit)
        connect_click(delete, self.delete_visit)
        buttons = QHBoxLayout()
        for button in (new, duplicate, delete):
            buttons.addWidget(button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.visit_search)
        self.visits_none = no_results_label(left, "visits_search_none")
        left_layout.addWidget(self.visits_none)
        left_layout.addWidget(self.visit_when)
        left_layout.addWidget(self.visit_list, 1)
        left_layout.addLayout(buttons)

        # the visit's pages and the library's pages, centre
        self.visit_tabs = _LazyTabs(session, VISIT_PAGES, self)
        self.visit_tabs.setObjectName("visit_tabs")
        self.visit_tabs.built.connect(lambda page: page.set_visit(self.current_visit_id()))
        self.library_tabs = _LazyTabs(session, LIBRARY_PAGES, self, build_now=False)
        self.library_tabs.setObjectName("library_tabs")
        self.library_tabs.built.connect(self._library_page_built)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.visit_tabs)
        self.stack.addWidget(self.library_tabs)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        state = settings().value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.setCentralWidget(self.splitter)
        self.show_visits()
        self.setWindowTitle(self.tr("Briefing — {}").format(store.path))
        self._remember_store(store.path)
        if keep_open is not None and keep_open is not session:
            keep_open.deleteLater()
        elif keep_open is None and old is not None:
            old.store.close()
            old.deleteLater()
        last = settings().value(f"visit/{store.path}")
        self.reload_visits(select=int(last) if last not in (None, "") else None)
        if self.current_visit_id() is None and self.visits_model.rowCount():
            self.visit_list.setCurrentIndex(self.visits_model.index(0, 0))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New store…"), self.new_store)  # Ctrl+N is New visit
        self._action(file_menu, self.tr("&Open store…"), self.open_store_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Recent stores"))
        file_menu.addSeparator()
        self.new_visit_action = self._action(file_menu, self.tr("New &visit…"), self.new_visit, "Ctrl+N")
        self._action(file_menu, self.tr("&Import articles…"), self.import_articles, "Ctrl+I")
        self._action(file_menu, self.tr("Import &contacts…"), self.import_contacts)
        file_menu.addSeparator()
        self.export_pdf_action = self._action(
            file_menu, self.tr("&Export pack as PDF…"), lambda: self._pack_button("pdf"), "Ctrl+E"
        )
        self.print_action = self._action(
            file_menu, self.tr("&Print pack…"), lambda: self._pack_button("print"), QKeySequence.StandardKey.Print
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        connect_click(self.undo_action, lambda: self._step(forward=False))
        connect_click(self.redo_action, lambda: self._step(forward=True))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for text, key, method in (
            (self.tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
            (self.tr("&Copy"), QKeySequence.StandardKey.Copy, "copy"),
            (self.tr("&Paste"), QKeySequence.StandardKey.Paste, "paste"),
        ):
            self._action(edit_menu, text, lambda m=method: self._to_focus(m), key)
        self._action(edit_menu, self.tr("D&uplicate visit…"), self.duplicate_visit)
        self._action(edit_menu, self.tr("&Delete visit…"), self.delete_visit, None)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Find"), self.find_field, QKeySequence.StandardKey.Find)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("Pr&eferences…"), self.preferences, QKeySequence.StandardKey.Preferences)

        view_menu = bar.addMenu(self.tr("&View"))
        group = QActionGroup(self)
        self.visit_view = self._action(view_menu, self.tr("The &visit"), self.show_visits, "Ctrl+1")
        self.library_view = self._action(view_menu, self.tr("The &library"), self.show_library, "Ctrl+2")
        for action in (self.visit_view, self.library_view):
            action.setCheckable(True)
            group.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )
        self._action(help_menu, self.tr("&About Briefing"), self.about)
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        """The frequent actions, the menus' own: new visit, export PDF, print."""
        old = getattr(self, "toolbar", None)
        if old is not None:
            self.removeToolBar(old)
            old.deleteLater()
        self.toolbar = QToolBar(self.tr("Frequent actions"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_visit_action, self.export_pdf_action, self.print_action):
            self.toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        if self.statusBar().objectName() != "status_bar":
            self.statusBar().setObjectName("status_bar")

    def _pack_button(self, key: str) -> None:
        """Export or print the pack as the Pack page's own button does, with the page shown."""
        from briefing.ui.pages.pack import PackPage

        self.show_visits()
        index = next(i for i, spec in enumerate(VISIT_PAGES) if spec[1] == PackPage.__name__)
        self.visit_tabs.setCurrentIndex(index)
        page = self.visit_tabs.page(index)
        if self.current_visit_id() is None:
            self.statusBar().showMessage(self.tr("Choose a visit first."), 5000)
            return
        page.buttons[key].click()

    def _step(self, forward: bool) -> None:
        """Edit ▸ Undo or Redo (Ctrl+Z, Ctrl+Shift+Z): one step of the undo stack, which the status
        bar then names."""
        stack = self.session.undo_stack
        self._stepping = "redo" if forward else "undo"
        try:
            if forward:
                stack.redo()
            else:
                stack.undo()
        finally:
            self._stepping = None

    def _saved(self, index: int) -> None:
        """The status bar says what was last saved, undone or redone, and when."""
        stack = self.session.undo_stack
        before, count_before = self._undo_index, self._undo_count
        self._undo_index, self._undo_count = index, stack.count()
        stepping = self._stepping
        if stepping is None and index < before:
            if stack.count() < count_before:  # an empty step dropped (one_undo_step): nothing was saved
                self.statusBar().clearMessage()
                return
            stepping = "undo"
        time = QTime.currentTime().toString("HH:mm")
        if stepping == "undo":
            message = self.tr("Undone: {} — {}").format(_mid_sentence(stack.text(index)), time)
        elif stepping == "redo":
            message = self.tr("Redone: {} — {}").format(_mid_sentence(stack.text(index - 1)), time)
        else:
            message = self.tr("Saved: {} — {}").format(_mid_sentence(stack.text(index - 1)), time)
        self.statusBar().showMessage(message)

    def _action(self, menu, text: str, slot, key=None, fallback: str | None = None) -> QAction:
        action = QAction(text, self)
        if key is not None:
            sequence = QKeySequence(key)
            if sequence.isEmpty() and fallback:
                sequence = QKeySequence(fallback)
            action.setShortcut(sequence)
        connect_click(action, slot)
        menu.addAction(action)
        return action

    def _wire_undo(self, session: Session) -> None:
        """The Undo and Redo actions (built again with the menus) follow ``session``'s stack."""
        for connection in getattr(self, "_undo_wiring", []):
            QObject.disconnect(connection)
        stack = session.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._undo_text(stack.undoText())
        self._redo_text(stack.redoText())
        self._undo_wiring = [
            stack.canUndoChanged.connect(self.undo_action.setEnabled),
            stack.canRedoChanged.connect(self.redo_action.setEnabled),
            stack.undoTextChanged.connect(self._undo_text),
            stack.redoTextChanged.connect(self._redo_text),
            stack.indexChanged.connect(self._saved),
        ]
        self._undo_index, self._undo_count = stack.index(), stack.count()

    def _undo_text(self, text: str) -> None:
        # an "&" in a step's label (a theme called "Incident & Crisis…") is text, not a mnemonic
        self.undo_action.setText(self.tr("&Undo {}").format(_mid_sentence(text).replace("&", "&&")).strip())

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo {}").format(_mid_sentence(text).replace("&", "&&")).strip())

    # ------------------------------------------------------------------ visits
    @property
    def session(self) -> Session:
        """The session on the store shown (there is always one once the window is built)."""
        assert self._session is not None
        return self._session

    @property
    def store(self) -> Store:
        return self.session.store

    @property
    def visit_pages(self) -> list:
        return self.visit_tabs.pages()

    @property
    def library_pages(self) -> list:
        return self.library_tabs.pages()

    def _fetch_visits(self, offset: int, limit: int):
        return queries.visits(
            self.store, self.visit_search.text(), self.visit_when.currentData() or "all", offset, limit
        )

    @staticmethod
    def _visit_label(row) -> str:
        dates = show_dates(row.start, row.end)
        return f"{row.title}\n{dates}"

    def reload_visits(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_visit_id()
        self.visits_model.reload()
        row = self.visits_model.row_of_id(keep) if keep is not None else -1
        while row < 0 and keep is not None and self.visits_model.canFetchMore():
            self.visits_model.fetchMore()
            row = self.visits_model.row_of_id(keep)
        if row >= 0:
            self.visit_list.setCurrentIndex(self.visits_model.index(row, 0))
        else:
            self._visit_selected()
        show_no_results(self.visits_none, self.visit_search.text(), self.visits_model.rowCount())

    def current_visit_id(self) -> int | None:
        index = self.visit_list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_visit(self, visit_id: int) -> None:
        self.visit_search.clear()
        self.visit_when.setCurrentIndex(2)
        self.reload_visits(select=visit_id)

    def _visit_selected(self) -> None:
        visit_id = self.current_visit_id()
        for page in self.visit_tabs.built_pages():
            if page.visit_id != visit_id:
                page.set_visit(visit_id)
        if visit_id is not None:
            settings().setValue(f"visit/{self.store.path}", visit_id)

    def _on_changed(self, areas: frozenset[str]) -> None:
        if "visits" in areas:
            self.reload_visits()

    def new_visit(self) -> None:
        dialog = NewVisitDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title = dialog.title.text().strip() or self.tr("New visit")
        from briefing.core.model import Visit

        visit = Visit(
            title=title,
            start=dialog.start.date().toString("yyyy-MM-dd"),
            end=dialog.end.date().toString("yyyy-MM-dd"),
        )
        self.create_visit(visit)

    def create_visit(self, visit: Visit) -> int | None:
        from briefing.core import edit

        change = self.session.do(lambda: edit.create_visit(self.store, visit), ("visits",), self.tr("New visit"))
        if change is not None:
            self.select_visit(change.result)
            self.show_visits()
            self.visit_tabs.setCurrentIndex(0)
            # the officer goes on describing the visit: title and dates came from the dialog, the
            # Details page's next field is the delegation (the window gives it the focus once active)
            # and the window takes the focus back itself: without a window manager to give it back
            # after the dialog, the field would get the keys but never lose its focus, nor save
            self.activateWindow()
            self.visit_tabs.page(0).fields["delegation"].setFocus(Qt.FocusReason.OtherFocusReason)
            return change.result
        return None

    def duplicate_visit(self, new_start: str | None = None) -> int | None:
        visit_id = self.current_visit_id()
        if visit_id is None:
            self.statusBar().showMessage(self.tr("Choose a visit first."), 5000)
            return None
        from briefing.core.store import repo

        visit = repo.get_visit(self.store, visit_id)
        if new_start is None:
            start = QDate.fromString(visit.start, "yyyy-MM-dd").addYears(1)
            dialog = NewVisitDialog(self, visit.title, start, duplicate=True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            new_start = dialog.start.date().toString("yyyy-MM-dd")
            title = dialog.title.text().strip() or visit.title
        else:
            title = visit.title
        from briefing.core import edit

        change = self.session.do(
            lambda: edit.duplicate_visit(self.store, visit_id, new_start, title),
            ("visits",),
            self.tr("Duplicate visit"),
        )
        if change is not None:
            self.select_visit(change.result)
            return change.result
        return None

    def delete_visit(self, ask: bool = True) -> None:
        visit_id = self.current_visit_id()
        if visit_id is None:
            self.statusBar().showMessage(self.tr("Choose a visit first."), 5000)
            return
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Delete visit"),
                self.tr(
                    "Delete this visit with its programme, people, themes and articles?\n\nEdit ▸ Undo brings it back."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        from briefing.core import edit

        self.session.do(
            lambda: edit.delete_visit(self.store, visit_id),
            ("visits",),
            self.tr("Delete visit"),
            after=lambda forward: None if forward else self.select_visit(visit_id),
        )

    # ------------------------------------------------------------------ following the store
    def follow_store(self) -> None:
        """Show what another process (the command line, a second Briefing, a background job)
        changed in the store: the visit list and the pages built. A page with a text field being
        edited keeps it: that page is reloaded when the focus leaves it."""
        if self._session is None:
            return
        try:
            version = self.store.data_version()
        except sqlite3.Error as error:  # a closed or vanished store: the next edit says so
            log.warning("cannot follow the store: %s", error)
            return
        if version == self._data_version:
            return
        self._data_version = version
        self.reload_visits()
        for page in self.visit_tabs.built_pages() + self.library_tabs.built_pages():
            if self._editing_in(page):
                if page not in self._stale:
                    self._stale.append(page)
            else:
                page.reload()

    @staticmethod
    def _editing_in(page: QWidget) -> bool:
        focus = QApplication.focusWidget()
        if focus is None or not page.isAncestorOf(focus):
            return False
        if isinstance(focus, QLineEdit):
            return not focus.isReadOnly()
        if isinstance(focus, (QPlainTextEdit, QTextEdit)):
            return not focus.isReadOnly()
        return isinstance(focus, QAbstractSpinBox)

    def _focus_moved(self, _old, new) -> None:
        if not self._stale:
            return
        # later: the field that lost the focus saves its text first (editingFinished)
        QTimer.singleShot(0, lambda: self._reload_stale(new))

    def _reload_stale(self, focus) -> None:
        import shiboken6

        for page in list(self._stale):
            if not shiboken6.isValid(page):
                self._stale.remove(page)
            elif focus is None or not shiboken6.isValid(focus) or not page.isAncestorOf(focus):
                self._stale.remove(page)
                page.reload()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.follow_store()  # back from another program: it may have changed the store

    # ------------------------------------------------------------------ views, menus
    def show_visits(self) -> None:
        self.stack.setCurrentWidget(self.visit_tabs)
        self.visit_view.setChecked(True)

    def show_library(self) -> None:
        self.library_tabs.page(self.library_tabs.currentIndex())
        self.stack.setCurrentWidget(self.library_tabs)
        self.library_view.setChecked(True)

    def find_field(self) -> None:
        """Put the focus in the search field of the page shown (else in the visit search)."""
        tabs = self.stack.currentWidget()
        assert isinstance(tabs, _LazyTabs)
        page = tabs.currentWidget()
        search = next((w for w in page.findChildren(QLineEdit) if "search" in w.objectName()), None)
        target = search if search is not None and search.isVisible() else self.visit_search
        target.setFocus()
        target.selectAll()

    @staticmethod
    def _to_focus(method: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    def import_articles(self) -> None:
        """The articles library, shown, asks which files to import."""
        self.show_library()
        page = self.library_tabs.page(2)
        self.library_tabs.setCurrentWidget(page)
        page.choose_files()

    def import_contacts(self) -> None:
        """The contacts library, shown, asks which file to import."""
        self.show_library()
        page = self.library_tabs.page(0)
        self.library_tabs.setCurrentWidget(page)
        page.choose_file()

    def _library_page_built(self, page) -> None:
        if hasattr(page, "open_mention"):
            page.open_mention.connect(self.open_mention)

    def open_mention(self, mention) -> None:
        """Show a place where an erased person is still named (a privacy.Mention): the visit's
        page for a visit, a programme item, a person's or a theme's details for a visit; else the
        library's item."""
        visit_page = {
            "visit": "DetailsPage",
            "programme_item": "ProgrammePage",
            "participant": "PeoplePage",
            "visit_theme": "ThemesPage",
        }
        if mention.kind in visit_page and mention.visit_id is not None:
            self.select_visit(mention.visit_id)
            if self.current_visit_id() != mention.visit_id:
                return  # the visit is gone
            self.show_visits()
            index = [name for _module, name, _title in VISIT_PAGES].index(visit_page[mention.kind])
            self.visit_tabs.setCurrentIndex(index)
            page = self.visit_tabs.page(index)
            if mention.kind == "visit" and mention.field in getattr(page, "fields", {}):
                self.activateWindow()  # from the mentions dialog: the field must really get the focus, to save
                page.fields[mention.field].setFocus()
            elif hasattr(page, "show_row"):
                page.show_row(mention.id)
            return
        library_page = {"contact": 0, "theme": 1, "article": 2}.get(mention.kind)
        if library_page is None:
            return
        self.show_library()
        self.library_tabs.setCurrentIndex(library_page)
        page = self.library_tabs.page(library_page)
        if page.show_row(mention.id) and mention.kind == "contact":
            page.edit_contact(mention.id)

    # ------------------------------------------------------------------ stores
    def _remember_store(self, path: Path) -> None:
        state = settings()
        state.setValue("store/last", str(path))
        recent = [p for p in recent_stores(state) if p != str(path)]
        recent.insert(0, str(path))
        state.setValue("store/recent", recent[:MAX_RECENT])
        self.recent_menu.clear()
        for entry in recent[:MAX_RECENT]:
            action = self.recent_menu.addAction(entry)
            connect_click(action, lambda p=entry: self.switch_store(Path(p)))

    def _folder(self) -> str:
        return str(settings().value("folders/store") or Path.home())

    def new_store(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New store"), str(Path(self._folder()) / "briefing.sqlite"), self.tr("Stores (*.sqlite)")
        )
        if path:
            if Path(path).exists():
                QMessageBox.warning(self, self.tr("New store"), self.tr("That file exists already: choose Open store."))
                return
            self.switch_store(Path(path))

    def open_store_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open store"), self._folder(), self.tr("Stores (*.sqlite *.db);;All files (*)")
        )
        if path:
            self.switch_store(Path(path), create=False)

    def switch_store(self, path: Path, create: bool = True) -> bool:
        """Show the store at ``path``. Background work on the store shown (a preview, the check) is
        cancelled and its results dropped; it is joined for a moment, and what still runs ends by
        itself (its thread is kept until then)."""
        try:
            store = open_store(path, create=create)
        except BriefingError as error:
            self._show_failure(str(error), self.tr("Choose another file, or restore the store from a backup."))
            return False
        settings().setValue("folders/store", str(path.parent))
        from briefing.ui.worker import stop_jobs

        if not stop_jobs(self.store.path, SWITCH_WAIT_MS):
            log.info("background work on %s ends after the switch; its results are dropped", self.store.path)
        self.use_store(store)
        self.check_store_later()
        return True

    def check_store_later(self) -> None:
        """Once the window is up, off the GUI thread: the quick integrity check, then the daily backup."""
        from briefing.ui.worker import run_steps

        def steps(store):
            from briefing.core.store.health import opening_check

            return opening_check(store)
            yield  # a generator with no progress to report

        self._check_job = run_steps(self.store.path, steps, self)
        self._check_job.done.connect(self._checked)
        self._check_job.failed.connect(lambda message: log.warning("store check failed: %s", message))
        self._warn_location()

    def _checked(self, outcome: tuple[str, Path | None]) -> None:
        result, made = outcome
        if made is not None:
            log.info("daily backup written to %s", made)
        if result != "ok":
            from briefing.core.store.backup import newest_backup

            newest = newest_backup(self.store.path)
            todo = (
                self.tr('Stop editing it. Close Briefing and run: briefing restore "{}"').format(newest.path)
                if newest
                else self.tr("Stop editing it, close Briefing, and restore a copy of the store.")
            )
            self._show_failure(self.tr("The store {} is damaged ({}).").format(self.store.path, result), todo)

    def _warn_location(self) -> None:
        from briefing.core.store.location import risky_location

        why = risky_location(self.store.path)
        key = f"warned/{self.store.path}"
        if why and not settings().value(key):
            settings().setValue(key, True)
            self._show_failure(
                self.tr("The store is {}: file locking is unreliable there and the store can be damaged.").format(why),
                self.tr(
                    "Keep the store on this computer's own disk (File ▸ New store…), and make copies with backups."
                ),
            )

    # ------------------------------------------------------------------ messages
    def _show_failure(self, what: str, todo: str) -> None:
        QMessageBox.warning(self, self.tr("Briefing"), f"{what}\n\n{todo}")

    def preferences(self, choice: str | None = None) -> None:
        """The interface language: the system's, or Dutch, French or English."""
        from briefing.ui.i18n import chosen_language, install_translations

        if choice is None:
            from PySide6.QtWidgets import QInputDialog

            names = {
                "system": self.tr("As the system"),
                "nl": "Nederlands",
                "fr": "Français",
                "en": "English",
            }
            keys = list(names)
            current = keys.index(chosen_language())
            text, ok = QInputDialog.getItem(
                self,
                self.tr("Preferences"),
                self.tr("Language of the interface:"),
                list(names.values()),
                current,
                False,
            )
            if not ok:
                return
            choice = keys[list(names.values()).index(text)]
        settings().setValue("ui/language", choice)
        app = QApplication.instance()
        assert app is not None  # the window runs in the application
        install_translations(app, choice)
        self.retranslate()

    def retranslate(self) -> None:
        """Show the interface in the language just chosen: menus and pages are built again."""
        self.menuBar().clear()
        self._build_menus()
        self._wire_undo(self.session)
        self._remember_store(self.store.path)
        visit = self.current_visit_id()
        self.use_store_again(visit)

    def use_store_again(self, visit: int | None) -> None:
        old = self.session
        self._session = None
        self.use_store(old.store, keep_open=old)
        if visit is not None:
            self.select_visit(visit)

    def shortcut_actions(self) -> list[QAction]:
        """The menus' actions that have a shortcut, in menu order."""
        found: list[QAction] = []

        def walk(actions) -> None:
            for action in actions:
                if action.menu() is not None:
                    walk(action.menu().actions())
                elif not action.shortcut().isEmpty():
                    found.append(action)

        walk(self.menuBar().actions())
        return found

    def show_shortcuts(self) -> None:
        """Each shortcut once, as the menus have it."""
        names = {self.undo_action: self.tr("Undo"), self.redo_action: self.tr("Redo")}
        rows = [
            (
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                names.get(action, action.text().replace("&", "").rstrip("…")),
            )
            for action in self.shortcut_actions()
        ]
        rows.append(
            (
                QKeySequence(QKeySequence.StandardKey.Delete).toString(QKeySequence.SequenceFormat.NativeText),
                self.tr("Remove the selected row"),
            )
        )
        text = "\n".join(f"{key}\t{what}" for key, what in rows)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), text)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Briefing"),
            self.tr(
                "Briefing {}\nBriefing packs for delegation visits.\n\n"
                "Python {}, Qt {}, PySide6 {}, SQLite {}\n\nStore: {}\nLog file: {}"
            ).format(
                __version__, platform.python_version(), qVersion(), pyside_version, sqlite3.sqlite_version,
                self.store.path, log_file(),
            ),
        )  # fmt: skip

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event) -> None:
        state = settings()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)
