"""The pack's type: Carlito in the PDF and Calibri in the DOCX, readable sizes and measure, one list
style, French spacing; read back from the files (pypdf's text visitor, python-docx)."""

from __future__ import annotations

import io
import statistics
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt

from tests.conftest import full_visit, write_json

NBSP, NNBSP = "\u00a0", "\u202f"


@dataclass(frozen=True)
class Run:
    page: int
    text: str
    font: str  # the PDF font's base name, subset tag cut off ("Carlito-Bold")
    size: float
    x: float
    y: float
    fill: tuple[float, ...]


def pdf_runs(path) -> list[Run]:
    """Every shown string of a PDF with its font, size, place and fill colour."""
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    runs: list[Run] = []
    for number, page in enumerate(reader.pages, 1):
        fill: list[tuple[float, ...]] = [(0.0, 0.0, 0.0)]

        def operand(op, args, cm, tm, fill=fill):
            if op == b"rg":
                fill[-1] = tuple(float(a) for a in args)
            elif op == b"g":
                fill[-1] = (float(args[0]),) * 3
            elif op == b"q":
                fill.append(fill[-1])
            elif op == b"Q" and len(fill) > 1:
                fill.pop()

        def text(t, cm, tm, font, size, number=number, fill=fill):
            if not t.strip() or font is None:
                return
            name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            runs.append(Run(number, t, name, round(size * (tm[0] or 1) * (cm[0] or 1), 2), x, y, fill[-1]))

        page.extract_text(visitor_operand_before=operand, visitor_text=text)
    return runs


def pdf_fonts(path) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def _export(cli, visit, tmp_path, fmt="pdf", lang="nl", audience="internal", name="pack"):
    target = tmp_path / f"{name}-{lang}-{audience}.{fmt}"
    code, _, err = cli("export", visit, "--format", fmt, "-o", target, "--lang", lang, "--audience", audience)
    assert code == 0, err
    return target


