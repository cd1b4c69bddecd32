"""A date field as people expect it: shown in the interface's locale (22/04/2024), a calendar
popup, the whole field selected when tabbed into, and an ISO date (2024-04-22) typed in taken as
well as the locale's own form."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimer, QTimeZone
from PySide6.QtWidgets import QDateEdit, QWidget


def display_format(locale: QLocale | None = None) -> str:
    """The locale's short date form with a four-digit year (d/MM/yy becomes d/MM/yyyy)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


class DateEdit(QDateEdit):
    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setLocale(QLocale())
        self.setDisplayFormat(display_format(self.locale()))
        self.setMinimumDate(QDate(1900, 1, 1))
        if date is not None:
            self.setDate(date)

    def iso(self) -> str:
        return self.date().toString("yyyy-MM-dd")

    def set_iso(self, value: str) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd")
        if date.isValid():
            self.setDate(date)

    # typing: while the field is wholly selected, what is typed replaces it as plain text; it is
    # read when the field is left or Enter pressed, as an ISO date or in the locale's form
    _typed: str | None = None

    def parse(self, text: str) -> QDate:
        text = text.strip()
        for fmt in ("yyyy-MM-dd", "yyyy-M-d", self.displayFormat(), "d/M/yyyy", "d.M.yyyy", "d-M-yyyy"):
            date = QDate.fromString(text, fmt)
            if date.isValid():
                return date
        return self.locale().toDate(text, QLocale.FormatType.ShortFormat)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        typing = bool(text) and (text.isdigit() or text in "-/. ")
        line = self.lineEdit()
        if self._typed is None and typing and line.selectedText() == line.text():
            self._typed = ""
        if self._typed is not None:
            if typing:
                self._typed += text
                line.setText(self._typed)
                event.accept()
                return
            if event.key() == Qt.Key.Key_Backspace:
                self._typed = self._typed[:-1]
                line.setText(self._typed)
                event.accept()
                return
            if event.key() == Qt.Key.Key_Escape:
                self._typed = None
                line.setText(self.textFromDateTime(self.dateTime()))
                event.accept()
                return
            self.commit()
        super().keyPressEvent(event)

    def commit(self) -> None:
        """Take what was typed (a dialog calls it when accepted: its OK button may not take the focus)."""
        typed, self._typed = self._typed, None
        if typed is None:
            return
        date = self.parse(typed)
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        if date.isValid():
            self.setDate(date)

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)


def show_date(iso: str, locale: QLocale | None = None) -> str:
    """An ISO date (2024-04-22) as the interface's locale writes it in short (22/04/2024)."""
    date = QDate.fromString(iso, "yyyy-MM-dd")
    return (locale or QLocale()).toString(date, display_format(locale)) if date.isValid() else iso


def show_dates(start: str, end: str, locale: QLocale | None = None) -> str:
    """A span of days: "22/04/2024 – 26/04/2024", or one date when they are the same day."""
    if start == end:
        return show_date(start, locale)
    return f"{show_date(start, locale)} – {show_date(end, locale)}"


def show_moment(utc_iso: str, locale: QLocale | None = None) -> str:
    """A UTC time stamp (2024-04-22T09:30:00Z) as local time in the locale's short form."""
    moment = QDateTime.fromString(utc_iso.rstrip("Z"), Qt.DateFormat.ISODate)
    if not moment.isValid():
        return utc_iso
    moment.setTimeZone(QTimeZone.utc())
    locale = locale or QLocale()
    local = moment.toLocalTime()
    day = locale.toString(local.date(), display_format(locale))
    return f"{day} {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"
