"""The pack page's three readers, chosen as a person does (a click on the reader), exported with the
page's own Export button and file dialog: each file is the pack for that reader."""

from __future__ import annotations

import io

import pypdf
import pytest
import vobject
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

TALKING_POINT = "Vraag de delegatie hoe parketten in Oekraïne"


@pytest.fixture
def page(ukraine_pack_page):
    return ukraine_pack_page


def _save_as(monkeypatch, target) -> list[str]:
    """The save dialog, answered with ``target``; returns the names it offered."""
    offered: list[str] = []

    def dialog(_parent, _caption, name, _filters):
        offered.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return offered


def _close_the_done_dialog(qtbot, seen: list[str]) -> None:
    """Click Close on the 'Exported' message box once it shows."""
    tries = [0]

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
        elif tries[0] < 600:
            tries[0] += 1
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)


def _export_by_button(page, qtbot, monkeypatch, fmt, target) -> list[str]:
    offered = _save_as(monkeypatch, target)
    seen: list[str] = []
    _close_the_done_dialog(qtbot, seen)
    with qtbot.waitSignal(page.export_finished, timeout=30000) as blocker:
        qtbot.mouseClick(page.buttons[fmt], Qt.MouseButton.LeftButton)
    assert blocker.args == [target]
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert str(target) in seen[0]
    return offered


def _pdf(path) -> tuple[list[str], pypdf.PdfReader]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages], reader


@pytest.mark.parametrize(
    ("reader", "says", "size"),
    [
        ("internal", "Intern gebruik", (595, 842)),
        ("external", "Voor de delegatie", (595, 842)),
        ("escort", "Draaiboek begeleiders", (595, 420)),
    ],
)
def test_each_reader_is_picked_by_a_click_and_exported_by_the_button(
    page, qtbot, monkeypatch, tmp_path, reader, says, size
):
    button = page.audience_buttons[reader]
    if not button.isChecked():
        with qtbot.waitSignal(page.preview_ready, timeout=30000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.audience() == reader
    assert [k for k, b in page.audience_buttons.items() if b.isChecked()] == [reader]  # one reader at a time
    # the sections this reader never gets are greyed out
    assert page.section_boxes["themes"].isEnabled() == (reader == "internal")
    assert page.section_boxes["toc"].isEnabled() == (reader != "escort")
    assert page.audience_note.text()

    target = tmp_path / f"{reader}.pdf"
    offered = _export_by_button(page, qtbot, monkeypatch, "pdf", target)
    word = {"internal": "intern", "external": "delegatie", "escort": "begeleiders"}[reader]
    assert offered[0].endswith(f" – {word} – NL.pdf")  # the suggested name says the reader too, in Dutch
    pages, pdf = _pdf(target)
    assert all(says in text for text in pages), "the reader on the cover and on every page"
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    text = "\n".join(pages)
    assert (TALKING_POINT in text) == (reader == "internal")
    assert ("k.verhaegen@example.org" in text) == (reader == "internal")
    assert ("+32 2 000 00 01" in text) == (reader != "external")
    from briefing.core.pack.history import history, load_options

    assert load_options(page.store, page.visit_id).get("audience", "internal") == reader  # kept with the visit
    assert history(page.store, page.visit_id)[0].options["audience"] == reader


def test_the_vcard_export_follows_the_reader(page, qtbot, monkeypatch, tmp_path):
    with qtbot.waitSignal(page.preview_ready, timeout=30000):
        qtbot.mouseClick(page.audience_buttons["external"], Qt.MouseButton.LeftButton)
    target = tmp_path / "delegatie.vcf"
    _export_by_button(page, qtbot, monkeypatch, "vcf", target)
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert len(cards) == 15 and "Олена Коваленко" in [c.fn.value for c in cards]
    assert not [c for c in cards if {"email", "tel", "note"} & set(c.contents)]

    with qtbot.waitSignal(page.preview_ready, timeout=30000):
        qtbot.mouseClick(page.audience_buttons["escort"], Qt.MouseButton.LeftButton)
    target = tmp_path / "begeleiders.vcf"
    _export_by_button(page, qtbot, monkeypatch, "vcf", target)
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    names = [c.fn.value for c in cards]
    assert names[0] == "Diane Reynders" and "Katrien Verhaegen" in names and "Олена Коваленко" not in names
    assert not [c for c in cards if {"email", "note"} & set(c.contents)]
    phones = [c.tel.value for c in cards if "tel" in c.contents]
    assert phones == ["+32 2 000 00 01", "+32 2 000 00 02", "+32 2 000 00 03"]
