"""Long words are hyphenated at a line's end in the pack's language; names, URLs, e-mails and numbers never."""

from __future__ import annotations

import re
import shutil
import subprocess
import time

import pytest

from briefing.core.pack import document as d
from briefing.export import hyphenation
from briefing.export.pdf import PAGES, write_pdf
from tests.conftest import full_visit, write_json
from tests.export.conftest import pdf_pages

NL_WORDS = ["samenwerkingsovereenkomst", "politiezoneoverschrijdend", "informatievoorzieningsprocedures"]
FR_WORDS = ["intergouvernementales", "réglementation", "responsabilités", "administrativement"]
# the left margin and the narrow first column of the tables below, in points
LEFT = PAGES["a4"].margin_x
TEXT_W = PAGES["a4"].text_w
RIGHT = LEFT + TEXT_W
NARROW = 0.22


def _pdf(tmp_path, blocks: list, lang: str, name: str = "pack") -> object:
    document = d.Document("Titel", "Onderwerp", "Auteur", "", lang, "Pagina {page} van {pages}", "v1", [])
    document.sections = [d.Section("body", blocks)]
    path = tmp_path / f"{name}-{lang}.pdf"
    path.write_bytes(write_pdf(document))
    return path


def _words(path) -> list[tuple[float, float, str]]:
    """Every word pdftotext sees: its left and right edge and its text."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [
        (float(x0), float(x1), text)
        for x0, x1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', out
        )
    ]


def _breaks(text: str) -> list[tuple[str, str]]:
    """Words cut at a line's end with a hyphen: (the part before, the part after)."""
    return re.findall(r"(\w+)-\n(\w+)", text)


def _paragraph(words: list[str]) -> list:
    sentence = " ".join(f"de {w} van het overleg" for w in words)
    return [d.Paragraph([d.Span((sentence + " ") * 4)])]


def _table(words: list[str]) -> list:
    column = [[[d.Span(" ".join(words))]], [[d.Span("Toelichting")]]]
    return [d.Table(["Onderdeel", "Toelichting"], [column], [NARROW, 1 - NARROW])]


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")


@needs_poppler
@pytest.mark.parametrize(("lang", "words"), [("nl", NL_WORDS), ("fr", FR_WORDS)])
def test_long_words_are_hyphenated_at_a_line_end_and_stay_in_their_column(tmp_path, lang, words):
    body = _pdf(tmp_path, _paragraph(words), lang, "body")
    table = _pdf(tmp_path, _table(words), lang, "table")
    for path in (body, table):
        breaks = _breaks("\n".join(pdf_pages(path)))
        assert breaks, f"no word was hyphenated in {path.name}"
        for before, after in breaks:  # every break is a real point of a real word, with six letters either side
            assert any(before + after in w for w in words), (before, after)
            assert len(before) >= hyphenation.MIN_PART and len(after) >= hyphenation.MIN_PART
    # nothing runs past the text's right edge, nor past the narrow column's (its padding is 4 pt)
    assert all(x1 <= RIGHT + 0.5 for _, x1, _ in _words(body))
    column_right = LEFT + NARROW * TEXT_W - 4 + 0.5
    in_column = [(x1, word) for x0, x1, word in _words(table) if x0 < column_right - 8]
    assert len(in_column) >= 4
    assert all(x1 <= column_right for x1, _ in in_column), in_column


def test_the_dictionary_is_the_packs_language(tmp_path):
    # "administratieve" breaks after "admini" in Dutch and after "adminis" in French
    assert hyphenation.points("nl", "administratieve") == (6,)
    assert hyphenation.points("fr", "administratieve") == (7,)
    blocks = [d.Table(["A", "B"], [[[[d.Span("administratieve")]], [[d.Span("x")]]]], [0.11, 0.89])]
    assert _breaks("\n".join(pdf_pages(_pdf(tmp_path, blocks, "nl")))) == [("admini", "stratieve")]
    assert _breaks("\n".join(pdf_pages(_pdf(tmp_path, blocks, "fr")))) == [("adminis", "tratieve")]


NAME = "Vanderstraetenbroeckhoven"
URL = "https://www.samenwerkingsovereenkomst.example.org/politiezoneoverschrijdend"
EMAIL = "samenwerkingsovereenkomst@politiezoneoverschrijdend.be"
NUMBER = "BE12345678901234567890"


def _cell(text: str) -> d.Table:
    """One cell a third of the text wide: "Vanderstraetenbroeckhoven" fits it on a line of its own."""
    return d.Table(["A", "B"], [[[[d.Span(text)]], [[d.Span("x")]]]], [0.3, 0.7])


