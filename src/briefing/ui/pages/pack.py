"""The pack page: choose what goes into the visit's pack, see it as it will print (a live PDF
preview, rendered off the GUI thread after edits), export it as PDF, DOCX, calendar or vCards,
print it, and see what changed since the last export."""

from __future__ import annotations

import errno
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QProcess,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefing.core.pack import SECTIONS
from briefing.core.pack.audience import AUDIENCES, shows
from briefing.core.pack.labels import change_text
from briefing.ui.i18n import interface_language
from briefing.ui.pages.base import Page
from briefing.ui.widgets import connect_click
from briefing.ui.widgets.dates import show_moment
from briefing.ui.widgets.progress import close_progress, progress_dialog
from briefing.ui.widgets.wrapping import WrappingCheck
from briefing.ui.worker import Job, run_steps

log = logging.getLogger(__name__)
DEBOUNCE_MS = 600
# Pages painted onto a printer as pictures are rendered at most at this resolution: sharp text on
# paper, and one A4 page is some 35 MB, not the 550 MB a 1200-dpi printer would ask for.
PRINT_DPI = 300


def _section_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "cover": translate("PackPage", "Cover"),
        "toc": translate("PackPage", "Table of contents"),
        "practical": translate("PackPage", "Practical information"),
        "programme": translate("PackPage", "Programme"),
        "people": translate("PackPage", "Who's who"),
        "themes": translate("PackPage", "Themes"),
        "articles": translate("PackPage", "Background articles"),
    }


def _readers() -> dict[str, tuple[str, str]]:
    """Each reader the pack can be made for: the choice's words and what that pack holds."""
    translate = QCoreApplication.translate
    return {
        "internal": (
            translate("PackPage", "&The principal and our staff"),
            translate("PackPage", "Everything: talking points, notes, e-mail addresses and phone numbers."),
        ),
        "external": (
            translate("PackPage", "The dele&gation"),
            translate(
                "PackPage",
                "Programme, people and practical information, marked 'For the delegation'. No themes or talking "
                "points, notes, item descriptions, status, e-mail addresses or phone numbers; only the articles "
                "marked shareable.",
            ),
        ),
        "escort": (
            translate("PackPage", "&Escorts and drivers"),
            translate(
                "PackPage",
                "The run sheet, A5 landscape: each day as a table (time, what, where, who, whom to call), then a "
                "contact list with phone numbers. No themes, articles or biographies.",
            ),
        ),
    }


def _render_steps(visit_id: int, options):
    def steps(store):
        from briefing.export import render

        yield from ()
        return render(store, visit_id, "pdf", options)

    return steps