def test_the_pdf_embeds_carlito_and_the_docx_names_calibri(cli, ukraine, tmp_path):
    fonts = pdf_fonts(_export(cli, ukraine, tmp_path))
    assert {"Carlito", "Carlito-Bold", "Carlito-Italic"} <= fonts
    assert not [f for f in fonts if "DejaVu" in f or "Droid" in f]  # the demo's Latin and Cyrillic are Carlito's
    document = docx.Document(str(_export(cli, ukraine, tmp_path, "docx")))
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts_xml = defaults.find(qn("w:rFonts"))
    assert {fonts_xml.get(qn(f"w:{script}")) for script in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Calibri"}
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        assert document.styles[name].font.name == "Calibri", name
    with zipfile.ZipFile(io.BytesIO(_export(cli, ukraine, tmp_path, "docx").read_bytes())) as archive:
        styles = archive.read("word/styles.xml").decode()
        theme = archive.read("word/theme/theme1.xml").decode()
    assert "Theme=" not in styles.replace("themeColor=", "")  # no theme font (Cambria for headings) anywhere
    assert "Cambria" not in theme and "Arial" not in styles


def test_body_text_is_10_pt_tables_9_pt_and_contact_details_are_ink(cli, ukraine, tmp_path):
    runs = pdf_runs(_export(cli, ukraine, tmp_path))
    by_chars = Counter()
    for run in runs:
        by_chars[run.size] += len(run.text)
    body = by_chars.most_common(1)[0][0]
    assert body >= 10
    article = [r for r in runs if "Walking into a police station" in r.text]  # an article's body
    assert article and min(r.size for r in article) >= 10
    cells = [r for r in runs if "Waterloolaan" in r.text]  # the programme's place column
    assert cells and min(r.size for r in cells) >= 9
    contact = [r for r in runs if "k.verhaegen@example.org" in r.text]
    assert contact and min(r.size for r in contact) >= 9
    assert all(max(r.fill) < 0.35 for r in contact), [r.fill for r in contact]  # ink, not light grey
    pocket = pdf_runs(_export(cli, ukraine, tmp_path, audience="escort"))  # the A5 run sheet's smaller type
    assert min(r.size for r in pocket if "Waterloolaan" in r.text) >= 9


def _leader(run: Run) -> bool:
    """A contents row's dot leader: a run of dots only."""
    return len(run.text.strip()) >= 3 and not run.text.strip().strip(".")


def _full_lines(runs: list[Run], size: float) -> list[str]:
    """The lines of running text at ``size`` that another line of their paragraph follows (so they are
    full); not the contents' rows, whose dot leaders fill the measure whatever their title."""
    lines: dict[tuple[int, float], list[Run]] = defaultdict(list)
    for run in runs:
        if run.size == size:
            lines[run.page, round(run.y, 1)].append(run)
    out = []
    for (page, y), parts in lines.items():
        if any(_leader(r) for r in parts):
            continue
        x = min(r.x for r in parts)
        below = lines.get((page, round(y - size * 15 / 11, 1)), [])  # the next line, one leading down
        if below and abs(min(r.x for r in below) - x) < 1:
            out.append("".join(r.text for r in sorted(parts, key=lambda r: r.x)).strip())
    return out


def test_lines_hold_at_most_about_90_characters(cli, ukraine, tmp_path):
    runs = pdf_runs(_export(cli, ukraine, tmp_path))
    size = Counter({r.size: 0 for r in runs})
    for run in runs:
        size[run.size] += len(run.text)
    lines = [line for line in _full_lines(runs, size.most_common(1)[0][0]) if len(line) > 40]
    assert len(lines) > 30  # the articles' paragraphs
    assert statistics.mean(map(len, lines)) <= 90, statistics.mean(map(len, lines))


def test_both_formats_share_the_measure_and_the_sizes(cli, ukraine, tmp_path):
    from briefing.export import pdf

    document = docx.Document(str(_export(cli, ukraine, tmp_path, "docx")))
    section = document.sections[0]
    page = pdf.PAGES["a4"]
    assert abs(section.left_margin - Mm(page.margin_x * 25.4 / 72)) < Mm(0.1)
    assert abs(section.right_margin - Mm(page.margin_x * 25.4 / 72)) < Mm(0.1)
    styles = pdf._styles()
    assert document.styles["Normal"].font.size == Pt(styles["body"].fontSize)
    assert document.styles["Normal"].paragraph_format.line_spacing == Pt(styles["body"].leading)
    assert document.styles["Briefing Table Text"].font.size == Pt(styles["cell"].fontSize)
    for level in (1, 2, 3):
        assert document.styles[f"Heading {level}"].font.size == Pt(styles[f"h{level}"].fontSize)


def test_wrapped_bullets_hang_in_the_pdf(cli, ukraine, tmp_path):
    """A who's-who entry's programme items: the bullet hangs, a wrapped line aligns with the text."""
    runs = pdf_runs(_export(cli, ukraine, tmp_path))
    first = next(r for r in runs if "09:30 – Ontvangst bij PZ Brussel Noord" in r.text and r.size >= 10)
    same_page = [r for r in runs if r.page == first.page]
    bullet = next(r for r in same_page if r.text.strip() == "•" and abs(r.y - first.y) < 3)
    wrapped = next(r for r in same_page if 0 < first.y - r.y < first.size * 2 and r.size == first.size)
    assert bullet.x < first.x - 5
    assert wrapped.x == pytest.approx(first.x, abs=0.5), (wrapped.text, wrapped.x, first.x)
    # a theme's talking points: the same list style
    point = next(r for r in runs if r.text.startswith("Ondermijning: criminele netwerken"))
    point_bullet = next(r for r in runs if r.page == point.page and r.text.strip() == "•" and abs(r.y - point.y) < 3)
    assert point.x - point_bullet.x == pytest.approx(first.x - bullet.x, abs=0.5)


def test_bullets_in_the_docx_hang_from_one_list_style(cli, ukraine, tmp_path):
    path = _export(cli, ukraine, tmp_path, "docx")
    document = docx.Document(str(path))
    numbering = document.part.numbering_part.element
    bulleted = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    items = [p for p in bulleted if "Ontvangst bij PZ Brussel Noord" in p.text]
    points = [p for p in bulleted if p.text.startswith("Ondermijning")]
    assert items and points
    (num_id,) = {p._p.pPr.numPr.numId.val for p in bulleted}  # one list everywhere
    (num,) = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id)]
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    (abstract,) = [a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id]
    assert abstract.find(qn("w:lvl")).find(qn("w:lvlText")).get(qn("w:val")) == "•"
    for paragraph, indent in ((items[0], Length(Mm(4) + Pt(14))), (points[0], Pt(14))):
        ind = paragraph._p.pPr.find(qn("w:ind"))
        assert int(ind.get(qn("w:hanging"))) == 280  # the bullet hangs in 14 pt, as in the PDF
        assert int(ind.get(qn("w:left"))) == int(indent.twips)
    assert not [p for p in document.paragraphs if p.text.lstrip().startswith("•")]  # no typed bullets left


def test_french_packs_put_no_break_spaces_before_marks_and_inside_guillemets(cli, tmp_path):
    visit = full_visit()
    typed = "Pourquoi ce choix ? Le « plan » : 10:30 précises ; voir https://ex.org/?a=1 !"
    visit["programme"][0]["description"] = typed
    _, out, _ = cli("load", write_json(tmp_path / "v.json", visit))
    visit_id = out.strip().splitlines()[-1]
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(_export(cli, visit_id, tmp_path, lang="fr")).pages)
    expected = f"Pourquoi ce choix{NNBSP}? Le «{NBSP}plan{NBSP}»{NBSP}: 10:30 précises{NNBSP}; voir https://ex.org/?a=1{NNBSP}!"
    assert expected in text.replace("\n", " ")
    assert f"Au programme{NBSP}:" in text and f"Note{NBSP}:" in text  # the pack's own words
    assert "09:00 – 10:30" in text  # times keep their colon
    document = docx.Document(str(_export(cli, visit_id, tmp_path, "docx", lang="fr")))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any(expected in cell for cell in cells)
    assert any(p.startswith(f"Au programme{NBSP}:") for p in paragraphs)
    # a Dutch pack keeps the text as typed
    dutch = " ".join(p.extract_text() for p in pypdf.PdfReader(_export(cli, visit_id, tmp_path, lang="nl")).pages)
    assert "Pourquoi ce choix ? Le « plan » : 10:30" in " ".join(dutch.split())


