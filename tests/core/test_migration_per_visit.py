"""The migration to per-visit values, from every earlier schema, with data: every visit of an existing
store prints exactly what it printed before (PDF page by page via pypdf, DOCX via python-docx), also
where the library was edited after loading, a theme was taken off a visit that its programme still
names, and another visit linked a shared article to its own theme."""

from __future__ import annotations

import json
import sqlite3

import pytest

from briefing.core.model import ROLE_ORDER, Participant, ProgrammeItem, Role, VisitBundle
from briefing.core.pack.assemble import PackOptions, assemble
from briefing.core.store import migrations, open_store, repo
from briefing.export import render
from briefing.export.docx import write_docx
from briefing.export.pdf import write_pdf
from tests.core.test_per_visit_values import DAY, docx_lines, pdf_pages

# the schema version the per-visit values arrive with; every version before it holds library values only
PER_VISIT = migrations.MIGRATIONS.index(migrations._PER_VISIT_VALUES) + 1
# the tables of the first schema, and the columns they had before the per-visit values
OLD_TABLES = {
    "organisations": None,
    "contacts": None,
    "themes": None,
    "articles": None,
    "article_themes": None,
    "visits": None,
    "programme_items": None,
    "item_contacts": None,
    "item_themes": None,
    "participants": ("visit_id", "contact_id", "role", "position"),
    "visit_themes": ("visit_id", "theme_id", "position"),
    "visit_articles": None,
}


