"""The file name the Pack page suggests is in the pack's language: a French officer who makes a
visit (Ctrl+N) and exports its pack (the PDF button) is offered "<start> <title> – interne –
FR.pdf", the title kept to the characters every file system takes, not "(fr, internal)"."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QPushButton

from tests.ui.person import OK, YES, activate, click, key, press, when_dialog

TITLE = "Visite de travail : Gand/Bruges ?"


def _offered_name(qtbot) -> list[str]:
    """Answer the export's dialogs as a person: Yes to a question, then read the name the file
    dialog offers and close it with Cancel."""
    offered: list[str] = []
    deadline = time.monotonic() + 20

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox) and dialog.isVisible():
            press(dialog, YES)
        elif isinstance(dialog, QFileDialog) and dialog.isVisible():
            offered.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
            click(dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Cancel))
            return
        if time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return offered


def test_a_french_officer_is_offered_a_french_file_name(window_in, qtbot):
    window = window_in("fr")

    def new_visit(dialog) -> None:
        qtbot.keyClicks(dialog.title, TITLE)
        press(dialog, OK)

    activate(qtbot, window)
    seen = when_dialog(new_visit)
    key(qtbot, "Ctrl+N")
    assert seen, "no New visit dialog"
    row = window.session.store.conn.execute("SELECT start_date FROM visits WHERE title = ?", (TITLE,)).fetchone()
    assert row is not None
    activate(qtbot, window)

    tabs = window.visit_tabs
    index = next(i for i in range(tabs.count()) if type(tabs.page(i)).__name__ == "PackPage")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center())
    pack = tabs.page(index)
    assert pack.findChild(type(pack.lang), "pack_lang").currentText() == "Français"  # as the interface
    offered = _offered_name(qtbot)
    click(pack.findChild(QPushButton, "pack_pdf"))
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)
    name = offered[0].rsplit("/", 1)[-1]
    assert name == f"{row[0]} Visite de travail Gand Bruges – interne – FR.pdf"
    assert not set(name) & set('<>:"/\\|?*')
