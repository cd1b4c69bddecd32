"""The pack's version counts up per visit and reader, and a new version opens with what changed since
the reader's last one: checked on the exported files (PDF text via pypdf, DOCX via python-docx)."""

from __future__ import annotations

import json
import re

import docx
import pytest

from briefing.core import edit
from briefing.core.model import Contact, ProgrammeItem, Role
from briefing.core.pack.labels import LABELS, long_date, role_name
from briefing.core.store import open_store, repo
from tests.export.conftest import pdf_pages

HEADING = {"nl": "Gewijzigd sinds versie", "fr": "Modifié depuis la version", "en": "Changed since version"}
VERSION = {"nl": r"Versie (\d+) van", "fr": r"Version (\d+) du", "en": r"Version (\d+) of"}
GROUPS = ("added", "moved", "renamed", "removed", "person_added", "person_role_changed", "person_removed")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _export(cli, visit: int, path, lang: str = "nl", audience: str = "internal"):
    code, _, err = cli("export", visit, "--format", path.suffix[1:], "-o", path, "--lang", lang, "--audience", audience)
    assert code == 0, err
    return path


def _versions(path, lang: str) -> set[str]:
    """Every version number the file prints (cover and footers)."""
    if path.suffix == ".pdf":
        text = "\n".join(pdf_pages(path))
    else:
        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    return set(re.findall(VERSION[lang], text))


def _change_page(path, lang: str) -> str:
    """The change page's text, or "" when the file has none. In the PDF it is the page right after
    the cover; in the DOCX it comes before the table of contents."""
    if path.suffix == ".pdf":
        pages = [_flat(p) for p in pdf_pages(path)]
        found = [i for i, p in enumerate(pages) if p.startswith(HEADING[lang]) or f" {HEADING[lang]}" in p]
        changes = [i for i in found if LABELS[lang]["toc"] not in pages[i]]  # the TOC names it too
        if not changes:
            return ""
        assert changes == [1], "the change page comes right after the cover"
        toc = next(p for p in pages if p.startswith(LABELS[lang]["toc"]) or f" {LABELS[lang]['toc']} " in p)
        assert HEADING[lang] in toc  # and the table of contents lists it
        return pages[1]
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    start = next((i for i, t in enumerate(texts) if t.startswith(HEADING[lang])), None)
    if start is None:
        return ""
    end = next(i for i, t in enumerate(texts) if t == LABELS[lang]["toc"])
    assert start < end, "the change page comes before the table of contents"
    return _flat(" ".join(texts[start:end]))


def _groups(page: str, lang: str, candidates: list[str]) -> dict[str, set[str]]:
    """Which of ``candidates`` (item titles, people's names) each group of the change page names."""
    labels = [(page.find(LABELS[lang][f"changes_{g}"] + " "), g) for g in GROUPS]
    found = sorted((at, g) for at, g in labels if at >= 0)
    out = {}
    for n, (at, group) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(page)
        segment = page[at:end]
        out[group] = {c for c in candidates if c in segment}
    return out


def _edition_dates(store_path, visit: int, audience: str) -> dict[int, str]:
    store = open_store(store_path)
    try:
        rows = store.conn.execute(
            "SELECT options, snapshot FROM pack_exports WHERE visit_id = ? AND format IN ('pdf', 'docx')", (visit,)
        ).fetchall()
    finally:
        store.close()
    out = {}
    for options, shot in rows:
        if json.loads(options)["audience"] == audience:
            edition = json.loads(shot)["edition"]
            out[edition["version"]] = edition["date"]
    return out