@pytest.fixture(autouse=True)
def _backups(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_BACKUP_DIR", str(tmp_path / "backups"))


def _old_store(path, version: int, source) -> None:
    """A store at schema ``version`` holding the demo visits the way Briefing kept them then: the
    library's rows only, with the later edits that made visits print other visits' values."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.apply(conn, target=version)
    conn.execute("ATTACH DATABASE ? AS demo", (str(source),))
    for table, columns in OLD_TABLES.items():
        columns = columns or tuple(r[1] for r in conn.execute(f"PRAGMA main.table_info({table})"))
        names = ", ".join(columns)
        conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM demo.{table}")
    conn.commit()
    conn.execute("DETACH DATABASE demo")
    ukraine = conn.execute("SELECT id FROM visits WHERE title LIKE 'Studiebezoek Oekra%'").fetchone()[0]

    def theme(title: str) -> int:
        return conn.execute("SELECT id FROM themes WHERE title = ?", (title,)).fetchone()[0]

    # the library edited after the visits were loaded: the visits printed the new values
    conn.execute(
        "UPDATE contacts SET notes = 'Nieuwe notitie', phone = '+32 2 000 11 22' WHERE name = 'Michaël Jonniaux'"
    )
    conn.execute(
        "UPDATE themes SET talking_points = ? WHERE title = 'Bestuurlijke handhaving'",
        (json.dumps(["Een later punt", "Nóg een"], ensure_ascii=False),),
    )
    conn.execute("UPDATE themes SET talking_points = 'geen JSON' WHERE title = 'Mensenhandel en prostitutie'")
    # themes the officer took off the visit, still named by the programme (printed after the visit's own) ...
    conn.execute(
        "DELETE FROM visit_themes WHERE visit_id = ? AND theme_id = ?", (ukraine, theme("Bestuurlijke handhaving"))
    )
    conn.execute(
        "DELETE FROM visit_themes WHERE visit_id = ? AND theme_id = ?",
        (ukraine, theme("Strategische veiligheids- en preventieplannen")),  # named on the first day
    )
    # ... and a theme of another visit, linked to a shared article when that visit was loaded
    conn.execute(
        "INSERT INTO article_themes (article_id, theme_id) SELECT article_id, ? FROM visit_articles "
        "WHERE visit_id = ? ORDER BY position LIMIT 1",
        (theme("Publiek-private samenwerking"), ukraine),
    )
    # a person taken off the visit's list but still on a programme item
    conn.execute(
        "DELETE FROM participants WHERE visit_id = ? AND contact_id = "
        "(SELECT id FROM contacts WHERE name = 'Willy Bruggeman')",
        (ukraine,),
    )
    conn.commit()
    conn.close()


def _bundle_before(conn: sqlite3.Connection, visit_id: int) -> VisitBundle:
    """What Briefing read for a visit's pack before the per-visit values: the library's contacts and
    themes, and the themes the programme and the articles named after the visit's own."""

    def ids(values) -> str:
        return ",".join("?" * len(values))

    visit = repo._visit(conn.execute("SELECT * FROM visits WHERE id = ?", (visit_id,)).fetchone())
    participants = [
        Participant(contact_id=r["contact_id"], role=Role(r["role"]), position=r["position"])
        for r in conn.execute(
            "SELECT contact_id, role, position FROM participants WHERE visit_id = ? ORDER BY position, contact_id",
            (visit_id,),
        )
    ]
    participants.sort(key=lambda p: (ROLE_ORDER[p.role], p.position))
    items = [
        ProgrammeItem(
            id=r["id"], date=r["date"], start=r["start_time"], end=r["end_time"], title=r["title"],
            location=r["location"], kind=r["kind"], description=r["description"], position=r["position"],
        )
        for r in conn.execute(
            "SELECT * FROM programme_items WHERE visit_id = ? "
            "ORDER BY date = '', date, start_time = '', start_time, position, id",
            (visit_id,),
        )
    ]  # fmt: skip
    by_item = {item.id: item for item in items}
    for table, key, attribute in (
        ("item_contacts", "contact_id", "contact_ids"),
        ("item_themes", "theme_id", "theme_ids"),
    ):
        for r in conn.execute(
            f"SELECT x.item_id, x.{key} FROM {table} x JOIN programme_items p ON p.id = x.item_id "
            "WHERE p.visit_id = ? ORDER BY x.item_id, x.position",
            (visit_id,),
        ):
            getattr(by_item[r[0]], attribute).append(r[1])
    contact_ids = {p.contact_id for p in participants} | {c for i in items for c in i.contact_ids}
    contacts = {
        r["id"]: repo._contact(r)
        for r in conn.execute(f"SELECT * FROM contacts WHERE id IN ({ids(contact_ids)})", tuple(contact_ids))
    }
    org_ids = {c.organisation_id for c in contacts.values() if c.organisation_id is not None}
    organisations = {
        r["id"]: repo._organisation(r)
        for r in conn.execute(f"SELECT * FROM organisations WHERE id IN ({ids(org_ids)})", tuple(org_ids))
    }
    articles, full_text = [], {}
    for r in conn.execute(
        "SELECT a.*, va.full_text AS va_full_text FROM visit_articles va JOIN articles a ON a.id = va.article_id "
        "WHERE va.visit_id = ? ORDER BY va.position, a.id",
        (visit_id,),
    ):
        articles.append(repo._article(r))
        full_text[r["id"]] = bool(r["va_full_text"])
    by_article = {a.id: a for a in articles}
    for r in conn.execute(
        f"SELECT article_id, theme_id FROM article_themes WHERE article_id IN ({ids(by_article)}) "
        "ORDER BY article_id, theme_id",
        tuple(by_article),
    ):
        by_article[r[0]].theme_ids.append(r[1])
    themes = [
        repo._theme(r)
        for r in conn.execute(
            "SELECT t.* FROM visit_themes vt JOIN themes t ON t.id = vt.theme_id "
            "WHERE vt.visit_id = ? ORDER BY vt.position, t.id",
            (visit_id,),
        )
    ]
    named = [t for i in items for t in i.theme_ids] + [t for a in articles for t in a.theme_ids]
    extra = [t for t in dict.fromkeys(named) if t not in {theme.id for theme in themes}]
    rows = {r["id"]: r for r in conn.execute(f"SELECT * FROM themes WHERE id IN ({ids(extra)})", tuple(extra))}
    themes.extend(repo._theme(rows[t]) for t in extra)
    return VisitBundle(visit, participants, contacts, organisations, themes, items, articles, full_text)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    from briefing.core.demo import install_demo

    with open_store(path) as store:
        install_demo(store)
    return path


@pytest.mark.parametrize("version", range(1, PER_VISIT))
def test_every_visit_prints_what_it_printed_before_the_migration(tmp_path, demo_store, version):
    path = tmp_path / f"v{version}.sqlite"
    _old_store(path, version, demo_store)
    options = PackOptions(date=DAY)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    visit_ids = [r[0] for r in conn.execute("SELECT id FROM visits ORDER BY id")]
    before = {}
    for visit_id in visit_ids:
        document = assemble(_bundle_before(conn, visit_id), options)
        before[visit_id] = (pdf_pages(write_pdf(document)), docx_lines(write_docx(document)))
    conn.close()
    ukraine = before[visit_ids[0]][0]
    assert "Nieuwe notitie" in " ".join(ukraine) and "Een later punt" in " ".join(ukraine)
    assert "Publiek-private samenwerking" in " ".join(ukraine)

    with open_store(path) as store:  # migrates
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert len(visit_ids) == 5
        for visit_id in visit_ids:
            pdf = pdf_pages(render(store, visit_id, "pdf", options))
            docx_text = docx_lines(render(store, visit_id, "docx", options))
            old_pdf, old_docx = before[visit_id]
            assert len(pdf) == len(old_pdf), visit_id
            for number, (page, old) in enumerate(zip(pdf, old_pdf, strict=True), 1):
                assert page == old, f"visit {visit_id}, page {number}"
            assert docx_text == old_docx, visit_id
        # what the visit printed is now its own: a later library edit does not reach it
        with store.transaction():
            store.conn.execute("UPDATE contacts SET notes = 'Nog later' WHERE name = 'Michaël Jonniaux'")
        assert pdf_pages(render(store, visit_ids[0], "pdf", options)) == before[visit_ids[0]][0]
        michael = store.conn.execute("SELECT id FROM contacts WHERE name = 'Michaël Jonniaux'").fetchone()[0]
        newer = repo.library_details(store, visit_ids[0]).newer_people[michael]
        assert [(d.field, d.visit, d.library) for d in newer] == [("notes", "Nieuwe notitie", "Nog later")]


def test_the_migration_makes_the_themes_a_visit_printed_its_own(tmp_path, demo_store):
    path = tmp_path / "old.sqlite"
    _old_store(path, PER_VISIT - 1, demo_store)
    with open_store(path) as store:
        ukraine = store.conn.execute("SELECT id FROM visits WHERE title LIKE 'Studiebezoek Oekra%'").fetchone()[0]
        titles = [t.title for t in repo.visit_bundle(store, ukraine).themes]
        # the ten of the file, less the two taken off, then the three the pack printed after them
        assert len(titles) == 11
        assert titles[-3:] == [
            "Strategische veiligheids- en preventieplannen",
            "Bestuurlijke handhaving",
            "Publiek-private samenwerking",
        ]
        assert repo.visit_bundle(store, ukraine).unselected_themes == []
