"""The visit's articles page and the library pages: search as you type, add, reorder, full text,
remove and undo, importing files off the GUI thread, and editing and importing contacts."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProgressDialog, QPushButton

from briefing.core.model import Article
from briefing.core.store import open_store, repo
from briefing.ui.pages.articles import FULL_TEXT_COLUMN, ArticlesPage, reordered
from briefing.ui.pages.library import ArticlesLibraryPage, ContactsLibraryPage, ThemesLibraryPage
from briefing.ui.session import Session
from briefing.ui.widgets.dates import show_date
from briefing.ui.widgets.roles import ID_ROLE
from tests.conftest import full_visit, write_json

GOOD_TEXT = (
    "Buurtinformatienetwerken in Limburg\n\n"
    "Vijftig gemeenten werken samen met hun inwoners aan een veiliger buurt.\n\n"
    "De netwerken delen berichten over inbraken en verdachte situaties met de lokale politie."
)

GOOD_HTML = """<!doctype html><html><head><title>Wijkagenten in Gent krijgen nieuwe fietsen</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Wijkagenten in Gent krijgen nieuwe fietsen</h1>
<p>De politiezone Gent heeft dertig nieuwe elektrische fietsen in gebruik genomen voor de wijkagenten in de
binnenstad en de randgemeenten.</p>
<p>Volgens de korpschef kunnen de agenten zo sneller ter plaatse zijn en blijven ze beter aanspreekbaar voor de
bewoners van hun wijk, wat de band met de buurt versterkt.</p>
<p>De fietsen werden aangekocht met middelen uit het zonale veiligheidsplan en worden de komende maanden
geëvalueerd door een werkgroep van de stad.</p>
</article></body></html>"""


@pytest.fixture
def setup(cli, store_path, tmp_path):
    """A store with the full test visit (two articles) and one more article only in the library."""
    code, out, err = cli("load", write_json(tmp_path / "visit.json", full_visit()))
    assert code == 0, err
    visit_id = int(out.split()[-1])
    store = open_store(store_path)
    with store.transaction():
        extra = repo.find_or_add_article(
            store,
            Article(
                title="Gemeenschapsgerichte politiezorg in Vlaanderen",
                published="2023-05-02",
                source="Politie",
                summary="Wijkwerking als kern van de politiezorg.",
                body="Zonder <b>opmaak</b>: de wijkagent kent zijn buurt.",
            ),
        )
    session = Session(store)
    yield session, visit_id, extra
    session.undo_stack.clear()
    store.close()


@pytest.fixture
def messages(monkeypatch):
    """Message boxes return at once; what they said is recorded as (kind, text)."""
    said: list[tuple[str, str]] = []

    def record(kind):
        def show(_parent, _title, text, *args, **kwargs):
            said.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def visit_articles(store, visit_id) -> list[tuple[int, int]]:
    """(article id, full text) in the visit's order."""
    return [
        (r[0], r[1])
        for r in store.conn.execute(
            "SELECT article_id, full_text FROM visit_articles WHERE visit_id = ? ORDER BY position", (visit_id,)
        )
    ]


def article_id(store, title: str) -> int | None:
    row = store.conn.execute("SELECT id FROM articles WHERE title = ?", (title,)).fetchone()
    return row[0] if row else None


def make_page(qtbot, session, visit_id) -> ArticlesPage:
    page = ArticlesPage(session)
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    page.show()
    return page


def tree_titles(page) -> list[str]:
    return [page.tree.topLevelItem(n).text(0) for n in range(page.tree.topLevelItemCount())]


# ------------------------------------------------------------------ the visit's articles


def test_the_page_lists_the_visits_articles_in_order(qtbot, setup):
    session, visit_id, _extra = setup
    page = make_page(qtbot, session, visit_id)
    assert tree_titles(page) == ["ADVP verwelkomt Oekraïense delegatie", "Citizen participation"]
    checks = [page.tree.topLevelItem(n).checkState(FULL_TEXT_COLUMN) for n in range(2)]
    assert checks == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    assert page.visit_box.isVisibleTo(page) and not page.empty.isVisibleTo(page)
    page.set_visit(None)
    assert page.empty.isVisibleTo(page) and not page.visit_box.isVisibleTo(page)
    assert not page.add_button.isEnabled()


