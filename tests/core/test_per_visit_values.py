"""A visit's own words: a participant's details and a theme's texts are the visit's, not the library's
last version. Loading a file keeps the file's values whatever the library held, loading or editing
another visit never changes what a visit prints, and newer library details arrive only when applied.
Asserted on the pack's text (PDF via pypdf, DOCX via python-docx) and on the dump."""

from __future__ import annotations

import io
import json

import docx
import pypdf
import pytest

from briefing.core import edit
from briefing.core.demo import install_demo
from briefing.core.interchange import visit_file
from briefing.core.pack.assemble import PackOptions
from briefing.core.progress import run
from briefing.core.store import open_store, repo
from briefing.export import render
from tests.conftest import full_visit

DAY = "2024-01-01"  # the pack's date, so that two exports of one visit can be compared
DEMO_NOTE = "Ontvangt de delegatie bij PZ Montgomery (woensdag)"
DEMO_POINT = "misbruiken legale structuren"  # one of the demo's four talking points of the theme


def second_visit() -> dict:
    """The issue's second visit: Jonniaux with empty notes and another honorific, a phone number the
    library lacks, and "Bestuurlijke handhaving" with two talking points of its own."""
    return {
        "format": "briefing-visit/1",
        "visit": {
            "title": "Werkbezoek Moldavische politie",
            "start": "2024-09-09",
            "end": "2024-09-11",
            "classification": "BEPERKTE VERSPREIDING",
        },
        "organisations": [{"key": "pzm", "name": "Politiezone Montgomery", "country": "BE", "notes": ""}],
        "contacts": [
            {
                "key": "mj",
                "name": "Michaël Jonniaux",
                "title": "Hoofdcommissaris",
                "function": "Korpschef PZ Montgomery",
                "organisation": "pzm",
                "phone": "+32 2 788 11 22",
                "role": "host",
                "notes": "",
            },
            {"key": "ion", "name": "Ion Rusu", "function": "Comisar", "role": "delegation"},
        ],
        "themes": [
            {
                "key": "bh",
                "title": "Bestuurlijke handhaving",
                "summary": "De Moldavische vraag: hoe een gemeente vergunningen weigert.",
                "talking_points": ["Vergunningen als hefboom", "Samenwerking met het parket"],
            }
        ],
        "programme": [
            {
                "date": "2024-09-10",
                "start": "10:00",
                "end": "12:00",
                "title": "Ontvangst bij PZ Montgomery (dinsdag)",
                "contacts": ["mj", "ion"],
                "themes": ["bh"],
            }
        ],
    }


