"""The one dialog for a contact's fields, used by the People page and the contacts library.

It always has the organisation (the known ones are suggested as you type). With ``library`` (the
library's contact and its organisation's name) it edits a person's details for one visit: under each
field a line shows the library's value. OK is enabled only once the name is a name (not blank, not
an e-mail address or a phone number)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.core.model import Contact
from briefing.core.store import repo


class ContactDialog(QDialog):
    """A contact's fields; ``values()`` gives them and the organisation's name, ``changes()`` what
    the user changed among the fields."""

    FIELDS = ("name", "name_latin", "title", "function", "email", "phone", "notes")

    def __init__(
        self,
        parent: QWidget | None,
        contact: Contact | None = None,
        organisation: str = "",
        *,
        organisations: Sequence[str] = (),
        library: tuple[Contact, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact_dialog")
        if library is not None:
            self.setWindowTitle(self.tr("Details for this visit"))
        else:
            self.setWindowTitle(self.tr("New contact") if contact is None else self.tr("Edit contact"))
        self.original = {name: (getattr(contact, name) or "") if contact else "" for name in self.FIELDS}
        self.original_organisation = " ".join(organisation.split())
        self.lines: dict[str, QLineEdit] = {}  # the one-line fields, by name
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}  # every field, by name, in the form's order
        self.library_lines: dict[str, QLabel] = {}  # field -> the library's value, shown under it
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def library_line(name: str, value: str) -> None:
            if library is None:
                return
            text = " ".join(value.split()) if value.strip() else self.tr("(empty)")
            line = QLabel(self.tr("Library: {}").format(text), self)
            line.setObjectName(f"library_{name}")
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.setEnabled(False)  # read-only, shown muted
            form.addRow("", line)
            self.library_lines[name] = line

        def line(name: str, label: str, placeholder: str = "") -> QLineEdit:
            widget = QLineEdit(self)
            widget.setObjectName(f"contact_{name}")
            widget.setPlaceholderText(placeholder)
            form.addRow(label, widget)
            self.fields[name] = self.lines[name] = widget
            if library is not None:
                library_line(name, getattr(library[0], name) or "")
            return widget

        if library is not None:
            lead = QLabel(
                self.tr("These details are for this visit alone; the contact in the library keeps its own."), self
            )
            lead.setWordWrap(True)
            form.addRow(lead)

        line("name", self.tr("&Name"), self.tr("As the person writes it"))
        line("name_latin", self.tr("&Latin script"), self.tr("Only if the name is in another script"))
        line("title", self.tr("&Honorific"), self.tr("e.g. Mevrouw, Dr, Korpschef"))
        line("function", self.tr("&Function"))
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("contact_organisation")
        if organisations:
            completer = QCompleter(list(organisations), self.organisation)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.organisation.setCompleter(completer)
        form.addRow(self.tr("&Organisation"), self.organisation)
        if library is not None:
            library_line("organisation", library[1])
        line("email", self.tr("&E-mail"))
        line("phone", self.tr("&Phone"))
        self.notes = notes = QPlainTextEdit(self)
        notes.setObjectName("contact_notes")
        notes.setTabChangesFocus(True)
        notes.setPlaceholderText(
            self.tr("What matters on this visit: diet, access needs, language…")
            if library is not None
            else self.tr("Diet, access needs, language…")
        )
        notes.setMinimumHeight(70)
        form.addRow(self.tr("No&tes"), notes)
        self.fields["notes"] = notes
        if library is not None:
            library_line("notes", library[0].notes)

        self.problem = QLabel(self)
        self.problem.setObjectName("contact_name_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        for name in self.FIELDS:
            self._set(name, self.original[name])
        self.organisation.setText(organisation)
        self.organisation.setCursorPosition(0)
        self.lines["name"].textChanged.connect(lambda _text: self._check())
        self.lines["name_latin"].textChanged.connect(lambda _text: self._check())
        self._check()
        self.resize(460, self.sizeHint().height())

    def _set(self, name: str, value: str) -> None:
        if name in self.lines:
            self.lines[name].setText(value)
            self.lines[name].setCursorPosition(0)
        else:
            self.notes.setPlainText(value)

    def _name_problem(self) -> str:
        """Why the name cannot be saved, in words; "" when it can."""
        from briefing.core.privacy import not_a_name

        if not self.lines["name"].text().strip():
            return " "  # a contact keeps a name: the disabled OK button says enough
        why = not_a_name(self.lines["name"].text()) or not_a_name(self.lines["name_latin"].text())
        if why == "email":
            return self.tr("A name cannot be an e-mail address: put the address in the E-mail field.")
        if why == "phone":
            return self.tr("A name cannot be a phone number: put the number in the Phone field.")
        return ""

    def _check(self) -> None:
        problem = self._name_problem()
        self.problem.setText(problem.strip())
        self.problem.setVisible(bool(problem.strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self._name_problem():
            return  # a contact keeps a name, and it is a name
        super().accept()

    def values(self) -> tuple[dict, str]:
        """The fields (as ``edit.update`` takes them, without the organisation) and the organisation's name."""
        out = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText().strip()
            else:
                out[name] = " ".join(widget.text().split())
        return out, " ".join(self.organisation.text().split())

    def changes(self) -> dict[str, str]:
        """The fields the user changed (the organisation aside)."""
        return {k: v for k, v in self.values()[0].items() if v != self.original[k]}


def organisation_change(session, who: str, organisation_now: str, wanted: str, current_id: int | None) -> dict:
    """``{"organisation_id": …}`` when the organisation typed (``wanted``) differs from the one the
    contact has, else ``{}``. The organisation must already be in the library (the dialog suggests
    the known ones); an unknown name keeps the current organisation and the session says so."""
    wanted = wanted.strip()
    if wanted.casefold() == organisation_now.strip().casefold():
        return {}
    if not wanted:
        return {"organisation_id": None}
    found = repo.find_organisation(session.store, wanted)
    if found is None:
        session.failed.emit(
            QCoreApplication.translate(
                "PeoplePage", "There is no organisation “{}” in the library; {} keeps “{}”."
            ).format(wanted, who, organisation_now or QCoreApplication.translate("PeoplePage", "none")),
            QCoreApplication.translate("PeoplePage", "Choose one of the organisations the field suggests."),
        )
        return {}
    return {"organisation_id": found} if found != current_id else {}


__all__ = ["ContactDialog", "organisation_change"]
