"""Who's who as the printed pack shows it (extracted PDF text, the DOCX's text): a name in another
script leads with its Latin form, a function and an organisation say nothing twice, and a kind is
not printed beside a title that already says it."""

from __future__ import annotations

import json
import re
import subprocess
import sys

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


CHILD = r"""
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from pathlib import Path
from briefing.core.interchange import visit_file
from briefing.core.pack.assemble import PackOptions, assemble
from briefing.core.progress import run
from briefing.core.store import open_store, repo

store = open_store(Path(sys.argv[1]))
visit_id = run(visit_file.load_steps(store, json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))))
bundle = repo.visit_bundle(store, visit_id)
started = time.perf_counter()
for lang in ("nl", "fr", "en"):
    assemble(bundle, PackOptions(lang=lang, version="1"))
print(time.perf_counter() - started)
"""
TIMEOUT_S = 120  # the child: load, then three assemblies; they take well under a second each


def test_names_functions_and_titles_built_to_be_slow_are_not(tmp_path):
    """Function and organisation parts full of link words and capitals, 300 times, and huge fields:
    the comparison stays bounded (each pair of names a few thousand steps at most)."""

    from tests.conftest import full_visit

    data = full_visit()
    crafted = [
        (", ".join(["Aa " + "de " * 6] * 6), ", ".join(["Aa " + "de " * 12] * 6)),
        (", ".join(["AB " * 6] * 6), ", ".join([" ".join(["Aa Bb"] * 6)] * 6)),
        (", ".join(["x, de van"] * 300), ", ".join(["de van x"] * 300)),
        ("Directeur, " + "de " * 100_000, "Crisiscentrum, " * 20_000),
    ]
    organisations = [{"key": f"o{n}", "name": org} for n, (_, org) in enumerate(crafted)]
    data["organisations"] = data.get("organisations", []) + organisations
    for n in range(300):
        function, _ = crafted[n % len(crafted)]
        contact = {"key": f"c{n}", "name": "Олена " + "Коваленко" * (n % 3), "name_latin": f"Olena {n}"}
        contact.update(function=function, organisation=f"o{n % len(crafted)}", role="delegation")
        data["contacts"].append(contact)
    data["programme"][0]["title"] = "Werklunch " + "slotlunchdiner " * 20_000
    data["programme"][0]["kind"] = "meal"
    visit = tmp_path / "visit.json"
    visit.write_text(json.dumps(data), encoding="utf-8")
    script = CHILD.replace("{cap}", str(2 * 1024**3))
    child = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "s.sqlite"), str(visit)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert float(child.stdout.strip().splitlines()[-1]) < 10  # today about 0.3 s on a busy machine