def test_search_as_you_type_and_add_to_the_visit(qtbot, setup):
    session, visit_id, extra = setup
    store = session.store
    page = make_page(qtbot, session, visit_id)
    before = visit_articles(store, visit_id)
    assert page.model.rowCount() == 3  # the whole library before anything is typed

    qtbot.keyClicks(page.search, "gemeenschapsgericht")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.row_object(0).id == extra

    page.results.setFocus()
    page.results.selectRow(0)
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert visit_articles(store, visit_id) == [*before, (extra, 1)]
    assert tree_titles(page)[-1] == "Gemeenschapsgerichte politiezorg in Vlaanderen"

    page.results.selectRow(0)
    # already in the visit: nothing changes, nothing is pushed
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    assert visit_articles(store, visit_id) == before
    assert len(tree_titles(page)) == 2


def test_search_text_is_never_syntax(qtbot, setup):
    session, visit_id, _extra = setup
    page = make_page(qtbot, session, visit_id)
    qtbot.keyClicks(page.search, 'oekrai" AND (NEAR* -')  # QTest types ASCII only
    qtbot.waitUntil(lambda: page._query == page.search.text(), timeout=3000)
    page.search.setText("Oekraïense' OR 1=1; -- %_")
    qtbot.waitUntil(lambda: page._query == page.search.text(), timeout=3000)
    page.search.setText("oekraiense")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.row_object(0).title == "ADVP verwelkomt Oekraïense delegatie"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)


def test_double_click_adds_and_enter_in_the_search_field_goes_to_the_results(qtbot, setup):
    session, visit_id, extra = setup
    page = make_page(qtbot, session, visit_id)
    page.search.setText("politiezorg")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # searches at once
    assert page.model.rowCount() == 1
    assert page.results.selectionModel().isRowSelected(0)
    rect = page.results.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert visit_articles(session.store, visit_id)[-1] == (extra, 1)


def test_full_text_toggles_and_undoes(qtbot, setup):
    session, visit_id, _extra = setup
    store = session.store
    page = make_page(qtbot, session, visit_id)
    first = visit_articles(store, visit_id)[0][0]
    page.tree.topLevelItem(0).setCheckState(FULL_TEXT_COLUMN, Qt.CheckState.Unchecked)  # as a click does
    qtbot.waitUntil(lambda: visit_articles(store, visit_id)[0] == (first, 0), timeout=3000)
    assert page.tree.topLevelItem(0).checkState(FULL_TEXT_COLUMN) == Qt.CheckState.Unchecked

    page.tree.setFocus()
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    assert visit_articles(store, visit_id)[0] == (first, 1)
    assert page.tree.topLevelItem(0).checkState(FULL_TEXT_COLUMN) == Qt.CheckState.Checked

    session.undo_stack.undo()
    assert visit_articles(store, visit_id)[0] == (first, 0)
    session.undo_stack.undo()
    assert visit_articles(store, visit_id)[0] == (first, 1)


def test_reorder_by_move_buttons_and_by_a_drop(qtbot, setup):
    session, visit_id, extra = setup
    store = session.store
    page = make_page(qtbot, session, visit_id)
    page.add_articles([extra])
    a, b, c = [i for i, _ in visit_articles(store, visit_id)]

    page.tree.topLevelItem(0).setSelected(True)
    assert not page.up_button.isEnabled()
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert [i for i, _ in visit_articles(store, visit_id)] == [b, a, c]
    assert [page.tree.topLevelItem(n).data(0, ID_ROLE) for n in range(3)] == [b, a, c]
    assert page.tree.selected_ids() == [a]  # the selection follows the moved row

    page.move_articles([c], 0)  # what a drop of the last row above the first one reports
    assert [i for i, _ in visit_articles(store, visit_id)] == [c, b, a]

    session.undo_stack.undo()
    assert [i for i, _ in visit_articles(store, visit_id)] == [b, a, c]
    session.undo_stack.undo()
    assert [i for i, _ in visit_articles(store, visit_id)] == [a, b, c]


def test_reordered_keeps_the_moved_block_in_order():
    assert reordered([1, 2, 3, 4], [3], 0) == [3, 1, 2, 4]
    assert reordered([1, 2, 3, 4], [1], 4) == [2, 3, 4, 1]
    assert reordered([1, 2, 3, 4], [3, 1], 4) == [2, 4, 1, 3]
    assert reordered([1, 2, 3, 4], [2], 2) == [1, 2, 3, 4]