def pdf_pages(data: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def docx_lines(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return lines


def pack(store, visit_id: int) -> tuple[list[str], list[str]]:
    """The visit's pack as text: the PDF page by page, and the DOCX's paragraphs and table rows."""
    options = PackOptions(date=DAY)
    return pdf_pages(render(store, visit_id, "pdf", options)), docx_lines(render(store, visit_id, "docx", options))


def load(store, data: dict) -> tuple[int, list[visit_file.LibraryDifference]]:
    differences: list[visit_file.LibraryDifference] = []
    visit_file.validate(data)
    visit_id = run(visit_file.load_steps(store, data, differences))
    return visit_id, differences


@pytest.fixture
def demo(tmp_path):
    store = open_store(tmp_path / "demo.sqlite")
    visits = {r.title: r.visit_id for r in install_demo(store)}
    yield store, visits
    store.close()


def ukraine(visits: dict[str, int]) -> int:
    return next(i for t, i in visits.items() if "Oekraïense" in t)


def test_the_loaded_visit_prints_and_dumps_the_files_values(demo, tmp_path):
    store, _visits = demo
    visit_id, _ = load(store, second_visit())
    pdf, docx_text = pack(store, visit_id)
    for text in (" ".join(pdf), " ".join(docx_text)):
        assert "Hoofdcommissaris Michaël Jonniaux" in text
        assert "+32 2 788 11 22" in text
        assert "Vergunningen als hefboom" in text and "Samenwerking met het parket" in text
        assert "De Moldavische vraag" in text
        assert DEMO_NOTE not in text  # the demo visit's note
        assert DEMO_POINT not in text  # the demo visit's talking points
        assert "Korpschef Michaël Jonniaux" not in text  # the demo visit's honorific

    # the dump gives the file's values back, as from an empty store, byte for byte
    dumped = visit_file.dumps(repo.visit_bundle(store, visit_id))
    with open_store(tmp_path / "empty.sqlite") as empty:
        alone, differences = load(empty, second_visit())
        assert differences == []
        assert visit_file.dumps(repo.visit_bundle(empty, alone)) == dumped
    data = json.loads(dumped)
    [michael] = [c for c in data["contacts"] if c["name"] == "Michaël Jonniaux"]
    assert (michael["title"], michael["notes"], michael["phone"]) == ("Hoofdcommissaris", "", "+32 2 788 11 22")
    assert data["themes"][0]["talking_points"] == ["Vergunningen als hefboom", "Samenwerking met het parket"]
    assert data["organisations"][0]["notes"] == ""  # the file's, not the library's


def test_the_library_keeps_its_own_and_gains_what_it_lacked(demo):
    store, _visits = demo
    _, differences = load(store, second_visit())
    michael = repo.get_contact(store, _contact_id(store, "Michaël Jonniaux"))
    assert (michael.title, michael.notes) == ("Korpschef", DEMO_NOTE + ".")  # kept
    assert michael.phone == "+32 2 788 11 22"  # gained: the library had none
    theme = repo.get_theme(store, _theme_id(store, "Bestuurlijke handhaving"))
    assert len(theme.talking_points) == 4
    found = {(d.section, d.index): d for d in differences}
    assert found["contacts", 0].fields == ("title", "function", "notes")
    assert found["themes", 0].fields == ("summary", "talking_points")
    assert found["organisations", 0].fields == ("notes",)
    assert ("contacts", 1) not in found  # a new person differs from nothing


def test_loading_another_visit_leaves_a_pack_unchanged_page_by_page(demo):
    store, visits = demo
    before = {visit_id: pack(store, visit_id) for visit_id in visits.values()}
    second, _ = load(store, second_visit())
    # and editing that other visit: its people and themes, for that visit alone
    michael, bh = _contact_id(store, "Michaël Jonniaux"), _theme_id(store, "Bestuurlijke handhaving")
    edit.update_participant(store, second, michael, function="Korpschef", notes="Spreekt Roemeens", email="m@x.be")
    edit.update_visit_theme(store, second, bh, title="Bestuurlijke aanpak", talking_points=["Eén punt"])
    edit.set_participant_precedence(store, second, michael, "head")
    for visit_id, (pdf, docx_text) in before.items():
        now_pdf, now_docx = pack(store, visit_id)
        assert len(now_pdf) == len(pdf)
        for number, (page, again) in enumerate(zip(pdf, now_pdf, strict=True), 1):
            assert again == page, f"visit {visit_id}, page {number}"
        assert now_docx == docx_text
    assert "+32 2 788 11 22" not in " ".join(pack(store, ukraine(visits))[0])  # the library's new phone


def test_an_article_of_another_version_becomes_one_of_its_own(demo):
    store, visits = demo
    first = ukraine(visits)
    bundle = repo.visit_bundle(store, first)
    article = bundle.articles[0]
    before = pack(store, first)
    data = second_visit()
    data["articles"] = [
        {
            "title": article.title,
            "published": article.published,
            "source": article.source,
            "url": article.url,
            "summary": "Een andere samenvatting.",
            "body": article.body,
            "themes": ["bh"],
        }
    ]
    visit_id, differences = load(store, data)
    assert [(d.section, d.fields, d.outcome) for d in differences if d.section == "articles"] == [
        ("articles", ("summary",), "separate")
    ]
    mine = repo.visit_bundle(store, visit_id).articles[0]
    assert mine.id != article.id and mine.summary == "Een andere samenvatting."
    assert pack(store, first) == before
    # the same article again is the same library article
    again, differences = load(store, data)
    assert repo.visit_bundle(store, again).articles[0].id == mine.id
    assert not [d for d in differences if d.section == "articles"]


# ------------------------------------------------------------------ the themes in the pack


def test_the_pack_holds_the_chosen_themes_only(tmp_path):
    store = open_store(tmp_path / "s.sqlite")
    visit_id, _ = load(store, full_visit())
    enaa = _theme_id(store, "ENAA")
    kiv = _theme_id(store, "Kadernota Integrale Veiligheid")
    # an article of the visit that the library links to ENAA too, and a programme item that names it
    store.conn.execute("INSERT INTO article_themes (article_id, theme_id) SELECT id, ? FROM articles", (enaa,))
    edit.remove_visit_theme(store, visit_id, enaa)
    pdf, docx_text = pack(store, visit_id)
    text = " ".join(pdf)
    assert "ENAA" not in text and "ENAA" not in " ".join(docx_text)
    assert "Kadernota Integrale Veiligheid" in text
    bundle = repo.visit_bundle(store, visit_id)
    assert [t.id for t in bundle.themes] == [kiv]
    assert [t.id for t in bundle.unselected_themes] == [enaa]
    dumped = visit_file.dump(bundle)
    assert [t["title"] for t in dumped["themes"]] == ["Kadernota Integrale Veiligheid"]
    assert all("t2" not in item["themes"] for item in dumped["programme"])
    # a theme added from the library links the visit's articles only as the visit says
    edit.add_visit_theme(store, visit_id, enaa)
    bundle = repo.visit_bundle(store, visit_id)
    assert [t.title for t in bundle.themes] == ["Kadernota Integrale Veiligheid", "ENAA"]
    assert all(enaa not in a.theme_ids for a in bundle.articles)
    store.close()


# ------------------------------------------------------------------ head and deputy head


def test_head_and_deputy_come_first_in_the_pack(tmp_path):
    data = full_visit()
    people = data["contacts"]
    people += [
        {"key": "d2", "name": "Андрій Мельник", "name_latin": "Andrii Melnyk", "role": "delegation"},
        {"key": "d3", "name": "Ірина Шевченко", "name_latin": "Iryna Shevchenko", "role": "delegation",
         "precedence": "deputy"},
        {"key": "d4", "name": "Петро Бондаренко", "name_latin": "Petro Bondarenko", "role": "delegation",
         "precedence": "head"},
        {"key": "h2", "name": "Olivier Slosse", "role": "host", "precedence": "head"},
    ]  # fmt: skip
    store = open_store(tmp_path / "s.sqlite")
    visit_id, _ = load(store, data)
    pdf, docx_text = pack(store, visit_id)
    order = ["Petro Bondarenko", "Iryna Shevchenko", "Olena Kovalenko", "Andrii Melnyk", "Olivier Slosse",
             "Katrien Verhaegen"]  # fmt: skip
    who = " ".join(pdf)
    who = who[who.index("Wie is wie", who.index("Wie is wie") + 1) :]  # the section, not the contents
    assert sorted(order, key=who.index) == order
    lines = [line for line in docx_text if any(name in line for name in order)]
    assert sorted(order, key=lambda n: next(i for i, line in enumerate(lines) if n in line)) == order
    dumped = visit_file.dump(repo.visit_bundle(store, visit_id))
    assert [(c["name_latin"] or c["name"], c["precedence"]) for c in dumped["contacts"][:5]] == [
        ("Petro Bondarenko", "head"),
        ("Iryna Shevchenko", "deputy"),
        ("Olena Kovalenko", ""),
        ("Andrii Melnyk", ""),
        ("Olivier Slosse", "head"),
    ]
    store.close()


def test_a_file_without_precedence_still_loads(tmp_path):
    data = full_visit()
    assert all("precedence" not in c for c in data["contacts"])
    store = open_store(tmp_path / "s.sqlite")
    visit_id, _ = load(store, data)
    dumped = visit_file.dump(repo.visit_bundle(store, visit_id))
    assert {c["precedence"] for c in dumped["contacts"]} == {""}
    assert dumped["format"] == "briefing-visit/1"
    store.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"role": "speaker", "precedence": "head"}, 'precedence: "head" is only for the delegation and the hosts'),
        ({"role": "delegation", "precedence": "boss"}, 'precedence: "boss"'),
    ],
)
def test_precedence_is_checked(change, message):
    data = full_visit()
    data["contacts"][1].update(change)
    with pytest.raises(visit_file.InvalidFile, match=message.replace("(", r"\(")):
        visit_file.validate(data, "v.json")


