"""The officer's whole task, from an empty store to a printed pack, done only as a person does it:
clicking the buttons and tabs a person sees, typing into fields, pressing shortcuts and answering
each dialog through its own buttons. No page method or slot is called; the widgets are only read
(to find a row, or to wait until a background job has finished). The files written are then
opened and read: the PDF and the printed PDF with pypdf, the DOCX with python-docx, the calendar
with icalendar and the contacts with vobject.

One step is not typed key by key through QTest: QTest.keyClicks cannot type letters outside Latin-1
(it aborts on "Олена"), so the Cyrillic name is typed as a keyboard with a Ukrainian layout sends
it, one key event carrying each letter's text (see ``type_text``). And the offscreen platform has no
window manager: the test activates a dialog when it opens, and the main window once a dialog is
gone, as a window manager does (otherwise typed keys and focus changes go nowhere)."""

from __future__ import annotations

import io
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

import docx
import pypdf
import vobject
from icalendar import Calendar
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QToolBar,
    QWidget,
)

from tests.ui.person import OK, click, press

TITLE = "Werkbezoek Oekraïense aanklagers"
DAY_ONE, DAY_TWO = "2031-05-06", "2031-05-07"
ITEMS = (  # (title, day, start, end)
    ("Ontvangst op het stadhuis", DAY_ONE, "09:00", "10:00"),
    ("Werklunch met de burgemeester", DAY_ONE, "12:00", "13:30"),
    ("Bezoek aan het Hof van Cassatie", DAY_TWO, "10:00", "11:30"),
)
NAME, LATIN = "Олена Коваленко", "Olena Kovalenko"
THEME = "Hervorming van het openbaar ministerie"
POINT = "Belgische steun voor de opleiding van aanklagers"
ARTICLE = "Justitiehervorming in Oekraïne"
BOUND = 60.0  # seconds for the whole task (generous: it takes about 10 s on a quiet machine)


