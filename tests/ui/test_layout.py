"""Layout, as a person sees the window: at 1024×700, at 1920×1080 and at 200% scale, in Dutch,
French and English, the window can shrink to fit, no button, check box or radio button of any page
is cut off, no list or panel scrolls sideways and no two widgets overlap; the Pack page's
options never scroll sideways; a long visit title leaves its dates in sight; the New visit title
field fills its dialog; the contacts library shares its width; no form label shows a literal "&"."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
)

from tests.ui.layout_checks import cut_buttons, every_page, overlapping_siblings, sideways_scrolling
from tests.ui.person import CANCEL, click, press, when_dialog

LANGUAGES = ("nl", "fr", "en")
MNEMONIC = re.compile(r"(?<!&)&(?!&)\w")


@pytest.fixture
def window_in(qtbot, store_path, isolated_settings):
    """A function: the main window on the demo store, in the interface language given."""
    from briefing.core.demo import install_demo
    from briefing.core.store import open_store
    from briefing.ui.i18n import install_translations
    from briefing.ui.main_window import MainWindow

    stores = []

    def make(lang: str) -> MainWindow:
        install_translations(QApplication.instance(), lang)
        store = open_store(store_path)
        if not stores:
            install_demo(store)
        stores.append(store)
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield make
    install_translations(QApplication.instance(), "en")
    for store in stores:
        store.close()


def _clicker(qtbot):
    def click(tabs, index: int) -> None:
        qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center())
        qtbot.waitUntil(lambda: tabs.currentIndex() == index)
        qtbot.wait(20)

    return click


def _walk(win, qtbot) -> list[str]:
    """Every page shown in turn: its cut buttons, what scrolls sideways, and widgets drawn over each other."""
    problems = []
    for page in every_page(win, _clicker(qtbot)):
        shown = win.stack.currentWidget().currentWidget()
        found = cut_buttons(win) + sideways_scrolling(win) + overlapping_siblings(shown)
        problems += [f"{page}: {p}" for p in found]
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_fits_1024_by_700(window_in, qtbot, lang):
    """At 1024×700 no button is cut off, no list, table or panel scrolls sideways (the visit's people,
    the theme library's titles) and no two widgets are drawn over each other (the Themes page's
    talking points and the library's talking points under them)."""
    win = window_in(lang)
    win.visit_tabs.pages()
    win.library_tabs.pages()
    hint = win.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, f"{lang}: the window needs at least {hint}"
    win.resize(1024, 700)
    qtbot.waitUntil(lambda: win.width() == 1024 and win.height() == 700)
    problems = _walk(win, qtbot)
    assert not problems, f"{lang}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_fits_1920_by_1080(window_in, qtbot, lang):
    win = window_in(lang)
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: win.width() == 1920 and win.height() == 1080)
    problems = _walk(win, qtbot)
    assert not problems, f"{lang}:\n" + "\n".join(problems)


def test_every_page_fits_at_200_percent(store_path, tmp_path):
    """With QT_SCALE_FACTOR=2 a 1024×700 window (2048×1400 device pixels) shows every page whole in
    every language. The scale is read when QApplication starts, so the window runs in a subprocess,
    given 120 s."""
    from briefing.core.demo import install_demo
    from briefing.core.store import open_store

    store = open_store(store_path)
    install_demo(store)
    store.close()
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_SCALE_FACTOR="2",
        XDG_CONFIG_HOME=str(tmp_path / "settings"),
        PYTHONPATH=os.pathsep.join([str(root / "src"), str(root)]),
    )
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_checks", str(store_path), "1024", "700", *LANGUAGES],
        cwd=root, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.stdout.startswith("scale 2.0"), run.stdout + run.stderr
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("lang", ("fr", "nl"))
def test_pack_options_never_scroll_sideways(window_in, qtbot, lang):
    win = window_in(lang)
    win.resize(1024, 700)
    tabs = win.visit_tabs
    pack = next(i for i in range(tabs.count()) if type(tabs.page(i)).__name__ == "PackPage")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(pack).center())
    qtbot.wait(50)
    scroller = tabs.page(pack).findChild(QScrollArea)
    assert not scroller.horizontalScrollBar().isVisible()
    assert scroller.widget().width() <= scroller.viewport().width()
    for key in ("pdf", "docx", "ics", "vcf", "print"):
        button = tabs.page(pack).buttons[key]
        assert button.visibleRegion().boundingRect() == button.rect(), key
    # a click on a long option's words ticks its box, as on a check box's own text
    odd = tabs.page(pack).odd_pages
    label = odd.parentWidget().label
    before = odd.isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert odd.isChecked() is not before


