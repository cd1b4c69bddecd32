"""Dates as a person reads them in the Dutch interface: the visit list shows a visit's days as
22/04/2024 – 26/04/2024 (not ISO), and the Pack page's export history shows the local time of each
export, in the same form, without the bare content hash."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def dutch(qapp, isolated_settings):
    from briefing.ui import i18n

    assert i18n.install_translations(qapp, "nl") == "nl"
    yield
    i18n.install_translations(qapp, "en")


def _dmy(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def test_the_visit_list_shows_dates_as_a_belgian_reads_them(dutch, demo_window):
    model = demo_window.visits_model
    rows = demo_window.session.store.conn.execute("SELECT id, start_date, end_date FROM visits").fetchall()
    assert model.rowCount() == len(rows)
    for visit_id, start, end in rows:
        text = model.index(model.row_of_id(visit_id), 0).data(Qt.ItemDataRole.DisplayRole)
        dates = text.splitlines()[-1]
        assert dates == (_dmy(start) if start == end else f"{_dmy(start)} – {_dmy(end)}"), text
        assert not re.search(r"\d{4}-\d\d-\d\d", text), text


def test_export_history_shows_local_time_and_no_bare_hash(dutch, demo_window, store_path, qtbot):
    window = demo_window
    visit_id = window.current_visit_id()
    tabs = window.visit_tabs
    pack = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Briefingmap")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(pack).center())
    page = tabs.page(pack)
    # an export recorded by the command line, in another process's connection: the page follows it
    with sqlite3.connect(store_path) as other:
        other.execute(
            "INSERT INTO pack_exports (visit_id, exported, format, options, content_hash) VALUES (?, ?, ?, ?, ?)",
            (visit_id, "2024-04-22T21:30:00Z", "pdf", '{"lang": "nl", "audience": "internal"}', "c0ffee" * 10),
        )
    other.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: page.history.count() == 1, timeout=10000)
    line = page.history.item(0).text()
    local = dt.datetime(2024, 4, 22, 21, 30, tzinfo=dt.UTC).astimezone()
    assert line.startswith(local.strftime("%d/%m/%Y %H:%M") + "  PDF  "), line
    assert "UTC" not in line and "c0ffee" not in line and "#" not in line, line


def _click_tab(qtbot, tabs, index: int):
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    return tabs.currentWidget()


def test_articles_show_their_publication_date_as_a_belgian_reads_it(dutch, demo_window, qtbot):
    window = demo_window
    rows = window.session.store.conn.execute("SELECT title, published FROM articles WHERE published != ''")
    published = {" ".join(title.split()): iso for title, iso in rows}
    assert published, "the demo has no dated article"
    page = _click_tab(qtbot, window.visit_tabs, 4)  # Artikels: the visit's list and the library's results
    tree = page.tree
    shown = {tree.topLevelItem(n).text(0): tree.topLevelItem(n).text(1) for n in range(tree.topLevelItemCount())}
    model = page.results.model()
    for n in range(model.rowCount()):
        shown[" ".join(model.index(n, 0).data().split())] = model.index(n, 1).data()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # View > The library
    assert window.stack.currentWidget() is window.library_tabs
    library = _click_tab(qtbot, window.library_tabs, 2)  # Artikelbibliotheek
    model = library.table.model()
    for n in range(model.rowCount()):
        shown["library: " + " ".join(model.index(n, 0).data().split())] = model.index(n, 1).data()
    dated = {title: text for title, text in shown.items() if title.removeprefix("library: ") in published}
    assert any(t.startswith("library: ") for t in dated) and any(not t.startswith("library: ") for t in dated)
    for title, text in dated.items():
        assert text == _dmy(published[title.removeprefix("library: ")]), (title, text)
