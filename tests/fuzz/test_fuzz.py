"""Property-based fuzzing: arbitrary Unicode at every text field, and nothing crashes.

Control characters, very long strings, right-to-left text, emoji (ZWJ sequences, flags), combining
marks, non-characters and markup-like text go through load -> export (PDF, DOCX, ICS), search,
article import and contact import. Refusing input is allowed, with ``InvalidFile`` and one line;
any other exception is a crash.

The default run tries a few examples per target. ``BRIEFING_FUZZ=1`` (``make fuzz``) tries
2,000 per target:

    BRIEFING_FUZZ=1 QT_QPA_PLATFORM=offscreen python -m pytest -q tests/fuzz --hypothesis-show-statistics
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis import strategies as st

from briefing.core.errors import InvalidFile
from briefing.core.interchange import visit_file as interchange
from briefing.core.interchange.articles import import_steps, read_article
from briefing.core.interchange.contacts import import_contacts, read_contacts
from briefing.core.pack import SECTIONS
from briefing.core.progress import run
from briefing.core.store import Store, open_store, repo
from briefing.core.store.search import search, search_contacts
from briefing.export import PackOptions, render
from tests.conftest import full_visit

# ---------------------------------------------------------------- how many examples

_COMMON = {
    "deadline": None,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,  # the project's autouse isolation fixture; examples use their own tmp dirs
    ],
    "print_blob": True,
}
settings.register_profile("briefing-fuzz-quick", max_examples=25, **_COMMON)
settings.register_profile("briefing-fuzz", max_examples=2000, **_COMMON)
FUZZ = settings(settings.get_profile("briefing-fuzz" if os.environ.get("BRIEFING_FUZZ") else "briefing-fuzz-quick"))


# ---------------------------------------------------------------- text

FRAGMENTS = [
    # right-to-left text and bidi controls
    "مرحبا بكم",
    "שלום עולם",
    "\u200f",
    "\u200e",
    "\u202e",
    "\u202b",
    "\u202c",
    "\u2066",
    "\u2067",
    "\u2069",
    "\u061c",
    # combining marks
    "\u0301",
    "e\u0301",
    "\u0301" * 40,
    "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349\u035a\u032f",
    # emoji: ZWJ sequences, flags, skin tones, variation selectors, tags
    "😀",
    "👩\u200d👩\u200d👧\u200d👦",
    "🇧🇪",
    "👍🏽",
    "🏳\ufe0f\u200d🌈",
    "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    # other scripts and wide glyphs
    "中文",
    "한국어",
    "ไทย",
    "हिन्दी",
    "Ελληνικά",
    "Олена Коваленко",
    "\ufdfd",
    "\U0001242b",
    "\U0001d54f",
    # invisible and odd characters
    "\ufffe",
    "\uffff",
    "\ufeff",
    "\ufffd",
    "\U0010ffff",
    "\u00ad",
    "\u200b",
    "\u00a0",
    "\u3000",
    "\u2028",
    "\u2029",
    "\x85",
    # line ends and C0 controls
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\t",
    "\x0b",
    "\x0c",
    "\x00",
    "\x1b[31m",
    "\x7f",
    # markup of every format the pack is written in
    "<b>",
    "</b>",
    "<i>x</i>",
    "</para>",
    "<para>",
    "&#9999999;",
    "&#0;",
    "&amp;",
    "&",
    "&nbsp;",
    "<br/>",
    '<font name="x">',
    "<![CDATA[",
    "]]>",
    '<?xml version="1.0"?>',
    "<!--",
    "<img src=x onerror=1>",
    "<w:p><w:r><w:t>",
    "%PDF-1.4",
    "BEGIN:VEVENT",
    "END:VCALENDAR",
    "\r\nBEGIN:VCARD\r\n",
    ";",
    ",",
    ":",
    "\\",
    "\\n",
    '"',
    "'",
    "{",
    "}",
    "{page}",
    "%s",
    "$(rm -rf /)",
    # words and dates the importers look for
    "Lees ook:",
    "À lire aussi",
    "Related articles",
    "Gepubliceerd op 5 maart 2024",
    "31 mei 2024",
    "2024-02-30",
    "29/02/2023",
    "- ",
    "# ",
    "**",
    "[link](http://x)",
    "http://example.org/" + "a" * 60,
    "a@b.c",
    "+32 2 000 00 00",
    " ",
    "   ",
]

_ANY = st.characters(codec=None, exclude_categories=("Cs",))  # everything but lone surrogates
_CONTROL = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.characters(min_codepoint=0x7F, max_codepoint=0x9F)
_ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
_PIECE = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(_ANY, max_size=12),
    st.text(_ASCII, min_size=1, max_size=12),
    st.text(_CONTROL, min_size=1, max_size=4),
)
SHORT = st.lists(_PIECE, max_size=8).map("".join)


def _stretch(piece: str, size: int) -> str:
    piece = piece or "x"
    return (piece * (size // len(piece) + 1))[:size]


# 2,000 to 20,000 characters: one piece repeated (a single unbroken "word", or text with spaces)
LONG = st.builds(_stretch, SHORT, st.integers(2_000, 20_000))
# Hypothesis favours the ends of a range: rare choices are taken from its middle.
TEXT = st.integers(0, 999).flatmap(lambda n: LONG if 500 <= n < 505 else SHORT)  # long in about 1 field of 200


# ---------------------------------------------------------------- helpers


@contextlib.contextmanager
def fresh_store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory(prefix="briefing-fuzz-") as folder:
        store = open_store(Path(folder) / "store.sqlite")
        try:
            yield store
        finally:
            store.close()


def note(outcome: str) -> None:
    """Count outcomes in the statistics (``--hypothesis-show-statistics``); plain tests call this too."""
    if currently_in_test_context():
        event(outcome)


def assert_refusal(exc: InvalidFile) -> None:
    """A refusal is one clear line: no traceback, no line break."""
    message = str(exc)
    assert message, "an empty refusal"
    assert "\n" not in message and "\r" not in message, f"refusal on several lines: {message!r}"
    assert "Traceback" not in message, message


def encodings(text: str) -> st.SearchStrategy[bytes]:
    """``text`` as bytes in the encodings people's machines write (only those that can encode it)."""
    out = []
    for codec in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"):
        try:
            out.append(text.encode(codec))
        except UnicodeEncodeError:
            continue
    return st.sampled_from(out)