def test_remove_with_the_delete_key_and_undo(qtbot, setup):
    session, visit_id, _extra = setup
    store = session.store
    page = make_page(qtbot, session, visit_id)
    before = visit_articles(store, visit_id)
    page.tree.setFocus()
    page.tree.setCurrentItem(page.tree.topLevelItem(1))
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert visit_articles(store, visit_id) == before[:1]
    assert tree_titles(page) == ["ADVP verwelkomt Oekraïense delegatie"]

    session.undo_stack.undo()
    assert visit_articles(store, visit_id) == before  # same place, same full-text choice
    assert len(tree_titles(page)) == 2

    page.tree.selectAll()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert visit_articles(store, visit_id) == []
    assert page.hint.isVisibleTo(page)
    session.undo_stack.undo()  # both in one step
    assert visit_articles(store, visit_id) == before


# ------------------------------------------------------------------ importing files


def test_import_two_files_adds_them_to_the_visit_in_one_undo_step(qtbot, setup, messages, tmp_path):
    session, visit_id, _extra = setup
    store = session.store
    page = make_page(qtbot, session, visit_id)
    text = tmp_path / "buurt.txt"
    text.write_text(GOOD_TEXT, encoding="utf-8")
    html = tmp_path / "fietsen.html"
    html.write_text(GOOD_HTML, encoding="utf-8")
    before = visit_articles(store, visit_id)

    with qtbot.waitSignal(page.import_finished, timeout=20000) as blocker:
        page.import_files([text, html])
    report = blocker.args[0]
    assert [r.status for r in report.results] == ["added", "added"]
    ids = [article_id(store, "Buurtinformatienetwerken in Limburg"), article_id(store, GOOD_HTML_TITLE)]
    assert None not in ids
    assert [i for i, _ in visit_articles(store, visit_id)] == [i for i, _ in before] + ids
    assert tree_titles(page)[-2:] == ["Buurtinformatienetwerken in Limburg", GOOD_HTML_TITLE]
    assert messages == []  # nothing failed, nothing to say

    session.undo_stack.undo()  # one step takes both out of the visit
    assert visit_articles(store, visit_id) == before
    assert article_id(store, GOOD_HTML_TITLE) is not None  # they stay in the library
    session.undo_stack.redo()
    assert [i for i, _ in visit_articles(store, visit_id)] == [i for i, _ in before] + ids

    # the same files again: unchanged, and not added twice
    count = session.undo_stack.count()
    with qtbot.waitSignal(page.import_finished, timeout=20000) as blocker:
        page.import_files([text, html])
    assert [r.status for r in blocker.args[0].results] == ["unchanged", "unchanged"]
    assert session.undo_stack.count() == count


GOOD_HTML_TITLE = "Wijkagenten in Gent krijgen nieuwe fietsen"


def test_a_bad_file_is_reported_and_the_good_one_still_imports(qtbot, setup, messages, tmp_path):
    session, visit_id, _extra = setup
    store = session.store
    page = make_page(qtbot, session, visit_id)
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    zipped = tmp_path / "archief.docx"
    zipped.write_bytes(b"PK\x03\x04 not really a document")
    good = tmp_path / "buurt.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")

    with qtbot.waitSignal(page.import_finished, timeout=20000) as blocker:
        page.import_files([empty, good, zipped])
    report = blocker.args[0]
    assert [r.status for r in report.results] == ["failed", "added", "failed"]
    assert len(messages) == 1
    kind, text = messages[0]
    assert kind == "warning"
    assert "leeg.txt: the file is empty" in text
    assert "archief.docx: " in text
    assert "Traceback" not in text
    new = article_id(store, "Buurtinformatienetwerken in Limburg")
    assert visit_articles(store, visit_id)[-1] == (new, 1)


def test_import_without_adding_to_the_visit(qtbot, setup, messages, tmp_path):
    session, visit_id, _extra = setup
    store = session.store
    page = make_page(qtbot, session, visit_id)
    good = tmp_path / "buurt.md"
    good.write_text("# Buurtinformatienetwerken in Limburg\n\nTekst.", encoding="utf-8")
    before = visit_articles(store, visit_id)
    with qtbot.waitSignal(page.import_finished, timeout=20000):
        page.import_files([good], add_to_visit=False)
    assert visit_articles(store, visit_id) == before
    assert article_id(store, "Buurtinformatienetwerken in Limburg") is not None
    assert page.model.row_of_id(article_id(store, "Buurtinformatienetwerken in Limburg")) >= 0


