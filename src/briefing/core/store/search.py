"""Finding articles and contacts again.

The user's words never reach FTS5 MATCH raw: ``match_expression`` keeps only word characters,
quotes every term, turns hyphenated and quoted words into phrases, and makes the last word a
prefix (search as you type). AND/OR/NOT/NEAR, ``*``, ``:``, ``-``, quotes and parentheses are
text, never syntax. The tokenizer (unicode61, diacritics removed) folds case and accents on both
sides, so "oekraiense" finds "Oekraïense" and "michael" finds "Michaël".

Speed: ranking every hit of a common word costs a bm25 score per hit (tens of thousands). So the
newest ``WINDOW`` + 1 matches are read first, unranked (FTS5 walks its doclists backwards and
stops); a query with at most ``WINDOW`` hits is ranked whole, a commoner one is ranked among its
newest ``WINDOW`` matches (a rowid range FTS5 applies before scoring), and says so. A phrase with
that many matches lists its newest: bm25 would first count the phrase over the whole library.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from briefing.core.model import Contact, Organisation
from briefing.core.store import Store, repo

WINDOW = 2000  # hits ranked at most for one page of a common query
_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class Term:
    tokens: tuple[str, ...]  # one token: a word; several: a phrase
    prefix: bool = False


@dataclass
class Hit:
    id: int
    title: str
    published: str
    snippet: str = ""


@dataclass
class Results:
    hits: list[Hit] = field(default_factory=list)
    estimated: int = 0  # the number of hits, up to WINDOW + 1 ("more than WINDOW")
    windowed: bool = False  # more than WINDOW hits: the newest WINDOW were ranked


def terms(query: str, typing: bool = True) -> list[Term]:
    """The user's query as terms: words, hyphenated words and quoted text as phrases.

    With ``typing``, the last word is a prefix unless the query ends in a space or a closing quote.
    """
    query = unicodedata.normalize("NFC", query)
    out: list[Term] = []
    position = 0
    quoted_last = False
    for match in _QUOTED.finditer(query):
        out.extend(_plain_terms(query[position : match.start()]))
        tokens = tuple(_WORD.findall(match.group(1)))
        if tokens:
            out.append(Term(tokens))
        position = match.end()
    rest = query[position:]
    out.extend(_plain_terms(rest))
    quoted_last = not rest.strip() and position > 0
    if typing and out and not quoted_last and not query[-1:].isspace():
        last = out[-1]
        out[-1] = Term(last.tokens, prefix=True)
    return out


def _plain_terms(text: str) -> list[Term]:
    out = []
    for chunk in text.replace('"', " ").split():
        tokens = tuple(_WORD.findall(chunk))
        if tokens:
            out.append(Term(tokens))
    return out


_TONOS = {"α": "ά", "ε": "έ", "η": "ή", "ι": "ί", "ο": "ό", "υ": "ύ", "ω": "ώ"}


def _greek_variants(token: str) -> list[str]:
    """unicode61 keeps Greek accents: a Greek word typed without its tonos is also tried with the
    tonos on each vowel in turn (a Greek word carries at most one)."""
    lower = token.lower()
    if any(ch in "άέήίόύώΐΰ" for ch in lower) or not any("\u0370" <= ch <= "\u03ff" for ch in lower):
        return [token]
    variants = [lower]
    for index, ch in enumerate(lower):
        if ch in _TONOS:
            variants.append(lower[:index] + _TONOS[ch] + lower[index + 1 :])
    return variants


def match_expression(query_terms: list[Term]) -> str:
    """An FTS5 MATCH expression in which every token is a quoted string: never a syntax error."""
    parts = []
    for term in query_terms:
        star = " *" if term.prefix else ""
        if len(term.tokens) == 1 and len(variants := _greek_variants(term.tokens[0])) > 1:
            parts.append("(" + " OR ".join(f'"{v}"{star}' for v in variants) + ")")
            continue
        quoted = '"' + " ".join(t.replace('"', '""') for t in term.tokens) + '"'
        parts.append(quoted + star)
    return " AND ".join(parts)


def _fold(text: str) -> str:
    """Lower case without diacritics (any script): for matching contacts in Python."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def search(
    store: Store,
    query: str,
    *,
    limit: int = 50,
    theme: int | None = None,
    since: str = "",
    until: str = "",
    snippets: bool = False,
    typing: bool = True,
) -> Results:
    """Articles matching ``query``, best first; filters by theme id and published date range."""
    query_terms = terms(query, typing=typing)
    if not query_terms:
        return Results()
    expression = match_expression(query_terms)
    filters: list[str] = []
    params: list[str | int] = [expression]
    if theme is not None:
        filters.append("f.rowid IN (SELECT article_id FROM article_themes WHERE theme_id = ?)")
        params.append(theme)
    if since:
        filters.append("a.published >= ?")
        params.append(since)
    if until:
        filters.append("a.published <> '' AND a.published <= ?")
        params.append(until)
    where = "WHERE articles_fts MATCH ? " + "".join(f"AND {c} " for c in filters)
    # the newest WINDOW + 1 matches, unranked: FTS5 walks its doclists backwards and stops there
    join = "JOIN articles a ON a.id = f.rowid " if filters else ""
    newest = store.conn.execute(
        f"SELECT f.rowid FROM articles_fts f {join}{where}ORDER BY f.rowid DESC LIMIT ?", [*params, WINDOW + 1]
    ).fetchall()
    if not newest:
        return Results()
    windowed = len(newest) > WINDOW
    # rank only those: a rowid range FTS5 applies before scoring
    where += "AND f.rowid >= ? "
    params.append(newest[min(len(newest), WINDOW) - 1][0])
    # bm25 counts a phrase's matches over the whole library first (100 ms for "de een"): a phrase
    # with more than WINDOW matches lists its newest matches instead
    phrase = any(len(t.tokens) > 1 for t in query_terms)
    order = "f.rowid DESC" if windowed and phrase else "f.rank"
    snippet = "snippet(articles_fts, -1, '', '', '…', 16)" if snippets else "''"
    sql = (
        f"SELECT f.rowid AS id, a.title, a.published, {snippet} AS snippet "
        f"FROM articles_fts f JOIN articles a ON a.id = f.rowid {where}ORDER BY {order} LIMIT ?"
    )
    rows = store.conn.execute(sql, [*params, limit]).fetchall()
    hits = [Hit(r["id"], r["title"], r["published"], " ".join(r["snippet"].split())) for r in rows]
    return Results(hits=hits, estimated=len(newest) if not windowed else WINDOW + 1, windowed=windowed)


def like_scan(store: Store, word: str, limit: int = 50) -> list[int]:
    """The naive baseline the benchmark compares against: LIKE '%word%' over every article."""
    pattern = f"%{word}%"
    rows = store.conn.execute(
        "SELECT id FROM articles WHERE title LIKE ? OR summary LIKE ? OR body LIKE ? LIMIT ?",
        (pattern, pattern, pattern, limit),
    ).fetchall()
    return [r[0] for r in rows]


def search_contacts(store: Store, text: str) -> list[tuple[Contact, Organisation | None]]:
    """Contacts in which every word of ``text`` starts a word of the name, Latin name, function,
    organisation or e-mail address (case and diacritics ignored, in every script)."""
    words = [_fold(w) for w in _WORD.findall(unicodedata.normalize("NFC", text))]
    out = []
    for contact, org in repo.list_contacts(store):
        fields = (contact.name, contact.name_latin, contact.function, org.name if org else "", contact.email)
        haystack = _WORD.findall(_fold(" ".join(fields)))
        if all(any(h.startswith(w) for h in haystack) for w in words):
            out.append((contact, org))
    return out


__all__ = ["Hit", "Results", "Term", "like_scan", "match_expression", "search", "search_contacts", "terms"]
