"""Who's who as the printed pack shows it (extracted PDF text, the DOCX's text): a name in another
script leads with its Latin form, a function and an organisation say nothing twice, and a kind is
not printed beside a title that already says it."""

from __future__ import annotations

import re

import pytest
from icalendar import Calendar

from tests.export.conftest import docx_text, pdf_pages


def _text(path) -> str:
    """The file's words on one line (a table cell's line breaks are spaces)."""
    text = "\n".join(pdf_pages(path)) if path.suffix == ".pdf" else docx_text(path)
    return " ".join(text.split())


@pytest.fixture
def benelux(demo) -> int:
    return next(i for t, i in demo.items() if t.startswith("Benelux"))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize(
    ("lang", "honorific"),
    [("nl", "Mevr."), ("fr", "Mme"), ("en", "Ms")],
)
def test_a_name_in_another_script_leads_with_its_latin_form(cli, ukraine, tmp_path, lang, honorific, fmt):
    target = tmp_path / f"pack.{fmt}"
    code, _, err = cli("export", ukraine, "--format", fmt, "-o", target, "--lang", lang)
    assert code == 0, err
    text = _text(target)
    assert f"{honorific} Olena Kovalenko (Олена Коваленко)" in text  # who's who
    assert "Dhr. Taras Hnatiuk (Тарас Гнатюк)" in text if lang == "nl" else "Taras Hnatiuk (Тарас Гнатюк)" in text
    assert "Oksana Shevchuk (Оксана Шевчук)" in text  # the interpreter, in the programme's cells too
    assert not re.search(r"[А-Яа-яІіЇїЄєҐґ]+ \((Olena|Taras|Oksana) ", text)  # never the original first
    # a name without a Latin form known stays as it is
    assert text.count("Коваленко") == text.count("Kovalenko (Олена Коваленко)")


def test_the_run_sheet_and_the_calendar_name_people_latin_first(cli, full, tmp_path):
    sheet, calendar = tmp_path / "sheet.pdf", tmp_path / "cal.ics"
    assert cli("export", full, "--format", "pdf", "-o", sheet, "--audience", "escort", "--lang", "en")[0] == 0
    assert cli("export", full, "--format", "ics", "-o", calendar, "--lang", "fr")[0] == 0
    assert "Ms Olena Kovalenko (Олена Коваленко)" in _text(sheet)  # who is accompanied, in the run sheet
    events = [e for e in Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")]
    described = " ".join(str(e.get("DESCRIPTION", "")) for e in events)
    assert "Mme Olena Kovalenko (Олена Коваленко)" in described
    assert "Олена Коваленко (Olena" not in described


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_function_and_organisation_are_not_repeated_in_the_demo(cli, ukraine, benelux, tmp_path, fmt):
    texts = {}
    for name, visit, audience in [
        ("ua", ukraine, "internal"),
        ("bx", benelux, "internal"),
        ("bx-escort", benelux, "escort"),  # the run sheet's contact list
        ("ua-ext", ukraine, "external"),
    ]:
        target = tmp_path / f"{name}.{fmt}"
        code, _, err = cli("export", visit, "--format", fmt, "-o", target, "--audience", audience)
        assert code == 0, err
        texts[name] = _text(target)
    assert "Korpschef Politiezone Montgomery" in texts["ua"] and "Korpschef Politiezone Montgomery" in texts["ua-ext"]
    for name in ("bx", "bx-escort"):
        assert "Directeur-generaal, Crisiscentrum, FOD Binnenlandse Zaken" in texts[name], name
    assert "Teamleider meldkamer, Nationaal Crisiscentrum (NCTV)" in texts["bx"]
    for name in ("bx", "bx-escort"):  # the function's short form gives way to the organisation's full name
        assert "Beleidsmedewerker, Secretariaat-Generaal van de Benelux Unie" in texts[name], name
    everything = " ".join(texts.values())
    assert "Montgomery, Politiezone Montgomery" not in everything
    assert "Crisiscentrum, Crisiscentrum" not in everything
    assert "Nationaal Crisiscentrum, Nationaal Crisiscentrum" not in everything
    assert "Secretariaat-Generaal Benelux, Secretariaat-Generaal" not in everything


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_a_kind_does_not_repeat_the_title(cli, benelux, tmp_path, lang, fmt):
    texts = []
    for audience in ("internal", "escort"):  # the programme and the run sheet
        target = tmp_path / f"{audience}.{fmt}"
        code, _, err = cli("export", benelux, "--format", fmt, "-o", target, "--lang", lang, "--audience", audience)
        assert code == 0, err
        texts.append(_text(target))
    workshop = {"nl": "Workshop", "fr": "Atelier", "en": "Workshop"}[lang]
    for text in texts:
        assert "Workshop BE-Alert" in text and "Workshop ICMS" in text
        assert not re.search(rf"Workshop (BE-Alert|ICMS) {workshop}\b", text)
        # a title that does not say it is a workshop keeps its kind
        assert re.search(rf"Brainstorm: betere samenwerking tussen de crisiscentra {workshop}\b", text)


def test_the_calendar_does_not_repeat_the_title_as_its_kind(cli, benelux, tmp_path):
    target = tmp_path / "cal.ics"
    assert cli("export", benelux, "--format", "ics", "-o", target)[0] == 0
    events = {
        str(e["SUMMARY"]): str(e.get("DESCRIPTION", "")) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    }
    assert not events["Workshop BE-Alert"].startswith("Workshop")
    assert events["Brainstorm: betere samenwerking tussen de crisiscentra"].startswith("Workshop")
