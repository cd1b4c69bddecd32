"""Searching articles and contacts: folding, scripts, prefixes, filters, and syntax that is only text."""

from __future__ import annotations

import json

import pytest

from briefing.core.store import open_store
from briefing.core.store.search import WINDOW, match_expression, search, terms
from tests.conftest import full_visit

ARTICLES = [
    ("Oekraïense aanklagers op bezoek", "2024-04-23", "Zes openbare aanklagers uit Oekraïne bezoeken België."),
    (
        "Korpschef Michaël Jonniaux ontvangt delegatie",
        "2024-04-24",
        "De politiezone Montgomery stelt haar werking voor.",
    ),
    ("Прокурори з України", "2024-04-25", "Делегація прокурорів відвідала Бельгію."),
    ("Ελληνική αστυνομία", "2024-05-02", "Συνεργασία με την αστυνομία του Βελγίου."),
    ("X-ray scanners at the border", "2024-06-01", "O'Brien said the x-ray units work near the border."),
    ("Veiligheid en preventie", "2023-01-10", "Integrale veiligheid: preventie AND repressie (NEAR of niet)."),
]


@pytest.fixture
def store(store_path):
    s = open_store(store_path)
    with s.transaction():
        for title, published, body in ARTICLES:
            s.db["articles"].insert({"title": title, "published": published, "body": body})
    return s


def _titles(results) -> list[str]:
    return [h.title for h in results.hits]


def test_case_and_diacritics_do_not_matter(store):
    assert _titles(search(store, "oekraiense")) == ["Oekraïense aanklagers op bezoek"]
    assert _titles(search(store, "OEKRAÏENSE")) == ["Oekraïense aanklagers op bezoek"]
    assert _titles(search(store, "michael")) == ["Korpschef Michaël Jonniaux ontvangt delegatie"]


def test_cyrillic_and_greek(store):
    assert _titles(search(store, "прокурори")) == ["Прокурори з України"]
    assert _titles(search(store, "ПРОКУР")) == ["Прокурори з України"]  # prefix, other case
    assert _titles(search(store, "ΑΣΤΥΝΟΜΊΑ")) == ["Ελληνική αστυνομία"]  # case folded
    assert _titles(search(store, "ελλην")) == ["Ελληνική αστυνομία"]
    assert _titles(search(store, "αστυνομια")) == ["Ελληνική αστυνομία"]  # typed without the tonos
    assert _titles(search(store, "ελληνικη αστυν")) == ["Ελληνική αστυνομία"]
    assert _titles(search(store, "україни")) == ["Прокурори з України"]


def test_prefix_as_the_user_types(store):
    assert _titles(search(store, "aankl")) == ["Oekraïense aanklagers op bezoek"]
    assert _titles(search(store, "aankl ", typing=True)) == []  # a finished word is a whole word
    assert _titles(search(store, "aanklagers op bez")) == ["Oekraïense aanklagers op bezoek"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        '"open',
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "NEAR(a b",
        "-x",
        "x-ray",
        "O'Brien",
        "*",
        "**",
        "a*b",
        ":",
        "title:veiligheid",
        "(",
        ")",
        "((veiligheid",
        "veiligheid)",
        "^",
        "+",
        "{a b}",
        "\\",
        "'",
        "` ~",
        "—",
    ],
)
def test_syntax_is_text_never_an_error(store, query):
    results = search(store, query)  # never raises
    assert isinstance(results.hits, list)


def test_syntax_words_are_searched_as_words(store):
    assert _titles(search(store, "x-ray")) == ["X-ray scanners at the border"]
    assert _titles(search(store, "O'Brien")) == ["X-ray scanners at the border"]
    assert _titles(search(store, "AND repressie")) == ["Veiligheid en preventie"]
    assert sorted(_titles(search(store, "NEAR("))) == ["Veiligheid en preventie", "X-ray scanners at the border"]
    assert _titles(search(store, '"veiligheid en preventie"')) == ["Veiligheid en preventie"]
    assert _titles(search(store, "title:veiligheid")) == []  # "title" is a word here, not a column filter


def test_match_expression_quotes_every_token():
    expression = match_expression(terms('NEAR(a "b c" x-ray -d* e'))
    assert expression == '"NEAR a" AND "b c" AND "x ray" AND "d" AND "e" *'


def test_title_ranks_above_body(store):
    with store.transaction():
        store.db["articles"].insert({"title": "Iets anders", "body": "preventie " * 3})
    results = search(store, "preventie")
    assert results.hits[0].title == "Veiligheid en preventie"


def test_date_range_and_theme_filters(store):
    assert _titles(search(store, "aanklagers", since="2024-04-24")) == []
    assert len(search(store, "a", since="2024-04-01", until="2024-04-30").hits) >= 1
    with store.transaction():
        theme = store.db["themes"].insert({"title": "Oekraïne"}).last_pk
        store.conn.execute("INSERT INTO article_themes (article_id, theme_id) VALUES (3, ?)", (theme,))
    assert _titles(search(store, "України", theme=theme)) == ["Прокурори з України"]
    assert _titles(search(store, "oekraiense", theme=theme)) == []


def test_common_words_rank_a_window_not_every_hit(store):
    with store.transaction():
        for n in range(WINDOW + 50):
            store.db["articles"].insert({"title": f"Bericht {n}", "body": "gemeenschappelijk woord"})
        store.db["articles"].insert({"title": "Gemeenschappelijk in de titel", "body": "gemeenschappelijk"})
    results = search(store, "gemeenschappelijk", limit=10)
    assert results.windowed and results.estimated >= WINDOW
    assert results.hits[0].title == "Gemeenschappelijk in de titel"  # the newest hits are ranked
    assert len(results.hits) == 10


def test_cli_search_exit_codes_and_json(cli, store):
    code, out, _ = cli("search", "oekraiense")
    assert code == 0 and "Oekraïense aanklagers op bezoek" in out
    code, out, _ = cli("search", "zzzzzz")
    assert code == 1 and out == ""
    code, out, _ = cli("search", 'NEAR( "x-ray', "--json")
    assert code == 0
    (hit,) = json.loads(out)
    assert set(hit) == {"id", "title", "published", "snippet"}
    assert hit["published"] == "2024-06-01" and "x-ray" in hit["snippet"].lower()
    code, _, err = cli("search", "a", "--from", "31/12/2024")
    assert code == 2 and "--from" in err
    code, _, err = cli("search", "a", "--theme", "bestaat niet")
    assert code == 2 and "theme" in err


def test_contacts_search(cli, tmp_path):
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(full_visit()), encoding="utf-8")
    assert cli("load", path)[0] == 0
    code, out, _ = cli("contacts", "--json")
    everyone = json.loads(out)
    accented = next(c for c in everyone if any(ch in c["name"] for ch in "éëïèÉ"))
    plain = "".join(ch for ch in accented["name"] if ch.isascii()).split()[-1].lower()
    code, out, _ = cli("contacts", "--search", plain, "--json")
    assert code == 0 and accented["id"] in [c["id"] for c in json.loads(out)]
    org_word = next(c for c in everyone if c["organisation"])["organisation"].split()[0].upper()
    code, out, _ = cli("contacts", "--search", org_word, "--json")
    assert json.loads(out) and all(
        org_word.lower() in (c["organisation"] + c["name"] + c["function"]).lower() for c in json.loads(out)
    )
    code, out, _ = cli("contacts", "--search", 'NEAR( "*', "--json")
    assert code == 0 and json.loads(out) == []
