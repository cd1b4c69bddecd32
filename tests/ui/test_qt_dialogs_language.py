"""Qt's own dialogs speak the interface's language: an officer who picks French or Dutch in
Preferences meets the file dialog of Articles ▸ Import files… with its "Look in:" and "Files of
type:" labels, its buttons and its name field's context menu in that language, and a question's
Yes and No buttons too. (Qt's own French and Dutch catalogues lack the file dialog's two labels:
the app's translation files carry them.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
)

from tests.ui.person import NO, OK, activate, click, press, when_dialog

NBSP = "\u00a0"
EXPECTED = {
    "fr": {
        "choose": "Fra",
        "lookInLabel": f"&Voir dans{NBSP}:",
        "fileTypeLabel": f"Fichiers de &type{NBSP}:",
        "fileNameLabel": f"&Nom de fichier{NBSP}:",
        "open": "&Ouvrir",
        "cancel": "Annuler",
        "select all": "Tout sélectionner",
        "yes": "&Oui",
        "no": "&Non",
    },
    "nl": {
        "choose": "Ned",
        "lookInLabel": "&Zoeken in:",
        "fileTypeLabel": "Bestanden van &type:",
        "fileNameLabel": "Bestands&naam:",
        "open": "&Openen",
        "cancel": "Annuleren",
        "select all": "Alles selecteren",
        "yes": "&Ja",
        "no": "&Nee",
    },
}


@pytest.fixture
def back_to_english(qapp):
    yield
    from briefing.ui import i18n

    i18n.install_translations(qapp, "en")


def _menu_click(qtbot, window, menu_title: str, item_start: str) -> None:
    """Click a menu's title in the menu bar, then one of its items."""
    bar = window.menuBar()
    title = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    menu = title.menu()
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    item = next(a for a in menu.actions() if a.text().replace("&", "").startswith(item_start))
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(item).center())


def _choose_language(qtbot, window, lang: str) -> None:
    def choose(dialog) -> None:
        combo = dialog.findChild(QComboBox)
        qtbot.keyClicks(combo, EXPECTED[lang]["choose"])  # the name's first letters, typed into the list
        press(dialog, OK)

    seen = when_dialog(choose)
    _menu_click(qtbot, window, "Edit", "Preferences")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    activate(qtbot, window)


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_the_file_dialog_and_a_question_speak_the_language_chosen_in_preferences(
    back_to_english, demo_window, qtbot, lang
):
    window = demo_window
    _choose_language(qtbot, window, lang)
    words = EXPECTED[lang]
    seen: dict[str, object] = {}

    def look_at(dialog) -> None:
        assert isinstance(dialog, QFileDialog), dialog
        for name in ("lookInLabel", "fileTypeLabel", "fileNameLabel"):
            seen[name] = dialog.findChild(QLabel, name).text()
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        seen["open"] = box.button(QDialogButtonBox.StandardButton.Open).text()
        seen["cancel"] = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # a right-click into the name field
        spot = QPoint(5, name.height() // 2)
        QApplication.sendEvent(name, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot, name.mapToGlobal(spot)))
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
        menu = QApplication.activePopupWidget()
        seen["menu"] = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)
        click(box.button(QDialogButtonBox.StandardButton.Cancel))

    opened = when_dialog(look_at)
    tabs = window.visit_tabs
    index = next(i for i in range(tabs.count()) if type(tabs.page(i)).__name__ == "ArticlesPage")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center())
    click(tabs.page(index).findChild(QPushButton, "articles_import"))
    qtbot.waitUntil(lambda: "menu" in seen, timeout=10000)
    assert opened
    for name in ("lookInLabel", "fileTypeLabel", "fileNameLabel", "open", "cancel"):
        assert seen[name] == words[name], (name, seen[name])
    assert words["select all"] in seen["menu"], seen["menu"]

    # a question's standard buttons: Delete (the visit) asks first
    answers: dict[str, str] = {}

    def read_and_say_no(box) -> None:
        assert isinstance(box, QMessageBox)
        answers["yes"] = box.button(QMessageBox.StandardButton.Yes).text()
        answers["no"] = box.button(QMessageBox.StandardButton.No).text()
        press(box, NO)

    activate(qtbot, window)
    visits = window.session.store.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    when_dialog(read_and_say_no)
    click(window.findChild(QPushButton, "visits_delete"))
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers == {"yes": words["yes"], "no": words["no"]}
    assert window.session.store.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == visits
