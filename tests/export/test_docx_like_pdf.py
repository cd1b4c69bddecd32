"""The DOCX as the PDF: proofing in the pack's language, the version line in the footer, tables
with rules and rows that stay whole, and a table of contents that has its page numbers before
anyone updates its field. Asserted on the DOCX's own XML."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile

import docx
import pypdf
import pytest
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PROOFING = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}
VERSION = {"nl": "Versie 1 van ", "fr": "Version 1 du ", "en": "Version 1 of "}


def _part(path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def _export(cli, visit, tmp_path, *options: str):
    target = tmp_path / "pack.docx"
    code, _, err = cli("export", visit, "--format", "docx", "-o", target, *options)
    assert code == 0, err
    return target


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_proofing_language_is_the_packs(cli, ukraine, tmp_path, lang):
    target = _export(cli, ukraine, tmp_path, "--lang", lang)
    styles = _part(target, "word/styles.xml")
    defaults = re.search(r"<w:rPrDefault>.*?</w:rPrDefault>", styles, re.S).group(0)
    assert f'w:lang w:val="{PROOFING[lang]}"' in defaults  # every run inherits it
    assert set(re.findall(r'<w:lang w:val="([^"]+)"', styles)) == {PROOFING[lang]}  # no style says en-US
    assert f'<w:themeFontLang w:val="{PROOFING[lang]}"' in _part(target, "word/settings.xml")
    document = docx.Document(str(target))
    assert document.core_properties.language == lang


def test_the_proofing_language_overrides_a_house_style_that_names_another(cli, full, tmp_path):
    reference = docx.Document()
    normal = reference.styles["Normal"].element.get_or_add_rPr()
    lang = normal.makeelement(f"{W}lang", {f"{W}val": "de-DE"})
    normal.append(lang)
    reference.save(str(tmp_path / "huisstijl.docx"))
    code, _, err = cli("house-style", "--docx", tmp_path / "huisstijl.docx")
    assert code == 0, err
    styles = _part(_export(cli, full, tmp_path, "--lang", "fr"), "word/styles.xml")
    assert "de-DE" not in styles and 'w:val="fr-BE"' in styles


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_footer_carries_the_version_line_and_the_page_number(cli, ukraine, tmp_path, lang):
    document = docx.Document(str(_export(cli, ukraine, tmp_path, "--lang", lang)))
    footer = document.sections[0].footer
    text = "".join(p.text for p in footer.paragraphs)
    assert VERSION[lang] in text
    assert text.index(VERSION[lang]) < text.index("\t")  # at the left, as in the PDF
    xml = footer._element.xml
    assert " PAGE " in xml and " NUMPAGES " in xml


def test_tables_have_rules_not_a_black_grid_and_programme_rows_stay_whole(cli, ukraine, tmp_path):
    document = docx.Document(str(_export(cli, ukraine, tmp_path)))
    tables = document.tables
    assert len(tables) > 5
    for table in tables:
        tbl_pr = table._tbl.tblPr
        style = tbl_pr.find(f"{W}tblStyle")
        assert style is None or style.get(f"{W}val") != "TableGrid"
        borders = tbl_pr.find(f"{W}tblBorders")
        if borders is None:  # no table style either: no grid at all (the cover rules its cells itself)
            continue
        sides = {el.tag[len(W) :]: el.get(f"{W}val") for el in borders}
        assert sides["insideV"] == sides["left"] == sides["right"] == "nil"  # no vertical lines, no frame
        assert sides["insideH"] == "single" and borders.find(f"{W}insideH").get(f"{W}color") != "auto"
    programme = [t for t in tables if t.rows[0].cells[0].text == "Uur"]
    fields = [t for t in tables if t.rows[0].cells[0].text == "Doel"]  # the practical information
    for table in programme + fields:  # ruled as the PDF's
        assert table._tbl.tblPr.find(f"{W}tblBorders") is not None
    assert len(programme) == 5  # one a day
    for table in programme:
        header = table.rows[0]._tr
        assert header.trPr.find(f"{W}tblHeader") is not None  # the header row repeats on every page
        assert header.xpath(".//w:shd/@w:fill") == ["1F4E79"] * len(table.columns)  # shaded as the PDF's
        for row in table.rows:
            assert row._tr.trPr is not None and row._tr.trPr.find(f"{W}cantSplit") is not None


def _toc(target) -> tuple[list[tuple[str, str, str]], etree._Element]:
    """The TOC's entries as (bookmark, title, page number) from document.xml, and the body."""
    body = etree.fromstring(_part(target, "word/document.xml").encode()).find(f"{W}body")
    entries = []
    for link in body.iter(f"{W}hyperlink"):
        anchor = link.get(f"{W}anchor", "")
        if not anchor.startswith("_Toc"):
            continue
        texts = [t.text or "" for t in link.iter(f"{W}t")]
        instructions = "".join(t.text or "" for t in link.iter(f"{W}instrText"))
        assert f"PAGEREF {anchor} \\h" in instructions  # Word's "update page numbers" finds its field
        entries.append((anchor, texts[0], texts[-1]))
    return entries, body


