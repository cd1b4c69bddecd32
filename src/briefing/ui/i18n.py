"""The interface's language: Dutch, French or English, from the system locale unless chosen in
Preferences. Translations are the compiled Qt Linguist files in resources/translations; the words
the core's catalogue gives (core/pack/labels.py: kinds, warnings, dates, changes, refusals) are
asked for in ``interface_language()``."""

from __future__ import annotations

import logging

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


def install_translations(app: QCoreApplication, choice: str | None = None) -> str:
    """Install the interface's and Qt's own translations for the chosen language; returns it."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = effective_language(choice)
    _language = "en"
    QLocale.setDefault(interface_locale(language))
    if language == "en":
        return language
    ours = QTranslator(app)
    path = resource("translations", f"briefing_{language}.qm")
    if ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
        _language = language
    else:
        log.warning("no compiled translation at %s (run 'make translations')", path)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
