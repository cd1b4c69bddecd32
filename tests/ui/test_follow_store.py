"""The window follows the store: what the command line changes shows up without a restart, and
an edit in progress is kept."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from briefing.core.demo import install_demo
from briefing.core.store import open_store
from tests.conftest import full_visit, run_briefing, write_json

WAIT_MS = 20000  # the window looks every few seconds; a child `briefing load` takes a few more


@pytest.fixture
def window(qtbot, store_path, monkeypatch, tmp_path):
    from briefing.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    store = open_store(store_path)
    install_demo(store)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.store.close()


def _listed(window) -> list[str]:
    model = window.visits_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _load(store_path, tmp_path, title: str) -> None:
    data = full_visit()
    data["visit"]["title"] = title
    result = run_briefing("--store", store_path, "load", write_json(tmp_path / "visit.json", data))
    assert result.returncode == 0, result.stderr


def test_a_visit_loaded_by_the_command_line_appears(window, qtbot, store_path, tmp_path):
    _load(store_path, tmp_path, "Werkbezoek uit de opdrachtregel")
    qtbot.waitUntil(lambda: any("Werkbezoek uit de opdrachtregel" in t for t in _listed(window)), timeout=WAIT_MS)


def test_an_edit_in_progress_is_kept(window, qtbot, store_path, tmp_path):
    window.visit_tabs.setCurrentIndex(0)
    details = window.visit_tabs.page(0)
    field = details.fields["location"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "Gent, Sint-Pietersplein")
    assert field.hasFocus()
    visit = window.current_visit_id()
    _load(store_path, tmp_path, "Bezoek terwijl iemand typt")
    qtbot.waitUntil(lambda: any("Bezoek terwijl iemand typt" in t for t in _listed(window)), timeout=WAIT_MS)
    assert field.text() == "Gent, Sint-Pietersplein"  # the page was not rebuilt under the typing
    assert field.hasFocus() and window.current_visit_id() == visit
    qtbot.mouseClick(window.visit_search, Qt.MouseButton.LeftButton)  # the focus leaves: saved, then reloaded
    conn = sqlite3.connect(store_path)
    try:
        saved = conn.execute("SELECT location FROM visits WHERE id = ?", (visit,)).fetchone()[0]
    finally:
        conn.close()
    assert saved == "Gent, Sint-Pietersplein"
    qtbot.waitUntil(lambda: window.visit_tabs.page(0).fields["location"].text() == "Gent, Sint-Pietersplein")
