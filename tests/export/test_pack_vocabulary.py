"""A visit typed in Dutch, printed in French and English: the pack's own words (honorifics, kinds,
marking, country) are in the pack's language, the user's own text stays as typed."""

from __future__ import annotations

import re

import pytest

from tests.conftest import write_json
from tests.export.conftest import docx_text, pdf_pages


def dutch_visit() -> dict:
    people = [
        ("jan", "Jan Jansen", "Dhr.", "delegation"),
        ("els", "Els Peeters", "Mevr.", "delegation"),
        ("anke", "Anke de Vries", "Mw.", "delegation"),
        ("karel", "Karel Maes", "De heer", "host"),
        ("michael", "Michaël Jonniaux", "Korpschef", "speaker"),
        ("lies", "Lies Wouters", "Prof. dr.", "speaker"),
    ]
    contacts = [
        {"key": key, "name": name, "title": title, "function": "", "role": role} for key, name, title, role in people
    ]
    items = [
        ("09:00", "10:00", "In de Kruidtuin", "ontvangst"),  # titles that do not say their kind: it is printed
        ("10:00", "12:00", "PZ Brussel Noord", "site_visit"),
        ("12:00", "13:00", "Met de korpschefs", "Werklunch"),
        ("13:15", "14:00", "Rit naar het Crisiscentrum", "vervoer"),
        ("14:00", "15:30", "Publiek-private samenwerking", "werksessie"),
        ("15:30", "16:00", "Vragen van de pers", "Persmoment"),
    ]
    return {
        "format": "briefing-visit/1",
        "visit": {
            "title": "Bezoek DG Politie en Veiligheidsregio's",
            "start": "2024-06-12",
            "end": "2024-06-12",
            "delegation": "Nederlandse directie",
            "country": "NL",
            "direction": "inbound",
            "host": "AD Veiligheid en Preventie",
            "location": "Brussel",
            "purpose": "Kennisuitwisseling",
            "classification": "BEPERKTE VERSPREIDING",
            "status": "confirmed",
        },
        "contacts": contacts,
        "programme": [
            {"date": "2024-06-12", "start": start, "end": end, "title": title, "kind": kind, "contacts": ["jan", "els"]}
            for start, end, title, kind in items
        ],
    }


EXPECTED = {
    "fr": {
        "names": ["M. Jan Jansen", "Mme Els Peeters", "Mme Anke de Vries", "M. Karel Maes", "Prof. Dr Lies Wouters"],
        "kinds": ["Réception", "Visite de terrain", "Repas", "Déplacement", "Réunion"],
        "marking": "DIFFUSION RESTREINTE",
        "country": "Pays-Bas",
    },
    "en": {
        "names": ["Mr Jan Jansen", "Ms Els Peeters", "Ms Anke de Vries", "Mr Karel Maes", "Prof. Dr Lies Wouters"],
        "kinds": ["Reception", "Site visit", "Meal", "Transfer", "Meeting"],
        "marking": "LIMITED DISTRIBUTION",
        "country": "Netherlands",
    },
}
DUTCH_WORDS = ["Dhr.", "Mevr.", "Mw.", "De heer", "BEPERKTE VERSPREIDING", "Nederland ", "Terreinbezoek", "Maaltijd"]


@pytest.fixture
def dutch(cli, tmp_path) -> int:
    code, out, err = cli("load", write_json(tmp_path / "bezoek.json", dutch_visit()))
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


def _one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_dutch_typed_visit_prints_in_the_packs_language(cli, dutch, tmp_path, lang, fmt):
    target = tmp_path / f"pack.{fmt}"
    code, _, err = cli("export", dutch, "--format", fmt, "-o", target, "--lang", lang)
    assert code == 0, err
    text = _one_line("\n".join(pdf_pages(target)) if fmt == "pdf" else docx_text(target))
    want = EXPECTED[lang]
    for name in want["names"]:
        assert name in text, name
    for kind in want["kinds"]:
        assert kind in text, kind
    assert want["marking"] in text and want["country"] in text
    assert "Korpschef Michaël Jonniaux" in text  # a rank is not an honorific: as typed
    assert "Vragen van de pers Persmoment" in text  # the title, then the kind nobody knows, as typed
    for word in DUTCH_WORDS:  # the pack's own words never stay Dutch (the user's titles do)
        assert word not in text, word
    assert not re.search(r"\b(site_visit|werksessie|ontvangst|vervoer)\b", text)  # the kinds as typed
    assert "Werklunch" not in text  # the kind in the pack's language, not as typed
    assert "_" not in text  # no raw code anywhere
    if fmt == "pdf":
        pages = pdf_pages(target)
        assert all(want["marking"] in page for page in pages)  # the marking on every page, cover included


def test_the_dutch_pack_keeps_dutch_words(cli, dutch, tmp_path):
    target = tmp_path / "pack.pdf"
    assert cli("export", dutch, "--format", "pdf", "-o", target, "--lang", "nl")[0] == 0
    text = _one_line("\n".join(pdf_pages(target)))
    for word in ["Dhr. Jan Jansen", "Mevr. Els Peeters", "Mevr. Anke de Vries", "Terreinbezoek", "Maaltijd"]:
        assert word in text, word
    assert "BEPERKTE VERSPREIDING" in text and "Nederland" in text and "_" not in text
