"""The interface's language: Dutch, French or English, from the system locale unless chosen in
Preferences. Translations are the compiled Qt Linguist files in resources/translations; the words
the core's catalogue gives (core/pack/labels.py: kinds, warnings, dates, changes, refusals) are
asked for in ``interface_language()``."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from briefing.resources import resource

log = logging.getLogger(__name__)
LANGUAGES = ("nl", "fr", "en")
_installed: list[QTranslator] = []
_language = "en"  # what install_translations installed last: the interface speaks English until then


def chosen_language() -> str:
    """The language setting: "system", or one of LANGUAGES."""
    value = QSettings("Briefing", "Briefing").value("ui/language") or "system"
    return value if value in (*LANGUAGES, "system") else "system"


def effective_language(choice: str | None = None) -> str:
    choice = choice or chosen_language()
    if choice in LANGUAGES:
        return choice
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def interface_language() -> str:
    """The language the interface speaks now (the one install_translations installed)."""
    return _language


# the interface's language as a Belgian officer writes its dates, when the system speaks another
BELGIAN_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}


def interface_locale(language: str) -> QLocale:
    """The locale dates and times are shown in: the system's when it speaks ``language`` (its
    own country's forms), else the language's Belgian (British, for English) forms."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(BELGIAN_LOCALES.get(language, language))


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues (qtbase_<lang>.qm) are: Qt's translations folder, then the places
    PySide6 and a bundle keep them (PySide6/Qt/translations; PySide6/translations on Windows)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    found += [package / "Qt" / "translations", package / "translations"]
    return list(dict.fromkeys(folder for folder in found if folder.is_dir()))


def install_translations(app: QCoreApplication, choice: str | None = None) -> str:
    """Install the interface's and Qt's own translations for the chosen language; returns it.

    Qt looks a string up in the translator installed last first: Qt's catalogue (qtbase_<lang>),
    then the app's, which also carries the words Qt's catalogue lacks (``qt_gaps``). English loads
    both too: they give the plural forms ("1 warning", "2 warnings")."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = effective_language(choice)
    _language = "en"
    QLocale.setDefault(interface_locale(language))
    ours = QTranslator(app)
    path = resource("translations", f"briefing_{language}.qm")
    if ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
        _language = language
    elif language != "en":  # English is the source: without its file only the plural forms are missing
        log.warning("no compiled translation at %s (run 'make translations')", path)
    for folder in qt_translations_dirs():
        qt = QTranslator(app)
        if qt.load(QLocale(language), "qtbase", "_", str(folder)):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    else:
        log.warning("Qt's own translation qtbase_%s.qm is missing: Qt's dialogs stay in English", language)
    return language


def qt_gaps() -> tuple[str, ...]:
    """The words of Qt's own dialogs that Qt's catalogues for Dutch and French lack (Qt renamed
    them, or never translated them), in the interface's language. They are listed here so that
    packaging/update_translations.sh carries them into the app's translation files: the app's
    translator answers where Qt's is silent (the file dialog's "Look in:" and "Files of type:", its
    Type column, the print dialog's double-sided printing)."""
    return (
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        QCoreApplication.translate("QIODevice", "No such file or directory"),
        QCoreApplication.translate("QPrintSettingsOutput", "Page &Set:"),
        QCoreApplication.translate("QPrintSettingsOutput", "Double Sided Printing"),
        QCoreApplication.translate("QPrintSettingsOutput", "Off"),
        QCoreApplication.translate("QPrintSettingsOutput", "Long side binding"),
        QCoreApplication.translate("QPrintSettingsOutput", "Short side binding"),
    )
