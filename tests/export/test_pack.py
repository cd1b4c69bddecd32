"""The briefing pack as the officer holds it: PDF, DOCX and calendar, asserted on real output."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import docx
import pypdf
import pytest
from icalendar import Calendar

from briefing.core.pack import document as d
from tests.export.conftest import docx_text, pdf_pages

SECTION_TITLES = {
    "nl": ["Inhoud", "Praktische informatie", "Programma", "Wie is wie", "Thema's", "Achtergrondartikels"],
    "fr": ["Table des matières", "Informations pratiques", "Programme", "Qui est qui", "Thèmes", "Articles de fond"],
    "en": ["Contents", "Practical information", "Programme", "Who's who", "Themes", "Background articles"],
}
DAY = {"nl": "dinsdag 23 april 2024", "fr": "mardi 23 avril 2024", "en": "Tuesday 23 April 2024"}
PAGE = {"nl": "Pagina {} van {}", "fr": "Page {} sur {}", "en": "Page {} of {}"}
MARKING = {"nl": "BEPERKTE VERSPREIDING", "fr": "DIFFUSION RESTREINTE", "en": "LIMITED DISTRIBUTION"}


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_pdf_has_every_section_name_and_page_marking(cli, ukraine, tmp_path, lang):
    target = tmp_path / "pack.pdf"
    code, _, err = cli("export", ukraine, "--format", "pdf", "-o", target, "--lang", lang)
    assert code == 0, err
    pages = pdf_pages(target)
    text = "\n".join(pages)
    for title in SECTION_TITLES[lang]:
        assert title in text, title
    assert DAY[lang] in text
    for name in ("Willy Bruggeman", "Michaël Jonniaux", "Olivier Slosse", "Diane Reynders", "Олена Коваленко"):
        assert name in text, name
    for number, page in enumerate(pages[1:], 2):  # the cover goes unnumbered
        assert PAGE[lang].format(number, len(pages)) in page
        assert MARKING[lang] in page and "Studiebezoek Oekraïense" in page
    assert PAGE[lang].format(1, len(pages)) not in pages[0]


def test_pdf_outline_toc_links_and_metadata(cli, ukraine, tmp_path):
    target = tmp_path / "pack.pdf"
    cli("export", ukraine, "--format", "pdf", "-o", target)
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))

    def flatten(items, depth=0):
        for item in items:
            if isinstance(item, list):
                yield from flatten(item, depth + 1)
            else:
                yield depth, item.title, reader.get_destination_page_number(item)

    outline = list(flatten(reader.outline))
    top = [t for depth, t, _ in outline if depth == 0]
    assert top == SECTION_TITLES["nl"]
    assert sum(1 for depth, t, _ in outline if depth == 1 and "april 2024" in t) == 5  # the five days
    article_titles = [t for depth, t, _ in outline if depth == 1]
    assert "ADVP en partners ontvangen zes Oekraïense aanklagers" in article_titles
    # every outline entry lands on the page that holds its heading
    pages = pdf_pages(target)
    for _, title, page in outline:
        assert title.split()[0] in pages[page], title
    # TOC lines link into the document, and print the right page numbers
    toc_page = reader.pages[1]
    links = [a.get_object() for a in toc_page.get("/Annots", []) if a.get_object()["/Subtype"] == "/Link"]
    assert len(links) >= 10
    printed = [int(n) for n in re.findall(r"^\s*(\d+)\s*$", pages[1], re.MULTILINE)]
    assert printed == [page + 1 for _, title, page in outline if title != "Inhoud"]
    meta = reader.metadata
    assert meta.title == "Studiebezoek Oekraïense openbare aanklagers"
    assert "Briefingmap" in meta.subject and meta.author


def test_docx_headings_toc_field_headers_and_footers(cli, ukraine, tmp_path):
    target = tmp_path / "pack.docx"
    code, _, err = cli("export", ukraine, "--format", "docx", "-o", target)
    assert code == 0, err
    document = docx.Document(str(target))
    h1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert h1 == SECTION_TITLES["nl"][1:]
    h2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "maandag 22 april 2024" in h2 and "Kadernota Integrale Veiligheid (KIV)" in h2
    xml = target.read_bytes()
    import zipfile

    with zipfile.ZipFile(io.BytesIO(xml)) as archive:
        body = archive.read("word/document.xml").decode()
        settings = archive.read("word/settings.xml").decode()
    assert 'TOC \\o "1-2" \\h \\z \\u' in body
    # the field's result already lists the headings, for readers that do not update fields
    first_h1 = next(i for i, p in enumerate(document.paragraphs) if p.style.name == "Heading 1")
    toc_lines = [p.text for p in document.paragraphs[:first_h1]]
    assert "Wie is wie" in toc_lines and "maandag 22 april 2024" in toc_lines
    assert "w:updateFields" in settings
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header = "\n".join(p.text for p in section.header.paragraphs)
    assert "Studiebezoek Oekraïense" in header and "BEPERKTE VERSPREIDING" in header
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml and "Pagina" in footer_xml
    table_text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Olivier Slosse" in docx_text(target) and "Uur" in table_text
    first_rows = [t.rows[0]._tr.xml for t in document.tables if t.rows[0].cells[0].text == "Uur"]
    assert first_rows and all("w:tblHeader" in x for x in first_rows)  # repeated header rows
    assert document.core_properties.title == "Studiebezoek Oekraïense openbare aanklagers"


def test_external_pack_carries_no_email_phone_or_notes(cli, full, tmp_path):
    emails = ["olena@example.org", "d.reynders@example.org", "k.v@example.org"]
    phones = ["+380 44 000 0000", "+32 2 000 00 01"]
    notes = ["Vegetarisch", "Begeleidt de delegatie"]
    texts = {}
    for fmt in ("pdf", "docx", "ics"):
        for audience in ("internal", "external"):
            target = tmp_path / f"{audience}.{fmt}"
            code, _, err = cli("export", full, "--format", fmt, "-o", target, "--audience", audience)
            assert code == 0, err
            if fmt == "pdf":
                texts[fmt, audience] = "\n".join(pdf_pages(target))
            elif fmt == "docx":
                texts[fmt, audience] = docx_text(target)
            else:
                texts[fmt, audience] = Calendar.from_ical(target.read_bytes()).to_ical().decode()
    for fmt in ("pdf", "docx"):
        internal, external = texts[fmt, "internal"], texts[fmt, "external"]
        assert all(x in internal for x in [*emails, *phones, *notes]), fmt
        assert not [x for x in [*emails, *phones, *notes] if x in external], fmt
        assert "Олена Коваленко" in external and "Olena Kovalenko" in external
    assert not re.search(r"[\w.]+@[\w.]+", texts["pdf", "external"] + texts["docx", "external"])
    assert not [x for x in emails + phones if x in texts["ics", "external"]]


def test_programme_details_flags_and_people(cli, full, tmp_path):
    target = tmp_path / "p.pdf"
    cli("export", full, "--format", "pdf", "-o", target, "--lang", "en")
    text = "\n".join(pdf_pages(target))
    assert "Note: ends before it starts (12:30 – 12:00)" in " ".join(text.split())  # it may wrap in its cell
    assert "Not yet scheduled" in text and "Nog te plannen" in text
    # a kind beside a title that does not say it; none beside 'Bezoek PZ Montgomery' or 'Lunch (…)'
    assert "Ontvangst Meeting" in text and "Site visit" not in text and "Meal" not in text
    # who's who lists the programme items each person appears in
    assert "Tuesday 23 April 2024, 10:00 – Bezoek PZ Montgomery" in text
    # themes name their programme items and articles
    assert "ADVP verwelkomt Oekraïense delegatie" in text
    assert "Ms Olena Kovalenko (Олена Коваленко)" in text  # the Latin form first, for an English reader


def test_sections_can_be_switched_off_and_articles_cut_to_summaries(cli, full, tmp_path):
    target = tmp_path / "p.pdf"
    code, _, err = cli(
        "export", full, "--format", "pdf", "-o", target, "--sections", "cover,programme,articles", "--summaries-only"
    )
    assert code == 0, err
    text = "\n".join(pdf_pages(target))
    assert "Programma" in text and "Achtergrondartikels" in text
    assert "Wie is wie" not in text and "Inhoud" not in text and "Praktische informatie" not in text
    assert "Zes aanklagers op bezoek." in text and "Eerste alinea." not in text
    code, _, err = cli("export", full, "--format", "pdf", "-o", target, "--sections", "cover,gossip")
    assert code == 2 and "unknown section 'gossip'" in err


def test_calendar_parses_back_with_brussels_time(cli, full, tmp_path):
    target = tmp_path / "p.ics"
    code, _, err = cli("export", full, "--format", "ics", "-o", target)
    assert code == 0, err
    cal = Calendar.from_ical(target.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 3  # the unscheduled item has no date
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Brussels"]
    first = next(e for e in events if str(e["SUMMARY"]) == "Ontvangst")
    assert first["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert first.decoded("DTSTART").isoformat() == "2024-04-22T09:00:00+02:00"
    assert first.decoded("DTEND").isoformat() == "2024-04-22T10:30:00+02:00"
    assert str(first["LOCATION"]) == "ADVP"
    assert "Олена Коваленко" in str(first["DESCRIPTION"]) and "Koffie en welkom" in str(first["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == 3


def test_house_style_logo_and_reference_document(cli, full, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png(60, 30))
    reference = docx.Document()
    reference.styles["Normal"].font.name = "Georgia"
    from docx.enum.style import WD_STYLE_TYPE

    reference.styles.add_style("Huisstijl Extra", WD_STYLE_TYPE.PARAGRAPH)
    ref_path = tmp_path / "huisstijl.docx"
    reference.save(str(ref_path))
    code, out, err = cli("house-style", "--docx", ref_path, "--logo", logo)
    assert code == 0, err and "huisstijl.docx" in out
    cli("export", full, "--format", "docx", "-o", tmp_path / "p.docx")
    cli("export", full, "--format", "pdf", "-o", tmp_path / "p.pdf")
    document = docx.Document(str(tmp_path / "p.docx"))
    assert "Huisstijl Extra" in [s.name for s in document.styles]
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.inline_shapes, "the logo on the cover"
    reader = pypdf.PdfReader(str(tmp_path / "p.pdf"))
    assert list(reader.pages[0].images), "the logo on the PDF cover"
    bad = tmp_path / "bad.docx"
    bad.write_text("not a docx")
    code, _, err = cli("house-style", "--docx", bad)
    assert code == 2 and "not a .docx file" in err


def _png(width: int, height: int) -> bytes:
    """A small solid blue PNG, written by hand."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def test_a_writer_fails_loudly_on_a_block_it_does_not_know():
    from briefing.export.docx import write_docx
    from briefing.export.pdf import write_pdf

    class Mystery:
        pass

    doc = d.Document("t", "s", "a", "", "nl", "{page}/{pages}", "v1", [d.Section("x", [Mystery()])])
    for write in (write_pdf, write_docx):
        with pytest.raises(d.UnknownBlock, match="cannot render block Mystery"):
            write(doc)


