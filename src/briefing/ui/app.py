"""The desktop app's entry point: a window listing the store's visits."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QMainWindow, QMessageBox, QTableView

from briefing import __version__
from briefing.core.errors import BriefingError
from briefing.core.store import Store, open_store, repo

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Briefing — {}").format(store.path))
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Start"), self.tr("End"), self.tr("Visit"), self.tr("Status")])
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.view)
        self.resize(900, 560)
        self.reload()

    def reload(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for visit in repo.list_visits(self.store):
            row = [
                QStandardItem(visit.start),
                QStandardItem(visit.end),
                QStandardItem(visit.title),
                QStandardItem(str(visit.status)),
            ]
            row[0].setData(visit.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)


def run_app(store_path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefing")
    app.setApplicationVersion(__version__)
    try:
        store = open_store(store_path, quick_check=True)
    except BriefingError as exc:
        QMessageBox.critical(None, "Briefing", str(exc))
        return 2
    window = MainWindow(store)
    window.show()
    if os.environ.get("BRIEFING_QUIT_WHEN_SHOWN"):  # start-up benchmark: quit once the window is painted
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        store.close()
