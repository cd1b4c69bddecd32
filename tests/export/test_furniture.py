"""The pack's page furniture and layout, read back from the files: running header and footer on every
page, the marking at the top and bottom centre, the day over every programme page, dot leaders in the
contents, empty days shown, no heading alone at a page's foot, and the cover's hierarchy."""

from __future__ import annotations

import io
import re
import struct
import zlib

import docx
import pypdf
import pytest

from briefing.core.pack import document as d
from briefing.core.pack.assemble import PackOptions, assemble
from briefing.core.pack.labels import LABELS
from briefing.core.store import open_store, repo
from briefing.export.pdf import PAGES, write_pdf
from tests.conftest import write_json
from tests.export.layout import Line, Page, have_pdftotext, pages

pytestmark = pytest.mark.skipif(not have_pdftotext(), reason="needs poppler's pdftotext")

TITLE = "Studiebezoek Oekraïense openbare aanklagers"
MARKING = "BEPERKTE VERSPREIDING"
A4 = PAGES["a4"]
DAY_NAME = re.compile(
    r"^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d+(er)? \w+ \d{4}"
)
TIME_RANGE = re.compile(r"^\d\d:\d\d – \d\d:\d\d")


def _export(cli, tmp_path, visit: int, fmt: str = "pdf", *args: str) -> bytes:
    target = tmp_path / f"pack-{visit}-{'-'.join(args) or 'all'}.{fmt}"
    code, _, err = cli("export", visit, "--format", fmt, "-o", target, *args)
    assert code == 0, err
    return target.read_bytes()


def _header(page: Page, geometry=A4) -> list[Line]:
    return [line for line in page.lines if line.y < geometry.margin_top - 2]


def _footer(page: Page, geometry=A4) -> list[Line]:
    return [line for line in page.lines if line.y > page.height - geometry.margin_bottom + 2]


def _body(page: Page, geometry=A4) -> list[Line]:
    return page.body(geometry.margin_top - 2, geometry.margin_bottom - 2)


def _words_of(line: Line, text: str) -> tuple[float, float] | None:
    """Where ``text`` (several words) sits on ``line``: its left and right edges."""
    wanted = text.split()
    words = line.words
    for i in range(len(words) - len(wanted) + 1):
        if [w.text for w in words[i : i + len(wanted)]] == wanted:
            return words[i].x0, words[i + len(wanted) - 1].x1
    return None


# ---------------------------------------------------------------- furniture on every page


def test_a_pack_without_a_cover_keeps_title_marking_reader_and_page_numbers_on_every_page(cli, ukraine, tmp_path):
    pdf = _export(cli, tmp_path, ukraine, "pdf", "--sections", "programme,people")
    read = pages(pdf)
    assert len(read) >= 4
    for number, page in enumerate(read, 1):
        top = " ".join(line.text for line in _header(page))
        bottom = " ".join(line.text for line in _footer(page))
        assert TITLE in top and MARKING in top and "Intern gebruik" in top, (number, top)
        assert f"Pagina {number} van {len(read)}" in bottom and MARKING in bottom, (number, bottom)
    # the DOCX: the same header and footer from the first page on
    document = docx.Document(io.BytesIO(_export(cli, tmp_path, ukraine, "docx", "--sections", "programme,people")))
    section = document.sections[0]
    assert not section.different_first_page_header_footer
    assert section.header.paragraphs[0].text.startswith("Studiebezoek Oekraïense openbare")
    assert MARKING in section.header.paragraphs[0].text
    assert "PAGE" in section.footer._element.xml and MARKING in section.footer.paragraphs[0].text


# ---------------------------------------------------------------- the marking


def test_the_marking_is_at_the_top_and_bottom_centre_of_every_page_and_once_on_the_cover(cli, ukraine, tmp_path):
    read = pages(_export(cli, tmp_path, ukraine))
    cover, rest = read[0], read[1:]
    for number, page in enumerate(rest, 2):
        for where, lines in (("top", _header(page)), ("bottom", _footer(page))):
            spots = [s for s in (_words_of(line, MARKING) for line in lines) if s]
            assert len(spots) == 1, (number, where, [line.text for line in lines])
            left, right = spots[0]
            assert (left + right) / 2 == pytest.approx(page.width / 2, abs=1.5), (number, where)
    # the cover: once, prominently, at the top centre
    found = [(line, _words_of(line, MARKING)) for line in cover.lines]
    found = [(line, spot) for line, spot in found if spot]
    assert len(found) == 1, [line.text for line, _ in found]
    line, (left, right) = found[0]
    assert line.y < A4.margin_top and (left + right) / 2 == pytest.approx(cover.width / 2, abs=1.5)
    assert line.words[0].y1 - line.words[0].y0 > 10  # larger than the 8 pt of the running header