# ------------------------------------------------------------------ acting as a person
def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: Latin letters with QTest, others as a keyboard layout sends
    them (a key event that carries the letter's text)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        key = ord(char.upper()) if char.isalpha() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


PROBLEMS: list[BaseException] = []  # failures inside a dialog's answer


def when(kind: type | Callable[[QWidget], bool], handler: Callable[[QWidget], None], timeout: float = 30.0) -> list:
    """Call ``handler(dialog)`` once a modal dialog of ``kind`` (a class, or a test) is active;
    other modal windows (a progress dialog) are waited out."""
    seen: list[QWidget] = []
    deadline = time.monotonic() + timeout
    test = (lambda w: isinstance(w, kind)) if isinstance(kind, type) else kind

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and test(widget):
            seen.append(widget)
            try:
                if QApplication.activeWindow() is not widget:  # as a window manager does with a new window
                    widget.activateWindow()
                    deadline_active = time.monotonic() + 3
                    while QApplication.activeWindow() is not widget and time.monotonic() < deadline_active:
                        QApplication.processEvents()
                handler(widget)
            except BaseException as error:  # raised in the test once the dialog is gone
                PROBLEMS.append(error)
                widget.reject() if hasattr(widget, "reject") else widget.close()
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def window_manager_activates(qtbot, win) -> None:
    """What a window manager does once a dialog is gone: the main window is active again (the
    offscreen platform has no window manager, and a field only loses focus in an active window)."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)


def click_tab(qtbot, tabs, title: str):
    window_manager_activates(qtbot, tabs.window())
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    return tabs.currentWidget()


def click_row(qtbot, view, rect) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def replace_text(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, field, text)


def save_as(qtbot, target: Path) -> Callable[[QWidget], None]:
    """Answer a file dialog as a person does: the folder typed into the name field and Return (the
    dialog goes there), then the file's name typed and the dialog's Save (or Open) button. A whole
    path typed at once makes the multi-file Open dialog select every folder on the way."""

    def answer(dialog: QFileDialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None and name.isVisible(), dialog
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(name, str(target.parent))
        qtbot.keyClick(name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: Path(dialog.directory().absolutePath()) == target.parent, timeout=5000)
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(name, target.name)
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Open)
        click(button)

    return answer


def close_box(dialog: QMessageBox) -> None:
    press(dialog, QMessageBox.StandardButton.Close)


def _is_exported(widget: QWidget) -> bool:
    return isinstance(widget, QMessageBox) and widget.windowTitle() == "Exported"


# ------------------------------------------------------------------ the task
def test_the_officers_whole_task_by_hand(qtbot, store_path, isolated_settings, tmp_path, monkeypatch):
    from briefing.core.store import open_store
    from briefing.ui.main_window import MainWindow

    started = time.monotonic()
    PROBLEMS.clear()
    errors: list[str] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = lambda record: errors.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger().addHandler(handler)
    hooked: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: hooked.append(f"{t.__name__}: {v}"))

    win = MainWindow(open_store(store_path))  # an empty store
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    failures: list[tuple[str, str]] = []
    win.session.failed.connect(lambda what, todo: failures.append((what, todo)))
    store = win.session.store
    try:
        assert win.visits_model.rowCount() == 0

        # 1. New visit, from the toolbar: a title typed, the start typed, the end typed
        def new_visit(dialog) -> None:
            qtbot.mouseClick(dialog.title, Qt.MouseButton.LeftButton)
            type_text(qtbot, dialog.title, TITLE)
            qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)
            qtbot.wait(20)  # a date field selects itself once focused
            assert dialog.focusWidget() is dialog.start
            qtbot.keyClicks(dialog.start, DAY_ONE)
            qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
            qtbot.wait(20)
            assert dialog.end.iso() == DAY_ONE  # the end followed the start
            assert dialog.focusWidget() is dialog.end
            qtbot.keyClicks(dialog.end, DAY_TWO)
            press(dialog, OK)

        toolbar = win.findChild(QToolBar, "main_toolbar")
        seen = when(lambda w: w.findChild(QLineEdit, "new_visit_title") is not None, new_visit)
        qtbot.mouseClick(toolbar.widgetForAction(win.new_visit_action), Qt.MouseButton.LeftButton)
        assert seen, "no New visit dialog"
        visit = store.conn.execute("SELECT id, title, start_date, end_date FROM visits").fetchall()
        assert [tuple(v)[1:] for v in visit] == [(TITLE, DAY_ONE, DAY_TWO)]
        visit_id = visit[0][0]
        assert win.current_visit_id() == visit_id

        # 2. Programme ▸ Add item… three times, on two days
        programme = click_tab(qtbot, win.visit_tabs, "Programme")

        def fill_item(title: str, day: str, start: str, end: str) -> Callable[[QWidget], None]:
            def fill(dialog) -> None:
                qtbot.mouseClick(dialog.title, Qt.MouseButton.LeftButton)
                qtbot.keyClicks(dialog.title, title)
                dialog.date.setFocus()
                for _ in range(dialog.date.count()):  # the day chosen with the arrow keys
                    if dialog.date.currentData() == day:
                        break
                    key = Qt.Key.Key_Down if (dialog.date.currentData() or "") < day else Qt.Key.Key_Up
                    qtbot.keyClick(dialog.date, key)
                assert dialog.date.currentData() == day
                for field, text in ((dialog.start, start), (dialog.end, end)):
                    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
                    qtbot.keyClicks(field, text)
                press(dialog, OK)

            return fill

        for title, day, start, end in ITEMS:
            seen = when(lambda w: w.windowTitle() == "Programme item", fill_item(title, day, start, end))
            qtbot.mouseClick(programme.add_button, Qt.MouseButton.LeftButton)
            assert seen, f"no item dialog for {title}"
        rows = store.conn.execute(
            "SELECT title, date, start_time, end_time FROM programme_items WHERE visit_id = ? ORDER BY id",
            (visit_id,),
        ).fetchall()
        assert [tuple(r) for r in rows] == list(ITEMS)
        assert programme.summary.text() == ""  # no conflict yet

        # 3. People ▸ New contact…: a Cyrillic name and its Latin form
        people = click_tab(qtbot, win.visit_tabs, "People")

        def new_contact(dialog) -> None:
            name, latin = dialog.lines["name"], dialog.lines["name_latin"]
            qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
            type_text(qtbot, name, NAME)
            qtbot.mouseClick(latin, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(latin, LATIN)
            qtbot.mouseClick(dialog.lines["function"], Qt.MouseButton.LeftButton)
            qtbot.keyClicks(dialog.lines["function"], "Procureur-generaal")
            qtbot.mouseClick(dialog.lines["email"], Qt.MouseButton.LeftButton)
            qtbot.keyClicks(dialog.lines["email"], "olena.kovalenko@example.org")
            press(dialog, OK)

        seen = when(lambda w: w.objectName() == "contact_dialog", new_contact)
        click(people.findChild(QPushButton, "people_new"))
        assert seen, "no contact dialog"
        contacts = store.conn.execute("SELECT name, name_latin FROM contacts").fetchall()
        assert [tuple(c) for c in contacts] == [(NAME, LATIN)]
        in_visit = store.conn.execute("SELECT contact_id FROM participants WHERE visit_id = ?", (visit_id,))
        assert len(in_visit.fetchall()) == 1

        # 4. Themes ▸ New theme…, then its talking points typed for this visit
        themes = click_tab(qtbot, win.visit_tabs, "Themes")

        def new_theme(dialog: QInputDialog) -> None:
            field = dialog.findChild(QLineEdit)
            qtbot.keyClicks(field, THEME)
            press(dialog, OK)

        seen = when(QInputDialog, new_theme)
        click(themes.findChild(QPushButton, "themes_new"))
        assert seen, "no New theme dialog"
        theme_list = themes.list
        assert theme_list.count() == 1 and THEME in theme_list.item(0).text()
        window_manager_activates(qtbot, win)
        click_row(qtbot, theme_list, theme_list.visualItemRect(theme_list.item(0)))
        points = themes.points
        qtbot.mouseClick(points.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(points, POINT)
        qtbot.keyClick(points, Qt.Key.Key_Return)
        qtbot.keyClicks(points, "Samenwerking tussen de parketten")
        qtbot.mouseClick(themes.theme_title, Qt.MouseButton.LeftButton)  # leaving the field saves it

        def saved_points() -> str:
            row = store.conn.execute("SELECT talking_points FROM visit_themes WHERE visit_id = ?", (visit_id,))
            return str(row.fetchone()[0] or "")

        qtbot.waitUntil(lambda: POINT in saved_points(), timeout=5000)

        # 5. Articles ▸ Import files…: a text file chosen in the file dialog
        article = tmp_path / "artikel.txt"
        article.write_text(
            f"{ARTICLE}\n\nDe Oekraïense procureur-generaal stelde het hervormingsplan voor aan de pers.\n",
            encoding="utf-8",
        )
        articles = click_tab(qtbot, win.visit_tabs, "Articles")
        seen = when(QFileDialog, save_as(qtbot, article))
        click(articles.findChild(QPushButton, "articles_import"))
        qtbot.waitUntil(lambda: bool(seen) and articles.tree.topLevelItemCount() == 1, timeout=20000)
        assert ARTICLE in articles.tree.topLevelItem(0).text(0)

        # 6. Two items overlap: the lunch moved to 09:30 with Edit…; the warnings column says so
        programme = click_tab(qtbot, win.visit_tabs, "Programme")
        lunch = next(
            programme.tree.topLevelItem(0).child(n)
            for n in range(programme.tree.topLevelItem(0).childCount())
            if programme.tree.topLevelItem(0).child(n).text(1).startswith("Werklunch")
        )
        click_row(qtbot, programme.tree, programme.tree.visualItemRect(lunch))
        assert programme.edit_button.isEnabled()

        def earlier(dialog) -> None:
            replace_text(qtbot, dialog.start, "09:30")
            replace_text(qtbot, dialog.end, "10:30")
            press(dialog, OK)

        seen = when(lambda w: w.windowTitle() == "Programme item", earlier)
        click(programme.edit_button)
        assert seen, "no item dialog for Edit…"

        def warnings_column() -> dict[str, str]:
            out = {}
            for d in range(programme.tree.topLevelItemCount()):
                day = programme.tree.topLevelItem(d)
                for n in range(day.childCount()):
                    out[day.child(n).text(1)] = day.child(n).text(4)
            return out

        column = warnings_column()
        assert "Werklunch met de burgemeester" in column["Ontvangst op het stadhuis"], column
        assert "Ontvangst op het stadhuis" in column["Werklunch met de burgemeester"], column
        assert column["Bezoek aan het Hof van Cassatie"] == ""
        assert programme.summary.text().startswith("⚠ 1 warning in the programme"), programme.summary.text()

        window_manager_activates(qtbot, win)

        # 7. Undo (Ctrl+Z) takes the overlap away; Redo (Ctrl+Shift+Z) brings it back
        qtbot.keyClick(programme.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not any(warnings_column().values()), timeout=3000)
        assert programme.summary.text() == ""
        assert "Undone" in win.statusBar().currentMessage()
        redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(programme.tree, Qt.Key.Key_Z, redo)
        qtbot.waitUntil(lambda: bool(warnings_column()["Ontvangst op het stadhuis"]), timeout=3000)
        assert programme.summary.text().startswith("⚠ 1 warning in the programme")
        lunch_times = store.conn.execute(
            "SELECT start_time, end_time FROM programme_items WHERE title LIKE 'Werklunch%'"
        ).fetchone()
        assert tuple(lunch_times) == ("09:30", "10:30")

        # 8. Pack: export PDF, DOCX, ICS and vCard, each through its save dialog
        pack = click_tab(qtbot, win.visit_tabs, "Pack")
        out = tmp_path / "out"
        out.mkdir()
        written: dict[str, Path] = {}
        for fmt in ("pdf", "docx", "ics", "vcf"):
            target = out / f"pakket.{fmt}"
            asked = when(QFileDialog, save_as(qtbot, target))
            done = when(_is_exported, close_box)
            click(pack.findChild(QPushButton, f"pack_{fmt}"))
            qtbot.waitUntil(lambda done=done: bool(done), timeout=30000)  # written, said, and closed
            assert asked and target.exists(), fmt
            written[fmt] = target
        assert pack.history.count() == 3  # pdf, docx, ics (the vCards are not the pack)

        # 9. Print to a PDF file: the print dialog answered with a file name and its Print button
        printed = out / "afdruk.pdf"

        def print_to_file(dialog) -> None:
            name = dialog.findChild(QLineEdit, "filename")
            name.selectAll()
            qtbot.keyClicks(name, str(printed))
            button = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Print")
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        asked = when(lambda w: w.objectName() == "pack_print_dialog", print_to_file)
        with qtbot.waitSignal(pack.print_finished, timeout=60000) as blocker:
            click(pack.findChild(QPushButton, "pack_print"))
        assert asked and blocker.args == [printed]
        qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), QProgressDialog), timeout=5000)
    finally:
        logging.getLogger().removeHandler(handler)
        if PROBLEMS:
            raise PROBLEMS[0]
        win.session.store.close()

    # what the files say
    def pdf_text(path: Path) -> str:
        reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
        return " ".join(" ".join(page.extract_text() for page in reader.pages).split())

    text = pdf_text(written["pdf"])
    for expected in (TITLE, *(item[0] for item in ITEMS), LATIN, POINT, THEME, ARTICLE):
        assert expected in text, expected

    document = docx.Document(str(written["docx"]))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    words = " ".join(" ".join([p.text for p in document.paragraphs] + cells).split())
    for expected in (TITLE, *(item[0] for item in ITEMS), LATIN, POINT, THEME, ARTICLE):
        assert expected in words, expected

    events = Calendar.from_ical(written["ics"].read_bytes()).walk("VEVENT")
    by_title = {str(event["SUMMARY"]): event for event in events}
    assert set(by_title) >= {item[0] for item in ITEMS}, sorted(by_title)
    hof = by_title["Bezoek aan het Hof van Cassatie"].decoded("DTSTART")
    assert (hof.date().isoformat(), hof.strftime("%H:%M")) == (DAY_TWO, "10:00")
    lunch = by_title["Werklunch met de burgemeester"].decoded("DTSTART")
    assert (lunch.date().isoformat(), lunch.strftime("%H:%M")) == (DAY_ONE, "09:30")  # the redone edit

    cards = list(vobject.readComponents(written["vcf"].read_text(encoding="utf-8")))
    assert [card.fn.value for card in cards] == [NAME]
    assert cards[0].n.value.family == "Коваленко"  # the Latin form is not written to the vCard (left as is)
    assert cards[0].email.value == "olena.kovalenko@example.org"

    printed_text = pdf_text(printed)
    assert TITLE in printed_text and "Bezoek aan het Hof van Cassatie" in printed_text  # text, not pictures

    assert failures == [] and errors == [] and hooked == [], (failures, errors, hooked)
    assert time.monotonic() - started < BOUND
