"""The pack page: options kept per visit, a live preview, exports in every format, cancel,
errors that say what to do, printing, and the changes since the last export."""

from __future__ import annotations

import io
import os
import time

import docx
import pypdf
import pytest
import vobject
from icalendar import Calendar
from PySide6.QtCore import Qt, QTimer

from briefing.core.model import ProgrammeItem


@pytest.fixture
def page(ukraine_pack_page):
    return ukraine_pack_page


def _preview_text(page) -> str:
    return "\n".join(page.document.getAllText(n).text() for n in range(page.document.pageCount()))


def test_options_are_kept_and_the_preview_follows_them(page, qtbot):
    from briefing.core.pack.history import load_options

    assert page.document.pageCount() > 5
    assert "@example.org" in _preview_text(page)
    with qtbot.waitSignal(page.preview_ready, timeout=30000):
        qtbot.mouseClick(page.audience_buttons["external"], Qt.MouseButton.LeftButton)
    assert "@example.org" not in _preview_text(page)  # no e-mail addresses for the delegation
    with qtbot.waitSignal(page.preview_ready, timeout=30000):
        page.section_boxes["articles"].setChecked(False)
        page.section_boxes["themes"].setChecked(False)
    text = _preview_text(page)
    assert "Achtergrondartikels" not in text and "Wie is wie" in text
    saved = load_options(page.store, page.visit_id)
    assert saved["audience"] == "external" and "articles" not in saved["sections"]
    visit = page.visit_id
    page.set_visit(None)
    with qtbot.waitSignal(page.preview_ready, timeout=30000):
        page.set_visit(visit)  # the choices come back with the visit
    assert page.audience() == "external" and page.audience_buttons["external"].isChecked()
    assert not page.section_boxes["articles"].isChecked()


def test_the_preview_refreshes_after_an_edit_without_blocking(page, qtbot):
    from briefing.core import edit

    visit = page.visit_id
    day = page.store.conn.execute("SELECT start_date FROM visits WHERE id = ?", (visit,)).fetchone()[0]
    with qtbot.waitSignal(page.preview_ready, timeout=30000):
        page.session.do(
            lambda: edit.add_item(page.store, visit, ProgrammeItem(title="Persmoment met de minister", date=day)),
            ("programme",),
        )
        assert page._debounce.isActive()  # debounced: the edit returns at once
    assert "Persmoment met de minister" in _preview_text(page)


def test_export_every_format(page, qtbot, tmp_path):
    written = {}
    for fmt in ("pdf", "docx", "ics", "vcf"):
        target = tmp_path / f"pack.{fmt}"
        with qtbot.waitSignal(page.export_finished, timeout=30000) as blocker:
            page.export(fmt, target=target, ask=False)
        assert blocker.args[0] == target and target.exists()
        written[fmt] = target
    pdf = pypdf.PdfReader(io.BytesIO(written["pdf"].read_bytes()))
    assert len(pdf.pages) == page.document.pageCount()
    assert "Studiebezoek Oekraïense openbare aanklagers" in " ".join(pdf.pages[0].extract_text().split())
    assert any(p.style.name == "Heading 1" for p in docx.Document(str(written["docx"])).paragraphs)
    assert len(Calendar.from_ical(written["ics"].read_bytes()).walk("VEVENT")) > 10
    names = [card.fn.value for card in vobject.readComponents(written["vcf"].read_text(encoding="utf-8"))]
    assert "Олена Коваленко" in names
    assert page.history.count() == 3  # pdf, docx, ics recorded (the vCards are not the pack)


def test_cancel_an_export(page, qtbot, tmp_path, monkeypatch):
    import briefing.export as export
    from briefing.core.progress import Progress

    def slow(store, visit_id, fmt, target, options):
        for n in range(100):
            yield Progress(n, 100, "slow")
            time.sleep(0.02)
        target.write_bytes(b"should not be here")
        return target

    monkeypatch.setattr(export, "export_steps", slow)
    target = tmp_path / "afgebroken.pdf"
    with qtbot.waitSignal(page.export_finished, timeout=30000) as blocker:
        page.export("pdf", target=target, ask=False)
        qtbot.waitUntil(lambda: page._export_job is not None, timeout=5000)
        qtbot.wait(100)
        page.cancel_export()
    assert blocker.args == [None]
    assert not target.exists() and page.session.errors == []  # cancelled: nothing written, no error


