"""The articles page's "shareable with the delegation" box: a click marks the article, the pack for the
delegation then carries it, and undo takes the mark back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from briefing.core.pack.assemble import PackOptions, assemble
from briefing.core.store import open_store, repo
from briefing.ui.pages.articles import SHAREABLE_COLUMN, ArticlesPage
from briefing.ui.session import Session
from tests.conftest import full_visit, write_json


@pytest.fixture
def session(cli, store_path, tmp_path):
    code, out, err = cli("load", write_json(tmp_path / "visit.json", full_visit()))
    assert code == 0, err
    store = open_store(store_path)
    session = Session(store)
    yield session, int(out.split()[-1])
    session.undo_stack.clear()
    store.close()


def shareable(store, visit_id) -> list[int]:
    return [r[0] for r in store.conn.execute(
        "SELECT shareable FROM visit_articles WHERE visit_id = ? ORDER BY position", (visit_id,)
    )]  # fmt: skip


def click_the_box(qtbot, tree, row: int) -> None:
    """A click on the check box the style draws in the row's Shareable cell."""
    index = tree.indexFromItem(tree.topLevelItem(row), SHAREABLE_COLUMN)
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def external_titles(store, visit_id) -> list[str]:
    document = assemble(repo.visit_bundle(store, visit_id), PackOptions(audience="external"))
    return [h.text for s in document.sections if s.key == "articles" for h in s.blocks if hasattr(h, "level")]


def test_a_click_marks_an_article_shareable_and_undo_takes_it_back(qtbot, session):
    session, visit_id = session
    store = session.store
    page = ArticlesPage(session)
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.tree.headerItem().text(SHAREABLE_COLUMN) == "Shareable"
    assert shareable(store, visit_id) == [0, 0]  # nothing is shared unless the officer says so
    assert external_titles(store, visit_id) == []

    click_the_box(qtbot, page.tree, 1)
    qtbot.waitUntil(lambda: shareable(store, visit_id) == [0, 1], timeout=3000)
    assert page.tree.topLevelItem(1).checkState(SHAREABLE_COLUMN) == Qt.CheckState.Checked
    assert external_titles(store, visit_id)[1:] == ["Citizen participation"]
    assert session.undo_stack.undoText() == "Shareable with the delegation"

    session.undo_stack.undo()
    assert shareable(store, visit_id) == [0, 0]
    assert page.tree.topLevelItem(1).checkState(SHAREABLE_COLUMN) == Qt.CheckState.Unchecked
    session.undo_stack.redo()
    assert shareable(store, visit_id) == [0, 1]
