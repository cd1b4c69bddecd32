"""UI tests: no background job outlives its test (a thread destroyed while running aborts Qt)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _english_as_the_app_installs_it(qapp):
    """The interface in English the way the app starts it (install_translations): its compiled
    English file gives the plural forms ("1 warning", "2 warnings")."""
    from briefing.ui.i18n import install_translations

    install_translations(qapp, "en")


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


@pytest.fixture
def window_in(qtbot, qapp, store_path, isolated_settings):
    """``window_in("fr")``: the main window on the demo store with the interface in that language,
    installed as the app installs it at start; shown and active. English again afterwards."""
    from briefing.core.demo import install_demo
    from briefing.core.store import open_store
    from briefing.ui import i18n
    from briefing.ui.main_window import MainWindow

    made = []

    def make(lang: str):
        assert i18n.install_translations(qapp, lang) == lang
        store = open_store(store_path)
        install_demo(store)
        win = MainWindow(store)
        made.append(win)
        qtbot.addWidget(win)
        win.show()
        win.activateWindow()
        qtbot.waitExposed(win)
        return win

    yield make
    for win in made:
        win.session.store.close()
    i18n.install_translations(qapp, "en")


@pytest.fixture
def ukraine_pack_page(qtbot, store_path, monkeypatch, tmp_path):
    """The Pack page on the demo's Ukrainian visit, its preview drawn, the pack in Dutch (chosen in the
    language box as a person does: a new visit's pack starts in the interface's language). Refusals
    the page reports are collected in ``page.session.errors``."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from briefing.core.demo import install_demo
    from briefing.core.store import open_store
    from briefing.ui.pages.pack import PackPage
    from briefing.ui.session import Session

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    store = open_store(store_path)
    install_demo(store)
    session = Session(store)
    session.errors = []
    session.failed.connect(lambda what, todo: session.errors.append((what, todo)))
    widget = PackPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    ukraine = store.conn.execute("SELECT id FROM visits WHERE title LIKE 'Studiebezoek Oekra%'").fetchone()[0]
    with qtbot.waitSignal(widget.preview_ready, timeout=30000):
        widget.set_visit(ukraine)
    if widget.lang.currentData() != "nl":
        with qtbot.waitSignal(widget.preview_ready, timeout=30000):
            qtbot.keyClicks(widget.lang, "Nederlands")
    assert widget.lang.currentData() == "nl"
    yield widget
    from briefing.ui.worker import running_jobs

    # the page's own jobs (preview, export, print) end before the store closes; asked of the job
    # registry, not the page: pytest-qt may already have closed and deleted the page by now
    qtbot.waitUntil(lambda: not running_jobs(store.path), timeout=30000)
    store.close()
