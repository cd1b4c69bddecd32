"""What a person would call a broken layout, found in a shown window: a button cut off, a list or
panel that scrolls sideways, two widgets drawn over each other. Used by test_layout.py in the test
process and, for the 200% scale, in a subprocess (the scale is fixed before QApplication exists)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import combinations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QScrollArea, QTabWidget, QToolButton, QWidget


def every_page(win, click: Callable[[QTabWidget, int], None]) -> Iterator[str]:
    """Show each of the visit's pages, then each of the library's, as a person does (``click`` picks a
    tab); yields each page's tab text once it is shown."""
    for show, tabs in ((win.show_visits, win.visit_tabs), (win.show_library, win.library_tabs)):
        show()
        for index in range(tabs.count()):
            click(tabs, index)
            yield tabs.tabText(index).replace("&", "")


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return repr(widget.objectName() or text or type(widget).__name__)


def cut_buttons(win) -> list[str]:
    """The visible buttons, check boxes and radio buttons not wholly inside the window, or partly
    hidden by their parents (a scroll area's vertical scrolling excepted)."""
    cut = []
    inside = win.rect()
    for widget in win.findChildren(QAbstractButton):
        if not widget.isVisible() or widget.window() is not win or isinstance(widget, QToolButton):
            continue
        scrolled = any(isinstance(p, QScrollArea) for p in _ancestors(widget))
        box = QRect(widget.mapTo(win, widget.rect().topLeft()), widget.size())
        if not inside.contains(box):
            cut.append(f"{_name(widget)} at {box} outside {inside}")
            continue
        seen = widget.visibleRegion().boundingRect()
        if not scrolled and seen != widget.rect():
            cut.append(f"{_name(widget)}: only {seen} of {widget.rect()} shows")
        elif scrolled and not seen.isEmpty() and seen.width() != widget.width():
            cut.append(f"{_name(widget)}: cut sideways, {seen.width()} of {widget.width()}")
    return cut


def sideways_scrolling(win) -> list[str]:
    """The visible lists, tables and scrolled panels that show a horizontal scroll bar."""
    return [
        f"{_name(area)} scrolls sideways"
        for area in win.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.window() is win and area.horizontalScrollBar().isVisible()
    ]


def overlapping_siblings(root: QWidget) -> list[str]:
    """Pairs of visible widgets with the same parent, at or under ``root``, whose boxes cross."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible():
            continue
        children = [
            child
            for child in parent.children()
            if isinstance(child, QWidget)
            and child.isVisible()
            and not child.isWindow()
            and not child.geometry().isEmpty()
        ]
        for one, other in combinations(children, 2):
            both = one.geometry().intersected(other.geometry())
            if not both.isEmpty():
                found.append(f"{_name(one)} {one.geometry()} and {_name(other)} {other.geometry()} overlap by {both}")
    return found


def main(argv: list[str]) -> int:
    """``python -m tests.ui.layout_checks STORE WIDTH HEIGHT LANG...``: the main window on STORE at
    WIDTH×HEIGHT (logical pixels) in each language, every page shown by a click on its tab; prints
    the scale used, then every problem found, and returns 1 if there was one."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from briefing.core.store import open_store
    from briefing.ui.i18n import install_translations
    from briefing.ui.main_window import MainWindow
    from briefing.ui.worker import wait_all

    store_path, width, height, languages = argv[0], int(argv[1]), int(argv[2]), argv[3:]
    app = QApplication([])
    print(f"scale {app.devicePixelRatio()}", flush=True)

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def click(tabs: QTabWidget, index: int) -> None:
        QTest.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center())
        settle()

    problems = []
    for lang in languages:
        install_translations(app, lang)
        store = open_store(store_path)
        win = MainWindow(store)
        win.show()
        win.resize(width, height)
        settle()
        if (win.width(), win.height()) != (width, height):
            problems.append(f"{lang}: the window is {win.width()}×{win.height()}, not {width}×{height}")
        for page in every_page(win, click):
            shown = win.stack.currentWidget().currentWidget()
            found = cut_buttons(win) + sideways_scrolling(win) + overlapping_siblings(shown)
            problems += [f"{lang} {page}: {p}" for p in found]
        wait_all()
        win.close()
        win.deleteLater()
        settle()
        store.close()
    for problem in problems:
        print(problem, flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