def test_two_heads_of_one_delegation_are_refused():
    data = full_visit()
    data["contacts"].append({"key": "x", "name": "X", "role": "delegation", "precedence": "head"})
    data["contacts"].append({"key": "y", "name": "Y", "role": "delegation", "precedence": "head"})
    with pytest.raises(visit_file.InvalidFile, match=r"contacts\[6\]\.precedence: .*contacts\[5\] is the head"):
        visit_file.validate(data, "v.json")


def test_setting_a_head_takes_the_place_from_the_former_head(tmp_path):
    store = open_store(tmp_path / "s.sqlite")
    data = full_visit()
    data["contacts"].append({"key": "x", "name": "Xenia", "role": "delegation", "precedence": "head"})
    visit_id, _ = load(store, data)
    olena, xenia = _contact_id(store, "Олена Коваленко"), _contact_id(store, "Xenia")
    change = edit.set_participant_precedence(store, visit_id, olena, "head")
    bundle = repo.visit_bundle(store, visit_id)
    assert [(p.contact_id, str(p.precedence)) for p in bundle.participants[:2]] == [(olena, "head"), (xenia, "")]
    edit.undo(store, change)
    assert repo.visit_bundle(store, visit_id).participants[0].contact_id == xenia
    with pytest.raises(visit_file.InvalidFile, match="only the delegation and the hosts"):
        edit.set_participant_precedence(store, visit_id, _contact_id(store, "Michaël Jonniaux"), "head")
    edit.set_participant_role(store, visit_id, xenia, "speaker")  # a head who changes role is no head
    assert all(str(p.precedence) == "" for p in repo.visit_bundle(store, visit_id).participants)
    store.close()