def test_cancel_stops_the_import_and_adds_nothing(qtbot, setup, messages, tmp_path):
    session, visit_id, _extra = setup
    store = session.store
    page = make_page(qtbot, session, visit_id)
    paragraph = "<p>Paragraph {} with enough words to count as the text of an article.</p>"
    paragraphs = "".join(paragraph.format(k) for k in range(40))
    paths = []
    for n in range(60):
        path = tmp_path / f"page{n}.html"
        path.write_text(f"<html><body><article><h1>Bericht {n}</h1>{paragraphs}</article></body></html>", "utf-8")
        paths.append(path)
    before = visit_articles(store, visit_id)
    with qtbot.waitSignal(page.import_finished, timeout=60000) as blocker:
        page.import_files(paths)
        dialog = page.findChild(QProgressDialog)
        cancel = dialog.findChild(QPushButton)
        page._import.work.job.progress.connect(lambda *_: qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton))
    assert blocker.args[0] is None
    assert messages == []  # a cancel is not an error
    stored = store.conn.execute("SELECT count(*) FROM articles WHERE title LIKE 'Bericht %'").fetchone()[0]
    assert stored < len(paths)  # each file is its own transaction: those before the cancel stay
    assert visit_articles(store, visit_id) == before
    assert not dialog.isVisible()


def _enter_event(mime: QMimeData) -> QDragEnterEvent:
    with warnings.catch_warnings():  # PySide6 marks the constructor deprecated; Qt 6 has no other
        warnings.simplefilter("ignore", DeprecationWarning)
        return QDragEnterEvent(
            QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )


def _drag_events(paths: list[Path]):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = _enter_event(mime)
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    return mime, enter, drop


def test_dropping_files_on_the_page_imports_them(qtbot, setup, messages, tmp_path):
    session, visit_id, _extra = setup
    store = session.store
    page = make_page(qtbot, session, visit_id)
    good = tmp_path / "buurt.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")

    text_only = QMimeData()
    text_only.setText("just text")
    refused = _enter_event(text_only)
    page.dragEnterEvent(refused)
    assert not refused.isAccepted()

    _mime, enter, drop = _drag_events([good])
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(page.import_finished, timeout=20000):
        page.dropEvent(drop)
    new = article_id(store, "Buurtinformatienetwerken in Limburg")
    assert visit_articles(store, visit_id)[-1] == (new, 1)


# ------------------------------------------------------------------ the library pages


def test_articles_library_search_preview_and_import(qtbot, setup, messages, tmp_path):
    session, visit_id, _extra = setup
    store = session.store
    page = ArticlesLibraryPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "wijkagent")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.table.selectRow(0)
    preview = page.preview.toPlainText()
    assert "Gemeenschapsgerichte politiezorg in Vlaanderen" in preview
    assert f"{show_date('2023-05-02')} · Politie" in preview  # the date as the interface's locale writes it
    assert "Zonder <b>opmaak</b>" in preview  # shown as text, never as markup

    page.set_visit(visit_id)  # the library does not depend on a visit
    assert page.model.rowCount() == 1

    before = visit_articles(store, visit_id)
    good = tmp_path / "buurt.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    with qtbot.waitSignal(page.import_finished, timeout=20000):
        page.import_files([good])
    assert visit_articles(store, visit_id) == before  # the library's import adds to no visit
    assert page.model.rowCount() == 4
    assert "Buurtinformatienetwerken in Limburg" in page.preview.toPlainText()

    _mime, enter, drop = _drag_events([tmp_path / "fietsen.html"])
    (tmp_path / "fietsen.html").write_text(GOOD_HTML, encoding="utf-8")
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(page.import_finished, timeout=20000):
        page.dropEvent(drop)
    assert article_id(store, GOOD_HTML_TITLE) is not None
    assert messages == []


def test_themes_library_search_and_preview(qtbot, setup):
    session, _visit_id, _extra = setup
    page = ThemesLibraryPage(session)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "kadernota")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.list.setCurrentIndex(page.model.index(0, 0))
    text = page.preview.toPlainText()
    assert "Basis van het beleid." in text
    assert "Lokale en supralokale samenwerking" in text


