"""Importing articles: every format and encoding, the related-items block, re-import, bad files."""

from __future__ import annotations

import io
import sqlite3
import zipfile

import pytest

from briefing.core.errors import InvalidFile
from briefing.core.interchange.articles import read_article
from tests.conftest import snapshot

PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>ADVP verwelkomt delegatie | Veiligheid en Preventie</title>
<meta property="og:site_name" content="Veiligheid en Preventie">
<link rel="canonical" href="https://www.example.org/nl/nieuws/advp-delegatie">
<script>window.tracker = "SCRIPTTEKST"; document.write("SCRIPTTEKST");</script>
<style>.banner { color: red } /* STIJLTEKST */</style>
</head><body>
<div id="cookie-banner" class="cookie-consent">Deze website gebruikt cookies. COOKIEBANNER Aanvaarden of weigeren?</div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/nieuws">NAVIGATIEMENU Nieuws</a></li>
<li><a href="/contact">Contact</a></li></ul></nav></header>
<main><article>
<h1>ADVP en partners verwelkomen Oekraïense delegatie</h1>
<p class="meta">Gepubliceerd op <time datetime="2024-04-23">23 april 2024</time></p>
<p>Een delegatie van zes Oekraïense openbare aanklagers brengt van 22 tot 26 april een werkbezoek aan België om
meer inzicht te krijgen in het Belgische veiligheidslandschap, met speciale aandacht voor de Kadernota Integrale
Veiligheid.</p>
<p>Tijdens het bezoek maken de aanklagers kennis met de werking van de lokale politie in de politiezones
Montgomery en Brussel Noord, en met de preventieprojecten van de steden en gemeenten.</p>
<p>Mevrouw Diane Reynders, Belgisch openbaar aanklager op missie voor de Europese Commissie in Oekraïne, begeleidt
de delegatie tijdens het hele bezoek.</p>
<h2>Ook interessant voor u:</h2>
<ul>
<li><span class="date">31 mei 2024</span><p>De burgers zijn een onmisbare schakel in een geïntegreerd en integraal
veiligheidsbeleid, en hun betrokkenheid brengt uitdagingen met zich mee.</p></li>
<li><span class="date">17 mei 2024</span><p>Ben je werkzaam in veiligheid en criminaliteitspreventie? Schrijf je dan
nu in voor de Europese Conferentie.</p></li>
</ul>
</article>
<aside class="sidebar">ZIJBALK Populaire berichten</aside>
</main>
<footer>VOETTEKST © FOD Binnenlandse Zaken · Privacy · Toegankelijkheid</footer>
</body></html>
"""

CONFERENCE = """Burgers in de frontlinie bij de bestrijding van criminaliteit

Gepubliceerd op 31 mei 2024

De burgers zijn een onmisbare schakel in een geïntegreerd en integraal veiligheidsbeleid, en hun betrokkenheid
brengt uitdagingen met zich mee.

