"""The Details page as a person uses it: the country chosen by its name and kept as its code, the
end date moving with a typed start."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import run_briefing


@pytest.fixture
def dutch(qapp, isolated_settings):
    from briefing.ui import i18n

    assert i18n.install_translations(qapp, "nl") == "nl"
    yield
    i18n.install_translations(qapp, "en")


def _details(window, qtbot):
    tabs = window.visit_tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(0).center())
    return tabs.page(0)


def _visit(window):
    visit_id = window.current_visit_id()
    row = window.session.store.conn.execute(
        "SELECT country, start_date, end_date FROM visits WHERE id = ?", (visit_id,)
    ).fetchone()
    return visit_id, tuple(row)


def _type_country(qtbot, page, text: str, key=Qt.Key.Key_Return) -> None:
    line = page.country.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    # the key goes where a person's goes: to the list of matches while it is open, else the field
    qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), key)


def test_a_country_typed_by_its_dutch_name_is_stored_as_its_code_and_the_dump_loads(
    dutch, demo_window, qtbot, tmp_path
):
    page = _details(demo_window, qtbot)
    _type_country(qtbot, page, "Polen")
    visit_id, (country, _start, _end) = _visit(demo_window)
    assert country == "PL"
    assert page.country.currentText() == "Polen"

    _type_country(qtbot, page, "duitsland", Qt.Key.Key_Tab)  # any case, and Tab takes it as well
    assert _visit(demo_window)[1][0] == "DE"
    assert page.country.currentText() == "Duitsland"

    store = demo_window.session.store.path
    dumped = run_briefing("--store", store, "dump", visit_id)
    assert dumped.returncode == 0, dumped.stderr
    assert json.loads(dumped.stdout)["visit"]["country"] == "DE"
    (tmp_path / "visit.json").write_text(dumped.stdout, encoding="utf-8")
    loaded = run_briefing("--store", tmp_path / "other.sqlite", "load", tmp_path / "visit.json")
    assert loaded.returncode == 0, loaded.stderr


def test_text_that_names_no_country_is_refused_with_a_message(dutch, demo_window, qtbot):
    page = _details(demo_window, qtbot)
    _type_country(qtbot, page, "Polen")
    undo_steps = demo_window.session.undo_stack.count()
    _type_country(qtbot, page, "Atlantis", Qt.Key.Key_Tab)
    assert _visit(demo_window)[1][0] == "PL"
    assert demo_window.session.undo_stack.count() == undo_steps
    assert page.country.currentText() == "Polen"
    assert page.country_note.isVisible() and "Atlantis" in page.country_note.text()
    _type_country(qtbot, page, "")  # an emptied field clears the country
    assert _visit(demo_window)[1][0] == ""
    assert not page.country_note.isVisible()


def test_a_typed_start_moves_the_end_with_it(demo_window, qtbot):
    page = _details(demo_window, qtbot)
    _visit_id, (_country, start, end) = _visit(demo_window)
    length = QDate.fromString(start, "yyyy-MM-dd").daysTo(QDate.fromString(end, "yyyy-MM-dd"))
    field = page.fields["start_date"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "2031-03-03")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    new_end = QDate(2031, 3, 3).addDays(length).toString("yyyy-MM-dd")
    assert _visit(demo_window)[1][1:] == ("2031-03-03", new_end)
    assert page.fields["end_date"].iso() == new_end
