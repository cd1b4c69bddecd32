"""The app in French: the words Briefing adds (day headers, kinds, warnings, changes since the last
export, refusals, country names) come from the one catalogue in the interface's language, set the
way the app sets it (the Preferences setting, then install_translations)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTreeWidget

from briefing.core import edit
from briefing.core.model import ProgrammeItem, Visit
from briefing.core.pack.assemble import PackOptions
from briefing.core.pack.history import record_export
from briefing.core.store import open_store

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LRELEASE = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
pytestmark = pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease is neither beside python nor on PATH")


@pytest.fixture(autouse=True)
def _settings(tmp_path, monkeypatch):
    """QSettings in the test's own folder, never the user's."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "settings"))


@pytest.fixture
def french(qapp, tmp_path, monkeypatch):
    """French chosen in Preferences and installed as at start-up, from the committed translation
    compiled here (the .qm files are built, not committed)."""
    from briefing.ui import i18n

    compiled = tmp_path / "translations"
    compiled.mkdir()
    for lang in ("fr", "en"):  # English afterwards, with its plural forms
        result = subprocess.run(
            [LRELEASE, str(TRANSLATIONS / f"briefing_{lang}.ts"), "-qm", str(compiled / f"briefing_{lang}.qm")],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    monkeypatch.setattr(i18n, "resource", lambda folder, name: compiled / name)
    QSettings("Briefing", "Briefing").setValue("ui/language", "fr")
    assert i18n.install_translations(qapp) == "fr"
    assert i18n.interface_language() == "fr"
    yield
    i18n.install_translations(qapp, "en")
    assert i18n.interface_language() == "en"


@pytest.fixture
def visit(store_path) -> int:
    """A visit on 3 and 4 March 2025, typed in Dutch: an overlap, an old kind ('lunch' as stored by
    an older version), a kind nobody knows, and an item after the visit; exported once since."""
    store = open_store(store_path)
    visit_id = edit.create_visit(
        store,
        Visit(
            title="Werkbezoek Benelux",
            start="2025-03-03",
            end="2025-03-04",
            country="NL",
            classification="BEPERKTE VERSPREIDING",
        ),
    ).result
    for item in (
        ProgrammeItem(title="Bezoek PZ Noord", date="2025-03-03", start="10:00", end="12:00", kind="site_visit"),
        ProgrammeItem(title="Werklunch", date="2025-03-03", start="11:30", end="13:00", kind="werklunch"),
        ProgrammeItem(title="Oude lunch", date="2025-03-04", start="12:00", end="13:00"),
        ProgrammeItem(title="Persmoment", date="2025-03-04", start="15:00", kind="Persmoment"),
        ProgrammeItem(title="Terugreis", date="2025-03-06", start="09:00", kind="transfer"),
    ):
        edit.add_item(store, visit_id, item)
    with store.transaction():  # stored before kinds were normalised
        store.conn.execute("UPDATE programme_items SET kind = 'lunch' WHERE title = 'Oude lunch'")
    record_export(store, visit_id, "pdf", PackOptions(lang="nl"))
    edit.add_item(store, visit_id, ProgrammeItem(title="Slotreceptie", date="2025-03-04", start="17:00"))
    store.close()
    return visit_id


@pytest.fixture
def window(french, visit, qtbot, store_path, monkeypatch):
    from briefing.ui.main_window import MainWindow

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    win = MainWindow(open_store(store_path))
    win.messages = messages
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    win.select_visit(visit)
    yield win
    pack = win.visit_tabs.page(5) if len(win.visit_tabs.built_pages()) > 5 else None
    if pack is not None and hasattr(pack, "_render_job"):
        qtbot.waitUntil(lambda: pack._render_job is None, timeout=30000)
    win.session.store.close()


def _open_tab(qtbot, window, index: int):
    bar = window.visit_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.visit_tabs.currentIndex() == index
    return window.visit_tabs.currentWidget()


def _texts(tree: QTreeWidget) -> list[list[str]]:
    rows = []
    for n in range(tree.topLevelItemCount()):
        day = tree.topLevelItem(n)
        rows.append([day.text(0)])
        for c in range(day.childCount()):
            rows.append([day.child(c).text(col) for col in range(tree.columnCount())])
    return rows


def test_the_french_programme_page_speaks_french(window, qtbot, tmp_path):
    page = _open_tab(qtbot, window, 1)
    rows = _texts(page.tree)
    days = [row[0] for row in rows if len(row) == 1]
    assert days == ["lundi 3 mars 2025", "mardi 4 mars 2025", "jeudi 6 mars 2025  (hors de la visite)"]
    by_title = {row[1].split(" (")[0]: row for row in rows if len(row) > 1}
    assert by_title["Bezoek PZ Noord"][1] == "Bezoek PZ Noord (Visite de terrain)"
    assert by_title["Werklunch"][1] == "Werklunch (Repas)"
    assert by_title["Oude lunch"][1] == "Oude lunch (Repas)"  # an old synonym, worded on display
    assert by_title["Persmoment"][1] == "Persmoment (Persmoment)"  # a kind nobody knows, as typed
    assert by_title["Terugreis"][1] == "Terugreis (Déplacement)"
    assert by_title["Bezoek PZ Noord"][4] == "Chevauche 11:30 – 13:00 Werklunch"
    assert by_title["Werklunch"][4] == "Chevauche 10:00 – 12:00 Bezoek PZ Noord"
    assert by_title["Terugreis"][4] == "En dehors des dates de la visite (3 – 4 mars 2025)"
    shown = "\n".join("\n".join(row) for row in rows)
    for english in ("Monday", "March", "Overlaps", "Outside", "site_visit", "meal", "transfer"):
        assert english not in shown, english
    assert "_" not in shown
    assert page.summary.text().startswith("⚠ 2 ")  # one clash, one item after the visit
    page.grab().save(str(tmp_path / "programme_fr.png"))


def test_the_item_dialog_names_kinds_in_french_and_keeps_a_typed_one(window, qtbot, monkeypatch, store_path):
    from briefing.ui.pages.programme import ItemDialog

    page = _open_tab(qtbot, window, 1)
    seen: list[list[str]] = []

    def keep(dialog):
        seen.append([dialog.kind.itemText(i) for i in range(dialog.kind.count())])
        assert dialog.kind.currentText() == "Persmoment"
        return QDialog.DialogCode.Accepted

    tree = page.tree
    row = next(tree.topLevelItem(1).child(c) for c in range(2) if tree.topLevelItem(1).child(c).text(0) == "15:00")
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())
    monkeypatch.setattr(ItemDialog, "exec", keep)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0][1:10] == [
        "Réunion",
        "Présentation",
        "Visite de terrain",
        "Atelier",
        "Panel",
        "Repas",
        "Déplacement",
        "Réception",
        "Autre",
    ]
    assert seen[0][-1] == "Persmoment"
    store = window.session.store
    assert store.conn.execute("SELECT kind FROM programme_items WHERE title = 'Persmoment'").fetchone()[0] == (
        "Persmoment"
    )