# ---------------------------------------------------------------- visit files

KINDS = ["meeting", "presentation", "site_visit", "workshop", "panel", "meal", "transfer", "reception", "other", ""]
ROLES = ["delegation", "host", "speaker", "escort", "other", ""]
DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
TIMES = st.one_of(st.just(""), st.times().map(lambda t: t.strftime("%H:%M")))
KEYS = st.one_of(st.sampled_from(["a", "b", "c", "k1", "k2"]), st.text(_ANY, min_size=1, max_size=8))


def _keys(draw, size: int) -> list[str]:
    """``size`` different keys: fuzzed text, each ending in its own digit."""
    return [f"{draw(KEYS)}{index}" for index in range(size)]


def _sparse(draw, entry: dict) -> dict:
    """Leave out an optional field now and then: the loader fills in defaults."""
    return {k: v for k, v in entry.items() if k == "key" or draw(st.integers(0, 9))}


@st.composite
def visits(draw) -> dict:
    text = lambda: draw(TEXT)  # noqa: E731
    first = draw(DATES)
    start, end = sorted((first, draw(st.one_of(st.just(first), DATES))))
    visit = {
        "title": draw(st.one_of(TEXT, st.sampled_from(["x", " ", "\u200f", "\x00"]))),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "delegation": text(),
        "country": draw(st.sampled_from(["", "UA", "be", "EU", "Nl"])),
        "direction": draw(st.sampled_from(["inbound", "outbound", ""])),
        "host": text(),
        "location": text(),
        "purpose": text(),
        "classification": text(),
        "status": draw(st.sampled_from(["draft", "confirmed", "done", ""])),
    }
    org_keys = _keys(draw, draw(st.integers(0, 3)))
    organisations = [
        _sparse(draw, {"key": key, "name": text(), "country": text(), "notes": text()}) for key in org_keys
    ]
    contact_keys = _keys(draw, draw(st.integers(0, 5)))
    contacts = [
        _sparse(
            draw,
            {
                "key": key,
                "name": text(),
                "name_latin": text(),
                "title": text(),
                "function": text(),
                "organisation": draw(st.sampled_from(["", *org_keys])),
                "email": text(),
                "phone": text(),
                "role": draw(st.sampled_from(ROLES)),
                "notes": text(),
            },
        )
        for key in contact_keys
    ]
    theme_keys = _keys(draw, draw(st.integers(0, 3)))
    themes = [
        _sparse(
            draw,
            {
                "key": key,
                "title": text(),
                "summary": text(),
                "talking_points": draw(st.lists(TEXT, max_size=4)),
            },
        )
        for key in theme_keys
    ]
    some_date = st.one_of(st.just(""), st.just(start.isoformat()), st.just(end.isoformat()), DATES.map(str))
    programme = [
        _sparse(
            draw,
            {
                "date": draw(some_date),
                "start": draw(TIMES),
                "end": draw(TIMES),
                "title": text(),
                "location": text(),
                "kind": draw(st.one_of(st.sampled_from(KINDS), TEXT)),
                "description": text(),
                "contacts": draw(st.lists(st.sampled_from(["", *contact_keys]), max_size=6)),
                "themes": draw(st.lists(st.sampled_from(["", *theme_keys]), max_size=4)),
            },
        )
        for _ in range(draw(st.integers(0, 5)))
    ]
    articles = [
        _sparse(
            draw,
            {
                "title": text(),
                "published": draw(st.one_of(st.just(""), DATES.map(str))),
                "source": text(),
                "url": text(),
                "summary": text(),
                "body": text(),
                "themes": draw(st.lists(st.sampled_from(["", *theme_keys]), max_size=3)),
                "full_text": draw(st.booleans()),
            },
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    return {
        "format": "briefing-visit/1",
        "visit": visit,
        "organisations": organisations,
        "contacts": contacts,
        "themes": themes,
        "programme": programme,
        "articles": articles,
    }


@st.composite
def visit_files(draw) -> bytes:
    """A visit file as bytes: UTF-8 (with or without BOM) or UTF-16; now and then a lone surrogate."""
    data = draw(visits())
    if 40 <= draw(st.integers(0, 99)) < 45:
        data["visit"]["purpose"] = "\ud800" + data["visit"].get("purpose", "")
    text = json.dumps(data, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    return text.encode(codec, "surrogatepass")


pack_options = st.builds(
    PackOptions,
    lang=st.sampled_from(["nl", "fr", "en"]),
    audience=st.sampled_from(["internal", "external", "escort"]),
    sections=st.one_of(st.just(SECTIONS), st.lists(st.sampled_from(SECTIONS), unique=True).map(tuple)),
    summaries_only=st.booleans(),
)


def load_and_render(raw: bytes, fmt: str, options: PackOptions) -> bytes | None:
    """Load the file into a new store (its dump must read back) and render one format; None when refused."""
    try:
        data = interchange.parse(raw, "visit.json")
    except InvalidFile as exc:
        assert_refusal(exc)
        note("refused")
        return None
    note("loaded")
    with fresh_store() as store:
        visit_id = run(interchange.load_steps(store, data))
        interchange.warnings(data)
        interchange.parse(interchange.dumps(repo.visit_bundle(store, visit_id)), "dumped.json")
        return render(store, visit_id, fmt, options)


def _visit_with(**fields: object) -> bytes:
    """The complete test visit with some fields replaced (``section__index__field=value``)."""
    data = full_visit()
    for where, value in fields.items():
        node: object = data
        *path, last = where.split("__")
        for part in path:
            node = node[int(part)] if part.isdigit() else node[part]  # type: ignore[index]
        node[last] = value  # type: ignore[index]
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------- load -> export


@FUZZ
@given(raw=visit_files(), options=pack_options)
def test_fuzz_load_then_pdf(raw, options):
    out = load_and_render(raw, "pdf", options)
    if out is not None:
        assert out.startswith(b"%PDF")


@FUZZ
@given(raw=visit_files(), options=pack_options)
def test_fuzz_load_then_docx(raw, options):
    import docx

    out = load_and_render(raw, "docx", options)
    if out is not None:
        docx.Document(io.BytesIO(out))


@FUZZ
@given(raw=visit_files(), options=pack_options)
def test_fuzz_load_then_ics(raw, options):
    from icalendar import Calendar

    out = load_and_render(raw, "ics", options)
    if out is not None:
        Calendar.from_ical(out)


# ---------------------------------------------------------------- search


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Iterator[Store]:
    """A store with the demo visits, the complete test visit and a few hostile articles."""
    from briefing.core.demo import install_demo

    store = open_store(tmp_path_factory.mktemp("library") / "store.sqlite")
    install_demo(store)
    data = full_visit()
    data["articles"] += [
        {"title": "Ελληνικά άρθρα", "body": "Η αστυνομία της Αθήνας " * 20, "published": "2024-01-02"},
        {"title": "مرحبا \u200f بكم", "body": "שלום 😀 👩\u200d👩\u200d👧\u200d👦 e\u0301" * 50},
        {"title": '"AND" OR NOT NEAR(*) - : ^', "summary": "<b>&#9999999;</b>", "body": "\x00\x0b\ufffe"},
    ]
    run(interchange.load_steps(store, interchange.parse(json.dumps(data))))
    yield store
    store.close()


# words the library holds (in any case, with or without accents), the FTS5 syntax, and anything else
_WORDS = [
    "politie",
    "POLICE",
    "Benelux",
    "Oekraïense",
    "oekraiense",
    "veiligheid",
    "zone",
    "Montgomery",
    "burgers",
    "citizen",
    "Αθήνας",
    "αθηνας",
    "مرحبا",
    "שלום",
    "e\u0301",
    "de",
    "la",
]
_SYNTAX = ['"', "*", "-", ":", "^", "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR(", "{", "}", "+", " "]
QUERY = st.one_of(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2).flatmap(  # queries that find something
        lambda words: st.sampled_from(["{}", "{} ", '"{}"', "{}*", "-{}", "{} OR"]).map(
            lambda form: form.format(" ".join(words))
        )
    ),
    TEXT,
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),  # lone surrogates too (argv, paste)
    st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_SYNTAX), SHORT), max_size=8).flatmap(
        lambda parts: st.sampled_from([" ", "", "-", '"']).map(lambda sep: sep.join(parts))
    ),
)