def test_the_docx_marking_sits_at_the_centre_tab_of_header_and_footer_and_once_on_the_cover(cli, ukraine, tmp_path):
    document = docx.Document(io.BytesIO(_export(cli, tmp_path, ukraine, "docx")))
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    for part in (section.header, section.footer):
        paragraph = part.paragraphs[0]
        stops = {(t.alignment, t.position) for t in paragraph.paragraph_format.tab_stops}
        assert (docx.enum.text.WD_TAB_ALIGNMENT.CENTER, width // 2) in stops
        assert paragraph.text.split("\t")[1] == MARKING  # between the first tab and the second
    header, _ = section.header.paragraphs[0].text.split("\t", 1)
    assert TITLE.split()[0] in header
    first = section.first_page_header.paragraphs[0]
    assert first.text == MARKING and first.alignment == 1
    cover = []
    for p in document.paragraphs:
        if p.style.name == "Heading 1":
            break
        cover.append(p.text)
    body_cover = "\n".join(cover) + "\n".join(c.text for t in document.tables[:2] for r in t.rows for c in r.cells)
    assert MARKING not in body_cover  # not again in the cover's body


# ---------------------------------------------------------------- the programme


def _long_day_visit(empty_day: bool = False) -> dict:
    """A three-day visit whose second day holds 16 items, each with a description: it spans pages."""
    items = []
    for n in range(16):
        hour = 8 + n // 2
        minute = "30" if n % 2 else "00"
        items.append(
            {
                "date": "2024-04-24",
                "start": f"{hour:02d}:{minute}",
                "end": f"{hour:02d}:{'55' if n % 2 else '25'}",
                "title": f"Werksessie {n + 1} over de samenwerking tussen de diensten",
                "location": "Waterloolaan 76, 1000 Brussel",
                "kind": "meeting",
                "description": "Toelichting door de gastheer, gevolgd door een gesprek met de delegatie over de "
                "praktijk van elke dienst en de vragen die de delegatie vooraf heeft gesteld.",
            }
        )
    if not empty_day:
        items.append({"date": "2024-04-25", "start": "09:00", "end": "10:00", "title": "Afscheid", "kind": "meeting"})
    items.append({"date": "2024-04-23", "start": "09:00", "end": "10:00", "title": "Onthaal", "kind": "meeting"})
    return {
        "format": "briefing-visit/1",
        "visit": {
            "title": "Bezoek met een lange dag",
            "start": "2024-04-23",
            "end": "2024-04-25",
            "delegation": "Delegatie",
            "host": "ADVP",
            "location": "Brussel",
            "classification": MARKING,
        },
        "programme": items,
    }


@pytest.fixture
def long_day(cli, tmp_path) -> int:
    code, out, err = cli("load", write_json(tmp_path / "long.json", _long_day_visit()))
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("lang", "header", "continued"),
    [
        ("nl", "Uur Activiteit Plaats Personen", "woensdag 24 april 2024 (vervolg)"),
        ("fr", "Heure Activité Lieu Personnes", "mercredi 24 avril 2024 (suite)"),
        ("en", "Time Activity Location People", "Wednesday 24 April 2024 (continued)"),
    ],
)
def test_every_programme_page_names_its_day_over_the_header_row(cli, long_day, tmp_path, lang, header, continued):
    read = pages(_export(cli, tmp_path, long_day, "pdf", "--lang", lang, "--sections", "programme"))
    spanned = 0
    for number, page in enumerate(read, 1):
        body = _body(page)
        for index, line in enumerate(body):
            if line.text == header:
                above = body[index - 1].text if index else ""
                assert DAY_NAME.match(above), (number, above)  # the day's heading, or the day continued
                spanned += above == continued
    assert spanned >= 1  # the long day did run over a page, and says so there


def _day_after(filler: int, rows: int) -> d.Document:
    """A programme page: ``filler`` lines of text, then a day of ``rows`` items, three lines each."""
    day = "woensdag 24 april 2024"
    items = [
        [
            [[d.Span(f"{9 + n:02d}:00 – {9 + n:02d}:45")]],
            [
                [d.Span(f"Werksessie {n + 1}", bold=True)],
                [d.Span("Toelichting door de gastheer.")],
                [d.Span("Vragen.")],
            ],
            [[d.Span("Brussel")]],
            [],
        ]
        for n in range(rows)
    ]
    blocks: list = [d.Heading(1, "Programma", "programme")]
    blocks += [d.Paragraph([d.Span(f"Regel {n + 1} van de inleiding.")]) for n in range(filler)]
    blocks += [
        d.Heading(2, day, "day"),
        d.Table(
            ["Uur", "Activiteit", "Plaats", "Personen"], items, [0.13, 0.45, 0.2, 0.22], continued=f"{day} (vervolg)"
        ),
    ]
    return d.Document(
        title="Proef",
        subject="Briefingmap: Proef",
        author="ADVP",
        marking="",
        lang="nl",
        page_label="Pagina {page} van {pages}",
        generated="Versie 1",
        sections=[d.Section("programme", blocks)],
    )


