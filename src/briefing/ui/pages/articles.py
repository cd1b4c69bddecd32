"""The visit's background articles: which ones, in what order, full text or summary only. The
library is searched as you type; files are imported with a button or by dropping them on the page,
off the GUI thread, and what they become is added to the visit as one undoable step."""

from __future__ import annotations

from contextlib import nullcontext
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QMimeData, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.core import edit
from briefing.core.errors import NotFound
from briefing.core.interchange.articles import ImportReport, import_steps
from briefing.core.model import stored_id
from briefing.core.store import queries, repo
from briefing.ui.models import ID_ROLE
from briefing.ui.pages.base import Page
from briefing.ui.session import one_undo_step
from briefing.ui.widgets import connect_click
from briefing.ui.widgets.dates import show_date
from briefing.ui.widgets.ordered_picker import OrderedPicker, OrderedTree, button
from briefing.ui.widgets.progress import ProgressJob

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf"})
FULL_TEXT_COLUMN = 3
SHAREABLE_COLUMN = 4  # the article also goes into the pack for the delegation


def carries_files(mime: QMimeData) -> bool:
    """Whether a drag carries local files (cheap: for drag-enter and drag-move events)."""
    return mime.hasUrls() and any(url.isLocalFile() and url.toLocalFile() for url in mime.urls())


def local_files(mime: QMimeData, suffixes: frozenset[str] = ARTICLE_SUFFIXES) -> list[Path]:
    """The local files a drag carries; a dropped folder stands for the files in it with ``suffixes``."""
    if not mime.hasUrls():
        return []
    out: list[Path] = []
    for url in mime.urls():
        if not url.isLocalFile() or not url.toLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir():
            try:
                out.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in suffixes))
            except OSError:
                continue
        else:
            out.append(path)
    return list(dict.fromkeys(out))


