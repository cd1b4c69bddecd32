"""UI tests: no background job outlives its test (a thread destroyed while running aborts Qt)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _join_background_jobs(qapp):
    yield
    from briefing.ui.worker import wait_all

    wait_all()


@pytest.fixture
def isolated_settings(tmp_path, monkeypatch):
    """QSettings in the test's own folder, never the user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture
def demo_window(qtbot, store_path, isolated_settings):
    """The main window on the demo store, shown and active, as a person sees it."""
    from briefing.core.demo import install_demo
    from briefing.core.store import open_store
    from briefing.ui.main_window import MainWindow

    store = open_store(store_path)
    install_demo(store)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.session.store.close()
