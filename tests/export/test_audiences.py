"""The pack's three readers, asserted on the files themselves (pypdf, python-docx, icalendar, vobject):
the internal pack has everything; the delegation's has no talking points, notes, item descriptions,
status, e-mail addresses or phone numbers and says whom it is for on every page; the escorts' run
sheet is A5 landscape with places, addresses and phone numbers, and no themes, articles or biographies."""

from __future__ import annotations

import io
import json
import re
import zipfile

import docx
import pypdf
import pytest
import vobject
from icalendar import Calendar

from briefing.core.pack.audience import AUDIENCE_RULES, AUDIENCES, markdown_table, meaning
from briefing.core.pack.labels import LABELS
from briefing.resources import resource
from tests.conftest import ROOT, run_briefing
from tests.export.conftest import docx_text, unhyphenated

DEMO = json.loads(resource("demo", "01-ukrainian-prosecutors-2024.json").read_text(encoding="utf-8"))
TALKING_POINTS = [p for t in DEMO["themes"] for p in t["talking_points"]]
THEME_SUMMARIES = [t["summary"] for t in DEMO["themes"]]
NOTES = [c["notes"] for c in DEMO["contacts"] if c["notes"]]
EMAILS = [c["email"] for c in DEMO["contacts"] if c["email"]]
PHONES = [c["phone"] for c in DEMO["contacts"] if c["phone"]]
DESCRIPTIONS = [p["description"] for p in DEMO["programme"] if p["description"]]
SHARED = [a["title"] for a in DEMO["articles"] if a.get("shareable")]
NOT_SHARED = [a["title"] for a in DEMO["articles"] if not a.get("shareable")]
ADDRESSES = ["Waterloolaan 76, 1000 Brussel", "Sint-Pieterssteenweg 122, 1040 Etterbeek", "Brabantstraat 82"]
READER = {"internal": "Intern gebruik", "external": "Voor de delegatie", "escort": "Draaiboek begeleiders"}
STATUS = "Afgerond"  # the demo visit is done: the workflow status, in Dutch


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pdf(cli, visit, tmp_path, audience, lang="nl") -> tuple[list[str], pypdf.PdfReader]:
    target = tmp_path / f"{audience}-{lang}.pdf"
    code, _, err = cli("export", visit, "--format", "pdf", "-o", target, "--audience", audience, "--lang", lang)
    assert code == 0, err
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    return [_flat(unhyphenated(p.extract_text() or "")) for p in reader.pages], reader


def _docx(cli, visit, tmp_path, audience) -> tuple[str, docx.document.Document, str]:
    target = tmp_path / f"{audience}.docx"
    code, _, err = cli("export", visit, "--format", "docx", "-o", target, "--audience", audience)
    assert code == 0, err
    with zipfile.ZipFile(target) as archive:
        body = archive.read("word/document.xml").decode()
    return _flat(docx_text(target)), docx.Document(str(target)), body


def _missing(texts: list[str], text: str) -> list[str]:
    return [t for t in texts if _flat(t) in text]


def test_the_internal_pack_has_talking_points_notes_and_contact_details(cli, ukraine, tmp_path):
    pages, _ = _pdf(cli, ukraine, tmp_path, "internal")
    text, document, _ = _docx(cli, ukraine, tmp_path, "internal")
    for name, found in (("pdf", "\n".join(pages)), ("docx", text)):
        assert "Vraag de delegatie hoe parketten in Oekraïne" in found, name
        assert len(_missing(TALKING_POINTS, found)) == len(TALKING_POINTS), name
        assert _missing(NOTES, found) and _missing(EMAILS, found) and _missing(PHONES, found), name
        assert STATUS in found and "Minibus; vertrek stipt om 08:45." in found, name
        assert all(title in found for title in SHARED + NOT_SHARED), name
    assert all(READER["internal"] in page for page in pages)
    assert READER["internal"] in "".join(p.text for p in document.sections[0].header.paragraphs)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_external_pdf_carries_nothing_internal_and_says_for_the_delegation_on_every_page(
    cli, ukraine, tmp_path, lang
):
    pages, reader = _pdf(cli, ukraine, tmp_path, "external", lang)
    text = "\n".join(pages)
    said = LABELS[lang]["reader_for_the_delegation"]
    assert said in pages[0], "on the cover"
    assert all(said in page for page in pages), "in every page's header"
    assert not _missing(TALKING_POINTS, text), "no talking point"
    assert not _missing(THEME_SUMMARIES, text)
    assert "Vraag de delegatie" not in text
    assert not _missing(NOTES, text), "no notes"
    assert not _missing(DESCRIPTIONS, text), "no item descriptions (they may be our own notes)"
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text), "no e-mail address"
    assert not re.search(r"\+\d[\d ]{7,}", text), "no phone number"
    assert LABELS[lang]["status"] not in text and LABELS[lang]["done"] not in text, "no workflow status"
    assert LABELS[lang]["talking_points"] not in text and LABELS[lang]["themes"] not in text
    # what the delegation may read is there
    for kept in ("Onthaal van de delegatie", "Олена Коваленко", "Waterloolaan 76, 1000 Brussel", *SHARED):
        assert kept in text, kept
    assert not [t for t in NOT_SHARED if t in text], "only the articles marked shareable"
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # A4


