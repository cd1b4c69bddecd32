"""Any text the store can hold exports, in all three formats."""

from __future__ import annotations

import json

import docx
import pytest
from icalendar import Calendar

from tests.conftest import full_visit
from tests.export.conftest import docx_text, pdf_pages

MARKUP = '<b>vet & <i>schuin</para> &#9999999; <img src="/etc/passwd"/> <john@x.be>'
CONTROL = "plak\x00uit\x0bPDF\x0cmet\x1bstuurtekens\x7f\ufffe\x01"
LONG_URL = "https://example.org/" + "x" * 20_000
LONG_NAME = "Van " + "Achternaamlang" * 28 + " Dubbelnaam"  # about 400 characters
EMOJI_RTL = "Welkom 😀🇧🇪 مرحبا بكم שלום ‏עברית‎ Ελληνικά 中文"


def hostile_visit() -> dict:
    data = full_visit()
    data["visit"]["title"] = MARKUP
    data["visit"]["purpose"] = CONTROL
    data["visit"]["classification"] = "<BEPERKTE VERSPREIDING>"
    data["contacts"][0]["name"] = LONG_NAME
    data["contacts"][0]["notes"] = CONTROL
    data["contacts"][1]["function"] = EMOJI_RTL
    data["programme"][0]["title"] = MARKUP
    data["programme"][0]["location"] = LONG_URL
    data["programme"][0]["description"] = CONTROL + "\n\n" + EMOJI_RTL
    data["programme"][1]["title"] = ""
    data["themes"][0]["talking_points"] = [MARKUP, "", LONG_URL[:3000], EMOJI_RTL]
    data["articles"][0]["title"] = ""
    data["articles"][0]["url"] = LONG_URL
    paragraph = "Een lange alinea over veiligheid en preventie, met <tags> & tekens. " * 14
    data["articles"][0]["body"] = "\n\n".join([paragraph] * (1_000_000 // len(paragraph)))  # about 1 MB
    return data


@pytest.fixture
def hostile(cli, tmp_path) -> int:
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(hostile_visit(), ensure_ascii=True), encoding="utf-8")
    code, out, err = cli("load", path)
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


@pytest.mark.parametrize("audience", ["internal", "external", "escort"])
def test_hostile_content_exports_in_every_format(cli, hostile, tmp_path, audience):
    results = {}
    for fmt in ("pdf", "docx", "ics"):
        target = tmp_path / f"hostile-{audience}.{fmt}"
        code, _, err = cli("export", hostile, "--format", fmt, "-o", target, "--audience", audience)
        assert code == 0, f"{fmt}: {err}"
        assert "Traceback" not in err
        results[fmt] = target

    pdf = "\n".join(pdf_pages(results["pdf"]))
    compact = "".join(pdf.split())
    assert "".join(MARKUP.split()) in compact  # markup printed as text, nothing swallowed
    assert "<john@x.be>" in pdf
    assert "plakuit" in compact and "stuurtekens" in compact
    assert "".join(LONG_NAME.split()) in compact
    assert "x" * 200 in compact  # the long URL, wrapped inside its table cell
    assert "مرحبا" in pdf or "ابحرم" in pdf
    assert "中文" in pdf  # drawn with the fallback font, not as blank boxes
    if audience != "external":  # the delegation's pack carries no warnings (AUDIENCE_RULES)
        assert "Letop:eindigtvóórhetbegint(12:30–12:00)" in compact
    assert "<BEPERKTE VERSPREIDING>" in pdf

    text = docx_text(results["docx"])
    assert "&lt;b&gt;vet" in text or "<b>vet" in docx.Document(str(results["docx"])).paragraphs[1].text + text
    assert LONG_NAME in text and "stuurtekens" in text and "😀" in text

    cal = Calendar.from_ical(results["ics"].read_bytes())
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert MARKUP in summaries
    assert any(str(e.get("LOCATION", "")) == LONG_URL for e in cal.walk("VEVENT"))


def test_hostile_search_terms_in_names_do_not_break_the_lists(cli, hostile):
    for command in ("visits", "articles", "contacts"):
        code, out, _ = cli(command, "--json")
        assert code == 0 and json.loads(out)
