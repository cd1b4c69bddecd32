"""The library shared by every visit: contacts, themes and articles, searched as you type. These
pages need no visit. Contacts are edited here and imported from CSV or vCard files; articles are
imported from files (a button or a drop) and read in a plain-text preview."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.core import edit, queries
from briefing.core.articles_import import ImportReport
from briefing.core.contacts_io import ContactImport, import_contacts_steps
from briefing.ui.models import ID_ROLE, PagedModel
from briefing.ui.pages.articles import (
    SEARCH_DELAY_MS,
    ArticleImport,
    FileDropMixin,
    ProgressJob,
    ResultsTable,
    search_field,
)
from briefing.ui.pages.base import Page

PREVIEW_LIMIT = 200_000  # characters of an article's body shown in the preview


class _LibraryPage(Page):
    """A search field whose text, after a short pause, re-runs the page's query. Visits don't matter."""

    def _setup_search(self, name: str, placeholder: str, label: str) -> QHBoxLayout:
        self._query = ""
        self.search = search_field(self, name, placeholder)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search)
        caption = QLabel(label, self)
        caption.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.search, 1)
        return row

    def set_visit(self, visit_id: int | None) -> None:
        self.visit_id = visit_id  # the library is the same for every visit

    def _search(self) -> None:
        self._timer.stop()
        if self.search.text() == self._query:
            return
        self._query = self.search.text()
        self.reload()

    def _view(self):  # the view over self.model
        raise NotImplementedError

    def current_id(self) -> int | None:
        index = self._view().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def reload(self) -> None:
        current = self.current_id()
        self.model.reload()
        view = self._view()
        row = self.model.row_of_id(current) if current is not None else -1
        if row >= 0:
            view.setCurrentIndex(self.model.index(row, 0))
        self._current_changed()

    def _current_changed(self, *_args) -> None:
        pass


def _preview(parent: QWidget, name: str) -> QTextBrowser:
    preview = QTextBrowser(parent)
    preview.setObjectName(name)
    preview.setOpenLinks(False)
    preview.setReadOnly(True)
    preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return preview


# ------------------------------------------------------------------ contacts


class ContactDialog(QDialog):
    """One contact's fields; ``changes()`` is what the user changed."""

    FIELDS = ("name", "name_latin", "title", "function", "email", "phone", "notes")

    def __init__(self, values: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact"))
        self.original = {name: values.get(name) or "" for name in self.FIELDS}
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "name": self.tr("&Name"),
            "name_latin": self.tr("Name in &Latin script"),
            "title": self.tr("&Honorific"),
            "function": self.tr("&Function"),
            "email": self.tr("&E-mail"),
            "phone": self.tr("&Phone"),
            "notes": self.tr("N&otes"),
        }
        for name in self.FIELDS:
            if name == "notes":
                widget = QPlainTextEdit(self)
                widget.setTabChangesFocus(True)
                widget.setPlainText(self.original[name])
                widget.setMinimumHeight(80)
            else:
                widget = QLineEdit(self.original[name], self)
            widget.setObjectName(f"contact_{name}")
            form.addRow(labels[name], widget)
            self.fields[name] = widget
        self.fields["title"].setPlaceholderText(self.tr("Mr, Ms, Dr, …"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields["name"].textChanged.connect(lambda _text: self._check())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.fields["name"].text().strip()))

    def accept(self) -> None:
        if not self.fields["name"].text().strip():
            return  # a contact keeps a name
        super().accept()

    def values(self) -> dict[str, str]:
        out = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText().strip()
            else:
                out[name] = " ".join(widget.text().split())
        return out

    def changes(self) -> dict[str, str]:
        return {k: v for k, v in self.values().items() if v != self.original[k]}


