"""A search that finds nothing says so under its field, in each library page and in the visit
list; the line goes when the search finds something again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.usefixtures("isolated_settings")


def _retype(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_a_library_search_without_results_says_so(demo_window, qtbot, index):
    qtbot.keyClick(demo_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # View ▸ The library
    tabs = demo_window.library_tabs
    qtbot.waitUntil(tabs.isVisible)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    page = tabs.currentWidget()
    label = page.findChild(QLabel, f"{page.search.objectName()}_none")
    assert label is not None and not label.isVisible()

    _retype(qtbot, page.search, "zzqqxx")
    qtbot.waitUntil(lambda: label.isVisible(), timeout=3000)
    assert label.text() == "No results for “zzqqxx”"

    _retype(qtbot, page.search, "a")
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=3000)
    assert page._view().model().rowCount() > 0


def test_the_visit_search_without_results_says_so(demo_window, qtbot):
    search = demo_window.findChild(type(demo_window.visit_search), "visits_search")
    label = demo_window.findChild(QLabel, "visits_search_none")
    assert label is not None and not label.isVisible()
    _retype(qtbot, search, "zzqqxx")
    qtbot.waitUntil(lambda: label.isVisible(), timeout=3000)
    assert label.text() == "No results for “zzqqxx”"
    _retype(qtbot, search, "")
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=3000)
    assert demo_window.visits_model.rowCount() > 0
