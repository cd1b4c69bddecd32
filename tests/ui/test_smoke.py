"""Smoke test: on the demo store, every enabled button of every page and every menu action is
clicked as a person would, with a row picked in each of the page's lists first (so that Edit…,
Remove, Erase and the like are enabled too). Each dialog that opens is answered: the app's own
dialogs with OK the first time they show (so that what their accepting does runs too; a dialog
that stays open is then cancelled), message boxes, file, print and progress dialogs with
Cancel/Escape. The test fails on any logged error (and any warning from the app's own loggers), any
uncaught exception, any "could not be saved" message, and any warning or critical message box that
reports rather than asks.

Left out, because they would end the test: File ▸ Quit, and the store-switching actions (New
store…, Open store…, Recent stores), which are tested on their own."""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QTreeView,
    QWidget,
)

SKIPPED_ACTIONS = ("Quit", "New store", "Open store")


class _Errors(logging.Handler):
    """Errors from anywhere, and warnings from the app's own loggers (briefing.*)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR or record.name.split(".")[0] == "briefing":
            self.records.append(f"{record.name}: {self.format(record)}")


def _reports_a_fault(box: QMessageBox) -> bool:
    """A warning or critical box that only says something (OK, Close): a fault reported to the person.
    A warning that asks first (Erase … ? with Cancel, Delete? with No) is expected."""
    if box.icon() not in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical):
        return False
    asking = (
        QMessageBox.ButtonRole.RejectRole,
        QMessageBox.ButtonRole.NoRole,
        QMessageBox.ButtonRole.DestructiveRole,
    )
    return not any(box.buttonRole(button) in asking for button in box.buttons())


def _ok_button(dialog: QDialog) -> QPushButton | None:
    """The enabled button that accepts one of the app's own dialogs; None for the dialogs a smoke
    test only cancels (a file to choose, a printer, work in progress) or when it has none."""
    if isinstance(dialog, QFileDialog | QPrintDialog | QProgressDialog):
        return None
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole and button.isEnabled():
                return button
    return None


def test_every_button_and_action_on_the_demo_store(demo_window, qtbot, monkeypatch):
    started = time.monotonic()
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    hooked: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: hooked.append(f"{t.__name__}: {v}"))
    messages: list[str] = []
    faults: list[str] = []  # warning or critical boxes that report something gone wrong
    accepted: list[str] = []  # the app's dialogs answered with OK
    seen: list[QWidget] = []  # every dialog and message box that showed (OK is not pressed twice on one)

    def close_dialogs() -> None:
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if widget is None or not widget.isVisible():
            return
        first_time = not any(widget is shown for shown in seen)
        if first_time:
            seen.append(widget)
        if isinstance(widget, QMessageBox):
            messages.append(widget.text())
            if _reports_a_fault(widget):
                faults.append(f"{widget.text()} {widget.informativeText()}".strip())
        elif isinstance(widget, QDialog) and first_time:
            ok = _ok_button(widget)
            if ok is not None:
                accepted.append(f"{type(widget).__name__}: {widget.windowTitle()}")
                qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
                return
        if hasattr(widget, "reject"):
            widget.reject()
        else:
            widget.close()

    closer = QTimer()
    closer.timeout.connect(close_dialogs)
    closer.start(30)
    clicked: list[str] = []
    silent: list[str] = []  # buttons and actions named "…" after which no dialog showed

    def act(label: str, trigger) -> None:
        """Click or trigger, as a person does. A label that ends in "…" promises a dialog: one must
        show, or the status bar must say why not (e.g. "Choose a visit first.")."""
        clicked.append(label)
        before = len(seen)
        demo_window.statusBar().clearMessage()
        trigger()

        def answered() -> bool:
            return len(seen) > before or bool(demo_window.statusBar().currentMessage())

        deadline = time.monotonic() + 3
        while label.endswith(("…", "...")) and not answered() and time.monotonic() < deadline:
            qtbot.wait(20)
        if label.endswith(("…", "...")) and not answered():
            silent.append(label)
        qtbot.wait(10)

    picked: set[str] = set()  # the lists with a row picked when the page's buttons were clicked
    try:

        def pick_rows(page) -> None:
            """A row picked in each of the page's lists that has none, as a person clicks it."""
            for view in page.findChildren(QAbstractItemView):
                model = view.model()
                if isinstance(view, QHeaderView) or not view.isVisible() or view.window() is not demo_window:
                    continue
                if model is None or model.rowCount() == 0:
                    continue
                index = model.index(0, 0)  # the first row that can be picked: in a tree, maybe a child
                while not model.flags(index) & Qt.ItemFlag.ItemIsSelectable and model.rowCount(index):
                    if isinstance(view, QTreeView):
                        view.expand(index)
                    index = model.index(0, 0, index)
                rect = view.visualRect(index)
                if not view.selectionModel().hasSelection() and rect.isValid():
                    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                if view.selectionModel().hasSelection():
                    picked.add(view.objectName())

        def click_buttons(page) -> None:
            pick_rows(page)
            for button in [*page.findChildren(QPushButton), *page.findChildren(QToolButton)]:
                if button.isVisible() and button.isEnabled() and button.window() is demo_window:
                    label = f"{type(page).__name__}: {(button.text() or button.toolTip()).replace('&', '')}"
                    act(label, lambda b=button: qtbot.mouseClick(b, Qt.MouseButton.LeftButton))

        def click_all(tabs) -> None:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(10)
                click_buttons(tabs.page(index))

        demo_window.show_visits()
        click_all(demo_window.visit_tabs)  # on the demo visit the window opens with
        demo_window.show_library()
        click_all(demo_window.library_tabs)
        demo_window.show_visits()
        click_buttons(demo_window.splitter.widget(0))  # the visit list: New, Duplicate, Delete

        def actions(menu_actions, path=()):
            for action in menu_actions:
                if action.menu() is not None:
                    yield from actions(action.menu().actions(), (*path, action.text()))
                elif not action.isSeparator():
                    yield (*path, action.text(), action.data()), action

        def next_action():
            """The first action not triggered yet, read from the menus as they are now (an action
            may rebuild them: the language, a store's recent list)."""
            for top in demo_window.menuBar().actions():
                for key, action in actions(top.menu().actions(), (top.text(),)):
                    if key not in triggered:
                        return key, action
            return None

        triggered: set[tuple] = set()
        while (found := next_action()) is not None:
            key, action = found
            triggered.add(key)
            text = action.text().replace("&", "")
            if any(text.startswith(s) for s in SKIPPED_ACTIONS) or action.parent() is not demo_window:
                continue  # ends the test or switches store (recent stores' actions belong to their menu)
            if not action.isEnabled():
                continue
            act(f"menu: {text}", action.trigger)
        qtbot.wait(100)
        from briefing.ui.worker import wait_all

        wait_all()
        qtbot.wait(100)
    finally:
        closer.stop()
        logging.getLogger().removeHandler(errors)
    assert len(clicked) > 30, clicked
    lists = {"visits_list", "programme_tree", "people_list", "themes_list", "visit_articles", "contacts_table"}
    assert lists | {"library_articles"} <= picked, picked
    assert {"ContactDialog", "ThemeDialog"} <= {a.split(":")[0] for a in accepted}, accepted
    assert not errors.records, errors.records
    assert not faults, faults
    assert not silent, silent
    assert not hooked, hooked
    assert not [m for m in messages if "could not" in m.lower()], messages
    assert time.monotonic() - started < 60


def test_buttons_and_actions_are_wired_through_connect_click():
    """``clicked`` and ``triggered`` carry a ``checked`` flag that a slot with an optional first
    parameter takes as that parameter (``delete_visit(ask=False)`` deletes without asking): every
    button and action of the interface is wired with ``connect_click`` instead, which passes exactly
    the arguments given. Clicking cannot show this when the flag is taken quietly, so the source is
    read for it."""
    import ast
    from pathlib import Path

    import briefing.ui

    wired_directly = []
    for path in sorted(Path(briefing.ui.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr in ("clicked", "triggered")
            ):
                wired_directly.append(f"{path.name}:{node.lineno}")
    assert not wired_directly, wired_directly