def test_the_change_page_lists_what_changed_with_version_numbers_per_reader(cli, ukraine, store_path, tmp_path):
    # first exports: version 1 for each reader, no change page
    first = _export(cli, ukraine, tmp_path / "v1.pdf")
    external = _export(cli, ukraine, tmp_path / "v1-ext.docx", "en", "external")
    assert _versions(first, "nl") == {"1"} and _versions(external, "en") == {"1"}
    assert _change_page(first, "nl") == "" and _change_page(external, "en") == ""
    again = _export(cli, ukraine, tmp_path / "v1-again.pdf")  # the same content again: the same version
    assert _versions(again, "nl") == {"1"} and _change_page(again, "nl") == ""

    # the edit: an item added, one moved, one removed; a person added, one removed
    store = open_store(store_path)
    bundle = repo.visit_bundle(store, ukraine)
    moved, removed = bundle.items[0], bundle.items[1]
    edit.move_item(store, moved.id, bundle.visit.end, 0)
    edit.delete_item(store, removed.id)
    edit.add_item(
        store, ukraine, ProgrammeItem(title="Persmoment met de minister", date=bundle.visit.start, start="17:00")
    )
    edit.create_contact(store, Contact("Андрій Мельник", name_latin="Andrii Melnyk", function="Adviseur"))
    newcomer = store.conn.execute("SELECT id FROM contacts WHERE name = 'Андрій Мельник'").fetchone()[0]
    edit.add_participant(store, ukraine, newcomer, "delegation")
    gone = next(p.contact_id for p in bundle.participants if bundle.contacts[p.contact_id].name == "Оксана Шевчук")
    edit.remove_participant(store, ukraine, gone)
    store.close()
    titles = sorted({i.title for i in bundle.items} | {"Persmoment met de minister"})
    people = ["Andrii Melnyk (Андрій Мельник)", "Oksana Shevchuk (Оксана Шевчук)"]
    people += ["Olena Kovalenko", "Diane Reynders", "Michaël Jonniaux"]  # unchanged: never on the page
    expected = {
        "added": {"Persmoment met de minister"},
        "moved": {moved.title},
        "removed": {removed.title},
        "person_added": {"Andrii Melnyk (Андрій Мельник)"},
        "person_removed": {"Oksana Shevchuk (Оксана Шевчук)"},
    }

    files = {
        "nl": _export(cli, ukraine, tmp_path / "v2.pdf"),
        "fr": _export(cli, ukraine, tmp_path / "v2-fr.docx", "fr"),  # same reader, same content: version 2 too
    }
    since = _edition_dates(store_path, ukraine, "internal")[1]
    for lang, path in files.items():
        assert _versions(path, lang) == {"2"}, lang
        page = _change_page(path, lang)
        heading = {
            "nl": f"Gewijzigd sinds versie 1 van {long_date('nl', since, weekday=False)}",
            "fr": f"Modifié depuis la version 1 du {long_date('fr', since, weekday=False)}",
        }[lang]
        assert page.startswith(heading), page[:80]
        assert _groups(page, lang, titles + people) == expected, lang
        when = long_date(lang, bundle.visit.end)  # where the moved item went, with its weekday
        assert f"→ {when}, {moved.start} – {moved.end}" in page
    role = str(bundle.role_of(gone))
    for lang, path in files.items():  # each person with the role they had, in the pack's language
        assert f"Oksana Shevchuk (Оксана Шевчук) – {role_name(lang, role)}" in _change_page(path, lang)
        assert f"Andrii Melnyk (Андрій Мельник) – {role_name(lang, 'delegation')}" in _change_page(path, lang)

    # the delegation's pack: its own count, its own change page
    ext2 = _export(cli, ukraine, tmp_path / "v2-ext.pdf", "en", "external")
    assert _versions(ext2, "en") == {"2"}
    assert _groups(_change_page(ext2, "en"), "en", titles + people) == expected
    # the escorts never had a version: their first, without a change page
    escort = _export(cli, ukraine, tmp_path / "v1-escort.pdf", "nl", "escort")
    assert _versions(escort, "nl") == {"1"} and _change_page(escort, "nl") == ""

    # exported again unchanged: still version 2, with the same change page
    reprint = _export(cli, ukraine, tmp_path / "v2-again.pdf")
    assert _versions(reprint, "nl") == {"2"}
    assert _change_page(reprint, "nl") == _change_page(files["nl"], "nl")

    # a change only our own pack shows (an item's description): the delegation's version stays
    store = open_store(store_path)
    item = repo.visit_bundle(store, ukraine).items[2]
    edit.update(store, "programme_items", item.id, "Describe", description="Interne nota: pers niet toegelaten.")
    store.close()
    assert _versions(_export(cli, ukraine, tmp_path / "v2-ext-again.pdf", "en", "external"), "en") == {"2"}
    v3 = _export(cli, ukraine, tmp_path / "v3.pdf")
    assert _versions(v3, "nl") == {"3"}
    assert _change_page(v3, "nl") == ""  # nothing changed in the programme's times or the people

    # and the next change is against version 3
    store = open_store(store_path)
    edit.move_item(store, item.id, bundle.visit.end, 0)
    store.close()
    v4 = _export(cli, ukraine, tmp_path / "v4.pdf")
    assert _versions(v4, "nl") == {"4"}
    page = _change_page(v4, "nl")
    assert page.startswith("Gewijzigd sinds versie 3 van ")
    assert _groups(page, "nl", titles + people) == {"moved": {item.title}}


