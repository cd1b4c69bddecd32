"""The store's reads: one model object per thing, and the paged lists' summaries of it."""

from __future__ import annotations

import dataclasses
import json

import pytest

from briefing.core import model
from briefing.core.errors import NotFound
from briefing.core.store import open_store, queries, repo
from tests.conftest import full_visit


@pytest.fixture
def loaded(cli, tmp_path, store_path):
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(full_visit()), encoding="utf-8")
    code, out, err = cli("load", path)
    assert code == 0, err
    store = open_store(store_path)
    yield store, int(out.strip().splitlines()[-1])
    store.close()


def test_library_objects_are_read_by_id(loaded):
    store, visit_id = loaded
    bundle = repo.visit_bundle(store, visit_id)
    for contact in bundle.contacts.values():
        assert repo.get_contact(store, contact.id) == contact
    for theme in bundle.themes:
        assert repo.get_theme(store, theme.id) == theme
    for article in bundle.articles:
        assert repo.get_article(store, article.id) == article
    for read in (repo.get_contact, repo.get_theme, repo.get_article):
        with pytest.raises(NotFound):
            read(store, 10**9)


def test_a_visits_own_themes_and_articles_in_its_order(loaded):
    store, visit_id = loaded
    bundle = repo.visit_bundle(store, visit_id)
    assert repo.visit_article_ids(store, visit_id) == [a.id for a in bundle.articles]
    own = repo.visit_theme_ids(store, visit_id)
    assert own and own == [t.id for t in bundle.themes][: len(own)]
    assert repo.visit_theme_ids(store, 10**9) == repo.visit_article_ids(store, 10**9) == []


def test_organisations_by_name(loaded):
    store, _visit_id = loaded
    names = repo.organisation_names(store)
    assert names == sorted(names, key=str.casefold) and "AD Veiligheid en Preventie" in names
    found = repo.find_organisation(store, "  ad veiligheid en preventie ")
    assert found is not None and repo.find_organisation(store, "nobody") is None


def test_talking_points_that_are_not_a_list_read_as_none():
    assert repo.decode_points('["a", 2]') == ["a", "2"]
    for bad in ("", None, "{}", '"text"', "not json"):
        assert repo.decode_points(bad) == []
    with pytest.raises(TypeError):
        repo.encode_points("one string")


@pytest.mark.parametrize(
    ("listing", "summary", "full"),
    [
        (lambda s: queries.visits(s), model.VisitSummary, model.Visit),
        (lambda s: queries.contacts(s), model.ContactSummary, model.Contact),
        (lambda s: queries.contacts(s, "olena"), model.ContactSummary, model.Contact),
        (lambda s: queries.articles(s), model.ArticleSummary, model.Article),
        (lambda s: queries.articles(s, "delegatie"), model.ArticleSummary, model.Article),
        (lambda s: queries.themes(s), model.ThemeSummary, model.Theme),
    ],
)
def test_the_lists_give_summaries_that_agree_with_the_model(loaded, listing, summary, full):
    store, _visit_id = loaded
    rows = listing(store)
    assert rows and all(type(r) is summary for r in rows)
    read = {
        model.Visit: repo.get_visit,
        model.Contact: repo.get_contact,
        model.Article: repo.get_article,
        model.Theme: repo.get_theme,
    }[full]
    shared = {f.name for f in dataclasses.fields(summary)} & {f.name for f in dataclasses.fields(full)}
    assert shared == {f.name for f in dataclasses.fields(summary)} - {"organisation"}
    for row in rows:
        whole = read(store, row.id)
        assert {k: getattr(row, k) for k in shared} == {k: getattr(whole, k) for k in shared}