# ------------------------------------------------------------------ newer library details


def test_newer_library_details_are_listed_and_applied_on_request(demo):
    store, visits = demo
    first = ukraine(visits)
    michael = _contact_id(store, "Michaël Jonniaux")
    edit.update_participant(store, first, michael, notes="Alleen woensdag")  # the visit's own: not "newer"
    assert michael not in repo.library_details(store, first).newer_people
    edit.update(store, "contacts", michael, "library", phone="+32 2 555 00 00", function="Hoofdcommissaris")
    details = repo.library_details(store, first)
    newer = {d.field: (d.visit, d.library) for d in details.newer_people[michael]}
    assert newer == {
        "function": ("Korpschef Politiezone Montgomery", "Hoofdcommissaris"),
        "phone": ("", "+32 2 555 00 00"),
    }
    assert "+32 2 555 00 00" not in " ".join(pack(store, first)[0])  # not before it is applied

    change = edit.apply_library_details(store, first, contact_ids=[michael])
    person = repo.visit_bundle(store, first).contacts[michael]
    assert (person.function, person.phone, person.notes) == ("Hoofdcommissaris", "+32 2 555 00 00", "Alleen woensdag")
    assert michael not in repo.library_details(store, first).newer_people
    assert "+32 2 555 00 00" in " ".join(pack(store, first)[0])
    edit.undo(store, change)
    assert repo.visit_bundle(store, first).contacts[michael].phone == ""
    assert michael in repo.library_details(store, first).newer_people


