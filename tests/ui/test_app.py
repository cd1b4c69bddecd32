"""The app's window on a store."""

from __future__ import annotations

from briefing.core.demo import install_demo
from briefing.core.store import open_store


def test_the_window_lists_the_visits(qtbot, store_path):
    from briefing.ui.app import MainWindow

    store = open_store(store_path)
    install_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 5
    titles = [window.model.item(r, 2).text() for r in range(5)]
    assert any("Oekraïense" in t for t in titles)
    assert str(store_path) in window.windowTitle()
    store.close()