def test_the_item_dialog_names_its_days_in_french(window, qtbot, monkeypatch):
    from briefing.ui.pages.programme import ItemDialog

    page = _open_tab(qtbot, window, 1)
    seen: list[list[str]] = []

    def look(dialog):
        seen.append([dialog.date.itemText(i) for i in range(dialog.date.count())])
        dialog.date.setCurrentIndex(dialog.date.findText("mardi 4 mars 2025"))
        qtbot.keyClicks(dialog.title, "Perspraatje")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ItemDialog, "exec", look)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0][1:] == ["lundi 3 mars 2025", "mardi 4 mars 2025", "jeudi 6 mars 2025"]
    added = window.session.store.conn.execute("SELECT date FROM programme_items WHERE title = 'Perspraatje'")
    assert [row[0] for row in added] == ["2025-03-04"]


def test_the_undo_entry_reads_as_a_french_sentence(window, qtbot, monkeypatch):
    from briefing.ui.pages.programme import ItemDialog

    page = _open_tab(qtbot, window, 1)

    def fill(dialog):
        qtbot.keyClicks(dialog.title, "Fotomoment")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ItemDialog, "exec", fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Édition")
    undo = edit_menu.actions()[0]
    assert undo.isEnabled()
    assert undo.text().replace("&", "") == "Annuler : ajouter un élément", undo.text()
    undo.trigger()
    redo = edit_menu.actions()[1]
    assert redo.text().replace("&", "") == "Rétablir : ajouter un élément", redo.text()


