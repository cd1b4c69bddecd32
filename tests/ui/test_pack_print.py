"""Printing the pack from the Pack page to a printer rather than a file, through the print button
and the print dialog as a person uses them. The printer, "Kantoor", is a CUPS printer on a test
print server (tests/ui/cups.py). Where CUPS's ``lp`` exists the pack's own PDF goes to it (here a
stand-in ``lp`` first on PATH that keeps what it was given); where it does not, the pages are
rendered at the printer's resolution in a worker and painted onto the printer, and what the server
receives is what a printer would have printed."""

from __future__ import annotations

import io
import json
import logging
import os
import sys
import threading

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QProgressDialog, QPushButton, QSpinBox

from tests.ui.cups import PRINTER, print_server

PRINT_BOUND = 90.0  # seconds for the 15-page pack painted at 300 dpi on this slow, shared machine


@pytest.fixture
def page(ukraine_pack_page):
    return ukraine_pack_page


@pytest.fixture
def server(monkeypatch, tmp_path):
    with print_server(monkeypatch, tmp_path / "printed") as running:
        yield running


def _answer_print_dialog(qtbot, printer: str, copies: int = 1, reverse: bool = False) -> None:
    """The print dialog, answered as a person does: the printer chosen, the copies typed, Print."""

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "pack_print_dialog":
            QTimer.singleShot(20, answer)
            return
        printers = dialog.findChild(QComboBox, "printers")
        index = printers.findText(printer)
        if index < 0:  # no such printer: the test fails on what print_finished carries
            dialog.reject()
            return
        printers.setCurrentIndex(index)
        box = dialog.findChild(QSpinBox, "copies")
        box.selectAll()
        qtbot.keyClicks(box, str(copies))
        if reverse:
            qtbot.mouseClick(dialog.findChild(QCheckBox, "reverse"), Qt.MouseButton.LeftButton)
        button = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Print")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def _print(page, qtbot, timeout: float = PRINT_BOUND):
    with qtbot.waitSignal(page.print_finished, timeout=int(timeout * 1000)) as blocker:
        qtbot.mouseClick(page.buttons["print"], Qt.MouseButton.LeftButton)
    return blocker.args[0]


def _text(pdf: pypdf.PdfReader) -> str:
    return " ".join(" ".join(p.extract_text() for p in pdf.pages).split())


# ---------------------------------------------------------------------------------------------- lp
def _fake_lp(folder, script: str):
    """An ``lp`` first on PATH: a Python script that notes its arguments, then runs ``script``."""
    folder.mkdir(exist_ok=True)
    lp = folder / "lp"
    lp.write_text(
        f"#!{sys.executable}\n"
        "import json, shutil, sys\n"
        f"folder = {str(folder)!r}\n"
        "json.dump(sys.argv[1:], open(folder + '/argv.json', 'w'))\n" + script,
        encoding="utf-8",
    )
    lp.chmod(0o755)
    return lp


@pytest.fixture
def lp_folder(tmp_path, monkeypatch):
    folder = tmp_path / "bin"
    monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")
    return folder


def test_lp_gets_the_packs_own_pdf_with_the_printer_and_copies(page, qtbot, server, lp_folder):
    _fake_lp(lp_folder, "shutil.copy(sys.argv[-1], folder + '/received.pdf')\n")
    _answer_print_dialog(qtbot, PRINTER, copies=2, reverse=True)
    assert _print(page, qtbot) == "lp"
    arguments = json.loads((lp_folder / "argv.json").read_text(encoding="utf-8"))
    *options, dash, spooled = arguments
    assert dash == "--" and options[:4] == ["-d", PRINTER, "-n", "2"], arguments
    assert {"collate=true", "outputorder=reverse"} <= {options[i + 1] for i, o in enumerate(options) if o == "-o"}
    received = pypdf.PdfReader(str(lp_folder / "received.pdf"))
    assert len(received.pages) == page.document.pageCount() >= 15
    text = _text(received)
    assert "Studiebezoek Oekraïense openbare aanklagers" in text and "@example.org" in text  # vector text
    assert not os.path.exists(spooled)  # the spooled copy is removed once lp took it
    assert server.jobs() == [] and page.session.errors == [] and page._print_job is None


def test_a_failing_lp_is_one_clear_line(page, qtbot, server, lp_folder, caplog):
    _fake_lp(
        lp_folder,
        "sys.stderr.write('lp: warning: the locale is not set\\n')\n"
        "sys.stderr.write('lp: Error - The printer or class does not exist.\\n\\n')\n"
        "sys.exit(1)\n",
    )
    _answer_print_dialog(qtbot, PRINTER)
    with caplog.at_level(logging.WARNING):
        assert _print(page, qtbot) is None
    ((what, todo),) = page.session.errors
    assert what == "The pack could not be printed: lp: Error - The printer or class does not exist."
    assert todo == "Check the printer and try again."
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    spooled = json.loads((lp_folder / "argv.json").read_text(encoding="utf-8"))[-1]
    assert not os.path.exists(spooled)