def test_no_break_spaces_never_break_a_pdf_line():
    from briefing.core.pack import document as d
    from briefing.export import pdf

    style = pdf._styles()["body"]
    text = pdf._Text([d.Span(f"Au programme{NBSP}: la suite{NNBSP}!")], style)
    room = pdf.pdfmetrics.stringWidth("Au programme", style.fontName, style.fontSize) + 1  # a break would fall here
    text.wrap(room, 1000)
    lines = ["".join(t for _, _, t in line) for line in text._lines]
    assert lines[0] == "Au"  # the word before the mark goes with it
    assert f"programme{NBSP}:" in lines[1] and not any(line.startswith((":", "!")) for line in lines)
    assert any(line.endswith(f"suite{NNBSP}!") for line in lines)


# Every letter of the EU's official languages' alphabets (with the capitals), Greek and Cyrillic.
EU_LETTERS = (
    "abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿßăąćčďđēėęěğīįıķĺļľłńņňőœŕřśşšţťūůűųźżžșț"
    "ċġħ"  # Maltese
)
GREEK = "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ"
CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяёђѓєѕіїјљњћќўџґ"


@pytest.mark.parametrize("letters", [EU_LETTERS, GREEK, CYRILLIC], ids=["eu-latin", "greek", "cyrillic"])
def test_carlito_draws_every_letter_of_the_eu_languages_greek_and_cyrillic(letters):
    from briefing.export import pdf

    capitals = {c.upper() for c in letters if len(c.upper()) == 1}  # not ß → SS, ΐ → Ϊ́
    everything = set(letters) | capitals | {"ẞ"}
    missing = sorted(c for c in everything if c not in pdf._covered())
    assert not missing
    text = "".join(sorted(everything))
    assert pdf._by_font(text) == [(pdf.FONT, text)]


def test_other_scripts_fall_back_along_the_chain(cli, tmp_path):
    visit = full_visit()
    visit["contacts"][0]["name"] = "أحمد بن علي"  # Arabic: DejaVu Sans
    visit["contacts"][1]["name"] = "王小明"  # Chinese: Droid Sans Fallback
    _, out, _ = cli("load", write_json(tmp_path / "v.json", visit))
    fonts = pdf_fonts(_export(cli, out.strip().splitlines()[-1], tmp_path))
    assert "Carlito" in fonts
    assert any(f.startswith("DejaVuSansCondensed") for f in fonts)
    assert "DroidSansFallback" in fonts or any("Droid" in f for f in fonts)


def test_a_house_style_without_lists_still_gets_the_hanging_bullets(cli, ukraine, tmp_path):
    """A reference document with no numbering part (no list ever used in it): the pack adds one."""
    from briefing.resources import resource

    reference = tmp_path / "house.docx"
    with zipfile.ZipFile(resource("templates", "reference.docx")) as source, zipfile.ZipFile(reference, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/numbering.xml":
                continue
            if item.filename in ("[Content_Types].xml", "word/_rels/document.xml.rels"):
                data = _drop_numbering(data.decode()).encode()
            out.writestr(item, data)
    code, _, err = cli("house-style", "--docx", reference)
    assert code == 0, err
    document = docx.Document(str(_export(cli, ukraine, tmp_path, "docx")))
    bulleted = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert any(p.text.startswith("Ondermijning") for p in bulleted)
    numbering = document.part.numbering_part.element
    assert [lvl.get(qn("w:val")) for lvl in numbering.iter(qn("w:lvlText"))] == ["•"]


def _drop_numbering(xml: str) -> str:
    import re

    return re.sub(r"<(?:Override|Relationship)\b[^>]*numbering[^>]*/>", "", xml)


def test_a_pack_in_carlitos_scripts_loads_no_fallback_font(store_path, ukraine, tmp_path):
    """Parsing a fallback font costs a third of a large pack's time: the cover's glance, whose lines
    are joined by line breaks (which no font draws), once loaded every font of the chain."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import briefing.export.pdf as pdf\n"
        "from briefing.cli import main\n"
        "main(['--store', sys.argv[1], 'export', sys.argv[2], '-o', sys.argv[3]])\n"
        "print(pdf._LOADED)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(store_path), str(ukraine), str(tmp_path / "p.pdf")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "['BriefingSans']"