@FUZZ
@given(
    query=QUERY,
    typing=st.booleans(),
    snippets=st.booleans(),
    since=st.sampled_from(["", "2024-01-01", "0001-01-01"]),
    until=st.sampled_from(["", "2024-12-31", "9999-12-31"]),
    theme=st.one_of(st.none(), st.integers(-1, 5)),
    limit=st.integers(1, 60),
)
def test_fuzz_search(library, query, typing, snippets, since, until, theme, limit):
    results = search(
        library, query, limit=limit, theme=theme, since=since, until=until, snippets=snippets, typing=typing
    )
    note("hits" if results.hits else "no hits")
    assert len(results.hits) <= limit
    for hit in search_contacts(library, query):
        assert hit[0].id is not None


# ---------------------------------------------------------------- article import

_ARTICLE_LINE = st.one_of(
    TEXT,
    st.sampled_from(
        [
            "",
            "Lees ook:",
            "Ook interessant voor u:",
            "À lire aussi",
            "See also",
            "31 mei 2024",
            "maandag 3 juni 2024 De burgemeester opent",
            "- 2 juni 2024 – Nieuw plan",
            "Gepubliceerd op 5 maart 2024",
            "publié le 30 mai 2024",
            "Published 31 May 2024",
            "31/02/2024",
            "99/99/9999",
            "# Titel",
            "===",
            "---",
            "**vet** *schuin* [link](http://x)",
            "<html><body><p>",
            "</p></body></html>",
        ]
    ),
)
ARTICLE_TEXT = st.lists(_ARTICLE_LINE, max_size=25).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n", "\r", "\n\n"]).map(lambda sep: sep.join(lines))
)