class PackPage(Page):
    areas = frozenset({"details", "programme", "people", "themes", "articles", "contacts", "library", "visits"})
    preview_ready = Signal(int)  # page count
    export_finished = Signal(object)  # the written path, or None (cancelled or failed)
    print_finished = Signal(object)  # the PDF written, "lp" or "rendered"; None when cancelled or failed

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Pack")
        self._loading = False
        self._render_job: Job | None = None
        self._render_again = False
        self._export_job: Job | None = None
        self._buffer: QBuffer | None = None
        self._preview_pdf: bytes | None = None  # the preview's PDF and the options it was made with
        self._preview_options = None
        self._print_job: Job | QProcess | None = None
        self._print_progress: QProgressDialog | None = None
        self.last_error = ""

        # -- options
        options = QGroupBox(self.tr("What goes into the pack"), self)
        form = QFormLayout(options)
        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QVBoxLayout()
        for key, text in _section_names().items():
            box = QCheckBox(text, options)
            box.setObjectName(f"section_{key}")
            box.setChecked(True)
            box.toggled.connect(self._options_changed)
            sections.addWidget(box)
            self.section_boxes[key] = box
        form.addRow(self.tr("Sections"), sections)
        self.lang = QComboBox(options)
        self.lang.setObjectName("pack_lang")
        for code, text in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            self.lang.addItem(text, code)
        self.lang.currentIndexChanged.connect(self._options_changed)
        form.addRow(self.tr("&Language"), self.lang)
        readers = QVBoxLayout()
        self.audience_group = QButtonGroup(options)  # exclusive: one reader at a time
        self.audience_buttons: dict[str, QRadioButton] = {}
        for key, (text, holds) in _readers().items():
            radio = QRadioButton(text, options)
            radio.setObjectName(f"pack_audience_{key}")
            radio.setToolTip(holds)
            self.audience_group.addButton(radio)
            self.audience_buttons[key] = radio
            readers.addWidget(radio, 0, Qt.AlignmentFlag.AlignLeft)  # a click beside its words is not on it
        self.audience_buttons["internal"].setChecked(True)
        self.audience_note = QLabel(options)
        self.audience_note.setObjectName("pack_audience_note")
        self.audience_note.setWordWrap(True)
        note_font = self.audience_note.font()
        note_font.setItalic(True)
        self.audience_note.setFont(note_font)
        readers.addWidget(self.audience_note)
        self.audience_group.buttonToggled.connect(self._audience_toggled)
        form.addRow(self.tr("For whom"), readers)
        self.summaries_row = WrappingCheck(self.tr("Articles: summaries only"), options)
        self.summaries = self.summaries_row.box
        self.summaries.setObjectName("pack_summaries")
        self.summaries.toggled.connect(self._options_changed)
        form.addRow("", self.summaries_row)
        house_style = WrappingCheck(self.tr("Use the store's house style (template, logo)"), options)
        self.house_style = house_style.box
        self.house_style.setObjectName("pack_house_style")
        self.house_style.setChecked(True)
        self.house_style.toggled.connect(self._options_changed)
        form.addRow("", house_style)
        odd_pages = WrappingCheck(self.tr("Start sections on odd pages (double-sided printing)"), options)
        self.odd_pages = odd_pages.box
        self.odd_pages.setObjectName("pack_odd_pages")
        self.odd_pages.toggled.connect(self._options_changed)
        form.addRow("", odd_pages)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its field

        # -- export and print
        actions = QGroupBox(self.tr("Export and print"), self)
        grid = QVBoxLayout(actions)
        self._password_row(actions, grid)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("pdf", self.tr("Export &PDF…")),
            ("docx", self.tr("Export &DOCX…")),
            ("ics", self.tr("Export &calendar (ICS)…")),
            ("vcf", self.tr("Export contacts (&vCard)…")),
            ("print", self.tr("P&rint…")),
        ):
            button = QPushButton(text, actions)
            button.setObjectName(f"pack_{key}")
            connect_click(button, lambda k=key: self.print_pack() if k == "print" else self.export(k))
            grid.addWidget(button)
            self.buttons[key] = button
        self._password_changed()

        # -- history
        history = QGroupBox(self.tr("History"), self)
        history_layout = QVBoxLayout(history)
        self.changes = QListWidget(history)
        self.changes.setObjectName("pack_changes")
        self.history = QListWidget(history)
        self.history.setObjectName("pack_history")
        since = QLabel(self.tr("Changes since the last export:"), history)
        since.setWordWrap(True)
        history_layout.addWidget(since)
        self.changes.setMinimumHeight(60)
        self.history.setMinimumHeight(60)
        for listing in (self.changes, self.history):  # a long line wraps in the narrow column, never scrolls sideways
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setTextElideMode(Qt.TextElideMode.ElideNone)
        history_layout.addWidget(self.changes, 1)
        history_layout.addWidget(QLabel(self.tr("Exports:"), history))
        history_layout.addWidget(self.history, 1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(options)
        left_layout.addWidget(history, 1)

        # -- preview
        right = QWidget(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(right)
        self.view.setObjectName("pack_preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(right)
        self.status.setObjectName("pack_status")
        # a long message never widens the page
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.page_box = QSpinBox(right)
        self.page_box.setObjectName("pack_page")
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(self._go_to_page)
        self.page_count = QLabel(right)
        zoom_out, zoom_in, fit = (QPushButton(t, right) for t in ("−", "+", self.tr("Fit width")))
        for small in (zoom_out, zoom_in):
            small.setFixedWidth(small.fontMetrics().horizontalAdvance("MM") + 16)
        zoom_out.setToolTip(self.tr("Zoom out"))
        zoom_in.setToolTip(self.tr("Zoom in"))
        connect_click(zoom_out, self._zoom, 1 / 1.25)
        connect_click(zoom_in, self._zoom, 1.25)
        connect_click(fit, lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Page"), right))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addStretch(1)
        for widget in (zoom_out, zoom_in, fit):
            bar.addWidget(widget)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.view, 1)

        self._show_reader()
        scroller = QScrollArea(self)  # the options scroll, so the page fits a small window
        scroller.setWidget(left)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        # no sideways scrolling: long option texts wrap, and the panel is never narrower than its content
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setMinimumWidth(
            left.minimumSizeHint().width() + scroller.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4
        )
        panel = QWidget(self)  # the options scroll; the export and print buttons stay in sight below them
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(scroller, 1)
        panel_layout.addWidget(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 640])
        self.hint = QLabel(self.tr("Choose a visit to see its pack."), self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        self.splitter = splitter

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh_preview)
        self.reload()

    def _password_row(self, parent: QWidget, layout: QVBoxLayout) -> None:
        """For a PDF that leaves the house: a password, typed twice, that the exported PDF opens with.
        Off by default; the password is never saved."""
        protect = WrappingCheck(self.tr("Protect the exported PDF with a password"), parent)
        self.protect = protect.box
        self.protect.setObjectName("pack_protect")
        layout.addWidget(protect)
        self.password_fields = QWidget(parent)
        fields = QFormLayout(self.password_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        self.password = QLineEdit(self.password_fields)
        self.password_again = QLineEdit(self.password_fields)
        for name, field in (("pack_password", self.password), ("pack_password_again", self.password_again)):
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._password_changed)
        fields.addRow(self.tr("Pass&word"), self.password)
        fields.addRow(self.tr("Password &again"), self.password_again)
        layout.addWidget(self.password_fields)
        self.password_note = QLabel(parent)
        self.password_note.setObjectName("pack_password_note")
        self.password_note.setWordWrap(True)
        layout.addWidget(self.password_note)
        self.protect.toggled.connect(self._password_changed)

    def _password_changed(self, *_args) -> None:
        """The fields show with the box; Export PDF waits for the same password typed twice."""
        on = self.protect.isChecked()
        self.password_fields.setVisible(on)
        first, again = self.password.text(), self.password_again.text()
        if not on or (first and first == again):
            note = ""
        elif not first or not again:
            note = self.tr("Type the password twice: the PDF opens only with it.")
        else:
            note = self.tr("The two passwords differ.")
        self.password_note.setText(note)
        self.password_note.setVisible(bool(note))
        if "pdf" in getattr(self, "buttons", {}):
            self.buttons["pdf"].setEnabled(not note)

    def export_password(self) -> str | None:
        """The password the PDF is to be locked with, or None."""
        return self.password.text() if self.protect.isChecked() else None

    # ------------------------------------------------------------------ options
    def audience(self) -> str:
        """The reader chosen: internal, external or escort."""
        return next((key for key, button in self.audience_buttons.items() if button.isChecked()), "internal")

    def _audience_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._show_reader()
            self._options_changed()

    def _show_reader(self) -> None:
        """What the chosen reader's pack holds; the sections it never has are greyed out (AUDIENCE_RULES)."""
        audience = self.audience()
        self.audience_note.setText(_readers()[audience][1])
        for key, box in self.section_boxes.items():
            box.setEnabled(shows(audience, key))
            box.setToolTip("" if box.isEnabled() else self.tr("Not in this reader's pack"))
        self.summaries_row.setEnabled(shows(audience, "articles"))

    def options(self):
        """The pack options the page shows (PackOptions)."""
        from briefing.core.pack.assemble import PackOptions

        sections = tuple(k for k in SECTIONS if self.section_boxes[k].isChecked())
        options = PackOptions(
            lang=self.lang.currentData(),
            audience=self.audience(),
            sections=sections,
            summaries_only=self.summaries.isChecked(),
            odd_pages=self.odd_pages.isChecked(),
        )
        if not self.house_style.isChecked():
            options = replace(options, logo=b"", reference_docx=b"")
        return options

    def _values(self) -> dict:
        return {
            "lang": self.lang.currentData(),
            "audience": self.audience(),
            "sections": [k for k in SECTIONS if self.section_boxes[k].isChecked()],
            "summaries_only": self.summaries.isChecked(),
            "house_style": self.house_style.isChecked(),
            "odd_pages": self.odd_pages.isChecked(),
        }

    def _apply(self, values: dict) -> None:
        self._loading = True
        try:
            lang = values.get("lang") or interface_language()  # a new visit: the pack speaks as the app does
            self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
            audience = values.get("audience", "internal")
            self.audience_buttons[audience if audience in AUDIENCES else "internal"].setChecked(True)
            self._show_reader()
            chosen = values.get("sections", list(SECTIONS))
            for key, box in self.section_boxes.items():
                box.setChecked(key in chosen)
            self.summaries.setChecked(bool(values.get("summaries_only", False)))
            self.house_style.setChecked(bool(values.get("house_style", True)))
            self.odd_pages.setChecked(bool(values.get("odd_pages", False)))
        finally:
            self._loading = False

    def _options_changed(self, *_args) -> None:
        if self._loading or self.visit_id is None:
            return
        from briefing.core.pack.history import save_options

        save_options(self.store, self.visit_id, self._values())  # kept per visit
        self.schedule_preview()

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        visit_id = self.visit_id
        self.hint.setVisible(visit_id is None)
        self.splitter.setVisible(visit_id is not None)
        if visit_id is None:
            self.document.close()
            return
        from briefing.core.pack.history import load_options

        self._apply(load_options(self.store, visit_id))
        self.reload_history()
        self.schedule_preview()

    def reload_history(self) -> None:
        from briefing.core.pack.history import changes_since_last_export, history

        self.changes.clear()
        self.history.clear()
        if self.visit_id is None:
            return
        records = history(self.store, self.visit_id)
        changes = changes_since_last_export(self.store, self.visit_id)
        if records and not changes:
            self.changes.addItem(self.tr("Nothing changed in the programme or the people."))
        elif not records:
            self.changes.addItem(self.tr("The pack has not been exported yet."))
        lang = interface_language()
        self.changes.addItems([change_text(lang, c.code, c.values) for c in changes])
        for record in records:
            options = record.options
            line = QListWidgetItem(
                f"{show_moment(record.exported)}  {record.format.upper()}  "
                f"{self._choice_text(self.lang, options.get('lang', ''))}, "
                f"{self._reader_text(str(options.get('audience', '')))}"
            )
            # the content's fingerprint, to tell two exports apart, where it does not crowd the line
            line.setToolTip(self.tr("Content fingerprint: {}").format(record.content_hash[:12]))
            self.history.addItem(line)

    @staticmethod
    def _choice_text(combo: QComboBox, value: str) -> str:
        """A recorded option as the page's own choice names it (the language's, the audience's name)."""
        index = combo.findData(value)
        return combo.itemText(index) if index >= 0 else str(value)

    def _reader_text(self, value: str) -> str:
        """A recorded reader as the page's own reader button names it."""
        button = self.audience_buttons.get(value)
        return button.text().replace("&", "") if button is not None else value

    # ------------------------------------------------------------------ preview
    def schedule_preview(self) -> None:
        self.status.setText(self.tr("Updating…"))
        self._debounce.start()

    def refresh_preview(self) -> None:
        """Render the PDF off the GUI thread; one render at a time, the newest wins."""
        if self.visit_id is None:
            return
        if self._render_job is not None:
            self._render_again = True
            return
        self._render_again = False
        options = self.options()
        job = run_steps(self.store.path, _render_steps(self.visit_id, options), self)
        job.done.connect(lambda data: self._remember_preview(data, options))
        job.done.connect(self._preview_rendered)
        job.failed.connect(self._preview_failed)
        self._render_job = job

    def _remember_preview(self, data: bytes, options) -> None:
        self._preview_pdf, self._preview_options = data, options

    def _preview_rendered(self, data: bytes) -> None:
        self._render_job = None
        if self._render_again:
            self.refresh_preview()
            return
        page = self.view.pageNavigator().currentPage()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        pages = self.document.pageCount()
        self.page_box.setMaximum(max(1, pages))
        self.page_count.setText(self.tr("of {}").format(pages))
        if 0 < page < pages:
            self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())
        self.status.setText("")
        self.preview_ready.emit(pages)

    def _preview_failed(self, message: str) -> None:
        self._render_job = None
        self.status.setText(self.tr("The preview could not be made: {}").format(message) if message else "")
        if self._render_again:
            self.refresh_preview()

    def _go_to_page(self, number: int) -> None:
        if self.document.pageCount():
            self.view.pageNavigator().jump(number - 1, self.view.pageNavigator().currentLocation())

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def _on_changed(self, areas: frozenset[str]) -> None:
        if areas & self.areas and self.visit_id is not None:
            self.reload_history()
            self.schedule_preview()

    # ------------------------------------------------------------------ export
    def default_path(self, fmt: str) -> Path:
        from briefing.core.store import repo
        from briefing.export import default_file_name

        assert self.visit_id is not None  # the page exports only when it shows a visit
        visit = repo.get_visit(self.store, self.visit_id)
        folder = QSettings().value("folders/export") or str(Path.home())
        name = default_file_name(visit, "vcf" if fmt == "vcf" else fmt, self.options())
        return Path(folder) / name

    def export(self, fmt: str, target: Path | None = None, ask: bool = True) -> None:
        """Export in ``fmt`` (pdf, docx, ics, vcf): what changed since the last export first, then a
        file dialog, then the export off the GUI thread with a progress dialog that can cancel."""
        if self.visit_id is None:
            return
        from briefing.core.pack.history import changes_since_last_export

        changes = changes_since_last_export(self.store, self.visit_id)
        if ask and changes and fmt != "vcf":
            lang = interface_language()
            lines = [f"• {change_text(lang, c.code, c.values)}" for c in changes[:30]]
            text = self.tr("Since the last export:") + "\n\n" + "\n".join(lines)
            answer = QMessageBox.question(
                self, self.tr("Export"), text + "\n\n" + self.tr("Export the pack with these changes?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if target is None:
            filters = {
                "pdf": self.tr("PDF (*.pdf)"),
                "docx": self.tr("Word document (*.docx)"),
                "ics": self.tr("Calendar (*.ics)"),
                "vcf": self.tr("vCard (*.vcf)"),
            }
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(self.default_path(fmt)), filters[fmt])
            if not name:
                return
            target = Path(name)
        QSettings().setValue("folders/export", str(Path(target).parent))
        self._start_export(fmt, Path(target), ask)

    def _start_export(self, fmt: str, target: Path, ask: bool) -> None:
        visit_id, options = self.visit_id, self.options()
        password = self.export_password() if fmt == "pdf" else None

        def steps(store):
            if fmt == "vcf":
                from briefing.core.interchange.contacts import export_vcards
                from briefing.core.progress import Progress
                from briefing.export import write_atomically

                yield Progress(0, 1, target.name)
                write_atomically(target, export_vcards(store, visit_id, options.audience).encode("utf-8"))
                return target
            from briefing.export import export_steps

            locked = {"password": password} if password is not None else {}
            return (yield from export_steps(store, visit_id, fmt, target, options, **locked))

        progress = progress_dialog(self, self.tr("Exporting {}…").format(target.name), name="pack_progress", maximum=3)
        job = run_steps(self.store.path, steps, self)
        self._export_job = job
        progress.canceled.connect(job.cancel)

        def show_progress(done: int, total: int, _message: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        job.progress.connect(show_progress)

        def finished(path) -> None:
            progress.canceled.disconnect()
            close_progress(progress)
            self._export_job = None
            self.reload_history()
            self.export_finished.emit(path)
            if ask:
                self._done_dialog(Path(path))

        def failed(message: str) -> None:
            progress.canceled.disconnect()
            close_progress(progress)
            self._export_job = None
            self.last_error = message
            self.export_finished.emit(None)
            if message:  # "" means cancelled: nothing was written
                self.session.failed.emit(message, self._advice(message, target))

        job.done.connect(finished)
        job.failed.connect(failed)

    def cancel_export(self) -> None:
        if self._export_job is not None:
            self._export_job.cancel()

    def _advice(self, message: str, target: Path) -> str:
        lowered = message.lower()
        if "no space" in lowered or "disk full" in lowered or f"errno {errno.ENOSPC}" in lowered:
            return self.tr("The disk is full: free some space or choose another disk. Nothing was written.")
        if "permission" in lowered or "not allowed" in lowered or "read-only" in lowered:
            return self.tr(
                "Briefing may not write in {}, or the file is open in another program (Word, a PDF reader): "
                "close it, or choose another folder. Nothing was written."
            ).format(target.parent)
        return self.tr("Choose another folder or file name and try again. Nothing was written.")

    def _done_dialog(self, path: Path) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Exported"))
        box.setText(self.tr("Written: {}").format(path))
        open_file = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    # ------------------------------------------------------------------ print
    def print_pack(self) -> None:
        """The print dialog, then the pack's vector pages to the printer, off the GUI thread, with
        progress and Cancel: a PDF printer gets the pack's PDF itself; a printer reached through
        CUPS gets it by ``lp``; any other printer gets pages rendered at its resolution in a worker."""
        from PySide6.QtPrintSupport import QPrinter

        if self.visit_id is None or self._print_job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        duplex = self.odd_pages.isChecked()
        printer.setDuplex(QPrinter.DuplexMode.DuplexAuto if duplex else QPrinter.DuplexMode.DuplexNone)
        if not choose_printer(self, printer, max(1, self.document.pageCount())):
            return
        self._start_print(printer)

    def _start_print(self, printer) -> None:
        from PySide6.QtPrintSupport import QPrinter

        visit_id, options = self.visit_id, self.options()
        current = self._render_job is None and not self._debounce.isActive() and self._preview_options == options
        ready = self._preview_pdf if current else None  # the preview is the pack: no second render
        first, last = printer.fromPage(), printer.toPage()
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(printer.outputFileName())
        target = Path(printer.outputFileName()) if to_file else None

        def steps(store):
            from briefing.core.progress import Progress

            yield Progress(0, 3, "")
            if ready is not None:
                data = ready
            else:
                from briefing.export import render

                data = render(store, visit_id, "pdf", options)
            yield Progress(1, 3, "")
            data = _page_range(data, first, last)
            if target is None:
                return data
            from briefing.export import write_atomically

            write_atomically(target, data)
            return target

        progress = progress_dialog(
            self, self.tr("Printing…"), title=self.tr("Print"), name="pack_print_progress", maximum=3, min_duration=300
        )
        job = run_steps(self.store.path, steps, self)
        self._print_job = job
        self._print_progress = progress
        progress.canceled.connect(self.cancel_print)
        job.progress.connect(lambda done, total, _m: progress.setValue(done))

        def prepared(result) -> None:
            if self._print_job is not job:
                return
            if isinstance(result, Path):
                self._print_over(result)
            elif _lp_command() is not None:
                self._print_by_lp(printer, result)
            else:
                self._print_rendered(printer, result)

        def failed(message: str) -> None:
            if self._print_job is job:
                self._print_over(None, message)

        job.done.connect(prepared)
        job.failed.connect(failed)

    def cancel_print(self) -> None:
        job = self._print_job
        if job is None:
            return
        if isinstance(job, QProcess):
            job.kill()
        else:
            job.cancel()
        self._print_over(None)

    def _print_by_lp(self, printer, data: bytes) -> None:
        """CUPS takes PDF: the pack's own pages go to ``lp`` (text stays text, nothing is rasterised)."""
        import tempfile

        with tempfile.NamedTemporaryFile(prefix="briefing-print-", suffix=".pdf", delete=False) as handle:
            handle.write(data)
        spooled = Path(handle.name)
        process = QProcess(self)
        self._print_job = process
        if self._print_progress is not None:
            self._print_progress.setValue(2)

        def over(result, message: str) -> None:
            spooled.unlink(missing_ok=True)
            process.deleteLater()
            if self._print_job is process:
                self._print_over(result, message)

        def ended(code: int, status: QProcess.ExitStatus) -> None:
            if code == 0 and status == QProcess.ExitStatus.NormalExit:
                over("lp", "")
                return
            error = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
            lines = [line.strip() for line in error.splitlines() if line.strip()]  # the last says why
            over(None, lines[-1] if lines else f"lp: {process.errorString() if code == 0 else code}")

        def failed(error: QProcess.ProcessError) -> None:
            if error == QProcess.ProcessError.FailedToStart:  # no ``finished`` follows
                over(None, process.errorString())

        process.finished.connect(ended)
        process.errorOccurred.connect(failed)
        process.start(str(_lp_command()), [*lp_arguments(printer), "--", str(spooled)])

    def _print_rendered(self, printer, data: bytes) -> None:
        """No PDF path to this printer: in a worker, page by page, each page is rendered at the
        printer's resolution and painted onto the printer (Qt paints on a printer from any thread),
        so the window never waits; Cancel stops between pages and aborts the job where the printer
        allows it."""
        from PySide6.QtPrintSupport import QPrinter

        from briefing.core.errors import BriefingError
        from briefing.core.progress import Progress

        printer.setResolution(min(printer.resolution(), PRINT_DPI))
        printer.setFullPage(True)  # the pack's pages bring their own margins
        not_started = self.tr("The printer could not be started.")

        def steps(_store):
            from PySide6.QtCore import QRectF

            document = QPdfDocument()
            buffer = QBuffer()
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document.load(buffer)
            count = document.pageCount()
            painter = QPainter()
            if not painter.begin(printer):
                raise BriefingError(not_started)
            try:
                paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                order = range(count)
                if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
                    order = order[::-1]
                for done, number in enumerate(order, 1):
                    if done > 1:
                        printer.newPage()
                    size = document.pagePointSize(number) * printer.resolution() / 72
                    scale = min(paper.width() / size.width(), paper.height() / size.height())
                    image = document.render(number, (size * scale).toSize())
                    left = (paper.width() - image.width()) / 2
                    top = (paper.height() - image.height()) / 2
                    painter.drawImage(int(left), int(top), image)
                    yield Progress(done, count, "")
            except BaseException:  # cancelled (GeneratorExit) or failed: no half pack on paper
                printer.abort()
                raise
            finally:
                painter.end()
                document.close()

        job = run_steps(self.store.path, steps, self)
        self._print_job = job

        def show_progress(done: int, total: int, _message: str) -> None:
            progress = self._print_progress
            if progress is not None:
                progress.setMaximum(total)
                progress.setValue(done)

        def ended(result, message: str = "") -> None:
            if self._print_job is job:
                self._print_over(result, message)

        job.progress.connect(show_progress)
        job.done.connect(lambda _result: ended("rendered"))
        job.failed.connect(lambda message: ended(None, message))

    def _print_over(self, result, message: str = "") -> None:
        self._print_job = None
        progress, self._print_progress = self._print_progress, None
        if progress is not None:
            progress.canceled.disconnect()
            close_progress(progress)
        if message:
            self.session.failed.emit(
                self.tr("The pack could not be printed: {}").format(message),
                self.tr("Check the printer and try again."),
            )
        self.print_finished.emit(result)


def choose_printer(parent: QWidget, printer, pages: int) -> bool:
    """The print dialog: True when the person chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("pack_print_dialog")
    dialog.setMinMax(1, pages)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def lp_arguments(printer) -> list[str]:
    """``lp``'s options for what the print dialog chose: the printer, the copies (collated or
    not), the last page first, both sides of the paper."""
    from PySide6.QtPrintSupport import QPrinter

    arguments = ["-d", printer.printerName()] if printer.printerName() else []
    copies = max(1, printer.copyCount())
    arguments += ["-n", str(copies)]
    if copies > 1:
        arguments += ["-o", f"collate={'true' if printer.collateCopies() else 'false'}"]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        arguments += ["-o", "outputorder=reverse"]
    if printer.duplex() != QPrinter.DuplexMode.DuplexNone:
        arguments += ["-o", "sides=two-sided-long-edge"]
    return arguments


def _lp_command() -> str | None:
    """CUPS's ``lp``, where the platform has it (Linux, macOS)."""
    import shutil
    import sys

    return None if sys.platform == "win32" else shutil.which("lp")


def _page_range(data: bytes, first: int, last: int) -> bytes:
    """Pages ``first``..``last`` (1-based; 0 for all) of a PDF, still vector."""
    import io

    import pypdf

    if first <= 0 and last <= 0:
        return data
    reader = pypdf.PdfReader(io.BytesIO(data))
    count = len(reader.pages)
    first, last = max(1, first or 1), min(count, last or count)
    if first == 1 and last == count:
        return data
    writer = pypdf.PdfWriter()
    for number in range(first - 1, last):
        writer.add_page(reader.pages[number])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