def test_names_urls_e_mails_numbers_and_short_words_are_not_hyphenated(tmp_path):
    assert hyphenation.points("nl", NAME.lower()), "the name would break if it were an ordinary word"
    for word in (URL, EMAIL, NUMBER, "12345678901234", "NAVO-samenwerking", "overleg", "NAVOSAMENWERKING", NAME):
        assert hyphenation.points("nl", word) == () or hyphenation.capitalised(word), word
    blocks = [
        _cell("met de samenwerkingsovereenkomst"),  # an ordinary word: broken
        _cell(f"met burgemeester {NAME}"),  # a name: moved to the next line whole
        _cell(f"zie {URL} of {EMAIL} en {NUMBER} of 123456789012345678"),  # cut between characters, no hyphen
    ]
    text = "\n".join(pdf_pages(_pdf(tmp_path, blocks, "nl")))
    breaks = _breaks(text)
    assert [b + a for b, a in breaks] == ["samenwerkingsovereenkomst"], breaks
    assert f"burgemeester\n{NAME}" in text
    assert text.count("-\n") == 1


def test_a_sentences_first_word_may_be_hyphenated_a_name_inside_it_not(tmp_path):
    blocks = [_cell(f"Overleg. Samenwerkingsovereenkomst met {NAME}")]
    text = "\n".join(pdf_pages(_pdf(tmp_path, blocks, "nl")))
    assert [b + a for b, a in _breaks(text)] == ["Samenwerkingsovereenkomst"]
    assert f"\n{NAME}" in text


def test_words_that_fit_are_not_hyphenated_and_the_fast_path_stays_fast(tmp_path):
    text = "Een zin over integrale veiligheid, preventie en samenwerking tussen diensten. " * 4000
    document = d.Document(
        "Titel", "", "", "", "nl", "{page}/{pages}", "v1", [d.Section("body", [d.Paragraph([d.Span(text)])])]
    )
    write_pdf(document)  # warm
    started = time.perf_counter()
    data = write_pdf(document)
    elapsed = time.perf_counter() - started
    path = tmp_path / "plain.pdf"
    path.write_bytes(data)
    assert not _breaks("\n".join(pdf_pages(path)))  # every word fits: none is cut
    assert elapsed < 5, elapsed  # about 300 KB of text: well under a second on the project's machine


def test_a_packs_article_is_hyphenated(cli, tmp_path):
    data = full_visit()
    body = " ".join(f"Het overleg over de {w} en de {w} duurde lang." for w in NL_WORDS * 6)
    data["articles"][0]["body"] = body
    _, out, _ = cli("load", write_json(tmp_path / "v.json", data))
    visit = int(out.strip().splitlines()[-1])
    target = tmp_path / "pack.pdf"
    code, _, err = cli("export", visit, "--format", "pdf", "-o", target, "--lang", "nl")
    assert code == 0, err
    breaks = _breaks("\n".join(pdf_pages(target)))
    assert any(b + a in NL_WORDS for b, a in breaks), breaks


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_break_points_are_pyphens(lang):
    """The dictionary is indexed lazily (export/hyphenation.py): the points are still Pyphen's own."""
    import pyphen

    reference = pyphen.Pyphen(lang=lang, left=hyphenation.MIN_PART, right=hyphenation.MIN_PART)
    words = NL_WORDS + FR_WORDS + ["administratieve", "internationalisation", "gemeenschappelijke", "lettergrepen"]
    words += ["veiligheidsbeleid", "responsabilisation", "accountability", "interdepartmental", "overeenkomsten"]
    for word in words:
        assert hyphenation.points(lang, word) == tuple(reference.positions(word)), word
    assert any(hyphenation.points(lang, word) for word in words)
    # every pattern, parsed, is the one Pyphen's own loader makes
    ours = hyphenation._dictionary(lang)
    assert {key: ours.patterns.get(key) for key in list(dict.keys(ours.patterns))} == reference.hd.patterns
    assert ours.maxlen == reference.hd.maxlen


def test_text_clearly_in_another_language_is_hyphenated_by_its_own_rules(tmp_path):
    # the visit is written in Dutch; its French pack translates the labels, not the programme
    dutch = "Het overleg van de diensten over mensensmokkel met het parket en de politie"
    assert hyphenation.language(dutch, "fr") == "nl" and hyphenation.language("mensensmokkel", "fr") == "fr"
    assert hyphenation.points("nl", "mensensmokkel") == (6,) and hyphenation.points("fr", "mensensmokkel") == (7,)
    blocks = [d.Table(["A", "B"], [[[[d.Span(dutch)]], [[d.Span("x")]]]], [0.12, 0.88])]
    for lang in ("nl", "fr"):
        breaks = _breaks("\n".join(pdf_pages(_pdf(tmp_path, blocks, lang))))
        assert ("mensen", "smokkel") in breaks, (lang, breaks)
