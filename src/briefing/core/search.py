"""Finding articles and contacts again.

The user's words never reach FTS5 MATCH raw: ``match_expression`` keeps only word characters,
quotes every term, turns hyphenated and quoted words into phrases, and makes the last word a
prefix (search as you type). AND/OR/NOT/NEAR, ``*``, ``:``, ``-``, quotes and parentheses are
text, never syntax. The tokenizer (unicode61, diacritics removed) folds case and accents on both
sides, so "oekraiense" finds "Oekraïense" and "michael" finds "Michaël".

Speed: ranking every hit of a common word costs a bm25 score per hit (tens of thousands). The
number of hits is estimated first from the fts5vocab table (document counts per term, no scan).
Rare queries are ranked whole; for common ones, the first page is ranked among the newest
``WINDOW`` matching articles (a rowid range FTS5 walks without scoring the rest), and the result
says it is a window, with the estimated total.
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
    estimated: int = 0  # hits the query has, about (from the index's document counts)
    windowed: bool = False  # ranked among the newest WINDOW matches only


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


def _fts_fold(token: str) -> str:
    """A token as unicode61 (remove_diacritics 2) indexes it: lower case, Latin letters without
    diacritics; other scripts keep theirs (Ukrainian ї, Greek tonos)."""
    out = []
    for ch in token:
        if ord(ch) < 0x370 or 0x1E00 <= ord(ch) <= 0x1EFF:
            ch = unicodedata.normalize("NFD", ch)[0]
        out.append(ch)
    return "".join(out).lower()


def estimate_hits(store: Store, query_terms: list[Term]) -> int:
    """About how many articles match: the smallest document count of the query's tokens."""
    best: int | None = None
    for term in query_terms:
        for index, token in enumerate(term.tokens):
            token = _fts_fold(token)
            if term.prefix and index == len(term.tokens) - 1:
                upper = token[:-1] + chr(ord(token[-1]) + 1)
                row = store.conn.execute(
                    "SELECT coalesce(sum(doc), 0) FROM articles_vocab WHERE term >= ? AND term < ?", (token, upper)
                ).fetchone()
            else:
                row = store.conn.execute(
                    "SELECT coalesce(sum(doc), 0) FROM articles_vocab WHERE term = ?", (token,)
                ).fetchone()
            count = row[0]
            best = count if best is None else min(best, count)
    return best or 0


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
    estimated = estimate_hits(store, query_terms)  # decides the window only: a query with no hits is fast
    filters, params = [], [expression]
    if theme is not None:
        filters.append("f.rowid IN (SELECT article_id FROM article_themes WHERE theme_id = ?)")
        params.append(theme)
    if since:
        filters.append("a.published >= ?")
        params.append(since)
    if until:
        filters.append("a.published <> '' AND a.published <= ?")
        params.append(until)
    windowed = False
    if estimated > WINDOW and not filters:
        floor = store.conn.execute(
            "SELECT min(rowid) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
            "ORDER BY rowid DESC LIMIT ?)",
            (expression, WINDOW),
        ).fetchone()[0]
        if floor is not None:
            filters.append("f.rowid >= ?")
            params.append(floor)
            windowed = True
    snippet = "snippet(articles_fts, -1, '', '', '…', 16)" if snippets else "''"
    sql = (
        f"SELECT f.rowid AS id, a.title, a.published, {snippet} AS snippet "
        "FROM articles_fts f JOIN articles a ON a.id = f.rowid "
        "WHERE articles_fts MATCH ? " + "".join(f"AND {c} " for c in filters) + "ORDER BY f.rank LIMIT ?"
    )
    params.append(limit)
    rows = store.conn.execute(sql, params).fetchall()
    hits = [Hit(r["id"], r["title"], r["published"], " ".join(r["snippet"].split())) for r in rows]
    return Results(hits=hits, estimated=estimated, windowed=windowed)


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