def test_a_long_visit_title_keeps_its_dates_in_sight(qtbot, store_path, isolated_settings):
    from briefing.core.demo import install_demo
    from briefing.core.model import Visit
    from briefing.core.store import open_store, repo
    from briefing.ui.main_window import MainWindow

    store = open_store(store_path)
    install_demo(store)
    title = "Werkbezoek " + "over samenwerking in de grensregio en " * 12
    visit_id = repo.add_visit(store, Visit(title=title, start="2031-05-06", end="2031-05-08"))
    demo_window = MainWindow(store)
    qtbot.addWidget(demo_window)
    demo_window.resize(1024, 700)
    demo_window.show()
    qtbot.waitExposed(demo_window)
    model = demo_window.visits_model
    while model.row_of_id(visit_id) < 0 and model.canFetchMore():
        model.fetchMore()
    index = model.index(model.row_of_id(visit_id), 0)
    demo_window.visit_list.scrollTo(index)
    qtbot.mouseClick(
        demo_window.visit_list.viewport(), Qt.MouseButton.LeftButton,
        pos=demo_window.visit_list.visualRect(index).center(),
    )
    qtbot.waitUntil(lambda: demo_window.current_visit_id() == visit_id)
    view = demo_window.visit_list
    row = view.currentIndex()
    rect = view.visualRect(row)
    lines = view.fontMetrics().lineSpacing()
    assert rect.height() <= 3 * lines + 12, f"the row is {rect.height()} px: the title is not held to two lines"
    assert rect.height() >= 3 * lines, "the row has no room for two title lines and the dates"
    image = view.viewport().grab(rect).toImage()
    bottom = [image.pixelColor(x, y) for y in range(rect.height() - lines, rect.height() - 2) for x in range(4, 60)]
    text = view.palette().color(view.palette().ColorRole.HighlightedText)
    assert any(c == text or abs(c.lightness() - text.lightness()) < 40 for c in bottom), "no dates line drawn"
    store.close()


def test_new_visit_title_fills_its_dialog(demo_window, qtbot):
    seen = []

    def check(dialog):
        title = dialog.findChild(QLineEdit, "new_visit_title")
        seen.append((title.width(), dialog.width()))
        press(dialog, CANCEL)

    when_dialog(check)
    click(demo_window.findChild(QAbstractButton, "visits_new"))
    qtbot.waitUntil(lambda: bool(seen))
    field, dialog = seen[0]
    assert field >= 300, f"the title field is {field} px"
    assert field >= dialog * 0.6, f"the title field is {field} of {dialog} px"


def test_contacts_library_shares_its_width(demo_window, qtbot):
    demo_window.resize(1024, 700)
    demo_window.show_library()
    tabs = demo_window.library_tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(0).center())
    qtbot.wait(50)
    table = tabs.page(0).table
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(5)]
    assert widths[0] < 0.4 * table.viewport().width(), widths
    assert widths[1] >= 0.6 * widths[0] and widths[2] >= 0.6 * widths[0], widths
    assert all(header.sectionResizeMode(c) == header.ResizeMode.Interactive for c in range(5))
    for column in (3, 4):  # e-mail and phone as wide as their contents, within a quarter of the table
        assert widths[column] >= min(table.sizeHintForColumn(column), table.viewport().width() // 4), widths


def _literal_mnemonics(dialog) -> list[str]:
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and MNEMONIC.search(label.text()) and label.buddy() is None
        and label.textFormat() != Qt.TextFormat.RichText
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_item_dialog_shows_no_literal_ampersand(window_in, qtbot, lang):
    win = window_in(lang)
    tabs = win.visit_tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    qtbot.wait(20)
    found = []

    def check(dialog):
        found.append(_literal_mnemonics(dialog))
        assert dialog.findChild(QFormLayout) is not None
        press(dialog, CANCEL)

    when_dialog(check)
    click(tabs.page(1).findChild(QAbstractButton, "add_item"))
    qtbot.waitUntil(lambda: bool(found))
    assert found[0] == [], f"{lang}: labels show their '&': {found[0]}"


def _short_headers(header) -> list[str]:
    model = header.model()
    metrics = header.fontMetrics()
    short = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        if header.sectionSize(column) < metrics.horizontalAdvance(text):
            short.append(f"{text!r}: {header.sectionSize(column)} px")
    return short


@pytest.mark.parametrize("lang", LANGUAGES)
def test_table_headers_show_their_whole_text_at_1024(window_in, qtbot, lang):
    """The People, Themes and Articles library tables and the Programme show each header's whole
    text, and the library tables never scroll sideways."""
    win = window_in(lang)
    win.resize(1024, 700)
    qtbot.waitUntil(lambda: win.width() == 1024)
    tabs = win.visit_tabs
    problems = []
    for index in range(tabs.count()):
        qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center())
        qtbot.wait(30)
        page = tabs.page(index)
        picker = getattr(page, "picker", None)
        if picker is not None:
            table = picker.library
            problems += [f"{tabs.tabText(index)} library {p}" for p in _short_headers(table.horizontalHeader())]
            if table.horizontalScrollBar().isVisible():
                problems.append(f"{tabs.tabText(index)} library scrolls sideways")
        tree = getattr(page, "tree", None)
        if type(page).__name__ == "ProgrammePage":
            problems += [f"Programme {p}" for p in _short_headers(tree.header())]
    assert not problems, f"{lang}:\n" + "\n".join(problems)
