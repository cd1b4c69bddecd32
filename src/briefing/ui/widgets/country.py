"""A country chosen by its name in the interface's language and kept as its ISO 3166 code.

The list is Babel's (CLDR) territories with a two-letter code, plus the EU's own codes for the
United Kingdom (UK) and Greece (EL) as the pack's catalogue accepts them. A name is found by any
part of it as it is typed ("pol" offers Poland and French Polynesia); a name or a code typed in
whole is taken when the field is left or Enter pressed. Text that names no country is refused:
``refused`` says so and the field shows the country it had."""

from __future__ import annotations

import unicodedata
from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from briefing.core.pack.labels import country_name

# the EU's codes beside ISO 3166 (labels._COUNTRY_ALIASES): kept as typed
_EU_CODES = ("UK", "EL")


def _fold(text: str) -> str:
    """'Oekraïne ' and 'oekraine' alike: no accents, no case, no outer spaces."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@cache
def countries(lang: str) -> tuple[tuple[str, str], ...]:
    """(name, code) of every country with a two-letter code, by name in ``lang``."""
    from babel import Locale

    territories = Locale.parse(lang).territories
    rows = {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code != "ZZ" and (code[0] not in "QX" or code == "XK")
    }
    return tuple(sorted(((name, code) for code, name in rows.items()), key=lambda row: _fold(row[0])))


def code_for(lang: str, text: str) -> str | None:
    """The code ``text`` names in ``lang`` (a whole name, any case or accents, or a code); "" for
    no text; None for text that names no country."""
    folded = _fold(text)
    if not folded:
        return ""
    codes = {code for _name, code in countries(lang)}
    if len(folded) == 2 and folded.upper() in codes | set(_EU_CODES):
        return folded.upper()
    for name, code in countries(lang):
        if _fold(name) == folded:
            return code
    return None


class CountryBox(QComboBox):
    """Editable combo box of country names; ``code()`` is the chosen ISO code ("" for none)."""

    committed = Signal(str)  # a new code, once the field is left or Enter pressed
    refused = Signal(str)  # the text that names no country (the field went back to its code)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for name, code in countries(lang):
            self.addItem(name, code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionColumn(0)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._code = ""
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type a country's name"))
        line.editingFinished.connect(self._finish)
        completer.activated.connect(lambda _text: self._finish())
        self.activated.connect(lambda _index: self._finish())

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            completer = self.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None:
                popup.hide()
            self._finish()

    def code(self) -> str:
        return self._code

    def set_code(self, code: str) -> None:
        """Show ``code``'s country (a code the list lacks, such as UK or old free text, as its name or as it is)."""
        self._code = code or ""
        index = self.findData(self._code) if self._code else 0
        if index < 0:
            index = self.count()
            self.addItem(country_name(self.lang, self._code), self._code)
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))

    def _finish(self) -> None:
        text = self.currentText()
        shown = self.findData(self._code)
        if shown >= 0 and text == self.itemText(shown):
            return  # unchanged
        code = code_for(self.lang, text)
        if code is None:
            self.set_code(self._code)
            self.refused.emit(text.strip())
            return
        if code == self._code:
            self.set_code(code)  # shown by its own name again
            return
        self.set_code(code)
        self.committed.emit(code)