def test_contacts_library_search_and_edit(qtbot, setup):
    session, _visit_id, _extra = setup
    store = session.store
    page = ContactsLibraryPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 5
    assert not page.edit_button.isEnabled()
    qtbot.keyClicks(page.search, "olena")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.index(0, 0).data() == "Олена Коваленко (Olena Kovalenko)"
    page.table.selectRow(0)
    assert page.edit_button.isEnabled()
    contact = page.model.row_object(0).id

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.contact_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fields["title"].text() == "Ms"
    dialog.fields["function"].setText("Senior prosecutor")
    dialog.fields["phone"].setText("  +380 44 111 1111 ")
    dialog.fields["notes"].setPlainText("Vegan")
    dialog.accept()
    row = store.conn.execute("SELECT function, phone, notes, name FROM contacts WHERE id = ?", (contact,)).fetchone()
    assert tuple(row) == ("Senior prosecutor", "+380 44 111 1111", "Vegan", "Олена Коваленко")
    assert page.model.row_object(0).function == "Senior prosecutor"
    assert session.undo_stack.count() == 1

    # a blank name is refused; cancelling changes nothing
    dialog = page.edit_contact(contact)
    dialog.fields["name"].setText("   ")
    dialog.accept()
    assert dialog.isVisible()
    dialog.reject()
    assert store.conn.execute("SELECT name FROM contacts WHERE id = ?", (contact,)).fetchone()[0] == "Олена Коваленко"
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    assert store.conn.execute("SELECT function FROM contacts WHERE id = ?", (contact,)).fetchone()[0] == "Prosecutor"


def test_contacts_import_reports_the_counts(qtbot, setup, messages, tmp_path):
    session, _visit_id, _extra = setup
    store = session.store
    page = ContactsLibraryPage(session)
    qtbot.addWidget(page)
    csv = tmp_path / "contacts.csv"
    csv.write_text(
        "Name,E-mail,Function\n"
        "Jan Peeters,jan.peeters@example.org,Commissaris\n"
        "Olena Kovalenko,olena@example.org,Prosecutor\n"
        ",,\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(page.import_finished, timeout=20000) as blocker:
        page.import_contacts(csv)
    result = blocker.args[0]
    assert result.added == 1
    assert result.added + result.updated + result.unchanged == 2
    assert store.conn.execute("SELECT count(*) FROM contacts WHERE name = 'Jan Peeters'").fetchone()[0] == 1
    assert page.model.rowCount() == 6
    assert len(messages) == 1 and messages[0][0] == "information"
    assert "Added: 1" in messages[0][1]

    bad = tmp_path / "broken.vcf"
    bad.write_bytes(b"\x00\x01 not a card")
    with qtbot.waitSignal(page.import_finished, timeout=20000) as blocker:
        page.import_contacts(bad)
    assert blocker.args[0] is None
    assert messages[-1][0] == "warning"
    assert "broken.vcf" in messages[-1][1]


def test_the_paged_models_pass_the_model_tester(qtbot, qtmodeltester, setup):
    session, visit_id, _extra = setup
    articles = make_page(qtbot, session, visit_id)
    contacts = ContactsLibraryPage(session)
    themes = ThemesLibraryPage(session)
    library = ArticlesLibraryPage(session)
    for page in (contacts, themes, library):
        qtbot.addWidget(page)
    for page in (articles, contacts, themes, library):
        assert page.model.rowCount() > 0
        qtmodeltester.check(page.model)


def test_the_contacts_library_edits_a_contacts_organisation(qtbot, setup):
    """The library's dialog is the People page's: it has the organisation, saved as one undo step."""
    session, _visit_id, _extra = setup
    store = session.store
    store.conn.execute("INSERT INTO organisations (name) VALUES ('Parket Gent')")
    store.conn.commit()
    page = ContactsLibraryPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.search, "olena")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    contact = page.model.row_object(0).id
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(page.model.index(0, 0)).center()
    )
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.contact_dialog
    assert dialog is not None and dialog.organisation.isVisible()
    assert dialog.organisation.completer() is not None
    dialog.organisation.clear()
    qtbot.keyClicks(dialog.organisation, "parket gent")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    row = store.conn.execute(
        "SELECT o.name FROM contacts c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = ?", (contact,)
    ).fetchone()
    assert row is not None and row[0] == "Parket Gent"
    assert session.undo_stack.count() == 1