class FileDropMixin:
    """A page that imports article files, dropped on it or chosen, off the GUI thread (one import at
    a time); ``_imported(report)`` is its hook for when the import ends."""

    _import: ArticleImport | None = None
    import_finished: SignalInstance  # the page's own Signal(object)

    def import_files(self, paths: list[Path]) -> None:
        raise NotImplementedError  # each page imports in its own way

    def _start_import(self, paths: list[Path], visit_id: int | None) -> None:
        paths = [Path(p) for p in paths]
        if not paths or self._import is not None:
            return
        assert isinstance(self, Page)  # the mixin is for pages
        self._import = ArticleImport(self, paths, visit_id)
        self._import.finished.connect(self._import_done)

    def cancel_import(self) -> None:
        """Stop a running import (the files imported so far stay in the library)."""
        if self._import is not None:
            self._import.cancel()

    def _import_done(self, report: ImportReport | None) -> None:
        job, self._import = self._import, None
        if job is not None:
            job.deleteLater()
        self._imported(report)
        self.import_finished.emit(report)

    def _imported(self, report: ImportReport | None) -> None:
        """What the page does once an import ends (before ``import_finished``)."""

    def dragEnterEvent(self, event) -> None:
        if carries_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        if not carries_files(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        paths = local_files(event.mimeData())
        if paths:
            self.import_files(paths)


class ArticleImport(QObject):
    """Imports files into the library, then adds what they became to ``visit_id`` (one undo step),
    tells the pages the library changed, and lists the files that failed in one message.

    ``finished`` carries the ImportReport, or None when the import was cancelled or failed."""

    finished = Signal(object)

    def __init__(self, page: Page, paths: list[Path], visit_id: int | None) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.session
        self.visit_id = visit_id
        paths = list(paths)
        self.title = self.tr("Import articles")
        self.work = ProgressJob(
            page,
            self.title,
            self.tr("Importing %n file(s)…", "", len(paths)),
            lambda store: import_steps(store, paths),
            len(paths),
        )
        self.work.finished.connect(self._finish)

    def cancel(self) -> None:
        self.work.cancel()

    def _finish(self, report: ImportReport | None) -> None:
        if report is None:
            self.session.refresh("library", "articles")  # files before a cancel may be in
            self.finished.emit(None)
            return
        ids = [r.article_id for r in report.results if r.status != "failed" and r.article_id is not None]
        if self.visit_id is not None and ids:
            self._add_to_visit(list(dict.fromkeys(ids)))
        self.session.refresh("library", "articles")
        if report.failed:
            lines = "\n".join(f"{r.path.name}: {r.reason}" for r in report.failed)
            text = self.tr("%n file(s) could not be imported:", "", len(report.failed)) + "\n\n" + lines
            if len(report.failed) < len(report.results):
                text += "\n\n" + self.tr("The other files were imported.")
            QMessageBox.warning(self.page, self.title, text)
        self.finished.emit(report)

    def _add_to_visit(self, ids: list[int]) -> None:
        store = self.session.store
        visit_id = self.visit_id
        if visit_id is None:
            return
        try:
            repo.get_visit(store, visit_id)
        except NotFound:
            return  # the visit was deleted while the files were read
        present = set(repo.visit_article_ids(store, visit_id))
        new = [i for i in ids if i not in present]
        if not new:
            return
        with one_undo_step(self.session, self.tr("Add %n imported article(s)", "", len(new))):
            for article_id in new:
                self.session.do(
                    partial(edit.add_visit_article, store, visit_id, article_id),
                    ("articles",),
                    self.tr("Add article"),
                )


class _VisitArticlesTree(OrderedTree):
    """The visit's articles in order, several rows selectable. The tree never moves rows itself: a
    drag is reported as (ids, insertion row) and the page makes it one undoable edit. Files dropped
    on it are passed on; Delete (or Backspace) asks to remove the selected rows, Ctrl+Up/Down to move
    them, and Space toggles the current row's full text."""

    moved = Signal(list, int)
    files_dropped = Signal(list)
    toggle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDefaultDropAction(Qt.DropAction.IgnoreAction)

    def ids(self) -> list[int]:
        return [row.data(0, ID_ROLE) for row in self.rows() if row is not None]

    def selected_ids(self) -> list[int]:
        chosen = {id(item) for item in self.selectedItems()}
        return [item.data(0, ID_ROLE) for item in self.rows() if item is not None and id(item) in chosen]

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Backspace and not event.modifiers():
            event.accept()
            self.delete_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Space and not event.modifiers() and self.currentItem() is not None:
            event.accept()
            self.toggle_requested.emit()
            return
        super().keyPressEvent(event)

    def _brings_files(self, event) -> bool:
        return event.source() is not self and carries_files(event.mimeData())

    def dragEnterEvent(self, event) -> None:
        if self._brings_files(event):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._brings_files(event):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        if self._brings_files(event):
            event.acceptProposedAction()
            files = local_files(event.mimeData())
            if files:
                self.files_dropped.emit(files)
            return
        if event.source() is not self:
            event.ignore()
            return
        target = self.itemAt(event.position().toPoint())
        moving = self.selected_ids()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if not moving:
            return
        if target is None:
            row = self.topLevelItemCount()
        else:
            row = self.indexOfTopLevelItem(target)
            if self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem:
                row += 1
        self.moved.emit(moving, row)


def reordered(order: list[int], moving: list[int], row: int) -> list[int]:
    """``order`` with ``moving`` taken out and put back, in their order, before what was at ``row``."""
    keep = [i for i in order if i not in moving]
    before = sum(1 for i in order[: max(0, row)] if i not in moving)
    moving = [i for i in order if i in moving]
    return keep[:before] + moving + keep[before:]


class ArticlesPage(FileDropMixin, Page):
    """A visit's background articles, the library's search, and the import of files."""

    areas = frozenset({"articles", "library"})
    import_finished = Signal(object)  # the ImportReport, or None when cancelled or failed

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Articles")
        self._loading = False
        self._import: ArticleImport | None = None
        self.setAcceptDrops(True)

        # -- the visit's articles, above the library's search
        self.empty = QLabel(self.tr("Choose a visit on the left to select its background articles."), self)
        self.empty.setWordWrap(True)
        self.tree = _VisitArticlesTree(self)
        self.tree.setObjectName("visit_articles")
        self.picker = OrderedPicker(
            self,
            name="articles",
            view=self.tree,
            heading=self.tr("Articles in &this visit (drag to reorder):"),
            search_label=self.tr("&Search the library:"),
            search_placeholder=self.tr("Words from the title or text"),
            columns=[
                (self.tr("Title"), lambda a: a.title),
                (self.tr("Published"), lambda a: show_date(a.published)),
                (self.tr("Source"), lambda a: a.source),
            ],
            fetch=lambda query, offset, limit: queries.articles(self.store, query, offset, limit),
            texts={
                "up": self.tr("Move &up"),
                "down": self.tr("Move &down"),
                "remove": self.tr("&Remove"),
                "add": self.tr("&Add to visit"),
            },
            on_add=self.add_selected,
            on_remove=self.remove_selected,
            on_move=self.move_selected,
            on_drop=lambda: None,  # the tree reports a drag as ``moved``
            can_move=lambda _row, step: self._can_move(step),
            orientation=Qt.Orientation.Vertical,
            multi_select=True,
            enter_adds=False,
        )
        self.visit_box = self.picker.left
        self.up_button, self.down_button = self.picker.up, self.picker.down
        self.remove_button, self.add_button = self.picker.remove, self.picker.add
        self.search, self.model, self.results = self.picker.search, self.picker.library_model, self.picker.library
        self.results.setObjectName("articles_results")
        self.results.stretch_first_column()

        self.tree.setHeaderLabels(
            [self.tr("Title"), self.tr("Published"), self.tr("Source"), self.tr("Full text"), self.tr("Shareable")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, FULL_TEXT_COLUMN, SHAREABLE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.headerItem().setToolTip(
            FULL_TEXT_COLUMN, self.tr("Print the article's full text; otherwise only its summary")
        )
        self.tree.headerItem().setToolTip(
            SHAREABLE_COLUMN,
            self.tr("Shareable with the delegation: the article also goes into the pack for the delegation"),
        )
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.moved.connect(self.move_articles)
        self.tree.files_dropped.connect(lambda paths: self.import_files(paths))
        self.tree.toggle_requested.connect(self._toggle_current)
        self.hint = QLabel(self.tr("No articles yet: search the library below, or drop files here."), self)
        self.hint.setWordWrap(True)
        self.import_button = button(self.tr("&Import files…"), "articles_import", self.visit_box)
        self.import_button.setToolTip(self.tr("Import text, Markdown, web page, Word or PDF files and add them"))
        connect_click(self.import_button, self.choose_files)
        self.picker.move_row.addWidget(self.import_button)
        self.picker.add_left(self.tree, 1)
        self.picker.add_left(self.hint)
        self.picker.add_left(self.picker.move_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.picker, 1)
        self.reload()

    @property
    def _query(self) -> str:
        """What the library was last searched for."""
        return self.picker.query

    # -- reading
    def reload(self) -> None:
        self._reload_visit()
        self._reload_results()

    def _on_changed(self, areas: frozenset[str]) -> None:
        # the search results only change with the library; the visit's list with either
        if "library" in areas:
            self._reload_results()
        if areas & self.areas:
            self._reload_visit()

    def _reload_results(self) -> None:
        self.picker.refresh_library()
        self._update_buttons()

    def _reload_visit(self) -> None:
        articles, full_text, shareable = [], {}, {}
        if self.visit_id is not None:
            try:
                bundle = repo.visit_bundle(self.store, self.visit_id)
            except NotFound:
                self.visit_id = None
            else:
                articles, full_text, shareable = bundle.articles, bundle.full_text, bundle.shareable
        has_visit = self.visit_id is not None
        self.empty.setVisible(not has_visit)
        self.visit_box.setVisible(has_visit)
        selected = set(self.tree.selected_ids())
        current = self.tree.currentItem()
        current_id = current.data(0, ID_ROLE) if current is not None else None
        self._loading = True
        try:
            self.tree.clear()
            for article in articles:
                item = QTreeWidgetItem(
                    [" ".join(article.title.split()), show_date(article.published), article.source, "", ""]
                )
                item.setData(0, ID_ROLE, article.id)
                item.setToolTip(0, article.title)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                checked = full_text.get(stored_id(article.id), True)
                item.setCheckState(FULL_TEXT_COLUMN, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                item.setToolTip(
                    FULL_TEXT_COLUMN,
                    self.tr("The full text is printed") if checked else self.tr("Only the summary is printed"),
                )
                shared = shareable.get(stored_id(article.id), False)
                item.setCheckState(SHAREABLE_COLUMN, Qt.CheckState.Checked if shared else Qt.CheckState.Unchecked)
                item.setToolTip(
                    SHAREABLE_COLUMN,
                    self.tr("Shareable with the delegation: in the pack for the delegation too")
                    if shared
                    else self.tr("Not shareable: only in our own pack"),
                )
                self.tree.addTopLevelItem(item)
                if article.id in selected:
                    item.setSelected(True)
                if article.id == current_id:
                    self.tree.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._loading = False
        self.hint.setVisible(has_visit and not articles)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.picker.enabled_for_visit = self.visit_id is not None
        self.picker.update_buttons()

    def _can_move(self, step: int) -> bool:
        """Whether the selected block of articles can move up (``step`` < 0) or down."""
        selected, ids = self.tree.selected_ids(), self.tree.ids()
        if not selected:
            return False
        return ids[: len(selected)] != selected if step < 0 else ids[len(ids) - len(selected) :] != selected

    # -- editing (each one undoable edit)
    def add_selected(self) -> None:
        self.add_articles(self.results.chosen_ids())

    def add_articles(self, article_ids: list[int]) -> None:
        if self.visit_id is None:
            return
        present = set(self.tree.ids())
        new = [i for i in dict.fromkeys(article_ids) if i not in present]
        if not new:
            return
        visit_id = self.visit_id
        several = len(new) > 1  # one article is one edit already
        with one_undo_step(self.session, self.tr("Add %n article(s)", "", len(new))) if several else nullcontext():
            for article_id in new:
                self.session.do(
                    partial(edit.add_visit_article, self.store, visit_id, article_id),
                    ("articles",),
                    self.tr("Add article"),
                )

    def remove_selected(self) -> None:
        if self.visit_id is None:
            return
        ids = self.tree.selected_ids()
        if not ids:
            return
        visit_id = self.visit_id
        several = len(ids) > 1  # one article is one edit already
        with one_undo_step(self.session, self.tr("Remove %n article(s)", "", len(ids))) if several else nullcontext():
            for article_id in ids:
                self.session.do(
                    partial(edit.remove_visit_article, self.store, visit_id, article_id),
                    ("articles",),
                    self.tr("Remove article"),
                )

    def move_articles(self, moving: list[int], row: int) -> None:
        """Put the articles ``moving`` before the one now at ``row`` (a drop, or Move up/down)."""
        if self.visit_id is None:
            return
        order = self.tree.ids()
        new = reordered(order, [i for i in moving if i in order], row)
        if new == order:
            return
        visit_id = self.visit_id
        self.session.do(
            lambda: edit.reorder_visit_articles(self.store, visit_id, new),
            ("articles",),
            self.tr("Reorder articles"),
        )

    def move_selected(self, step: int) -> None:
        ids = self.tree.ids()
        selected = self.tree.selected_ids()
        if not selected:
            return
        rows = [ids.index(i) for i in selected]
        row = max(0, min(rows) - 1) if step < 0 else min(len(ids), max(rows) + 2)
        self.move_articles(selected, row)

    def set_full_text(self, article_id: int, full_text: bool) -> None:
        if self.visit_id is None:
            return
        visit_id = self.visit_id
        self.session.do(
            lambda: edit.set_article_full_text(self.store, visit_id, article_id, full_text),
            ("articles",),
            self.tr("Full text") if full_text else self.tr("Summary only"),
        )

    def set_shareable(self, article_id: int, shareable: bool) -> None:
        if self.visit_id is None:
            return
        visit_id = self.visit_id
        self.session.do(
            lambda: edit.set_article_shareable(self.store, visit_id, article_id, shareable),
            ("articles",),
            self.tr("Shareable with the delegation") if shareable else self.tr("Not shareable with the delegation"),
        )

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column not in (FULL_TEXT_COLUMN, SHAREABLE_COLUMN):
            return
        checked = item.checkState(column) == Qt.CheckState.Checked
        article_id = item.data(0, ID_ROLE)
        setter = self.set_full_text if column == FULL_TEXT_COLUMN else self.set_shareable
        QTimer.singleShot(0, self, lambda: setter(article_id, checked))  # not while the tree notifies

    def _toggle_current(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        checked = item.checkState(FULL_TEXT_COLUMN) == Qt.CheckState.Checked
        self.set_full_text(item.data(0, ID_ROLE), not checked)

    # -- importing
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            "",
            self.tr("Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)"),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path], add_to_visit: bool = True) -> None:
        """Import ``paths`` off the GUI thread; add them to the visit (one undo step) when asked.
        ``import_finished`` is emitted at the end."""
        self._start_import(paths, self.visit_id if add_to_visit else None)
