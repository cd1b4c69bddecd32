"""Exports from the demo store: real files a word processor and a PDF reader open."""

from __future__ import annotations

import io
import json

import docx
import pypdf
import pytest


@pytest.fixture
def demo(cli):
    cli("demo")
    _, out, _ = cli("visits", "--json")
    return {v["title"]: v["id"] for v in json.loads(out)}


def _ukraine(demo) -> int:
    return next(i for t, i in demo.items() if "Oekraïense" in t)


def test_export_all_writes_pdf_docx_and_ics_per_visit(cli, demo, tmp_path):
    code, _out, err = cli("export-all", tmp_path / "out")
    assert code == 0, err
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == 3 * len(demo)
    assert not [f for f in files if f.name.startswith(".")]  # no temporary files left
    for f in files:
        head = f.read_bytes()[:4]
        assert head == {".pdf": b"%PDF", ".docx": b"PK\x03\x04", ".ics": b"BEGI"}[f.suffix]


def test_pdf_carries_the_visit(cli, demo, tmp_path):
    target = tmp_path / "pack.pdf"
    code, _out, err = cli("export", _ukraine(demo), "--format", "pdf", "-o", target)
    assert code == 0, err
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for needle in (
        "Studiebezoek Oekraïense",
        "Michaël Jonniaux",
        "Olivier Slosse",
        "BEPERKTE VERSPREIDING",
        "maandag 22 april 2024",
        f"Pagina 2 van {len(reader.pages)}",
    ):
        assert needle in text, needle
    assert any("\u0400" <= ch <= "\u04ff" for ch in text)  # Cyrillic names as real text


def test_docx_carries_the_visit(cli, demo, tmp_path):
    target = tmp_path / "pack.docx"
    code, _, err = cli("export", _ukraine(demo), "--format", "docx", "-o", target, "--lang", "en")
    assert code == 0, err
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Studiebezoek Oekraïense" in text and "Who's who" in text
    assert "Monday 22 April 2024" in text
    assert "Olivier Slosse" in text + cells
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
