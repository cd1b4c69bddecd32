"""A real Qt file dialog showing the store's folder must not cost the app its locks on the store.

The dialog reads the MIME type of the files it lists, which opens and closes the store and its
``-shm``. With POSIX locks that dropped every lock the app held; the command line then deleted the
``-wal`` the app was still writing to, and the app's later commits were lost to other processes.
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeDatabase
from PySide6.QtWidgets import QFileDialog

from briefing.core import edit
from briefing.core.store import open_store
from tests.conftest import run_briefing

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="open-file-description locks: Linux")


def test_file_dialog_on_the_store_folder_keeps_the_app_safe(qtbot, tmp_path):
    path = tmp_path / "store.sqlite"
    store = open_store(path, quick_check=True)
    try:
        edit.create_theme(store, "Voor de dialoog")
        dialog = QFileDialog(None, "Open store", str(tmp_path), "Briefing stores (*.sqlite);;All files (*)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        qtbot.addWidget(dialog)
        model = _model(dialog)
        dialog.show()

        def listed() -> list[str]:
            folder = model.index(str(tmp_path))
            return [model.index(i, 0, folder).data() for i in range(model.rowCount(folder))]

        # the dialog's model lists folders in a thread of its own, the parent folders first, and
        # signals each folder it has read: wait for the store to be listed, not for the first signal
        qtbot.waitUntil(lambda: "store.sqlite" in listed(), timeout=10_000)
        for name in listed():  # the icons and types the dialog shows come from the files' contents
            QMimeDatabase().mimeTypeForFile(str(tmp_path / name))
        qtbot.wait(200)
        dialog.reject()

        result = run_briefing("--store", path, "visits")
        assert result.returncode == 0, result.stderr
        assert Path(f"{path}-wal").exists(), "the command line deleted the WAL the app is writing to"
        edit.create_theme(store, "Na de dialoog")
        with closing(sqlite3.connect(path)) as other:
            titles = {r[0] for r in other.execute("SELECT title FROM themes")}
        assert titles == {"Voor de dialoog", "Na de dialoog"}
    finally:
        store.close()
    result = run_briefing("--store", path, "check")
    assert result.returncode == 0, result.stdout + result.stderr


def _model(dialog: QFileDialog):
    from PySide6.QtWidgets import QFileSystemModel

    return dialog.findChild(QFileSystemModel)
