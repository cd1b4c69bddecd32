"""The library pages' Edit… and Erase buttons act on the row a person picked: with nothing
selected (the page just opened, the table given focus by Tab, the selection cleared, a search that
hides the row) they are disabled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer

pytestmark = pytest.mark.usefixtures("isolated_settings")

PAGES = (
    (0, "contacts_table", ("contacts_edit", "contacts_erase")),
    (1, "themes_list", ("theme_edit",)),
)


def _library_page(window, qtbot, index: int):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # View ▸ The library
    tabs = window.library_tabs
    qtbot.waitUntil(lambda: tabs.isVisible())
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    return tabs.currentWidget()


def _enabled(page, names) -> list[bool]:
    from PySide6.QtWidgets import QPushButton

    return [page.findChild(QPushButton, name).isEnabled() for name in names]


def _click_row(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


@pytest.mark.parametrize(("index", "view_name", "buttons"), PAGES)
def test_edit_and_erase_wait_for_a_picked_row(demo_window, qtbot, index, view_name, buttons):
    page = _library_page(demo_window, qtbot, index)
    view = page.findChild(type(page._view()), view_name)
    qtbot.waitUntil(lambda: view.isVisible())
    assert _enabled(page, buttons) == [False] * len(buttons)

    # Tab from the search field into the list: it gets a current row, but nothing is picked
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.search, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.hasFocus())
    assert _enabled(page, buttons) == [False] * len(buttons)

    _click_row(qtbot, view, 0)
    assert _enabled(page, buttons) == [True] * len(buttons)

    # Ctrl+click on the picked row un-picks it
    _click_row(qtbot, view, 0, Qt.KeyboardModifier.ControlModifier)
    assert not view.selectionModel().hasSelection()
    assert _enabled(page, buttons) == [False] * len(buttons)

    # a search that finds nothing leaves nothing to edit
    _click_row(qtbot, view, 0)
    qtbot.keyClicks(page.search, "zzqqxx")
    qtbot.waitUntil(lambda: view.model().rowCount() == 0)
    assert _enabled(page, buttons) == [False] * len(buttons)


@pytest.mark.parametrize(("index", "view_name", "buttons"), PAGES)
def test_edit_opens_the_rows_dialog_and_a_row_gone_meanwhile_opens_none(demo_window, qtbot, index, view_name, buttons):
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

    from briefing.core import edit
    from briefing.core.model import Contact
    from briefing.ui.models import ID_ROLE

    from .person import CANCEL, press

    store = demo_window.session.store
    if index == 0:
        table, row_id = "contacts", edit.create_contact(store, Contact(name="Zebedeus Proef")).result
    else:
        table, row_id = "themes", edit.create_theme(store, "Zebedeus proefthema").result
    page = _library_page(demo_window, qtbot, index)
    view = page.findChild(type(page._view()), view_name)
    qtbot.keyClicks(page.search, "Zebedeus")
    qtbot.waitUntil(lambda: view.model().rowCount() == 1 and view.model().index(0, 0).data(ID_ROLE) == row_id)
    _click_row(qtbot, view, 0)
    edit_button = page.findChild(QPushButton, buttons[0])
    qtbot.mouseClick(edit_button, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    assert dialog is not None and dialog.isVisible() and QApplication.activeModalWidget() is dialog
    assert "Zebedeus" in dialog.findChild(QLineEdit).text()
    deleted: list[bool] = []
    dialog.destroyed.connect(lambda: deleted.append(True))
    press(dialog, CANCEL)
    qtbot.waitUntil(lambda: deleted == [True], timeout=5000)  # closed, it is deleted
    assert page.edit_dialog is None

    store.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))  # gone behind the page's back
    qtbot.mouseClick(edit_button, Qt.MouseButton.LeftButton)
    assert page.edit_dialog is None and QApplication.activeModalWidget() is None
    assert view.model().rowCount() == 0 and not edit_button.isEnabled()  # the page read its rows again


@pytest.mark.parametrize(
    ("menu_item", "page_index", "file_name", "content", "table", "found"),
    [
        ("Import contacts…", 0, "contacten.csv", "Name,E-mail\nZebedeus Proef,zeb@example.org\n", "contacts", "name"),
        (
            "Import articles…",
            2,
            "buurt.txt",
            "Zebedeus en de buurtinformatienetwerken\n\nVijftig gemeenten werken samen met hun inwoners.\n",
            "articles",
            "title",
        ),
    ],
)
def test_the_file_menus_import_asks_for_files_and_imports_them(
    demo_window, qtbot, tmp_path, menu_item, page_index, file_name, content, table, found
):
    """File ▸ Import contacts… and Import articles…: the library's page, shown, asks for the file."""
    import time

    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

    path = tmp_path / file_name
    path.write_text(content, encoding="utf-8")
    asked: list[str] = []

    def answer() -> None:  # the file dialog: the file's name typed, Open; then the summary, if any, closed
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QFileDialog) and widget.isVisible():
            if asked or time.monotonic() > deadline:  # typed once already: the test fails, never hangs
                widget.reject()
            else:
                asked.append(widget.windowTitle())
                name = widget.findChild(QLineEdit, "fileNameEdit")
                name.setText(str(path))  # typed (keys would open the name completer's popup over Open)
                box = widget.findChild(QDialogButtonBox)
                qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton)
        elif isinstance(widget, QMessageBox) and widget.isVisible():
            widget.accept()
        if time.monotonic() < deadline + 5:
            QTimer.singleShot(50, answer)

    deadline = time.monotonic() + 20
    QTimer.singleShot(0, answer)
    file_menu = demo_window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text().replace("&", "") == menu_item)
    page = demo_window.library_tabs.page(page_index)
    with qtbot.waitSignal(page.import_finished, timeout=20000):
        action.trigger()
    assert asked == [menu_item.rstrip("…")]
    assert demo_window.library_tabs.isVisible() and demo_window.library_tabs.currentWidget() is page
    count = f"SELECT count(*) FROM {table} WHERE {found} LIKE 'Zebedeus%'"
    assert demo_window.session.store.conn.execute(count).fetchone()[0] == 1