def test_the_toc_has_page_numbers_and_links_before_the_field_is_updated(cli, ukraine, tmp_path):
    target = _export(cli, ukraine, tmp_path)
    entries, body = _toc(target)
    headings = {}  # bookmark -> (heading text, level)
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        for mark in p.iter(f"{W}bookmarkStart"):
            headings[mark.get(f"{W}name")] = ("".join(t.text or "" for t in p.iter(f"{W}t")), style.get(f"{W}val"))
    assert len(entries) == 29
    pages = []
    for anchor, title, number in entries:
        assert headings[anchor][0] == title and headings[anchor][1] in ("Heading1", "Heading2")  # a link to it
        assert number.isdigit(), (title, number)
        pages.append(int(number))
    assert pages == sorted(pages) and pages[0] == 3  # the cover, the contents, then the first section
    firsts = [int(n) for a, _, n in entries if headings[a][1] == "Heading1"]
    assert firsts == sorted(set(firsts))  # each section on a page of its own
    # the field stays: Word's "update field" rebuilds it
    xml = _part(target, "word/document.xml")
    assert 'TOC \\o "1-2" \\h \\z \\u' in xml
    assert '<w:fldChar w:fldCharType="begin" w:dirty="true"/>' in xml
    assert "w:updateFields" in _part(target, "word/settings.xml")


def test_a_section_starts_with_page_break_before_not_a_paragraph_holding_a_break(cli, ukraine, tmp_path):
    """A paragraph that only holds a page break needs a line at the foot of the page before; where
    there is none it goes to a page of its own, and that page stays blank."""
    document = docx.Document(str(_export(cli, ukraine, tmp_path)))
    h1 = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert len(h1) == 5 and all(p.paragraph_format.page_break_before for p in h1)
    body = document.element.body
    for p in body.iter(f"{W}p"):
        if p.xpath('.//w:br[@w:type="page"]'):
            assert "".join(t.text or "" for t in p.iter(f"{W}t")).strip()


def _dejavu_house_style(path) -> None:
    """The shipped reference document set in DejaVu Sans Condensed: a font LibreOffice has here,
    and whose metrics Briefing ships."""
    from briefing.export.docx import reference_document

    reference = docx.Document(str(reference_document()))
    styles = reference.styles.element
    for fonts in styles.iter(f"{W}rFonts"):
        for name in list(fonts.attrib):
            del fonts.attrib[name]
        for attribute in ("ascii", "hAnsi", "cs", "eastAsia"):
            fonts.set(f"{W}{attribute}", "DejaVu Sans Condensed")
    reference.save(str(path))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_the_toc_numbers_are_the_pages_libreoffice_puts_the_headings_on(cli, ukraine, tmp_path):
    found = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans Condensed"], capture_output=True, text=True)
    if "DejaVuSansCondensed" not in found.stdout:
        pytest.skip("LibreOffice would set the DOCX in another font than it names")
    _dejavu_house_style(tmp_path / "huisstijl.docx")
    assert cli("house-style", "--docx", tmp_path / "huisstijl.docx")[0] == 0
    target = _export(cli, ukraine, tmp_path)
    entries, _ = _toc(target)
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "lo"), str(target)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    reader = pypdf.PdfReader(str(tmp_path / "lo" / "pack.pdf"))
    placed = []  # LibreOffice's outline: each heading and the page it is on

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                placed.append((item.title.strip(), reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    wrong = []
    for _, title, number in entries:
        at = next(i for i, (t, _) in enumerate(placed) if t == title.strip())
        page = placed.pop(at)[1]
        if page != int(number):
            wrong.append((title, number, page))
    assert len(entries) == 29 and len(wrong) <= 1, wrong  # all, on this machine; one off is tolerated


MEMORY_CAP = int(1.5 * 1024**3)
TIMEOUT_S = 30  # the export takes about a second; the cap and the limit stop a runaway layout


def _capped() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def test_a_house_style_with_nonsense_values_and_a_huge_word_still_gets_a_docx(cli, full, store_path, tmp_path):
    """The page estimate reads what a house style says; values that make no sense (no number, a
    line spacing of 0, margins larger than the page) and a 300,000-character word cost it neither
    the export nor much time."""
    reference = docx.Document()
    styles = reference.styles.element
    normal = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    ppr = etree.SubElement(normal, f"{W}pPr")
    etree.SubElement(ppr, f"{W}spacing", {f"{W}line": "0", f"{W}after": "-99999999999", f"{W}before": "x"})
    rpr = etree.SubElement(normal, f"{W}rPr")
    etree.SubElement(rpr, f"{W}sz", {f"{W}val": "abc"})
    margins = reference.sections[0]._sectPr.find(f"{W}pgMar")
    margins.set(f"{W}top", "99999")
    margins.set(f"{W}bottom", "junk")
    reference.save(str(tmp_path / "onzin.docx"))
    assert cli("house-style", "--docx", tmp_path / "onzin.docx")[0] == 0
    from briefing.core.store import open_store

    store = open_store(store_path)
    store.conn.execute("UPDATE contacts SET notes = ? WHERE id = (SELECT MIN(id) FROM contacts)", ("x" * 300_000,))
    store.conn.commit()
    store.close()
    target = tmp_path / "pack.docx"
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--store", str(store_path), "export", str(full), "--format", "docx",
         "-o", str(target)],
        capture_output=True, text=True, timeout=TIMEOUT_S, preexec_fn=_capped,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    entries, _ = _toc(target)
    assert entries and all(number.isdigit() for _, _, number in entries)
