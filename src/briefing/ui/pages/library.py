"""The library shared by every visit: contacts, themes and articles, searched as you type. These
pages need no visit. Contacts are edited here and imported from CSV or vCard files; articles are
imported from files (a button or a drop) and read in a plain-text preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.core import edit
from briefing.core.errors import NotFound
from briefing.core.interchange.articles import ImportReport
from briefing.core.interchange.contacts import ContactImport, import_contacts_steps
from briefing.core.model import Contact, Theme
from briefing.core.privacy import Erasure, Mention, erase_contact_steps
from briefing.core.store import Store, queries, repo
from briefing.ui.models import ID_ROLE, PagedModel
from briefing.ui.pages.articles import (
    ArticleImport,
    FileDropMixin,
)
from briefing.ui.pages.base import Page
from briefing.ui.pages.themes import parse_points
from briefing.ui.widgets import connect_click
from briefing.ui.widgets.contact_dialog import ContactDialog, organisation_change
from briefing.ui.widgets.dates import show_date
from briefing.ui.widgets.no_results import no_results_label, show_no_results
from briefing.ui.widgets.ordered_picker import LibraryTable
from briefing.ui.widgets.progress import ProgressJob
from briefing.ui.widgets.search import SearchField

PREVIEW_LIMIT = 200_000  # characters of an article's body shown in the preview
Row = TypeVar("Row")
Editor = TypeVar("Editor", bound=QDialog)


class _LibraryPage(Page):
    """A search field whose text, after a short pause, re-runs the page's query. Visits don't matter.
    A row is edited in one dialog at a time (``edit_dialog`` while it is open)."""

    model: PagedModel  # each page's rows
    edit_dialog: QDialog | None = None

    def _setup_search(self, name: str, placeholder: str, label: str) -> QVBoxLayout:
        self._query = ""
        self.search = SearchField(self, name, placeholder)
        self.search.settled.connect(lambda _text: self._search())
        self.search.returnPressed.connect(self._search)
        caption = QLabel(label, self)
        caption.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.search, 1)
        self.no_results = no_results_label(self, f"{name}_none")
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.no_results)
        return column

    def set_visit(self, visit_id: int | None) -> None:
        self.visit_id = visit_id  # the library is the same for every visit

    def _search(self) -> None:
        self.search.settle_now()
        if self.search.text() == self._query:
            return
        self._query = self.search.text()
        self.reload()

    def _view(self) -> QAbstractItemView:  # the view over self.model
        raise NotImplementedError

    def current_id(self) -> int | None:
        """The selected row's id. A view given focus has a current row that is not selected: it
        counts for nothing, so Edit… and Erase stay disabled until the person picks a row."""
        view = self._view()
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return index.data(ID_ROLE)

    def show_row(self, row_id: int) -> bool:
        """Show and select the row ``row_id`` (the search is cleared); False if it is not there."""
        if self.search.text():
            self.search.clear()
            self._search()
        row = self.model.row_of_id(row_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of_id(row_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self._view().setCurrentIndex(index)
        self._view().scrollTo(index)
        return True

    def reload(self) -> None:
        current = self.current_id()
        self.model.reload()
        view = self._view()
        row = self.model.row_of_id(current) if current is not None else -1
        if row >= 0:
            view.setCurrentIndex(self.model.index(row, 0))
        self._say_if_none()
        self._current_changed()

    def _stored(self, get: Callable[[Store, int], Row], row_id: int | None) -> Row | None:
        """The row ``row_id`` names (None: the current row) as ``get`` reads it from the store; None
        when there is none, or when it is gone (the page reads its rows again)."""
        row_id = self.current_id() if row_id is None else row_id
        if row_id is None:
            return None
        try:
            return get(self.store, row_id)
        except NotFound:
            self.reload()
            return None

    def _open_edit_dialog(self, dialog: Editor, save: Callable[[Editor], None]) -> Editor:
        """Show ``dialog`` as the page's edit dialog (one still open is closed): accepted, it is
        saved by ``save``; closed, it is deleted."""
        if self.edit_dialog is not None:
            self.edit_dialog.close()
        dialog.accepted.connect(lambda: save(dialog))
        dialog.finished.connect(lambda _result: self._edit_dialog_closed(dialog))
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _edit_dialog_closed(self, dialog: QDialog) -> None:
        if self.edit_dialog is dialog:
            self.edit_dialog = None
        dialog.deleteLater()

    def _say_if_none(self) -> None:
        """Under the search field: a search that found nothing says so."""
        show_no_results(self.no_results, self._query, self.model.rowCount())

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


class ErasureDialog(QDialog):
    """What erasing a person did, and every free text that still names them: each place can be
    opened (``open_requested``) to edit the text. Not modal: the officer works down the list."""

    open_requested = Signal(object)  # the Mention to show

    def __init__(self, erasure: Erasure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person erased"))
        self.mentions = list(erasure.mentions)
        layout = QVBoxLayout(self)
        visits = self.tr("%n visit(s)", "", len(erasure.visits))
        items = self.tr("%n programme item(s)", "", erasure.items)
        records = self.tr("%n record(s) of the export history", "", erasure.exports)
        summary = QLabel(
            self.tr("{} is erased: taken off {} and {}, and out of {}.").format(
                erasure.name or self.tr("The person"), visits, items, records
            ),
            self,
        )
        summary.setObjectName("erasure_summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if erasure.leftover:
            warning = QLabel(
                self.tr(
                    "Another program has the store open: the erased data leaves the store's write-ahead log "
                    "when every program has closed it."
                )
                if erasure.leftover == "log_in_use"
                else self.tr(
                    "The store file could not be rewritten (see the log file): the erased data may remain in "
                    "its unused space."
                ),
                self,
            )
            warning.setObjectName("erasure_leftover")
            warning.setWordWrap(True)
            layout.addWidget(warning)
        if erasure.backups:
            backups = QLabel(
                self.tr("These backups still hold the person; delete them, or let them roll off:")
                + "\n"
                + "\n".join(str(p) for p in erasure.backups),
                self,
            )
            backups.setObjectName("erasure_backups")
            backups.setWordWrap(True)
            backups.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(backups)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("erasure_mentions")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Field"), self.tr("Holds"), self.tr("How to edit it")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for index, mention in enumerate(self.mentions):
            row = QTreeWidgetItem(
                self.tree, [self._where(mention), self._field(mention), self._found(mention), self._how(mention)]
            )
            row.setData(0, ID_ROLE, index)
        self.tree.currentItemChanged.connect(lambda *_: self._current_changed())
        self.tree.itemActivated.connect(lambda *_: self.open_current())
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("erasure_open")
        self.open_button.setToolTip(self.tr("Show this place, to edit the text"))
        connect_click(self.open_button, self.open_current)
        if self.mentions:
            lead = QLabel(self.tr("Free text that still names the person. Open each place and edit the text:"), self)
            lead.setWordWrap(True)
            layout.addWidget(lead)
            layout.addWidget(self.tree, 1)
        else:
            self.tree.hide()
            self.open_button.hide()
            layout.addWidget(QLabel(self.tr("No free text in the store names the person any more."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._current_changed()
        self.resize(760, 420)

    @staticmethod
    def openable(mention: Mention) -> bool:
        return mention.kind != "organisation"  # no page shows an organisation

    def current_mention(self) -> Mention | None:
        item = self.tree.currentItem()
        return self.mentions[item.data(0, ID_ROLE)] if item is not None else None

    def _current_changed(self) -> None:
        mention = self.current_mention()
        self.open_button.setEnabled(mention is not None and self.openable(mention))

    def open_current(self) -> None:
        mention = self.current_mention()
        if mention is not None and self.openable(mention):
            self.open_requested.emit(mention)

    # -- the words for a mention's codes
    def _where(self, m: Mention) -> str:
        if m.kind == "visit":
            return self.tr("Visit “{}”").format(m.title)
        if m.kind == "programme_item":
            return self.tr("Programme item “{}” of the visit “{}”").format(m.title, m.visit_title)
        if m.kind == "participant":
            return self.tr("“{}” as a person of the visit “{}”").format(m.title, m.visit_title)
        if m.kind == "visit_theme":
            return self.tr("Theme “{}” of the visit “{}”").format(m.title, m.visit_title)
        if m.kind == "theme":
            return self.tr("Theme “{}”").format(m.title)
        if m.kind == "article":
            return self.tr("Article “{}”").format(m.title)
        if m.kind == "contact":
            return self.tr("Contact “{}”").format(m.title)
        return self.tr("Organisation “{}”").format(m.title)

    def _field(self, m: Mention) -> str:
        words = {
            "title": self.tr("title"),
            "delegation": self.tr("delegation"),
            "host": self.tr("host"),
            "location": self.tr("location"),
            "purpose": self.tr("purpose"),
            "classification": self.tr("marking"),
            "kind": self.tr("kind"),
            "description": self.tr("description"),
            "name": self.tr("name"),
            "name_latin": self.tr("name in Latin script"),
            "function": self.tr("function"),
            "email": self.tr("e-mail"),
            "phone": self.tr("phone"),
            "notes": self.tr("notes"),
            "summary": self.tr("summary"),
            "talking_points": self.tr("talking points"),
            "body": self.tr("text"),
            "source": self.tr("source"),
            "url": self.tr("web address"),
            "related": self.tr("related articles"),
        }
        return words.get(m.field, m.field)

    def _found(self, m: Mention) -> str:
        words = {
            "name": self.tr("the name"),
            "email": self.tr("the e-mail address"),
            "phone": self.tr("the phone number"),
            "surname": self.tr("the surname (check it is the same person)"),
        }
        return words.get(m.found, m.found)

    def _how(self, m: Mention) -> str:
        if m.kind == "visit":
            return self.tr("Open: the visit's Details page")
        if m.kind == "programme_item":
            return self.tr("Open: the visit's Programme page")
        if m.kind == "participant":
            return self.tr("Open: the visit's People page, Edit for this visit…")
        if m.kind == "visit_theme":
            return self.tr("Open: the visit's Themes page")
        if m.kind == "theme":
            return self.tr("Open: the Theme library, Edit…")
        if m.kind == "contact":
            return self.tr("Open: the contact's Edit dialog")
        if m.kind == "article":
            return self.tr("Briefing does not edit articles; Open shows it in the Article library")
        return self.tr("Briefing has no page for organisations yet")


class ContactsLibraryPage(_LibraryPage):
    """Every contact: search, edit, erase, import from CSV or vCard."""

    areas = frozenset({"contacts", "people", "library"})
    import_finished = Signal(object)  # the ContactImport, or None when cancelled or failed
    erase_finished = Signal(object)  # the Erasure, or None when cancelled or failed
    open_mention = Signal(object)  # a Mention the officer asked to see (the main window shows it)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Contact library")
        self.erase_box: QMessageBox | None = None
        self.erasure_dialog: ErasureDialog | None = None
        self._import: ProgressJob | None = None
        self._erase: ProgressJob | None = None
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
        self.table = LibraryTable(self)
        self.table.setObjectName("contacts_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setModel(self.model)
        self.table.share_columns(shared=(0, 1, 2), fitted=(3, 4))  # name, function, organisation share
        self.table.chosen.connect(self.edit_contact)
        self.table.selectionModel().selectionChanged.connect(self._current_changed)
        self.edit_button = QPushButton(self.tr("Edi&t…"), self)
        self.edit_button.setObjectName("contacts_edit")
        connect_click(self.edit_button, self.edit_contact)
        self.erase_button = QPushButton(self.tr("E&rase person…"), self)
        self.erase_button.setObjectName("contacts_erase")
        self.erase_button.setToolTip(self.tr("Remove this person from the store everywhere (right to erasure)"))
        connect_click(self.erase_button, self.erase_person)
        self.import_button = QPushButton(self.tr("&Import contacts…"), self)
        self.import_button.setObjectName("contacts_import")
        self.import_button.setToolTip(self.tr("Import a CSV file (Outlook, Excel) or vCards"))
        connect_click(self.import_button, self.choose_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.erase_button)
        QWidget.setTabOrder(self.erase_button, self.import_button)
        self._current_changed()

    def _view(self):
        return self.table

    def _current_changed(self, *_args) -> None:
        self.edit_button.setEnabled(self.current_id() is not None)
        self.erase_button.setEnabled(self.current_id() is not None and self._erase is None)

    # -- editing
    def edit_contact(self, contact_id: int | None = None) -> ContactDialog | None:
        """Open the edit dialog for ``contact_id`` (default: the current row); saved when accepted."""
        contact = self._stored(repo.get_contact, contact_id)
        if contact is None:
            return None
        held = contact.organisation_id
        organisation = repo.get_organisation(self.store, held).name if held is not None else ""
        dialog = ContactDialog(self, contact, organisation, organisations=repo.organisation_names(self.store))
        return self._open_edit_dialog(dialog, lambda accepted: self._save_contact(contact, accepted))

    @property
    def contact_dialog(self) -> ContactDialog | None:
        """The contact's edit dialog, while it is open."""
        return self.edit_dialog if isinstance(self.edit_dialog, ContactDialog) else None

    def _save_contact(self, contact: Contact, dialog: ContactDialog) -> None:
        changes: dict = dialog.changes()
        changes.update(
            organisation_change(
                self.session,
                contact.name,
                dialog.original_organisation,
                dialog.values()[1],
                contact.organisation_id,
            )
        )
        if not changes or contact.id is None:
            return
        contact_id = contact.id
        label = self.tr("Edit contact {}").format(changes.get("name") or contact.name)
        self.session.do(
            lambda: edit.update(self.store, "contacts", contact_id, label, **changes),
            ("contacts", "people", "programme"),
            label,
        )

    # -- erasing
    def erase_person(self, contact_id: int | None = None) -> QMessageBox | None:
        """Ask to erase ``contact_id`` (default: the current row); the answer starts the erasure."""
        if self._erase is not None:
            return None
        contact = self._stored(repo.get_contact, contact_id)
        if contact is None or contact.id is None:
            return None
        contact_id = contact.id
        who = contact.name or contact.email or self.tr("this person")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase person"),
            self.tr("Erase {} from the store?").format(who),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("erase_confirm")
        box.setInformativeText(
            self.tr(
                "The person is taken off every visit and programme item and out of the export history, and the "
                "store file is rewritten without them. This cannot be undone.\n\nText you typed that names them "
                "is listed afterwards, for you to edit."
            )
        )
        erase = box.addButton(self.tr("E&rase"), QMessageBox.ButtonRole.DestructiveRole)
        erase.setObjectName("erase_confirm_erase")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._erase_answered(box, contact_id, who))
        self.erase_box = box
        box.open()
        return box

    def _erase_answered(self, box: QMessageBox, contact_id: int, who: str) -> None:
        if self.erase_box is box:
            self.erase_box = None
        chosen = box.clickedButton()
        confirmed = chosen is not None and box.buttonRole(chosen) == QMessageBox.ButtonRole.DestructiveRole
        box.deleteLater()
        if not confirmed or self._erase is not None:
            return
        self._erase = ProgressJob(
            self,
            self.tr("Erase person"),
            self.tr("Erasing {}…").format(who),
            lambda store: erase_contact_steps(store, contact_id),
        )
        self._erase.finished.connect(self._erased)
        self._current_changed()

    def _erased(self, erasure: Erasure | None) -> None:
        job, self._erase = self._erase, None
        if job is not None:
            job.deleteLater()
        if erasure is not None:
            self.session.undo_stack.clear()  # its row images would bring the person back
            self.session.refresh()
            self.show_erasure(erasure)
        self._current_changed()
        self.erase_finished.emit(erasure)

    def show_erasure(self, erasure: Erasure) -> ErasureDialog:
        if self.erasure_dialog is not None:
            self.erasure_dialog.close()
        dialog = ErasureDialog(erasure, self)
        dialog.setObjectName("erasure_dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_mention)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._erasure_closed(d))
        self.erasure_dialog = dialog
        dialog.show()
        return dialog

    def _erasure_closed(self, dialog: ErasureDialog) -> None:
        if self.erasure_dialog is dialog:
            self.erasure_dialog = None

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
    """Every theme, with a read-only preview of its summary and talking points, the visit that used
    it last, and a button that copies that visit's talking points into the library's theme."""

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
        # a long title wraps to the list's width: the list never scrolls sideways
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)  # where one wrapped title ends and the next begins
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.selectionModel().selectionChanged.connect(self._current_changed)
        self.preview = _preview(self, "theme_preview")
        self.last_used = QLabel(self)
        self.last_used.setObjectName("theme_last_used")
        self.last_used.setWordWrap(True)
        self.copy_points = QPushButton(self.tr("&Copy its talking points into the library"), self)
        self.copy_points.setObjectName("theme_copy_points")
        self.copy_points.setToolTip(
            self.tr("The library's theme takes the talking points the visit wrote; visits keep their own")
        )
        connect_click(self.copy_points, self.copy_points_from_last_visit)
        self.edit_button = QPushButton(self.tr("Edi&t…"), self)
        self.edit_button.setObjectName("theme_edit")
        self.edit_button.setToolTip(self.tr("Edit the library's theme; visits keep their own texts"))
        connect_click(self.edit_button, self.edit_theme)
        self._use: repo.ThemeUse | None = None
        right = QWidget(self)
        used_row = QHBoxLayout()  # the buttons under the line that names the visit: it has the width
        used_row.addStretch(1)
        used_row.addWidget(self.copy_points)
        used_row.addWidget(self.edit_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.last_used)
        right_layout.addLayout(used_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([1000, 2000])  # a third for the titles (they wrap), the rest for the preview
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search, self.list)
        QWidget.setTabOrder(self.list, self.preview)
        QWidget.setTabOrder(self.preview, self.copy_points)
        QWidget.setTabOrder(self.copy_points, self.edit_button)
        self._current_changed()

    def _view(self):
        return self.list

    def _current_changed(self, *_args) -> None:
        theme_id = self.current_id()
        theme, self._use = None, None
        if theme_id is not None:
            try:
                theme = repo.get_theme(self.store, theme_id)
            except NotFound:
                theme = None
            else:
                self._use = repo.theme_last_used(self.store, theme_id)
        self.edit_button.setEnabled(theme is not None)
        if theme is None:
            self.preview.setPlainText("")
            self.last_used.setText("")
            self.copy_points.setEnabled(False)
            return
        parts = [theme.title, theme.summary or self.tr("(no summary)")]
        if theme.talking_points:
            parts.append(self.tr("Talking points:") + "\n" + "\n".join(f"• {p}" for p in theme.talking_points))
        self.preview.setPlainText("\n\n".join(parts))
        if self._use is None:
            self.last_used.setText(self.tr("Not used in a visit yet."))
        else:
            self.last_used.setText(self.tr("Last used in: {}, {}").format(self._use.title, _month(self._use.start)))
        self.copy_points.setEnabled(
            self._use is not None
            and self._use.talking_points != theme.talking_points
            and bool(self._use.talking_points)
        )

    def copy_points_from_last_visit(self) -> None:
        """The library's theme takes the talking points of the visit that used it last (one undoable edit)."""
        theme_id, use = self.current_id(), self._use
        if theme_id is None or use is None:
            return
        label = self.tr("Talking points from {}").format(use.title)
        self.session.do(
            lambda: edit.copy_theme_points_from_visit(self.store, theme_id, use.visit_id), ("themes", "library"), label
        )

    def edit_theme(self, theme_id: int | None = None) -> ThemeDialog | None:
        """Open the library theme's dialog (default: the current row); saved when accepted."""
        theme = self._stored(repo.get_theme, theme_id)
        if theme is None:
            return None
        dialog = ThemeDialog(theme, self)
        dialog.setObjectName("theme_dialog")
        return self._open_edit_dialog(dialog, lambda accepted: self._save_theme(theme, accepted))

    @property
    def theme_dialog(self) -> ThemeDialog | None:
        """The theme's edit dialog, while it is open."""
        return self.edit_dialog if isinstance(self.edit_dialog, ThemeDialog) else None

    def _save_theme(self, theme: Theme, dialog: ThemeDialog) -> None:
        title, summary, points = dialog.values()
        changes: dict = {}
        if title and title != theme.title:
            changes["title"] = title
        if summary != theme.summary:
            changes["summary"] = summary
        if points != theme.talking_points:
            changes["talking_points"] = points
        if not changes or theme.id is None:
            return
        theme_id = theme.id
        label = self.tr("Edit theme {}").format(theme.title)
        self.session.do(
            lambda: edit.update_library_theme(self.store, theme_id, label=label, **changes),
            ("themes", "library"),
            label,
        )


