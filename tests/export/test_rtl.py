"""Arabic and Hebrew in the pack: shaped, right to left, and extracted in the order they were typed."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pypdf
import pytest

from briefing.core.pack import document as d
from briefing.export.bidi import base_level, levels, reorder
from briefing.export.pdf import PAGES, _styles, write_pdf
from tests.conftest import full_visit, write_json
from tests.export.conftest import pdf_pages

ARABIC = "محمد بن سلمان"
HEBREW = "דוד בן גוריון"
ARABIC_PARAGRAPH = "اجتماع مع وزير الداخلية حول التعاون الأمني مع الشرطة البلجيكية."
HEBREW_PARAGRAPH = "פגישה עם שר הפנים על שיתוף פעולה ביטחוני עם המשטרה הבלגית."
MIXED = f"Ontmoeting met {ARABIC} en {HEBREW} in 2024 (Jeruzalem)."
# the direction marks poppler puts around a right-to-left stretch it extracts
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")


def _pdftotext(path, *options: str) -> str:
    out = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return _MARKS.sub("", out)


@pytest.fixture
def rtl_visit(cli, tmp_path) -> int:
    """A visit with an Arabic and a Hebrew participant, and an article in Arabic, Hebrew and Dutch."""
    data = full_visit()
    data["contacts"][0].update(name=ARABIC, name_latin="Mohammed bin Salman", function="Adviseur")
    data["contacts"][4].update(name=HEBREW, name_latin="David Ben-Gurion", function="Tolk")
    data["articles"][0]["body"] = "\n\n".join([MIXED, ARABIC_PARAGRAPH, HEBREW_PARAGRAPH])
    _, out, _ = cli("load", write_json(tmp_path / "rtl.json", data))
    return int(out.strip().splitlines()[-1])


@needs_poppler
def test_arabic_and_hebrew_names_and_text_extract_in_logical_order(cli, rtl_visit, tmp_path):
    target = tmp_path / "pack.pdf"
    code, _, err = cli("export", rtl_visit, "--format", "pdf", "-o", target)
    assert code == 0, err
    by_pypdf = "\n".join(pdf_pages(target))
    by_poppler = _pdftotext(target)
    for text in (by_pypdf, by_poppler):
        assert ARABIC in text and HEBREW in text  # the participants, in the who's who and the programme
        assert "الأمني" in text  # a lam-alef ligature gives back both its letters, in order
    assert MIXED in by_pypdf  # a Dutch line with both names reads as typed
    # poppler moves the spaces at a direction change; pypdf and poppler both put a right-to-left
    # paragraph's closing full stop first (an extractor's guess: it is the line's leftmost character)
    assert "".join(MIXED.split()) in "".join(by_poppler.split())
    for paragraph in (ARABIC_PARAGRAPH, HEBREW_PARAGRAPH):
        assert paragraph.rstrip(".") in by_pypdf and paragraph.rstrip(".") in by_poppler


def _words(path) -> list[tuple[float, str]]:
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [(float(x), w) for x, w in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', out)]


def _render(tmp_path, blocks: list, lang: str = "nl"):
    document = d.Document("Titel", "", "", "", lang, "{page}/{pages}", "v1", [d.Section("body", blocks)])
    path = tmp_path / "page.pdf"
    path.write_bytes(write_pdf(document))
    return path


@needs_poppler
def test_right_to_left_words_are_set_right_to_left_and_shaped(tmp_path):
    path = _render(tmp_path, [d.Paragraph([d.Span(MIXED)]), d.Paragraph([d.Span(ARABIC_PARAGRAPH)])])
    x = {word[::-1]: x for x, word in _words(path)}  # poppler's words are visual, letters left to right
    assert x["محمد"] > x["بن"] > x["سلمان"]  # the first word of the name is the rightmost
    assert x["דוד"] > x["בן"] > x["גוריון"]
    plain = {word: x for x, word in _words(path)}
    assert plain["met"] < x["سلمان"] < x["محمد"] < plain["en"]  # the name sits where it was typed
    # a paragraph in Arabic is set flush right: its first word ends at the text's right edge
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    first_word_end = float(re.search(r'xMax="([\d.]+)"[^>]*>' + "اجتماع"[::-1] + "<", out)[1])  # poppler's visual word
    assert abs(first_word_end - (PAGES["a4"].margin_x + PAGES["a4"].text_w)) < 1
    # joined letters: the same letter is drawn with different glyphs at a word's start and inside it
    # (meem in "محمد"); unshaped text would use one glyph, one code, per letter
    reader = pypdf.PdfReader(path)
    codes_for_meem = 0
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        if "/ToUnicode" not in font.get_object():
            continue
        cmap = font.get_object()["/ToUnicode"].get_data().decode("latin-1")
        codes_for_meem += len(re.findall(r"<[0-9A-F]{2}> <0645>", cmap))
    assert codes_for_meem >= 2


def test_a_paragraph_with_arabic_and_a_long_dutch_compound_does_not_crash(tmp_path):
    line = [d.Span(f"Overleg met {ARABIC} over de samenwerkingsovereenkomst "), d.Span(HEBREW, bold=True)]
    blocks = [
        d.Paragraph(line * 8),
        d.Table(["A", "B"], [[[line], [[d.Span("x")]]]], [0.2, 0.8]),
        d.Paragraph([d.Span(ARABIC_PARAGRAPH + " samenwerkingsovereenkomstpolitiezoneoverschrijdend " * 5)]),
    ]
    path = _render(tmp_path, blocks)
    text = "\n".join(pdf_pages(path))
    assert ARABIC in text and HEBREW in text
    assert re.search(r"samenwerkings(over)?-\n", text)  # the Dutch word is still hyphenated beside Arabic
    # reportlab's own shaping and hyphenation (TypeError together in reportlab 4.4 and 5.1) are never asked for
    for compact in (False, True):
        for style in _styles(compact).values():
            assert not (getattr(style, "shaping", 0) and getattr(style, "hyphenationLang", ""))


def test_the_bidirectional_order_of_a_line():
    text = "met محمد 2024 علي en"
    lv = levels(text, 0)
    assert lv[:4] == [0, 0, 0, 0] and lv[4:8] == [1] * 4 and lv[9:13] == [2] * 4 and lv[-2:] == [0, 0]
    runs = [(1, "a"), (2, "b"), (1, "c")]
    assert reorder([(0, "x"), *runs, (0, "y")]) == [(0, "x"), (1, "c"), (2, "b"), (1, "a"), (0, "y")]
    assert base_level(ARABIC_PARAGRAPH) == 1 and base_level(MIXED) == 0
    assert base_level(f"{ARABIC} bezocht gisteren de Belgische federale politie in Brussel") == 0


def test_docx_marks_right_to_left_runs_and_paragraphs(cli, rtl_visit, tmp_path):
    target = tmp_path / "pack.docx"
    code, _, err = cli("export", rtl_visit, "--format", "docx", "-o", target)
    assert code == 0, err
    xml = zipfile.ZipFile(target).read("word/document.xml").decode("utf-8")
    runs = re.findall(r"<w:r>(?:<w:rPr>(.*?)</w:rPr>)?<w:t[^>]*>([^<]*)</w:t></w:r>", xml)
    rtl_runs = [text for props, text in runs if "<w:rtl/>" in props]
    assert ARABIC in rtl_runs and HEBREW in rtl_runs
    assert not any(re.search("[A-Za-z]", text) for text in rtl_runs)  # Latin text stays in runs of its own
    assert any(text.startswith("Ontmoeting met") for props, text in runs if "<w:rtl/>" not in props)
    paragraphs = re.findall(r"<w:p>(.*?)</w:p>|<w:p [^>]*>(.*?)</w:p>", xml)
    bidi = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", a or b)) for a, b in paragraphs if "<w:bidi/>" in (a or b)]
    assert ARABIC_PARAGRAPH in bidi and HEBREW_PARAGRAPH in bidi
    assert not any(text.startswith("Ontmoeting") for text in bidi)  # a Dutch paragraph stays left to right


def test_docx_line_breaks_around_right_to_left_text(tmp_path):
    from briefing.export.docx import write_docx

    line = [d.Span(f"\n{ARABIC}\n\n{HEBREW}\n"), d.Span("Latijn", bold=True)]
    document = d.Document("T", "", "", "", "nl", "{page}/{pages}", "v1", [d.Section("body", [d.Paragraph(line)])])
    path = tmp_path / "breaks.docx"
    path.write_bytes(write_docx(document))
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    body = xml[xml.index("<w:body>") :]
    # every line break stays where it was typed, each name in a right-to-left run of its own
    runs = re.findall(r"<w:r>(.*?)</w:r>", body)
    assert [("<w:br/>" in r, "<w:rtl/>" in r, "".join(re.findall(r">([^<]+)</w:t>", r))) for r in runs] == [
        (True, False, ""),
        (True, True, ARABIC),
        (True, False, ""),
        (True, True, HEBREW),
        (False, False, "Latijn"),  # the empty run after the last break is written <w:r/>
    ]
