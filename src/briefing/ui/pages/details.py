"""The visit's details: every field, the classification marking and the status. Each field is
saved (one undoable edit) when the user leaves it."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.core.pack.labels import LANGS, label, marking_code, marking_label
from briefing.core.store import repo
from briefing.ui.i18n import interface_language
from briefing.ui.pages.base import Page
from briefing.ui.widgets.country import CountryBox
from briefing.ui.widgets.dates import DateEdit
from briefing.ui.widgets.saving_text import SavingText


class DetailsPage(Page):
    areas = frozenset({"details", "visits"})

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Details")
        self._loading = False
        self.fields: dict[str, QWidget] = {}  # every field, by the visit's column it shows
        self._lines: dict[str, QLineEdit] = {}
        self._dates: dict[str, DateEdit] = {}
        self._choices: dict[str, QComboBox] = {}
        self._names: dict[str, str] = {}  # each field's label: an undo step says "Edit delegation"
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def line(name: str, label: str, placeholder: str = "") -> QLineEdit:
            widget = QLineEdit(self)
            widget.setObjectName(name)
            widget.setPlaceholderText(placeholder)
            widget.editingFinished.connect(lambda n=name: self._save_text(n))
            form.addRow(label, widget)
            self._names[name] = label
            self.fields[name] = self._lines[name] = widget
            return widget

        def date(name: str, label: str) -> DateEdit:
            widget = DateEdit(parent=self)
            widget.setObjectName(name)
            widget.editingFinished.connect(self._save_dates)
            form.addRow(label, widget)
            self.fields[name] = self._dates[name] = widget
            return widget

        line("title", self.tr("&Title"), self.tr("Study visit of …"))
        date("start_date", self.tr("&Start"))
        date("end_date", self.tr("&End"))
        line("delegation", self.tr("&Delegation"), self.tr("Who is coming, how many"))
        self.country = country = CountryBox(interface_language(), self)  # a name shown, its ISO code kept
        country.setObjectName("country")
        country.committed.connect(lambda code: self._update(self.tr("Edit country"), country=code))
        country.refused.connect(self._refuse_country)
        country.committed.connect(lambda _code: self.country_note.setVisible(False))
        form.addRow(self.tr("&Country"), country)
        self.fields["country"] = country
        self.country_note: QLabel = QLabel(self)  # why a typed country was not taken
        self.country_note.setObjectName("country_note")
        self.country_note.setWordWrap(True)
        self.country_note.setVisible(False)
        form.addRow("", self.country_note)
        direction = QComboBox(self)
        direction.setObjectName("direction")
        direction.addItem(self.tr("Inbound (we host)"), "inbound")
        direction.addItem(self.tr("Outbound (we travel)"), "outbound")
        direction.activated.connect(lambda _i: self._save_choice("direction"))
        form.addRow(self.tr("Di&rection"), direction)
        self._names["direction"] = self.tr("Di&rection")
        self.fields["direction"] = self._choices["direction"] = direction
        line("host", self.tr("&Host"))
        line("location", self.tr("&Location"))
        purpose = SavingText(lambda: self._save_text("purpose"), self)
        purpose.setObjectName("purpose")
        purpose.setMinimumHeight(90)
        form.addRow(self.tr("&Purpose"), purpose)
        self._names["purpose"] = self.tr("&Purpose")
        self.fields["purpose"] = self._purpose = purpose
        self.marking = marking = line("classification", self.tr("&Marking"), self.tr("e.g. BEPERKTE VERSPREIDING"))
        self.marking_words = QLabel(self)  # a known marking's standard wording in each pack language
        self.marking_words.setObjectName("marking_words")
        self.marking_words.setWordWrap(True)
        form.addRow("", self.marking_words)
        marking.textChanged.connect(self._show_names)
        status = QComboBox(self)
        status.setObjectName("status")
        for value in ("draft", "confirmed", "done"):  # the word the pack prints for it
            status.addItem(label(interface_language(), value), value)
        status.activated.connect(lambda _i: self._save_choice("status"))
        form.addRow(self.tr("St&atus"), status)
        self._names["status"] = self.tr("St&atus")
        self.fields["status"] = self._choices["status"] = status

        self.empty = QLabel(self.tr("Choose a visit on the left, or make a new one (Ctrl+N)."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        holder = QWidget(self)
        holder.setLayout(form)
        self.form_holder = holder
        layout.addWidget(holder)
        layout.addStretch(1)
        self.reload()

    # -- reading
    def reload(self) -> None:
        self._loading = True
        try:
            visit_id = self.visit_id
            self.empty.setVisible(visit_id is None)
            self.form_holder.setVisible(visit_id is not None)
            if visit_id is None:
                return
            try:
                visit = repo.get_visit(self.store, visit_id)
            except Exception:
                self.visit_id = None
                self.reload()
                return
            if self.country.code() != visit.country or not self.country.hasFocus():
                self.country.set_code(visit.country)
            for name in ("title", "delegation", "host", "location", "classification"):
                widget = self._lines[name]
                if widget.text() != getattr(visit, name):
                    widget.setText(getattr(visit, name))
                    widget.setCursorPosition(0)
            if self._purpose.toPlainText() != visit.purpose:
                self._purpose.setPlainText(visit.purpose)
            self._dates["start_date"].setDate(QDate.fromString(visit.start, "yyyy-MM-dd"))
            self._dates["end_date"].setDate(QDate.fromString(visit.end, "yyyy-MM-dd"))
            for name, value in (("direction", str(visit.direction)), ("status", str(visit.status))):
                combo = self._choices[name]
                combo.setCurrentIndex(max(0, combo.findData(value)))
        finally:
            self._loading = False
        self._show_names()

    def _show_names(self, *_args) -> None:
        """Under a known marking, how each pack language prints it."""
        marking = self.marking.text()
        words = ""
        if marking_code(marking):
            words = self.tr("In the pack: {}").format(
                " · ".join(f"{marking_label(lang, marking)} ({lang})" for lang in LANGS)
            )
        self.marking_words.setText(words)
        self.marking_words.setVisible(bool(words))

    def _refuse_country(self, text: str) -> None:
        self.country_note.setText(
            self.tr("“{}” is not a country: choose one from the list (the country is unchanged).").format(text)
        )
        self.country_note.setVisible(True)

    # -- saving: one undoable edit per field
    def _update(self, label: str, **changes) -> None:
        if self._loading or self.visit_id is None:
            return
        from briefing.core import edit

        visit_id = self.visit_id
        self.session.do(
            lambda: edit.update(self.store, "visits", visit_id, label, **changes),
            ("details", "visits", "programme"),
            label,
        )

    def _save_text(self, name: str) -> None:
        value = self._purpose.toPlainText() if name == "purpose" else self._lines[name].text()
        if name == "title" and not value.strip():
            self.reload()  # a visit keeps a title
            return
        self._update(self._edit_label(name), **{name: value})

    def _save_choice(self, name: str) -> None:
        self._update(self._edit_label(name), **{name: self._choices[name].currentData()})

    def _edit_label(self, name: str) -> str:
        """The undo step's label in the interface's language: "Edit host", "Gastheer wijzigen"."""
        field = self._names.get(name, name).replace("&", "").lower()
        text = self.tr("Edit {}").format(field)
        return text[:1].upper() + text[1:]

    def _save_dates(self) -> None:
        start = self._dates["start_date"].iso()
        end = self._dates["end_date"].iso()
        if self.visit_id is not None:  # a new start moves the end with it: the visit keeps its length
            visit = repo.get_visit(self.store, self.visit_id)
            if start != visit.start and end == visit.end:
                days = QDate.fromString(visit.start, "yyyy-MM-dd").daysTo(QDate.fromString(visit.end, "yyyy-MM-dd"))
                end = QDate.fromString(start, "yyyy-MM-dd").addDays(max(days, 0)).toString("yyyy-MM-dd")
        if end < start:
            end = start
        self._update(self.tr("Edit dates"), start_date=start, end_date=end)