@st.composite
def html_pages(draw) -> str:
    from xml.sax.saxutils import escape

    wrap = escape if draw(st.booleans()) else (lambda s: s)
    title = wrap(draw(TEXT))
    paragraphs = "".join(
        f"<{tag}>{wrap(text)}</{tag}>"
        for tag, text in draw(st.lists(st.tuples(st.sampled_from(["p", "h2", "li", "div", "span"]), TEXT), max_size=8))
    )
    meta = draw(st.sampled_from(["", '<meta property="article:published_time" content="2024-05-31">']))
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


ARTICLE_BYTES = st.one_of(
    st.binary(max_size=3000),
    st.binary(max_size=500).map(lambda b: b"%PDF-1.4\n" + b),
    st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b),
    ARTICLE_TEXT.flatmap(encodings),
    html_pages().flatmap(encodings),
)
ARTICLE_SUFFIX = st.sampled_from([".txt", ".md", ".html", ".htm", ".markdown", ""])


def _import_article(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory(prefix="briefing-fuzz-") as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except InvalidFile as exc:
            assert_refusal(exc)
            note("refused")
            refused = True
        else:
            note("read")
            refused = False
            assert article.title and isinstance(article.body, str)
        with fresh_store() as store:
            for _ in range(2):  # the second time: the same article again
                report = run(import_steps(store, [path]))
                (result,) = report.results
                assert not result.reason.startswith("cannot import it ("), result.reason
                assert (result.status == "failed") == refused, result


@FUZZ
@given(data=ARTICLE_BYTES, suffix=ARTICLE_SUFFIX)
def test_fuzz_article_import(data, suffix):
    _import_article(data, suffix)


# ---------------------------------------------------------------- contact import

HEADERS = [
    "Name",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Title",
    "Job Title",
    "Company",
    "E-mail Address",
    "E-mail 2 Address",
    "Business Phone",
    "Mobile Phone",
    "Home Phone",
    "Notes",
    "Voornaam",
    "Achternaam",
    "Prénom",
    "Nom",
    "Société",
    "Courriel",
    "Name (Latin)",
    "",
]


def _one_line(text: str) -> str:
    """Text without the characters that end a line in a CSV or vCard file."""
    return "".join(" " if ch in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" else ch for ch in text)


@st.composite
def csv_files(draw) -> str:
    """Mostly a readable file (known headers, a name or e-mail column) with hostile cells; else anything."""
    if draw(st.integers(0, 3)):
        first = draw(st.sampled_from(["Name", "E-mail Address", "First Name", "Last Name", "Naam", "Courriel"]))
        headers = [first, *draw(st.lists(st.sampled_from(HEADERS), max_size=7))]
        cell = TEXT.map(lambda t: t.replace("\x00", ""))
    else:
        headers = draw(st.lists(st.one_of(st.sampled_from(HEADERS), TEXT), min_size=1, max_size=8))
        cell = TEXT
    rows = draw(st.lists(st.lists(cell, max_size=len(headers) + 2), max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    if draw(st.booleans()):
        buffer = io.StringIO()
        writer = csv.writer(
            buffer, delimiter=delimiter, quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
        )
        writer.writerow(headers)
        writer.writerows(rows)
        text = buffer.getvalue()
    else:  # written by hand: stray quotes and line breaks inside cells stay as they are
        text = "\n".join(delimiter.join(row) for row in [headers, *rows])
    if 40 <= draw(st.integers(0, 99)) < 60:
        text = f"sep={delimiter}\n" + text
    return text


VCARD_PROPS = [
    "FN",
    "N",
    "ORG",
    "TITLE",
    "ROLE",
    "EMAIL",
    "TEL",
    "NOTE",
    "ADR",
    "PHOTO",
    "X-CUSTOM",
    "item1.EMAIL",
    "BDAY",
    "VERSION",
    "BEGIN",
    "END",
    "",
]
VCARD_PARAMS = [
    "",
    ";TYPE=work",
    ";TYPE=WORK,PREF",
    ";type=cell;type=pref",
    ";PREF=1",
    ";WORK;VOICE",
    ";ENCODING=QUOTED-PRINTABLE",
    ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE",
    ";ENCODING=b",
    ";ENCODING=BASE64",
    ";VALUE=uri",
    ';LABEL="a;b"',
    ";=",
    ";;",
]


@st.composite
def vcard_files(draw) -> str:
    """Mostly well-formed cards with hostile values; else broken lines, parameters and folding."""
    well_formed = draw(st.integers(0, 3)) > 0
    props = VCARD_PROPS[:12] if well_formed else VCARD_PROPS
    params = VCARD_PARAMS[:6] if well_formed else VCARD_PARAMS
    cards = []
    for _ in range(draw(st.integers(1, 3))):
        lines = ["BEGIN:VCARD", "VERSION:" + draw(st.sampled_from(["2.1", "3.0", "4.0", "", "x"]))]
        for _ in range(draw(st.integers(0, 8))):
            prop = draw(st.sampled_from(props) if well_formed else st.one_of(st.sampled_from(props), st.text(_ASCII)))
            value = draw(st.one_of(TEXT, st.sampled_from(["a;b;c;d;e", "mailto:x@y.z", "tel:+32", "=C3=A9=", "@@"])))
            line = f"{prop}{draw(st.sampled_from(params))}:{_one_line(value) if well_formed else value}"
            if 40 <= draw(st.integers(0, 99)) < 60 and len(line) > 4:  # folded line
                cut = draw(st.integers(1, len(line) - 1))
                folds = ["\r\n ", "\n\t"] if well_formed else ["\r\n ", "\n\t", "=\r\n", "\n"]
                line = line[:cut] + draw(st.sampled_from(folds)) + line[cut:]
            lines.append(line)
        if well_formed or draw(st.booleans()):
            lines.append("END:VCARD")
        cards.append(draw(st.sampled_from(["\r\n", "\n"])).join(lines))
    return draw(st.sampled_from(["\r\n", "\n", ""])).join(cards)


CONTACT_BYTES = st.one_of(
    st.binary(max_size=2000),
    csv_files().flatmap(encodings),
    vcard_files().flatmap(encodings),
    st.lists(st.one_of(TEXT, st.sampled_from(["BEGIN:VCARD", "END:VCARD", "FN:x", "Name,E-mail"]))).flatmap(
        lambda lines: encodings("\n".join(lines))
    ),
)


def _import_contacts(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory(prefix="briefing-fuzz-") as folder:
        path = Path(folder) / f"contacts{suffix}"
        path.write_bytes(data)
        try:
            contacts = read_contacts(path)
        except InvalidFile as exc:
            assert_refusal(exc)
            note("refused")
            refused = True
        else:
            note("read")
            refused = False
            assert contacts and all(c.name or c.email for c in contacts)
        with fresh_store() as store:
            for _ in range(2):  # the second time: every contact is matched again
                try:
                    result = import_contacts(store, path)
                except InvalidFile as exc:
                    assert refused
                    assert_refusal(exc)
                else:
                    assert not refused
                    assert result.total == len(contacts) + result.skipped


@FUZZ
@given(data=CONTACT_BYTES, suffix=st.sampled_from([".csv", ".vcf", ".txt", ""]))
def test_fuzz_contact_import(data, suffix):
    _import_contacts(data, suffix)


# ---------------------------------------------------------------- crashes found by fuzzing, kept as plain tests


def test_pdf_toc_row_for_a_title_of_many_lines():
    """A TOC row cannot split across pages: an article title of 150 lines made one taller than a page."""
    out = load_and_render(_visit_with(articles__0__title="مرحبا بكم\n" * 150), "pdf", PackOptions())
    assert out.startswith(b"%PDF")


@pytest.mark.parametrize("sections", [SECTIONS, ("programme",)])
def test_pdf_programme_row_taller_than_a_page(sections):
    """A row split inside a cell re-broke its text at a wider width than the row was measured with; the
    row kept its measured height with one line left in it, and could fit on no page."""
    piece = "v\U000c1234\U0004b529¦𡩬ÆFمرحبا بكم%sÓ\U0008e5f5[b"
    raw = _visit_with(programme=[{"title": "", "description": _stretch(piece, 2954)}])
    out = load_and_render(raw, "pdf", PackOptions(sections=sections))
    assert out.startswith(b"%PDF")


def test_ics_visit_title_with_line_breaks():
    """X-WR-CALNAME is written as given: a line break in the visit's title broke the calendar file."""
    from icalendar import Calendar

    out = load_and_render(_visit_with(visit__title="Studiebezoek\nOekraïne\x0b2024\r\nBrussel"), "ics", PackOptions())
    calendar = Calendar.from_ical(out)
    assert str(calendar["X-WR-CALNAME"]) == "Studiebezoek Oekraïne 2024 Brussel"
