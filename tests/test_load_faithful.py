"""`briefing load` as the officer runs it: a visit file's values are the visit's, whatever the library
held; each entry the library held otherwise gets one line on stderr; the other visits print as before."""

from __future__ import annotations

import json

from tests.conftest import run_briefing, write_json
from tests.core.test_per_visit_values import DEMO_NOTE, DEMO_POINT, second_visit
from tests.export.conftest import docx_text, pdf_pages


def _briefing(store, *args):
    result = run_briefing("--store", store, *args)
    assert result.returncode == 0, result.stderr
    return result


def _flat(pages: list[str]) -> list[str]:
    return [" ".join(page.split()) for page in pages]


def test_load_lists_each_difference_and_keeps_the_files_values(tmp_path):
    store = tmp_path / "store.sqlite"
    _briefing(store, "demo")
    visits = json.loads(_briefing(store, "visits", "--json").stdout)
    first = next(v["id"] for v in visits if "Oekraïense" in v["title"])
    _briefing(store, "export", first, "--format", "pdf", "-o", tmp_path / "before.pdf")
    _briefing(store, "export", first, "--format", "docx", "-o", tmp_path / "before.docx")

    path = write_json(tmp_path / "tweede bezoek.json", second_visit())
    result = run_briefing("--store", store, "load", path)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines == [
        f"{path}: organisations[0] 'Politiezone Montgomery': the library's organisation has another notes; "
        "this visit keeps the file's, the library its own",
        f"{path}: contacts[0] 'Michaël Jonniaux': the library's contact has another honorific, function, notes; "
        "this visit keeps the file's, the library its own",
        f"{path}: themes[0] 'Bestuurlijke handhaving': the library's theme has another summary, talking points; "
        "this visit keeps the file's, the library its own",
    ]
    second = int(result.stdout.splitlines()[-1])

    _briefing(store, "export", second, "--format", "pdf", "-o", tmp_path / "second.pdf")
    _briefing(store, "export", second, "--format", "docx", "-o", tmp_path / "second.docx")
    for text in (" ".join(_flat(pdf_pages(tmp_path / "second.pdf"))), docx_text(tmp_path / "second.docx")):
        assert "Hoofdcommissaris" in text and "Vergunningen als hefboom" in text
        assert DEMO_NOTE not in text and DEMO_POINT not in text
    dumped = json.loads(_briefing(store, "dump", second).stdout)
    [michael] = [c for c in dumped["contacts"] if c["name"] == "Michaël Jonniaux"]
    assert (michael["title"], michael["notes"]) == ("Hoofdcommissaris", "")
    assert dumped["themes"][0]["talking_points"] == ["Vergunningen als hefboom", "Samenwerking met het parket"]

    # the earlier visit prints what it printed, page by page
    _briefing(store, "export", first, "--format", "pdf", "-o", tmp_path / "after.pdf")
    _briefing(store, "export", first, "--format", "docx", "-o", tmp_path / "after.docx")
    before, after = _flat(pdf_pages(tmp_path / "before.pdf")), _flat(pdf_pages(tmp_path / "after.pdf"))
    assert len(after) == len(before)
    for number, (page, again) in enumerate(zip(before, after, strict=True), 1):
        assert again == page, f"page {number}"
    assert docx_text(tmp_path / "after.docx") == docx_text(tmp_path / "before.docx")


def test_load_into_a_library_that_agrees_says_nothing(tmp_path):
    store = tmp_path / "store.sqlite"
    path = write_json(tmp_path / "bezoek.json", second_visit())
    _briefing(store, "load", path)
    result = _briefing(store, "load", path)  # the same file again: the library holds the same values
    assert result.stderr == ""


def test_a_second_head_is_refused_in_one_line(tmp_path):
    store = tmp_path / "store.sqlite"
    data = second_visit()
    data["contacts"] += [
        {"key": "a", "name": "Ana Ciobanu", "role": "delegation", "precedence": "head"},
        {"key": "b", "name": "Vasile Popa", "role": "delegation", "precedence": "head"},
    ]
    path = write_json(tmp_path / "bezoek.json", data)
    result = run_briefing("--store", store, "load", path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f'briefing: {path}: contacts[3].precedence: "head": contacts[2] is the head of the delegation already'
    ]
    assert not store.exists() or "Ana Ciobanu" not in store.read_bytes().decode("utf-8", "replace")