def test_a_refused_edit_is_explained_in_french(window, qtbot, monkeypatch, store_path):
    from briefing.ui.pages.programme import ItemDialog

    page = _open_tab(qtbot, window, 1)

    def fill(dialog):
        qtbot.keyClicks(dialog.title, "Fotomoment")
        qtbot.keyClicks(dialog.start, "25:00")
        return QDialog.DialogCode.Accepted

    count = window.session.store.conn.execute("SELECT count(*) FROM programme_items").fetchone()[0]
    monkeypatch.setattr(ItemDialog, "exec", fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert window.session.store.conn.execute("SELECT count(*) FROM programme_items").fetchone()[0] == count
    assert window.messages, "no message box"
    assert window.messages[-1].startswith("Heure de début : « 25:00 » n’est pas une heure (HH:MM)")
    assert "is not a time" not in window.messages[-1]

    def fill_right(dialog):  # the same, with a good time and a kind chosen by its French name
        qtbot.keyClicks(dialog.title, "Fotomoment")
        qtbot.keyClicks(dialog.start, "14:00")
        dialog.kind.setCurrentIndex(dialog.kind.findText("Réception"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ItemDialog, "exec", fill_right)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = window.session.store.conn.execute("SELECT start_time, kind FROM programme_items WHERE title = 'Fotomoment'")
    assert [tuple(row) for row in added] == [("14:00", "reception")]


def test_the_pack_page_lists_the_changes_in_french(window, qtbot):
    page = _open_tab(qtbot, window, 5)
    changes = [page.changes.item(n).text() for n in range(page.changes.count())]
    assert changes == ["ajouté : Slotreceptie (4 mars 2025 17:00)"]
    exports = [page.history.item(n).text() for n in range(page.history.count())]
    assert len(exports) == 1 and "PDF  Nederlands, " in exports[0]
    assert "internal" not in exports[0] and ", nl" not in exports[0]


def test_the_details_page_names_the_country_and_the_marking(window, qtbot):
    page = _open_tab(qtbot, window, 0)
    assert page.fields["country"].code() == "NL"
    assert page.fields["country"].currentText() == "Pays-Bas"
    assert page.marking_words.text() == (
        "Dans le dossier : BEPERKTE VERSPREIDING (nl) · DIFFUSION RESTREINTE (fr) · LIMITED DISTRIBUTION (en)"
    )
    page.fields["classification"].clear()
    qtbot.keyClicks(page.fields["classification"], "Intern")
    assert page.marking_words.text() == "" and page.marking_words.isHidden()


def test_the_status_reads_the_same_on_the_details_page_as_in_the_pack(window, qtbot):
    from briefing.core.pack.labels import label

    page = _open_tab(qtbot, window, 0)
    combo = page.fields["status"]
    words = [combo.itemText(n) for n in range(combo.count())]
    assert words == ["Brouillon", "Confirmée", "Terminée"]
    assert words == [label("fr", combo.itemData(n)) for n in range(combo.count())]


def test_a_new_visits_pack_speaks_the_interfaces_language(french, qtbot, store_path):
    """A visit never exported has no pack options yet: its pack starts in the app's language, so
    the French officer's preview is French, not Dutch."""
    from briefing.ui.main_window import MainWindow

    store = open_store(store_path)
    visit_id = edit.create_visit(store, Visit(title="Visite de travail", start="2025-03-03", end="2025-03-04")).result
    store.close()
    win = MainWindow(open_store(store_path))
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    win.select_visit(visit_id)
    tabs = win.visit_tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(5).center())  # the Pack tab, as a person does
    pack = tabs.currentWidget()
    qtbot.waitUntil(lambda: hasattr(pack, "lang"), timeout=5000)
    assert pack.lang.currentData() == "fr"
    if hasattr(pack, "_render_job"):
        qtbot.waitUntil(lambda: pack._render_job is None, timeout=30000)
    win.session.store.close()
