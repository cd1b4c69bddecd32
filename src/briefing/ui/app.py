"""The desktop app's entry point."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing import __version__
from briefing.core.errors import BriefingError
from briefing.core.store import open_store

log = logging.getLogger(__name__)


def _store_path(store_path: Path | None) -> Path | None:
    """The store named on the command line (or BRIEFING_STORE), else the last one used."""
    if store_path is not None or os.environ.get("BRIEFING_STORE"):
        return store_path
    from briefing.ui.main_window import settings

    last = settings().value("store/last")
    return Path(last) if last and Path(last).exists() else None


def run_app(store_path: Path | None) -> int:
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Briefing")
    app.setOrganizationName("Briefing")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from briefing.resources import resource
    from briefing.ui.i18n import install_translations

    app.setWindowIcon(QIcon(str(resource("icons", "briefing.svg"))))
    app.setDesktopFileName("be.briefing.Briefing")
    install_translations(app)
    try:
        store = open_store(_store_path(store_path))  # the quick check runs once the window is up
    except BriefingError as exc:
        advice = QCoreApplication.translate("App", "Choose another store with --store PATH.")
        QMessageBox.critical(None, "Briefing", f"{exc}\n\n{advice}")
        return 2
    from briefing.ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    if os.environ.get("BRIEFING_QUIT_WHEN_SHOWN"):  # start-up benchmark: quit once the window is painted
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    else:
        window.check_store_later()
    try:
        return app.exec()
    finally:
        window.session.store.close()