def test_a_day_never_starts_or_ends_with_a_single_row_on_a_page():
    """Whatever room the page has left, the day's first part and its last part hold two rows at least."""
    seen_split = 0
    for filler in range(20, 48):
        read = pages(write_pdf(_day_after(filler, rows=6)))
        parts = [n for n in (sum(1 for line in _body(page) if TIME_RANGE.match(line.text)) for page in read) if n]
        assert sum(parts) == 6
        assert all(n >= 2 for n in parts), (filler, parts)
        for page in read:  # every page that carries the day names it over the header row
            texts = [line.text for line in _body(page)]
            for index, text in enumerate(texts):
                if text == "Uur Activiteit Plaats Personen":
                    assert texts[index - 1] in ("woensdag 24 april 2024 (vervolg)", "woensdag 24 april 2024"), filler
        if len(parts) > 1:
            seen_split += 1
        if len(read) > 1 and parts == [6]:  # moved whole: its heading went along
            assert "woensdag 24 april 2024" in [line.text for line in _body(read[-1])]
    assert seen_split >= 3  # the sweep did make the page break inside the day


def test_a_page_breaking_a_day_in_the_docx_keeps_its_heading_with_the_table(cli, long_day, tmp_path):
    document = docx.Document(io.BytesIO(_export(cli, tmp_path, long_day, "docx", "--sections", "programme")))
    days = [p for p in document.paragraphs if p.style.name == "Heading 2"]
    assert days and all(p.style.paragraph_format.keep_with_next for p in days)
    assert all("w:tblHeader" in t.rows[0]._tr.xml for t in document.tables)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_a_day_of_the_visit_without_items_is_shown_not_skipped(cli, tmp_path, lang):
    code, out, err = cli("load", write_json(tmp_path / "gap.json", _long_day_visit(empty_day=True)))
    assert code == 0, err
    visit = int(out.strip().splitlines()[-1])
    day = {"nl": "donderdag 25 april 2024", "fr": "jeudi 25 avril 2024", "en": "Thursday 25 April 2024"}[lang]
    none = LABELS[lang]["no_programme"]
    assert none == {"nl": "Geen programma", "fr": "Pas de programme", "en": "No programme"}[lang]
    for audience in ("internal", "external", "escort"):
        text = " ".join(
            page.extract_text()
            for page in pypdf.PdfReader(
                io.BytesIO(_export(cli, tmp_path, visit, "pdf", "--lang", lang, "--audience", audience))
            ).pages
        )
        text = " ".join(text.split())
        assert f"{day} {none}" in text, audience
    document = docx.Document(io.BytesIO(_export(cli, tmp_path, visit, "docx", "--lang", lang)))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[paragraphs.index(day, paragraphs.index(day) + 1) + 1] == none  # under the heading, past the TOC


def test_a_visit_spanning_years_lists_only_its_days_with_items(tmp_path):
    from briefing.core.pack.assemble import visit_days

    assert visit_days("2024-04-23", "2024-04-25") == ["2024-04-23", "2024-04-24", "2024-04-25"]
    assert visit_days("2024-01-01", "2099-12-31") == []  # no thousands of empty days
    assert visit_days("2024-04-25", "2024-04-23") == [] and visit_days("", "x") == []


# ---------------------------------------------------------------- contents


def test_the_contents_has_dot_leaders_from_each_title_to_its_page_number(cli, ukraine, tmp_path):
    read = pages(_export(cli, tmp_path, ukraine))
    rows = [line for line in _body(read[1]) if line.words[-1].text.isdigit()]
    assert len(rows) >= 10
    for line in rows:
        dots = [w for w in line.words if set(w.text) == {"."}]
        assert sum(len(w.text) for w in dots) >= 5, line.text
        title_end = max(w.x1 for w in line.words[:-1] if set(w.text) != {"."})
        number = line.words[-1]
        assert title_end < dots[0].x0 and number.x0 - dots[-1].x1 < 12, line.text
    # every row's dots end near the right margin: one column of page numbers
    assert max(line.words[-1].x1 for line in rows) - min(line.words[-1].x1 for line in rows) < 1