class ThemeDialog(QDialog):
    """The library's theme: title, summary and talking points (one a line)."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit theme in the library"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lead = QLabel(
            self.tr("Visits that have this theme keep their own texts; they are told the library's are newer.")
        )
        lead.setWordWrap(True)
        form.addRow(lead)
        self.title = QLineEdit(theme.title, self)
        self.title.setObjectName("theme_dialog_title")
        form.addRow(self.tr("Tit&le"), self.title)
        self.summary = QPlainTextEdit(theme.summary, self)
        self.summary.setObjectName("theme_dialog_summary")
        self.summary.setTabChangesFocus(True)
        form.addRow(self.tr("Su&mmary"), self.summary)
        self.points = QPlainTextEdit("\n".join(theme.talking_points), self)
        self.points.setObjectName("theme_dialog_points")
        self.points.setTabChangesFocus(True)
        self.points.setPlaceholderText(self.tr("One talking point a line"))
        form.addRow(self.tr("&Talking points"), self.points)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 420)

    def values(self) -> tuple[str, str, list[str]]:
        """The title, the summary and the talking points as typed."""
        return (
            " ".join(self.title.text().split()),
            self.summary.toPlainText().strip(),
            parse_points(self.points.toPlainText()),
        )


def _month(day: str) -> str:
    """'April 2024' (in the app's language) for an ISO date."""
    date = QDate.fromString(day, Qt.DateFormat.ISODate)
    return QLocale().toString(date, "MMMM yyyy") if date.isValid() else day


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
                (self.tr("Published"), lambda a: show_date(a.published)),
                (self.tr("Source"), lambda a: a.source),
            ],
            self,
        )
        self.table = LibraryTable(self)
        self.table.setObjectName("library_articles")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setModel(self.model)
        self.table.stretch_first_column()
        self.table.selectionModel().selectionChanged.connect(self._current_changed)
        self.preview = _preview(self, "library_article_preview")
        self.table.chosen.connect(lambda: self.preview.setFocus(Qt.FocusReason.OtherFocusReason))
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setObjectName("library_articles_import")
        self.import_button.setToolTip(self.tr("Import text, Markdown, web page, Word or PDF files (or drop them here)"))
        connect_click(self.import_button, self.choose_files)
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
        try:
            article = repo.get_article(self.store, article_id) if article_id is not None else None
        except NotFound:
            article = None
        if article is None:
            self.preview.setPlainText("")
            return
        parts = [article.title]
        meta = " · ".join(p for p in (show_date(article.published), article.source) if p)
        if meta:
            parts.append(meta)
        if article.url:
            parts.append(article.url)
        if article.summary:
            parts.append(article.summary)
        body = article.body or ""
        if len(body) > PREVIEW_LIMIT:
            body = (
                body[:PREVIEW_LIMIT]
                + "\n\n"
                + self.tr("… (the preview stops here; {} characters in all)").format(len(article.body))
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


__all__ = [
    "ArticlesLibraryPage",
    "ContactDialog",
    "ContactsLibraryPage",
    "ErasureDialog",
    "ThemeDialog",
    "ThemesLibraryPage",
]