def test_an_unwritable_place_is_reported_with_what_to_do(page, qtbot, tmp_path):
    blocker_file = tmp_path / "geen-map"
    blocker_file.write_text("een bestand, geen map", encoding="utf-8")
    with qtbot.waitSignal(page.export_finished, timeout=30000) as blocker:
        page.export("pdf", target=blocker_file / "pack.pdf", ask=False)
    assert blocker.args == [None]
    ((what, todo),) = page.session.errors
    assert "geen-map" in what and "Nothing was written" in todo
    if os.geteuid() != 0:  # root may write into a read-only folder
        locked = tmp_path / "alleen-lezen"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with qtbot.waitSignal(page.export_finished, timeout=30000):
                page.export("docx", target=locked / "pack.docx", ask=False)
            assert "not allowed" in page.session.errors[-1][1] or "close it" in page.session.errors[-1][1]
            assert list(locked.iterdir()) == []
        finally:
            locked.chmod(0o700)


def test_history_lists_the_changes_after_an_edit(page, qtbot, tmp_path):
    from briefing.core import edit

    with qtbot.waitSignal(page.export_finished, timeout=30000):
        page.export("pdf", target=tmp_path / "eerste.pdf", ask=False)
    assert page.changes.item(0).text().startswith("Nothing changed")
    visit = page.visit_id
    first = page.store.conn.execute(
        "SELECT id, title FROM programme_items WHERE visit_id = ? ORDER BY date, start_time LIMIT 1", (visit,)
    ).fetchone()
    page.session.do(lambda: edit.delete_item(page.store, first[0]), ("programme",))
    texts = [page.changes.item(i).text() for i in range(page.changes.count())]
    assert any(t.startswith(f"removed: {first[1]}") for t in texts)


PRINT_BOUND = 20.0  # seconds for the demo's 15-page pack, from the click to the file (generous)


def _answer_print_dialog(qtbot, target):
    """The print dialog, answered as a person does: the file name typed, then Print."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "pack_print_dialog":
            QTimer.singleShot(20, answer)
            return
        name = dialog.findChild(QLineEdit, "filename")
        name.selectAll()
        qtbot.keyClicks(name, str(target))
        button = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Print")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_print_sends_vector_pages_quickly(page, qtbot, tmp_path):
    target = tmp_path / "afdruk.pdf"
    _answer_print_dialog(qtbot, target)
    started = time.monotonic()
    with qtbot.waitSignal(page.print_finished, timeout=120000) as blocker:
        qtbot.mouseClick(page.buttons["print"], Qt.MouseButton.LeftButton)
    elapsed = time.monotonic() - started
    assert blocker.args == [target]
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) == page.document.pageCount() >= 15
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Studiebezoek" in text and "@example.org" in text  # text, not pictures of text
    assert target.stat().st_size < 2_000_000
    for pdf_page in reader.pages:  # no page sent as a picture: only small images (a logo) if any
        assert all(image.image.width * image.image.height < 1_000_000 for image in pdf_page.images)
    assert elapsed < PRINT_BOUND, elapsed
    assert page._print_job is None and page.session.errors == []


def test_print_a_page_range_after_an_edit(page, qtbot, tmp_path):
    """Pages 2 to 3 only; the pack is made again when the preview is not up to date."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QRadioButton, QSpinBox

    page.summaries.setChecked(True)  # the preview is now out of date
    target = tmp_path / "deel.pdf"

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "pack_print_dialog":
            QTimer.singleShot(20, answer)
            return
        name = dialog.findChild(QLineEdit, "filename")
        name.selectAll()
        qtbot.keyClicks(name, str(target))
        pages = dialog.findChild(QRadioButton, "printRange")
        qtbot.mouseClick(pages, Qt.MouseButton.LeftButton)
        first, last = dialog.findChild(QSpinBox, "from"), dialog.findChild(QSpinBox, "to")
        last.setValue(3)
        first.setValue(2)
        button = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Print")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(page.print_finished, timeout=120000) as blocker:
        qtbot.mouseClick(page.buttons["print"], Qt.MouseButton.LeftButton)
    assert blocker.args == [target]
    assert len(pypdf.PdfReader(str(target)).pages) == 2