def test_newer_theme_texts_are_applied_on_request(demo):
    store, visits = demo
    first = ukraine(visits)
    bh = _theme_id(store, "Bestuurlijke handhaving")
    edit.update(store, "themes", bh, "library", talking_points=json.dumps(["Nieuw punt"]))
    details = repo.library_details(store, first)
    [difference] = details.newer_themes[bh]
    assert difference.field == "talking_points" and difference.library == ["Nieuw punt"]
    edit.apply_library_details(store, first, theme_ids=[bh])
    theme = next(t for t in repo.visit_bundle(store, first).themes if t.id == bh)
    assert theme.talking_points == ["Nieuw punt"]
    assert bh not in repo.library_details(store, first).newer_themes


def test_the_library_theme_takes_the_points_of_the_visit_that_used_it_last(demo):
    store, visits = demo
    bh = _theme_id(store, "Bestuurlijke handhaving")
    second, _ = load(store, second_visit())
    use = repo.theme_last_used(store, bh)
    assert use is not None and (use.visit_id, use.title) == (second, "Werkbezoek Moldavische politie")
    change = edit.copy_theme_points_from_visit(store, bh, second)
    assert repo.get_theme(store, bh).talking_points == ["Vergunningen als hefboom", "Samenwerking met het parket"]
    # the Ukrainian visit keeps its four points, and is now told the library has newer ones
    first = ukraine(visits)
    assert len(next(t for t in repo.visit_bundle(store, first).themes if t.id == bh).talking_points) == 4
    assert bh in repo.library_details(store, first).newer_themes
    edit.undo(store, change)
    assert len(repo.get_theme(store, bh).talking_points) == 4


# ------------------------------------------------------------------ whole visits


def test_duplicate_and_delete_keep_the_visits_own_values(demo):
    store, _visits = demo
    second, _ = load(store, second_visit())
    copy_change = edit.duplicate_visit(store, second, "2025-09-08")
    copied = copy_change.result
    original = visit_file.dump(repo.visit_bundle(store, second))
    duplicate = visit_file.dump(repo.visit_bundle(store, copied))
    for section in ("organisations", "contacts", "themes", "articles"):
        assert duplicate[section] == original[section], section
    before = pack(store, second)
    change = edit.delete_visit(store, second)
    kept = store.conn.execute("SELECT count(*) FROM visit_organisations WHERE visit_id = ?", (second,))
    assert kept.fetchone()[0] == 0
    edit.undo(store, change)
    assert pack(store, second) == before


def test_the_demo_visits_each_print_their_own_people(demo):
    """Katrien Verhaegen is in every demo visit, with the function and notes of each: one contact in
    the library, and each visit prints what its file says."""
    from briefing.core.demo import demo_files

    store, visits = demo
    katrien = _contact_id(store, "Katrien Verhaegen")
    for path in demo_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        [hers] = [c for c in data["contacts"] if c["name"] == "Katrien Verhaegen"]
        person = repo.visit_bundle(store, visits[data["visit"]["title"]]).contacts[katrien]
        assert (person.function, person.notes) == (hers["function"], hers["notes"]), path.name
        assert (person.organisation_id is None) == (hers["organisation"] == ""), path.name


def _contact_id(store, name: str) -> int:
    return store.conn.execute("SELECT id FROM contacts WHERE name = ? ORDER BY id", (name,)).fetchone()[0]


def _theme_id(store, title: str) -> int:
    return store.conn.execute("SELECT id FROM themes WHERE title = ? ORDER BY id", (title,)).fetchone()[0]
