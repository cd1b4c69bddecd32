"""The DOCX as the PDF: proofing in the pack's language, the version line in the footer, tables
with rules and rows that stay whole, and a table of contents that has its page numbers before
anyone updates its field. Asserted on the DOCX's own XML."""

from __future__ import annotations

import re
import zipfile

import docx
import pytest

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
        assert borders is not None, "the table names its own borders"
        sides = {el.tag[len(W) :]: el.get(f"{W}val") for el in borders}
        assert sides["insideV"] == sides["left"] == sides["right"] == "nil"  # no vertical lines, no frame
        assert sides["insideH"] == "single" and borders.find(f"{W}insideH").get(f"{W}color") != "auto"
    programme = [t for t in tables if t.rows[0].cells[0].text == "Uur"]
    assert len(programme) == 5  # one a day
    for table in programme:
        header = table.rows[0]._tr
        assert header.trPr.find(f"{W}tblHeader") is not None  # the header row repeats on every page
        assert header.xpath(".//w:shd/@w:fill") == ["1F4E79"] * len(table.columns)  # shaded as the PDF's
        for row in table.rows:
            assert row._tr.trPr is not None and row._tr.trPr.find(f"{W}cantSplit") is not None