def test_the_docx_contents_styles_have_a_dotted_right_tab(cli, ukraine, tmp_path):
    document = docx.Document(io.BytesIO(_export(cli, tmp_path, ukraine, "docx")))
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    styles = {s.name: s for s in document.styles if s.type == docx.enum.style.WD_STYLE_TYPE.PARAGRAPH}
    for name in ("toc 1", "toc 2"):
        stops = list(styles[name].paragraph_format.tab_stops)
        assert [(t.alignment, t.leader, t.position) for t in stops] == [
            (docx.enum.text.WD_TAB_ALIGNMENT.RIGHT, docx.enum.text.WD_TAB_LEADER.DOTS, width)
        ]
    entries = [p for p in document.paragraphs if p.style.name in ("toc 1", "toc 2")]
    assert "Wie is wie" in [p.text for p in entries if p.style.name == "toc 1"]


# ---------------------------------------------------------------- no heading alone, no page of a few lines


def _headings(document: d.Document) -> set[str]:
    texts = {h.text for h in document.headings()}
    texts |= {b.spans[0].text for b in document.blocks() if isinstance(b, d.Paragraph) and b.style == "label"}
    texts |= {b.continued for b in document.blocks() if isinstance(b, d.Table) and b.continued}
    return {" ".join(t.split()) for t in texts}


def test_no_page_of_a_demo_pack_ends_with_a_heading_or_holds_only_a_few_lines(cli, demo, store_path):
    store = open_store(store_path)
    looked = 0
    try:
        for visit in demo.values():
            bundle = repo.visit_bundle(store, visit)
            for audience in ("internal", "external", "escort"):
                document = assemble(bundle, PackOptions(lang="nl", audience=audience))
                geometry = PAGES[document.page_size]
                headings = _headings(document)
                read = pages(write_pdf(document))
                for number, page in enumerate(read[1:], 2):
                    body = _body(page, geometry)
                    where = (document.title, audience, number)
                    assert len(body) >= 3, (*where, [line.text for line in body])
                    assert body[-1].text not in headings, (*where, body[-1].text)
                    looked += 1
    finally:
        store.close()
    assert looked > 60


# ---------------------------------------------------------------- the cover


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _image_x(pdf: bytes) -> float:
    """Where the cover's image is drawn: the x of the matrix in force at its Do operator."""
    spots: list[float] = []

    def before(operator, args, cm, tm):
        if operator == b"Do":
            spots.append(cm[4])

    pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_operand_before=before)
    assert spots, "no image on the cover"
    return spots[0]


def test_the_cover_has_title_facts_reader_version_and_the_visit_at_a_glance(cli, ukraine, store_path, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png(60, 20))
    code, _, err = cli("house-style", "--logo", logo)
    assert code == 0, err
    pdf = _export(cli, tmp_path, ukraine)
    cover = pages(pdf)[0]
    texts = [line.text for line in cover.lines]
    order = [
        next(i for i, t in enumerate(texts) if t.startswith(what))
        for what in ("Studiebezoek Oekraïense", "Delegatie", "Data", "Plaats", "Gastheer", "Intern gebruik", "Versie 1")
    ]
    assert order == sorted(order), texts  # the title block, whom it is for, then its version
    version = next(line for line in cover.lines if line.text.startswith("Versie 1"))
    assert version.words[0].y1 - version.words[0].y0 >= 9  # at a readable size, not the footer's
    title = next(line for line in cover.lines if line.text.startswith("Studiebezoek"))
    assert _image_x(pdf) == pytest.approx(title.x0, abs=1)  # the logo on the title block's left edge
    # the lower half: the days with their items, who comes, whom to call
    glance = [line.text for line in cover.lines if line.y > cover.height / 2]
    joined = " ".join(glance)
    assert "In het kort" in joined and "maandag 22 april" in joined and "vrijdag 26 april" in joined
    assert "Delegatie 6" in joined and "Katrien Verhaegen" in joined and "+32 2 000 00 01" in joined
    # the delegation's own pack names the contact without a phone number
    external = " ".join(
        line.text for line in pages(_export(cli, tmp_path, ukraine, "pdf", "--audience", "external"))[0].lines
    )
    assert "Katrien Verhaegen" in external and "+32 2 000 00 01" not in external
    # and the DOCX's cover says the same
    document = docx.Document(io.BytesIO(_export(cli, tmp_path, ukraine, "docx")))
    cells = " ".join(c.text for t in document.tables[:3] for r in t.rows for c in r.cells)
    assert "In het kort" in " ".join(p.text for p in document.paragraphs[:12])
    assert "maandag 22 april" in cells and "Katrien Verhaegen" in cells