Op 30 mei 2024 organiseerde de Algemene Directie Veiligheid en Preventie een Europese conferentie in Brussel.
"""


def _rows(store_path, sql, *params):
    conn = sqlite3.connect(store_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_html_keeps_the_article_and_drops_the_page_around_it(tmp_path, cli, store_path):
    page = tmp_path / "advp.html"
    page.write_text(PAGE, encoding="utf-8")
    code, _, err = cli("import-articles", page)
    assert code == 0, err
    ((title, published, source, url, summary, body),) = _rows(
        store_path, "SELECT title, published, source, url, summary, body FROM articles"
    )
    assert title == "ADVP en partners verwelkomen Oekraïense delegatie"
    assert published == "2024-04-23"
    assert source == "Veiligheid en Preventie"
    assert url == "https://www.example.org/nl/nieuws/advp-delegatie"
    text = summary + "\n" + body
    assert summary.startswith("Een delegatie van zes Oekraïense openbare aanklagers")
    assert "Montgomery en Brussel Noord" in text and "Diane Reynders" in text
    for junk in ("SCRIPTTEKST", "STIJLTEKST", "COOKIEBANNER", "NAVIGATIEMENU", "ZIJBALK", "VOETTEKST", "cookies"):
        assert junk not in text, junk
    # the related block is not body text: it is stored as related items
    assert "Ook interessant" not in text and "Schrijf je dan" not in text
    related = _rows(store_path, "SELECT published, summary FROM article_related ORDER BY position")
    assert [r[0] for r in related] == ["2024-05-31", "2024-05-17"]
    assert related[0][1].startswith("De burgers zijn een onmisbare schakel")


def test_related_items_link_to_stored_articles_whichever_comes_first(tmp_path, cli, store_path):
    page = tmp_path / "advp.html"
    page.write_text(PAGE, encoding="utf-8")
    conference = tmp_path / "conferentie.txt"
    conference.write_text(CONFERENCE, encoding="utf-8")
    assert cli("import-articles", page)[0] == 0
    assert cli("import-articles", conference)[0] == 0  # imported after the page that points to it
    conference_id = _rows(store_path, "SELECT id FROM articles WHERE title LIKE 'Burgers%'")[0][0]
    links = _rows(store_path, "SELECT published, linked_article_id FROM article_related ORDER BY position")
    assert links == [("2024-05-31", conference_id), ("2024-05-17", None)]  # 17 May is not in the store


def test_windows_1252_text_with_euro_and_curly_quotes(tmp_path):
    path = tmp_path / "nota.txt"
    text = "Begroting preventie\r\n\r\nHet budget bedraagt 250 000 € voor “Wederzijds respect” – en ‘meer’.\r\n"
    path.write_bytes(text.encode("cp1252"))
    article = read_article(path)
    assert article.title == "Begroting preventie"
    assert "250 000 € voor “Wederzijds respect” – en ‘meer’." in article.body
    assert "Ã" not in article.body and "\ufffd" not in article.body


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "latin-1"])
def test_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / f"artikel-{encoding}.txt"
    body = "Oekraïense aanklagers in België; coöperatie en réunion à Bruxelles."
    path.write_bytes(f"Titel van het artikel\n\n{body}\n".encode(encoding))
    article = read_article(path)
    assert article.title == "Titel van het artikel"  # no BOM left in the title
    assert body in article.body


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("Gepubliceerd op 5 maart 2024", "2024-03-05"),
        ("publié le 30 mai 2024", "2024-05-30"),
        ("Published 31 May 2024", "2024-05-31"),
    ],
)
def test_publication_date_in_three_languages(tmp_path, sentence, iso):
    path = tmp_path / "a.md"
    path.write_text(
        f"# Een **titel**\n\n{sentence}\n\nDe tekst van het artikel.\n\nNog een alinea.\n", encoding="utf-8"
    )
    article = read_article(path)
    assert article.title == "Een titel"  # Markdown marks taken off
    assert article.published == iso
    assert sentence not in article.body and sentence not in article.summary


def test_an_event_date_in_the_text_is_not_a_publication_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Titel\n\nOp 12 juni 2024 vindt er een vervolg plaats.\n", encoding="utf-8")
    assert read_article(path).published == ""


def test_docx_and_pdf(tmp_path):
    import docx
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    document = docx.Document()
    document.add_heading("Samenwerking in de Benelux", level=0)
    document.add_paragraph("Gepubliceerd op 20 november 2020")
    document.add_paragraph("Het Benelux Strategisch overleg Politie blijft vooruit gaan.")
    document.add_paragraph("De ministers bevestigen hun engagement.")
    docx_path = tmp_path / "benelux.docx"
    document.save(docx_path)
    article = read_article(docx_path)
    assert article.title == "Samenwerking in de Benelux"
    assert article.published == "2020-11-20"
    assert "engagement" in article.summary + article.body

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle("Crisiscentrum jaarverslag")
    for n, line in enumerate(["Crisiscentrum jaarverslag", "", "Het Crisiscentrum coördineert de noodplanning."]):
        canvas.drawString(72, 800 - 16 * n, line)
    canvas.save()
    pdf_path = tmp_path / "jaarverslag.pdf"
    pdf_path.write_bytes(buffer.getvalue())
    article = read_article(pdf_path)
    assert article.title == "Crisiscentrum jaarverslag"
    assert "noodplanning" in article.summary + article.body


def test_reimport_adds_nothing_and_a_changed_version_updates(tmp_path, cli, store_path):
    path = tmp_path / "conferentie.txt"
    path.write_text(CONFERENCE, encoding="utf-8")
    assert cli("import-articles", path)[0] == 0
    code, out, _ = cli("import-articles", path)
    assert code == 0 and out.startswith("unchanged")
    assert _rows(store_path, "SELECT count(*) FROM articles") == [(1,)]

    path.write_text(CONFERENCE + "\nEen nieuwe alinea met aanvullende informatie.\n", encoding="utf-8")
    code, out, _ = cli("import-articles", path)
    assert code == 0 and out.startswith("updated")
    ((count, body),) = _rows(store_path, "SELECT count(*), body FROM articles")
    assert count == 1 and "aanvullende informatie" in body
    code, out, _ = cli("search", "aanvullende")
    assert code == 0 and "Burgers in de frontlinie" in out  # the search index follows the update


def test_one_bad_file_in_a_batch(tmp_path, cli, store_path):
    good = tmp_path / "goed.txt"
    good.write_text(CONFERENCE, encoding="utf-8")
    fake_pdf = tmp_path / "kapot.pdf"
    fake_pdf.write_bytes(b"%PDF-1.4 this is not really a pdf")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"   \n")
    binary = tmp_path / "foto.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    code, out, err = cli("import-articles", fake_pdf, good, empty, binary, tmp_path / "weg.txt")
    assert code == 2
    assert "goed.txt" in out
    lines = err.strip().splitlines()
    assert len(lines) == 4 and "Traceback" not in err
    assert any("kapot.pdf" in line and "PDF" in line for line in lines)
    assert any("leeg.txt" in line and "empty" in line for line in lines)
    assert any("foto.txt" in line and "not a text file" in line for line in lines)
    assert any("weg.txt" in line and "no such file" in line for line in lines)
    assert _rows(store_path, "SELECT title FROM articles") == [
        ("Burgers in de frontlinie bij de bestrijding van criminaliteit",)
    ]


def test_a_failed_file_leaves_the_store_unchanged(tmp_path, cli, store_path):
    good = tmp_path / "goed.txt"
    good.write_text(CONFERENCE, encoding="utf-8")
    assert cli("import-articles", good)[0] == 0
    before = snapshot(store_path)
    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"PK\x03\x04 not a real archive word/")
    code, _, err = cli("import-articles", bad)
    assert code == 2 and "kapot.docx" in err
    assert snapshot(store_path) == before


def test_unsupported_file_is_refused_with_advice(tmp_path):
    path = tmp_path / "oud.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0 old word file")
    with pytest.raises(InvalidFile, match=r"oud\.doc: .*\.docx"):
        read_article(path)


@pytest.mark.parametrize(
    ("heading", "date_line", "iso"),
    [
        ("À lire aussi", "30 mai 2024", "2024-05-30"),
        ("Related articles:", "31 May 2024", "2024-05-31"),
        ("Lees ook", "- 12 juni 2024", "2024-06-12"),
    ],
)
def test_related_block_in_three_languages(tmp_path, heading, date_line, iso):
    path = tmp_path / "a.txt"
    path.write_text(
        f"Titel\n\nEerste alinea van de tekst.\n\nTweede alinea.\n\n{heading}\n\n{date_line}\n"
        "Een aangekondigd artikel over preventie.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert heading not in article.body and "aangekondigd" not in article.body
    assert [(r.published, r.summary) for r in article.related] == [(iso, "Een aangekondigd artikel over preventie.")]


def test_docx_text_is_read_from_the_xml_as_word_shows_it(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Inleiding vóór de titel")
    document.add_heading("Samenwerking in de Benelux", level=1)
    paragraph = document.add_paragraph("Ministers ")
    paragraph.add_run("bevestigen").bold = True
    paragraph.add_run("\thun engagement")
    paragraph.add_run().add_break()
    paragraph.add_run("over grenzen heen.")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "TABELCEL"
    document.add_paragraph("Gepubliceerd op 20 november 2020")
    document.add_paragraph("Slotalinea.")
    path = tmp_path / "benelux.docx"
    document.save(path)
    article = read_article(path)
    assert article.title == "Inleiding vóór de titel"  # the first paragraph, as before
    assert article.published == "2020-11-20"
    text = article.summary + "\n\n" + article.body
    assert "Ministers bevestigen hun engagement over grenzen heen." in text.replace("\t", " ")
    assert "Samenwerking in de Benelux" in text and "Slotalinea." in text
    assert "TABELCEL" not in text  # the body's own paragraphs, as python-docx's document.paragraphs

    titled = docx.Document()
    titled.core_properties.title = "Titel uit de eigenschappen"
    titled.add_paragraph("")
    titled.save(tmp_path / "leeg.docx")
    assert read_article(tmp_path / "leeg.docx").title == "Titel uit de eigenschappen"


def test_docx_hyperlink_text_is_kept(tmp_path):
    from tests.fuzz.hostile_article_files import CONTENT_TYPES, DOCUMENT_HEAD, DOCUMENT_TAIL, PACKAGE_RELS

    body = (
        b"<w:p><w:r><w:t>Titel</w:t></w:r></w:p>"
        b'<w:p><w:r><w:t xml:space="preserve">Lees </w:t></w:r><w:hyperlink r:id="rId9" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        b'<w:r><w:t>het verslag</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> online.</w:t></w:r></w:p>'
    )
    path = tmp_path / "link.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        package.writestr("word/document.xml", DOCUMENT_HEAD + body + DOCUMENT_TAIL)
    article = read_article(path)
    assert (article.title, article.body) == ("Titel", "Lees het verslag online.")


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("**vet *en schuin* samen**", "vet en schuin samen"),
        ("Een *schuin* woord en __vet__ erbij", "Een schuin woord en vet erbij"),
        ("Zie [het verslag](https://example.org/verslag_(2024)) voor meer", "Zie het verslag voor meer"),
        ("5 * 3 en 4 * 2", "5 * 3 en 4 * 2"),
    ],
)
def test_markdown_marks_are_taken_off(tmp_path, line, plain):
    path = tmp_path / "a.md"
    path.write_text(f"# Titel met slot #\n\nEerste alinea.\n\n{line}\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Titel met slot"
    assert article.body == plain


def test_a_related_heading_followed_by_a_long_text_is_part_of_the_body(tmp_path):
    path = tmp_path / "a.txt"
    rest = "\n\n".join(f"Alinea {n} van het verslag over preventie." for n in range(500))
    path.write_text(f"Titel\n\nEerste alinea.\n\nLees ook\n\n{rest}\n", encoding="utf-8")
    article = read_article(path)
    assert article.related == []
    assert "Lees ook" in article.body and "Alinea 499 van het verslag" in article.body


def test_a_text_of_too_many_lines_is_refused(tmp_path):
    path = tmp_path / "regels.txt"
    path.write_bytes(b"Titel\n" + b"a\n" * 2_000_001)
    with pytest.raises(InvalidFile, match=r"regels\.txt: refused: more than 2,000,000 lines"):
        read_article(path)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12e juni 2024", "2024-06-12"),
        ("1er août 2024", "2024-08-01"),
        ("May 2nd, 2024", "2024-05-02"),
        ("30 Avr. 2024", "2024-04-30"),
        ("05/31/2024", "2024-05-31"),
        ("31 februari 2024", ""),
        ("12 xyzab 2024", ""),
    ],
)
def test_dates_are_read_with_the_month_table(text, iso):
    from briefing.core.interchange import dates

    assert dates.parse_date(text) == iso