def test_an_erased_person_is_removed_without_a_name(cli, ukraine, store_path, tmp_path):
    _export(cli, ukraine, tmp_path / "v1.pdf")
    store = open_store(store_path)
    olena = store.conn.execute("SELECT id FROM contacts WHERE name = 'Олена Коваленко'").fetchone()[0]
    store.close()
    assert cli("erase-contact", olena)[0] == 0
    page = _change_page(_export(cli, ukraine, tmp_path / "v2.pdf"), "nl")
    assert "(naam onbekend) – delegatie" in page
    assert "Kovalenko" not in page and "Коваленко" not in page and "…" not in page


def test_exports_before_versions_counted_are_version_one(cli, ukraine, store_path, tmp_path):
    """A store that recorded exports before versions were counted: those printed 'Versie 1'."""
    from briefing.core.pack import history
    from briefing.export import PackOptions

    store = open_store(store_path)
    bundle = repo.visit_bundle(store, ukraine)
    options = PackOptions()
    old = history.snapshot(bundle)
    old["people"] = {k: v[:2] for k, v in old["people"].items()}  # name and role only, as then
    with store.transaction():
        store.conn.execute(
            "INSERT INTO pack_exports (visit_id, exported, format, options, content_hash, snapshot) "
            "VALUES (?, '2024-06-12T08:00:00Z', 'pdf', ?, ?, ?)",
            (
                ukraine,
                json.dumps(history.options_dict(options)),
                history.content_hash(bundle, options),
                json.dumps(old, ensure_ascii=False),
            ),
        )
    store.close()
    same = _export(cli, ukraine, tmp_path / "same.pdf")
    assert _versions(same, "nl") == {"1"} and _change_page(same, "nl") == ""

    store = open_store(store_path)
    gone = next(p.contact_id for p in bundle.participants if p.role == Role.ESCORT)
    edit.remove_participant(store, ukraine, gone)
    store.close()
    v2 = _export(cli, ukraine, tmp_path / "v2.pdf")
    assert _versions(v2, "nl") == {"2"}
    page = _change_page(v2, "nl")
    assert page.startswith("Gewijzigd sinds versie 1 van 12 juni 2024")
    assert f"{bundle.contacts[gone].name} – begeleiding" in page


@pytest.mark.parametrize("sections", ["programme,people", "cover,programme"])
def test_the_change_page_comes_with_the_cover(cli, ukraine, store_path, tmp_path, sections):
    _export(cli, ukraine, tmp_path / "v1.pdf")
    store = open_store(store_path)
    edit.delete_item(store, repo.visit_bundle(store, ukraine).items[0].id)
    store.close()
    path = tmp_path / "v2.pdf"
    assert cli("export", ukraine, "-o", path, "--sections", sections)[0] == 0
    text = _flat("\n".join(pdf_pages(path)))
    assert (HEADING["nl"] in text) == ("cover" in sections)


def test_unreadable_history_records_make_no_wrong_change_page(cli, ukraine, store_path, tmp_path):
    store = open_store(store_path)
    internal = json.dumps({"lang": "nl", "audience": "internal", "sections": [], "summaries_only": False})
    with store.transaction():
        for options, shot in [
            ("{", "{}"),  # options that are not JSON: not this reader's
            (internal, "geen JSON"),
            (internal, json.dumps({"edition": {"version": "twee"}})),  # a version that is no number, no snapshot
            (internal, json.dumps({"items": {"1": ["2024-04-22"]}, "people": {"2": 7}})),  # values of another shape
        ]:
            store.conn.execute(
                "INSERT INTO pack_exports (visit_id, format, options, content_hash, snapshot) "
                "VALUES (?, 'pdf', ?, 'x', ?)",
                (ukraine, options, shot),
            )
    store.close()
    first = _export(cli, ukraine, tmp_path / "a.pdf")
    assert _versions(first, "nl") == {"2"}  # after what printed "version 1"; not every item listed as added
    assert _change_page(first, "nl") == ""
    assert _versions(_export(cli, ukraine, tmp_path / "b.pdf"), "nl") == {"2"}


def test_a_version_given_by_the_caller_is_counted_on(store_path, tmp_path):
    from briefing.core.interchange import visit_file
    from briefing.core.progress import run
    from briefing.export import PackOptions, export_steps
    from tests.conftest import full_visit

    store = open_store(store_path)
    visit = run(visit_file.load_steps(store, full_visit()))
    run(export_steps(store, visit, "pdf", tmp_path / "given.pdf", PackOptions(version="7", date="2024-06-12")))
    assert _versions(tmp_path / "given.pdf", "nl") == {"7"}
    run(export_steps(store, visit, "pdf", tmp_path / "next.pdf", PackOptions()))
    store.close()
    assert _versions(tmp_path / "next.pdf", "nl") == {"8"}