class ContactsLibraryPage(_LibraryPage):
    """Every contact: search, edit, import from CSV or vCard."""

    areas = frozenset({"contacts", "people", "library"})
    import_finished = Signal(object)  # the ContactImport, or None when cancelled or failed

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Contact library")
        self.contact_dialog: ContactDialog | None = None
        self._import: ProgressJob | None = None
        search_row = self._setup_search(
            "contacts_search", self.tr("Name, function, organisation or e-mail"), self.tr("&Search contacts:")
        )
        self.model = PagedModel(
            lambda offset, limit: queries.contacts(self.store, self._query, offset, limit),
            [
                (self.tr("Name"), lambda c: f"{c.name} ({c.name_latin})" if c.name_latin else c.name),
                (self.tr("Function"), lambda c: c.function),
                (self.tr("Organisation"), lambda c: c.organisation),
                (self.tr("E-mail"), lambda c: c.email),
                (self.tr("Phone"), lambda c: c.phone),
            ],
            self,
        )
        self.table = ResultsTable(self)
        self.table.setObjectName("contacts_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setModel(self.model)
        self.table.stretch_first_column()
        self.table.chosen.connect(self.edit_contact)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.edit_button = QPushButton(self.tr("Edi&t…"), self)
        self.edit_button.setObjectName("contacts_edit")
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_contact())
        self.import_button = QPushButton(self.tr("&Import contacts…"), self)
        self.import_button.setObjectName("contacts_import")
        self.import_button.setToolTip(self.tr("Import a CSV file (Outlook, Excel) or vCards"))
        self.import_button.clicked.connect(lambda _checked=False: self.choose_file())
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.import_button)
        self._current_changed()

    def _view(self):
        return self.table

    def _current_changed(self, *_args) -> None:
        self.edit_button.setEnabled(self.current_id() is not None)

    # -- editing
    def edit_contact(self, contact_id: int | None = None) -> ContactDialog | None:
        """Open the edit dialog for ``contact_id`` (default: the current row); saved when accepted."""
        contact_id = self.current_id() if contact_id is None else contact_id
        if contact_id is None:
            return None
        row = self.store.conn.execute(
            "SELECT name, name_latin, title, function, email, phone, notes FROM contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            self.reload()
            return None
        if self.contact_dialog is not None:
            self.contact_dialog.close()
        dialog = ContactDialog(dict(row), self)
        dialog.setObjectName("contact_dialog")
        dialog.accepted.connect(lambda: self._save_contact(contact_id, dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.contact_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ContactDialog) -> None:
        if self.contact_dialog is dialog:
            self.contact_dialog = None
        dialog.deleteLater()

    def _save_contact(self, contact_id: int, dialog: ContactDialog) -> None:
        changes = dialog.changes()
        if not changes:
            return
        name = changes.get("name") or dialog.original["name"]
        label = self.tr("Edit contact {}").format(name)
        self.session.do(
            lambda: edit.update(self.store, "contacts", contact_id, label, **changes),
            ("contacts", "people", "programme"),
            label,
        )

    # -- importing
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Contacts (*.csv *.vcf);;All files (*)"),
        )
        if name:
            self.import_contacts(Path(name))

    def import_contacts(self, path: Path) -> None:
        """Import one CSV or vCard file off the GUI thread; ``import_finished`` is emitted at the end."""
        if self._import is not None:
            return
        path = Path(path)
        self._import = ProgressJob(
            self,
            self.tr("Import contacts"),
            self.tr("Importing contacts from {}…").format(path.name),
            lambda store: import_contacts_steps(store, path),
        )
        self._import.finished.connect(self._import_done)

    def cancel_import(self) -> None:
        """Stop a running import: nothing of the file is kept."""
        if self._import is not None:
            self._import.cancel()

    def _import_done(self, result: ContactImport | None) -> None:
        job, self._import = self._import, None
        if job is not None:
            job.deleteLater()
        self.session.refresh("contacts", "people", "library")
        if result is not None:
            lines = [
                self.tr("Added: {}").format(result.added),
                self.tr("Updated: {}").format(result.updated),
                self.tr("Unchanged: {}").format(result.unchanged),
            ]
            if result.skipped:
                lines.append(self.tr("Skipped (neither a name nor an e-mail address): {}").format(result.skipped))
            if result.organisations_added:
                lines.append(self.tr("New organisations: {}").format(result.organisations_added))
            QMessageBox.information(self, self.tr("Import contacts"), "\n".join(lines))
        self.import_finished.emit(result)


# ------------------------------------------------------------------ themes


class ThemesLibraryPage(_LibraryPage):
    """Every theme, with a read-only preview of its summary and talking points."""

    areas = frozenset({"themes", "library"})

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Theme library")
        search_row = self._setup_search(
            "themes_search", self.tr("Words from the title or summary"), self.tr("&Search:")
        )
        self.model = PagedModel(
            lambda offset, limit: queries.themes(self.store, self._query, offset, limit),
            [(self.tr("Theme"), lambda t: t.title)],
            self,
        )
        self.list = QListView(self)
        self.list.setObjectName("themes_list")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setModel(self.model)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.preview = _preview(self, "theme_preview")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search, self.list)
        QWidget.setTabOrder(self.list, self.preview)

    def _view(self):
        return self.list

    def _current_changed(self, *_args) -> None:
        theme_id = self.current_id()
        row = None
        if theme_id is not None:
            row = self.store.conn.execute(
                "SELECT title, summary, talking_points FROM themes WHERE id = ?", (theme_id,)
            ).fetchone()
        if row is None:
            self.preview.setPlainText("")
            return
        try:
            points = json.loads(row["talking_points"] or "[]")
        except ValueError:
            points = []
        parts = [row["title"], row["summary"] or self.tr("(no summary)")]
        if isinstance(points, list) and points:
            parts.append(self.tr("Talking points:") + "\n" + "\n".join(f"• {p}" for p in points))
        self.preview.setPlainText("\n\n".join(parts))