def test_the_external_docx_carries_nothing_internal_and_says_for_the_delegation(cli, ukraine, tmp_path):
    text, document, body = _docx(cli, ukraine, tmp_path, "external")
    assert not _missing(TALKING_POINTS, text) and not _missing(NOTES, text) and not _missing(DESCRIPTIONS, text)
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text) and not re.search(r"\+\d[\d ]{7,}", text)
    assert STATUS not in text and "Gesprekspunten" not in text
    assert all(t in text for t in SHARED) and not [t for t in NOT_SHARED if t in text]
    section = document.sections[0]
    header = "".join(p.text for p in section.header.paragraphs)
    assert "Voor de delegatie" in header and "Studiebezoek Oekraïense" in header  # every page after the cover
    cover = [p.text for p in document.paragraphs[:6]]
    assert "Voor de delegatie" in cover  # the band on the cover
    assert 'w:fill="1F4E79"' in body


def test_the_escort_run_sheet_is_a5_with_addresses_and_phones_and_nothing_else(cli, ukraine, tmp_path):
    pages, reader = _pdf(cli, ukraine, tmp_path, "escort")
    text = "\n".join(pages)
    for page in reader.pages:  # A5 landscape: 210 × 148 mm
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx((595.28, 419.53), abs=0.1)
    assert all("Draaiboek begeleiders" in page for page in pages)
    assert all(address in text for address in ADDRESSES)
    assert all(phone in text for phone in PHONES)
    assert "Uur Wat Waar Wie Contact" in text  # the run sheet's columns
    assert "Contactlijst" in pages[-1] and "Katrien Verhaegen" in pages[-1] and "+32 2 000 00 01" in pages[-1]
    assert "Minibus; vertrek stipt om 08:45." in text  # what the escort must know about the item
    assert not _missing(TALKING_POINTS, text) and not _missing(THEME_SUMMARIES, text)
    assert not [t for t in SHARED + NOT_SHARED if t in text], "no articles"
    assert not _missing(NOTES, text), "no biographies or notes"
    assert not _missing(EMAILS, text)
    assert "Wie is wie" not in text and "Inhoud" not in text and "Thema's" not in text
    assert len(pages) <= 11  # compact: a pocket run sheet for five days (a day starts with two rows at least)


def test_the_escort_docx_is_a5_landscape_and_its_transfers_stand_out(cli, ukraine, tmp_path):
    text, document, _ = _docx(cli, ukraine, tmp_path, "escort")
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 148)
    assert all(address in text for address in ADDRESSES) and all(phone in text for phone in PHONES)
    assert not _missing(TALKING_POINTS, text) and not [t for t in SHARED + NOT_SHARED if t in text]
    assert "Draaiboek begeleiders" in "".join(p.text for p in section.header.paragraphs)
    transfers = [
        row
        for table in document.tables
        for row in table.rows
        if row.cells[1].text.startswith("Transfer naar Politiezone Montgomery")
    ]
    assert len(transfers) == 1
    row = transfers[0]._tr.xml
    assert 'w:fill="D5DEE8"' in row  # shaded darker than the rest
    runs = [r for c in transfers[0].cells for p in c.paragraphs for r in p.runs if r.text.strip()]
    assert runs and all(r.bold for r in runs)  # and bold
    plain = [row for table in document.tables for row in table.rows if row.cells[1].text.startswith("Onthaal van de")]
    assert "D5DEE8" not in plain[0]._tr.xml