def test_export_into_a_read_only_folder_is_refused_and_leaves_nothing(cli, full, tmp_path):
    import os

    folder = tmp_path / "locked"
    folder.mkdir()
    existing = folder / "pack.pdf"
    existing.write_bytes(b"the previous pack")
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        code, _, err = cli("export", full, "--format", "pdf", "-o", existing)
        assert code == 2 and "permission denied" in err
        assert existing.read_bytes() == b"the previous pack"
        assert sorted(p.name for p in folder.iterdir()) == ["pack.pdf"]
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize(
    ("errno_", "message"),
    [(28, "the disk is full"), (13, "close the file if it is open elsewhere"), (30, "the disk is read-only")],
)
def test_a_failed_write_leaves_the_old_file_and_no_temporary(monkeypatch, tmp_path, errno_, message):
    import os

    from briefing.core.errors import BriefingError
    from briefing.export import write_atomically

    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")

    def fail(*args, **kwargs):
        raise OSError(errno_, os.strerror(errno_))

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(BriefingError, match=message):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_the_docx(cli, ukraine, tmp_path):
    target = tmp_path / "pack.docx"
    cli("export", ukraine, "--format", "docx", "-o", target)
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "lo-out"),
            str(target),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = "\n".join(pdf_pages(tmp_path / "lo-out" / "pack.pdf"))
    assert "Olivier Slosse" in text and "Wie is wie" in text and "BEPERKTE VERSPREIDING" in text