# ------------------------------------------------------------------ articles


class ArticlesLibraryPage(FileDropMixin, _LibraryPage):
    """Every article: full-text search, a plain-text preview, and the import of files."""

    areas = frozenset({"articles", "library"})
    import_finished = Signal(object)  # the ImportReport, or None when cancelled or failed

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Article library")
        self._import: ArticleImport | None = None
        self.setAcceptDrops(True)
        search_row = self._setup_search(
            "library_articles_search", self.tr("Words from the title or text"), self.tr("&Search articles:")
        )
        self.model = PagedModel(
            lambda offset, limit: queries.articles(self.store, self._query, offset, limit),
            [
                (self.tr("Title"), lambda a: a.title),
                (self.tr("Published"), lambda a: a.published),
                (self.tr("Source"), lambda a: a.source),
            ],
            self,
        )
        self.table = ResultsTable(self)
        self.table.setObjectName("library_articles")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setModel(self.model)
        self.table.stretch_first_column()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.chosen.connect(lambda: self.preview.setFocus(Qt.FocusReason.OtherFocusReason))
        self.preview = _preview(self, "library_article_preview")
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setObjectName("library_articles_import")
        self.import_button.setToolTip(self.tr("Import text, Markdown, web page, Word or PDF files (or drop them here)"))
        self.import_button.clicked.connect(lambda _checked=False: self.choose_files())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.preview)
        QWidget.setTabOrder(self.preview, self.import_button)

    def _view(self):
        return self.table

    def _current_changed(self, *_args) -> None:
        article_id = self.current_id()
        row = None
        if article_id is not None:
            row = self.store.conn.execute(
                "SELECT title, published, source, url, summary, body FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        if row is None:
            self.preview.setPlainText("")
            return
        parts = [row["title"]]
        meta = " · ".join(p for p in (row["published"], row["source"]) if p)
        if meta:
            parts.append(meta)
        if row["url"]:
            parts.append(row["url"])
        if row["summary"]:
            parts.append(row["summary"])
        body = row["body"] or ""
        if len(body) > PREVIEW_LIMIT:
            body = (
                body[:PREVIEW_LIMIT]
                + "\n\n"
                + self.tr("… (the preview stops here; {} characters in all)").format(len(row["body"]))
            )
        if body:
            parts.append(body)
        self.preview.setPlainText("\n\n".join(parts))

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

    def import_files(self, paths: list[Path]) -> None:
        """Import ``paths`` into the library off the GUI thread; ``import_finished`` is emitted at the end."""
        self._start_import(paths, None)

    def _imported(self, report: ImportReport | None) -> None:
        if report is not None:
            done = [r.article_id for r in report.results if r.article_id is not None]
            if done:
                row = self.model.row_of_id(done[-1])
                if row >= 0:
                    self.table.selectRow(row)


__all__ = ["ArticlesLibraryPage", "ContactDialog", "ContactsLibraryPage", "ThemesLibraryPage"]