def test_an_lp_that_cannot_start_is_one_clear_line_and_leaves_nothing_behind(page, qtbot, server, lp_folder):
    import tempfile
    from pathlib import Path

    lp_folder.mkdir()
    lp = lp_folder / "lp"
    lp.write_text("#!/no/such/interpreter\n", encoding="utf-8")
    lp.chmod(0o755)
    before = set(Path(tempfile.gettempdir()).glob("briefing-print-*"))
    _answer_print_dialog(qtbot, PRINTER)
    assert _print(page, qtbot) is None
    ((what, _todo),) = page.session.errors
    assert what.startswith("The pack could not be printed: ") and "\n" not in what
    assert set(Path(tempfile.gettempdir()).glob("briefing-print-*")) == before  # no spooled copy left
    assert page._print_job is None


# ------------------------------------------------------------------------------ render and paint
@pytest.fixture
def no_lp(tmp_path, monkeypatch):
    folder = tmp_path / "no-lp"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))


@pytest.fixture
def spy(monkeypatch):
    """Where and how the pages are rendered and painted: (thread, page number, size in pixels)
    for each page rendered, the thread of each picture painted."""
    rendered: list[tuple[int, int, tuple[int, int]]] = []
    painted: list[int] = []
    render, draw = QPdfDocument.render, QPainter.drawImage

    def spied_render(document, number, size, *rest):
        rendered.append((threading.get_ident(), number, (size.width(), size.height())))
        return render(document, number, size, *rest)

    def spied_draw(painter, *arguments):
        painted.append(threading.get_ident())
        return draw(painter, *arguments)

    monkeypatch.setattr(QPdfDocument, "render", spied_render)
    monkeypatch.setattr(QPainter, "drawImage", spied_draw)
    return rendered, painted


def _pack_pages(page) -> list[tuple[float, float]]:
    return [
        (page.document.pagePointSize(n).width(), page.document.pagePointSize(n).height())
        for n in range(page.document.pageCount())
    ]


def test_without_lp_pages_are_rendered_at_the_printers_resolution_off_the_gui_thread(page, qtbot, server, no_lp, spy):
    rendered, painted = spy
    _answer_print_dialog(qtbot, PRINTER)
    assert _print(page, qtbot) == "rendered"
    from briefing.ui.pages.pack import PRINT_DPI  # the printer's 1200 dpi, capped

    assert page.session.errors == [] and page._print_job is None
    qtbot.waitUntil(lambda: len(server.jobs()) == 1, timeout=10000)
    pack = _pack_pages(page)
    gui = threading.get_ident()
    assert [number for _thread, number, _size in rendered] == list(range(len(pack)))
    assert all(thread != gui for thread, _n, _size in rendered) and len(painted) == len(pack)
    assert all(thread != gui for thread in painted)
    printed = pypdf.PdfReader(io.BytesIO(server.jobs()[0]))
    assert len(printed.pages) == len(pack) >= 15
    for (width, height), (_t, _n, size), sheet in zip(pack, rendered, printed.pages, strict=True):
        assert abs(size[0] - width * PRINT_DPI / 72) <= 2 and abs(size[1] - height * PRINT_DPI / 72) <= 2
        (picture,) = [x.get_object() for x in sheet["/Resources"]["/XObject"].values()]  # the page, one picture
        assert (picture["/Width"], picture["/Height"]) == size  # as rendered
        assert abs(float(sheet.mediabox.width) - width) < 2  # on paper the size of the pack's page
    cover = printed.pages[0].images[0].image.convert("L")  # (decoding every page would take a minute)
    assert cover.getextrema()[0] < 100  # something dark on it: not a blank page


def test_cancel_stops_rendering_and_painting(page, qtbot, server, no_lp, spy):
    rendered, _painted = spy
    clicked = []

    def cancel_after_two_pages():
        progress = page.findChild(QProgressDialog, "pack_print_progress")
        if progress is None or not progress.isVisible() or progress.value() < 2 or progress.maximum() < 10:
            QTimer.singleShot(20, cancel_after_two_pages)
            return
        button = next(b for b in progress.findChildren(QPushButton) if b.text().replace("&", "") == "Cancel")
        clicked.append(progress.value())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    _answer_print_dialog(qtbot, PRINTER)
    QTimer.singleShot(0, cancel_after_two_pages)
    assert _print(page, qtbot) is None
    from briefing.ui.worker import wait_all

    assert wait_all(30000)  # the worker ends: no page rendered after it stopped
    count = page.document.pageCount()
    assert clicked and len(rendered) < count, (clicked, len(rendered))
    assert page.session.errors == [] and page._print_job is None
    # Qt's CUPS printing cannot abort a job, so the pages painted before Cancel may still arrive;
    # never the whole pack
    assert all(len(pypdf.PdfReader(io.BytesIO(job)).pages) < count for job in server.jobs())