def _events(cli, visit, tmp_path, audience):
    target = tmp_path / f"{audience}.ics"
    code, _, err = cli("export", visit, "--format", "ics", "-o", target, "--audience", audience)
    assert code == 0, err
    return {str(e["SUMMARY"]): e for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}


def test_the_external_calendar_has_no_internal_description(cli, ukraine, tmp_path):
    internal = _events(cli, ukraine, tmp_path, "internal")
    external = _events(cli, ukraine, tmp_path, "external")
    escort = _events(cli, ukraine, tmp_path, "escort")
    assert internal.keys() == external.keys() == escort.keys()
    transfer = "Transfer naar Politiezone Montgomery"
    assert "Minibus; vertrek stipt om 08:45." in str(internal[transfer]["DESCRIPTION"])
    descriptions = " ".join(str(e.get("DESCRIPTION", "")) for e in external.values())
    assert not _missing(DESCRIPTIONS, descriptions)
    assert "Delegatie" not in descriptions or "Олена Коваленко" in descriptions  # the people are there
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d ]{7,}", descriptions)
    assert str(external[transfer]["LOCATION"]) == "Vertrek ADVP, Waterloolaan 76, 1000 Brussel"
    assert "Contact: Mevr. Katrien Verhaegen +32 2 000 00 01" in str(escort[transfer]["DESCRIPTION"])


def test_the_vcard_export_follows_the_reader(cli, ukraine, tmp_path):
    cards = {}
    for audience in AUDIENCES:
        target = tmp_path / f"{audience}.vcf"
        code, _, err = cli("export-contacts", ukraine, "-o", target, "--audience", audience)
        assert code == 0, err
        cards[audience] = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert {"email", "tel", "note"} <= {key for c in cards["internal"] for key in c.contents}
    assert len(cards["external"]) == len(cards["internal"])
    assert not [c for c in cards["external"] if {"email", "tel", "note"} & set(c.contents)]
    assert [c.fn.value for c in cards["escort"]][:2] == ["Diane Reynders", "Katrien Verhaegen"]
    assert not [c for c in cards["escort"] if {"email", "note"} & set(c.contents)]


def test_an_unknown_reader_is_refused_in_one_line(ukraine, store_path, tmp_path):
    done = run_briefing("--store", store_path, "export", ukraine, "-o", tmp_path / "p.pdf", "--audience", "visitors")
    assert done.returncode == 2 and "invalid choice: 'visitors'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and not (tmp_path / "p.pdf").exists()


def test_one_table_drives_the_readers_and_the_readme_prints_it():
    assert set(AUDIENCES) == {"internal", "external", "escort"}
    for part, row in AUDIENCE_RULES.items():
        assert set(row) == set(AUDIENCES), part
        for code in row.values():
            assert meaning(part, code)  # every cell says in words what it shows
    for lang in LABELS:
        for code in AUDIENCE_RULES["reader"].values():
            assert LABELS[lang][f"reader_{code}"], (lang, code)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme, "README: paste briefing.core.pack.audience.markdown_table()"


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_days_heading_is_never_alone_at_the_foot_of_a_page(cli, ukraine, tmp_path, audience):
    pages, reader = _pdf(cli, ukraine, tmp_path, audience)
    first_of_day: dict[str, str] = {}
    for item in DEMO["programme"]:
        first_of_day.setdefault(item["date"], item["title"])
    days = [
        (entry.title, reader.get_destination_page_number(entry))
        for part in reader.outline
        if isinstance(part, list)
        for entry in part
        if not isinstance(entry, list) and "april 2024" in entry.title
    ]
    assert len(days) == 5
    for (title, page), first in zip(days, first_of_day.values(), strict=True):
        assert _flat(first)[:30] in pages[page], f"{title}: its first item is not on the heading's page {page + 1}"
