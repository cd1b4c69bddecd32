"""The Pack page locks an exported PDF with a password, as a person sets it: the box clicked, the
password typed twice, Export PDF clicked and the file named in the save dialog."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pypdf
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from tests.export.test_protect import assert_locked
from tests.ui.person import click

PASSWORD = "Zeer geheim – 2024 ç"


def _when(kind: type, handler, found: list, timeout: float = 30.0) -> None:
    """Call ``handler(dialog)`` once a modal dialog of ``kind`` is active (a progress dialog is waited out)."""
    deadline = time.monotonic() + timeout

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            found.append(widget)
            try:
                widget.activateWindow()  # as a window manager does with a new window
                until = time.monotonic() + 3
                while QApplication.activeWindow() is not widget and time.monotonic() < until:
                    QApplication.processEvents()
                handler(widget)
            except BaseException as error:  # raised in the test once the dialog is gone
                found.append(error)
                widget.reject()
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _save_as(qtbot, target: Path):
    """The folder typed into the dialog's name field and Return, then the file's name and Save."""

    def answer(dialog: QFileDialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(name, str(target.parent))
        qtbot.keyClick(name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: Path(dialog.directory().absolutePath()) == target.parent, timeout=5000)
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(name, target.name)
        click(dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Save))

    return answer


def _type(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    for char in text:  # as a keyboard sends them: a key event that carries the character
        if char.isascii():
            qtbot.keyClicks(field, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_export_a_pdf_locked_with_a_password(ukraine_pack_page, qtbot, tmp_path):
    page = ukraine_pack_page
    export_pdf = page.buttons["pdf"]
    assert not page.protect.isChecked() and not page.password_fields.isVisible()  # off by default
    assert export_pdf.isEnabled()

    qtbot.mouseClick(page.protect, Qt.MouseButton.LeftButton)
    assert page.password_fields.isVisible() and page.password.echoMode() == QLineEdit.EchoMode.Password
    assert not export_pdf.isEnabled() and page.password_note.isVisible()  # no password yet
    _type(qtbot, page.password, PASSWORD)
    _type(qtbot, page.password_again, PASSWORD[:-1] + "c")
    assert not export_pdf.isEnabled() and "differ" in page.password_note.text()
    assert page.buttons["docx"].isEnabled()  # the other formats are not held back
    _type(qtbot, page.password_again, PASSWORD)
    assert export_pdf.isEnabled() and not page.password_note.isVisible()
    page.grab().save(str(tmp_path / "pack-page.png"))

    target = tmp_path / "extern.pdf"
    saved: list = []
    done: list = []
    _when(QFileDialog, _save_as(qtbot, target), saved)
    _when(QMessageBox, lambda box: click(box.button(QMessageBox.StandardButton.Close)), done, timeout=60)
    with qtbot.waitSignal(page.export_finished, timeout=60000, raising=False) as blocker:
        click(export_pdf)
    assert saved and not isinstance(saved[-1], BaseException), saved
    assert blocker.signal_triggered
    assert blocker.args == [target]
    qtbot.waitUntil(lambda: bool(done), timeout=10000)  # "Exported", closed
    assert_locked(target, PASSWORD)
    assert PASSWORD.encode() not in Path(page.store.path).read_bytes()

    # the box off again: the next PDF is not locked
    qtbot.mouseClick(page.protect, Qt.MouseButton.LeftButton)
    assert not page.password_fields.isVisible() and export_pdf.isEnabled()
    open_copy = tmp_path / "open.pdf"
    with qtbot.waitSignal(page.export_finished, timeout=60000):
        page.export("pdf", target=open_copy, ask=False)
    assert not pypdf.PdfReader(io.BytesIO(open_copy.read_bytes())).is_encrypted
