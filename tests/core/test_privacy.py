"""Erasing a person leaves nothing of them in the store file, and lists every free text that still
names them; a contact's name is never an e-mail address or a phone number, so no pack prints one."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import time

import pytest

from briefing.core import edit
from briefing.core.errors import InvalidFile
from briefing.core.interchange.contacts import import_contacts, read_contacts
from briefing.core.model import Contact
from briefing.core.pack.history import changes_since_last_export
from briefing.core.pack.labels import change_text
from briefing.core.privacy import erase_contact, not_a_name
from briefing.core.store import backup, open_store
from tests.conftest import full_visit, run_briefing, snapshot, write_json
from tests.export.conftest import pdf_pages


@pytest.fixture(autouse=True)
def _backups(tmp_path, monkeypatch):
    monkeypatch.setenv(backup.BACKUP_ENV, str(tmp_path / "backups"))


@pytest.fixture
def loaded(cli, tmp_path, store_path) -> int:
    code, out, err = cli("load", write_json(tmp_path / "visit.json", full_visit()))
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


def _file_bytes(path) -> bytes:
    """The store file and its write-ahead log, as they are on disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _contact(store_path, name: str) -> int:
    conn = sqlite3.connect(store_path)
    try:
        return conn.execute("SELECT id FROM contacts WHERE name = ?", (name,)).fetchone()[0]
    finally:
        conn.close()


# ------------------------------------------------------------------ nothing left in the file


def test_erase_leaves_no_byte_of_the_person_in_the_store_file(cli, store_path, loaded, tmp_path):
    diane = _contact(store_path, "Diane Reynders")
    # the person is in two exported packs: the export history holds a snapshot with their name
    for fmt in ("pdf", "docx"):
        code, _out, err = cli("export", loaded, "--format", fmt, "-o", tmp_path / f"pack.{fmt}")
        assert code == 0, err
    # a former spelling of the name, changed without secure deletion, may linger in free space
    store = open_store(store_path)
    edit.update(store, "contacts", diane, "rename", name="Diane Reijnders")
    store.close()
    code, _out, err = cli("export", loaded, "--format", "pdf", "-o", tmp_path / "again.pdf")
    assert code == 0, err
    secrets = ["Diane Reynders", "Diane Reijnders", "Reynders", "d.reynders@example.org", "+32 2 000 00 01"]
    before = _file_bytes(store_path)
    assert any(s.encode() in before for s in secrets)

    code, out, err = cli("erase-contact", diane)
    assert code == 0, err
    assert "Diane Reijnders" in out
    left = _file_bytes(store_path)
    found = [s for s in secrets if s.encode("utf-8") in left or s.encode("utf-16-le") in left]
    assert found == []
    # the export history still tells a person was removed, without naming them
    conn = sqlite3.connect(store_path)
    shots = [json.loads(r[0]) for r in conn.execute("SELECT snapshot FROM pack_exports")]
    conn.close()
    assert len(shots) == 3 and all(s["people"][str(diane)][0] == "" for s in shots)
    store = open_store(store_path)
    removed = [c for c in changes_since_last_export(store, loaded) if c.code == "person_removed"]
    assert [c.values for c in removed] == [{"name": "", "role": "escort"}]
    assert change_text("en", removed[0].code, removed[0].values) == "person removed: — (escort)"
    store.close()
    code, out, _ = cli("check")
    assert code == 0, out


def test_erase_of_a_person_with_a_name_in_another_script(cli, store_path, loaded, tmp_path):
    olena = _contact(store_path, "Олена Коваленко")
    code, _out, err = cli("export", loaded, "--format", "docx", "-o", tmp_path / "pack.docx")
    assert code == 0, err
    store = open_store(store_path)
    erasure = erase_contact(store, olena)
    assert erasure.scrubbed and erasure.exports == 1
    store.close()
    left = _file_bytes(store_path)
    for secret in ("Олена Коваленко", "Коваленко", "Olena Kovalenko", "olena@example.org", "+380 44 000 0000"):
        assert secret.encode("utf-8") not in left, secret


def test_an_article_edited_before_the_erasure_leaves_no_word_in_the_search_index(store_path, loaded):
    store = open_store(store_path)
    with store.transaction():
        store.conn.execute("UPDATE articles SET body = body || ' Interview met Diane Reynders.' WHERE id = 1")
    with store.transaction():  # the officer took the name out of the text, the index still has the words
        store.conn.execute("UPDATE articles SET body = replace(body, ' Interview met Diane Reynders.', '')")
    erase_contact(store, _contact(store_path, "Diane Reynders"))
    store.close()
    left = _file_bytes(store_path).lower()
    assert b"reynders" not in left


def test_a_reader_in_another_program_is_reported_and_the_log_is_clean_once_it_closes(store_path, loaded):
    reader = sqlite3.connect(store_path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM contacts").fetchone()[0] == 5  # holds its snapshot
    store = open_store(store_path)
    started = time.monotonic()
    erasure = erase_contact(store, _contact(store_path, "Diane Reynders"))
    assert time.monotonic() - started < 10  # it waits for the reader a little, not for the busy timeout
    assert erasure.leftover == "log_in_use" and not erasure.scrubbed
    assert store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 4
    reader.execute("COMMIT")
    reader.close()
    store.close()  # the last connection empties the log into the file
    assert b"d.reynders@example.org" not in _file_bytes(store_path)


# ------------------------------------------------------------------ what still names them


def test_every_free_text_that_names_the_person_is_listed(store_path, loaded):
    store = open_store(store_path)
    name = "Diane Reynders"
    person = _contact(store_path, name)
    item = store.conn.execute("SELECT id FROM programme_items WHERE title = 'Ontvangst'").fetchone()[0]
    other = _contact(store_path, "Katrien Verhaegen")
    with store.transaction():
        sql = store.conn.execute
        sql(
            "UPDATE visits SET purpose = 'Gesprek met ' || ?1, host = 'Kabinet ' || ?1, "
            "location = 'Bureau van ' || ?1, classification = 'Alleen voor ' || ?1, delegation = 'Met ' || ?1 "
            "WHERE id = ?2",
            (name, loaded),
        )
        sql(
            "UPDATE programme_items SET title = 'Koffie met ' || ?1, location = 'Bij ' || ?1, "
            "description = 'Bel eerst ' || ?1 WHERE id = ?2",
            (name, item),
        )
        sql("UPDATE organisations SET notes = 'Contact: ' || ? WHERE name = 'AD Veiligheid en Preventie'", (name,))
        sql(
            "UPDATE themes SET summary = 'Dossier van ' || ?1, talking_points = ?2 "
            "WHERE title = 'Kadernota Integrale Veiligheid'",
            (name, json.dumps(["Bedank mevrouw Reynders", "Integraal"])),
        )
        sql(
            "UPDATE articles SET title = 'Interview: ' || ?1, summary = ?1 || ' over preventie', "
            "body = 'Eerste alinea.' || char(10) || 'Volgens d.reynders@example.org gaat het goed.' WHERE id = 1",
            (name,),
        )
        sql("UPDATE contacts SET notes = 'Vervangt ' || ? || ' (+32 2 000 00 01)' WHERE id = ?", (name, other))
        # the visit's own values: a person's notes and a theme's summary for this visit
        sql("UPDATE participants SET notes = 'Neemt over van ' || ? WHERE contact_id = ?", (name, other))
        sql(
            "UPDATE visit_themes SET summary = 'Zoals ' || ? || ' het uitlegde' "
            "WHERE theme_id = (SELECT id FROM themes WHERE title = 'Kadernota Integrale Veiligheid')",
            (name,),
        )
    visit_title = store.conn.execute("SELECT title FROM visits WHERE id = ?", (loaded,)).fetchone()[0]
    org = store.conn.execute("SELECT id FROM organisations WHERE name = 'AD Veiligheid en Preventie'").fetchone()[0]
    theme = store.conn.execute("SELECT id FROM themes WHERE title = 'Kadernota Integrale Veiligheid'").fetchone()[0]

    erasure = erase_contact(store, person)
    store.close()
    places = {(m.kind, m.id, m.field) for m in erasure.mentions}
    expected = {
        *(("visit", loaded, f) for f in ("purpose", "host", "location", "classification", "delegation")),
        *(("programme_item", item, f) for f in ("title", "location", "description")),
        ("organisation", org, "notes"),
        ("theme", theme, "summary"),
        ("theme", theme, "talking_points"),
        *(("article", 1, f) for f in ("title", "summary", "body")),
        ("contact", other, "notes"),
        ("participant", other, "notes"),
        ("visit_theme", theme, "summary"),
    }
    assert expected <= places, sorted(expected - places)
    assert not places - expected, sorted(places - expected)
    by_place = {(m.kind, m.id, m.field): m for m in erasure.mentions}
    assert by_place["programme_item", item, "title"].visit_id == loaded
    assert by_place["programme_item", item, "title"].visit_title == visit_title
    assert by_place["article", 1, "body"].found == "email"
    assert by_place["theme", theme, "talking_points"].found == "surname"
    assert by_place["theme", theme, "summary"].visit_id is None  # the library's theme
    assert by_place["visit_theme", theme, "summary"].visit_id == loaded  # the visit's Themes page edits it
    assert by_place["participant", other, "notes"].visit_id == loaded  # the visit's People page edits it
    assert by_place["contact", other, "notes"].title == "Katrien Verhaegen"


def test_cli_lists_each_mention_on_its_own_line(cli, store_path, loaded):
    store = open_store(store_path)
    with store.transaction():
        store.conn.execute("UPDATE visits SET location = 'Kantoor Diane Reynders'")
        store.conn.execute("UPDATE organisations SET notes = 'Via Diane Reynders'")
    store.close()
    result = run_briefing("--store", store_path, "erase-contact", _contact(store_path, "Diane Reynders"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    [visit_line] = [line for line in lines if "location" in line]
    assert "Studiebezoek Oekraïense aanklagers" in visit_line and "Details" in visit_line
    [org_line] = [line for line in lines if "AD Veiligheid en Preventie" in line]
    assert "notes" in org_line
    code, _out, err = cli("erase-contact", 999)
    assert code == 2 and "999" in err and len(err.strip().splitlines()) == 1


def test_erasure_names_the_backups_that_still_hold_the_person(store_path, loaded):
    store = open_store(store_path)
    held = backup.make_backup(store.conn, store.path, reason="daily")
    erasure = erase_contact(store, _contact(store_path, "Diane Reynders"))
    store.close()
    assert erasure.backups == [held]


# ------------------------------------------------------------------ a name is a name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("jan.peeters@example.org", "email"),
        ("Jan Peeters <jan.peeters@example.org>", "email"),
        ("+32 2 000 00 01", "phone"),
        ("0475/12.34.56", "phone"),
        ("(02) 555 1234", "phone"),
        ("Jan Peeters", ""),
        ("Олена Коваленко", ""),
        ("Louis XIV", ""),
        ("Agent 007", ""),
        ("", ""),
    ],
)
def test_not_a_name(text, kind):
    assert not_a_name(text) == kind


HOSTILE = r"""
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))
from briefing.core.privacy import name_part, not_a_name
from briefing.core.interchange.contacts import read_contacts
texts = ["a" * 1_000_000 + "@x.be", "a@" * 500_000, "1 " * 500_000 + "x", "(" * 1_000_000, "a.b" * 300_000 + "@x"]
started = time.monotonic()
for text in texts:
    not_a_name(text), name_part(text)
print([c.name[:5] for c in read_contacts(sys.argv[1])], round(time.monotonic() - started, 1))
"""


def test_hostile_names_are_judged_quickly(tmp_path):
    """Huge names (1 MB, made to make a regex backtrack): judged in linear time, in a child process
    limited to 1.5 GiB of memory and 60 s."""
    csv = tmp_path / "hostile.csv"
    rows = ["a" * 100_000 + "@", "1 " * 50_000 + "x", "(" * 100_000, "Ann " + "b" * 100_000 + " <ann@x.be>"]
    csv.write_text("Name,E-mail\n" + "".join(f'"{r}",p{n}@example.org\n' for n, r in enumerate(rows)), "utf-8")
    result = subprocess.run(
        [sys.executable, "-c", HOSTILE, str(csv)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    names, seconds = result.stdout.rsplit(" ", 1)
    assert names == "['aaaaa', 'x', '(((((', 'Ann b']" and float(seconds) < 20


def test_csv_row_with_only_an_address_gets_no_name(tmp_path, store_path):
    csv = tmp_path / "contacts.csv"
    csv.write_text(
        "Name,First Name,Last Name,E-mail Address\n"
        ",,,nameless@example.org\n"
        "display@example.org,Ann,Smets,ann.smets@example.org\n"
        "+32 475 00 00 00,,,phone.only@example.org\n",
        encoding="utf-8",
    )
    contacts = read_contacts(csv)
    assert [(c.name, c.email) for c in contacts] == [
        ("", "nameless@example.org"),
        ("Ann Smets", "ann.smets@example.org"),
        ("", "phone.only@example.org"),
    ]
    store = open_store(store_path)
    import_contacts(store, csv)
    names = dict(store.conn.execute("SELECT email, name FROM contacts").fetchall())
    store.close()
    assert names == {"nameless@example.org": "", "ann.smets@example.org": "Ann Smets", "phone.only@example.org": ""}


def test_vcard_whose_full_name_is_an_address_gets_the_structured_name(tmp_path):
    vcf = tmp_path / "c.vcf"
    vcf.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:marie@example.org\r\nN:Dupont;Marie;;;\r\nEMAIL:marie@example.org\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:bob@example.org\r\nEMAIL:bob@example.org\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert [c.name for c in read_contacts(vcf)] == ["Marie Dupont", ""]


def _pack_text(cli, visit_id, tmp_path, lang="nl") -> str:
    out = tmp_path / f"pack-{lang}.pdf"
    code, _out, err = cli("export", visit_id, "--audience", "external", "--lang", lang, "-o", out)
    assert code == 0, err
    return "\n".join(pdf_pages(out))


def _visit_with(contact: dict) -> dict:
    data = full_visit()
    data["contacts"].append({"key": "x", "role": "delegation", **contact})
    data["programme"][0]["contacts"].append("x")
    return data


def test_imported_address_never_reaches_the_external_pack(cli, tmp_path, store_path):
    csv = tmp_path / "contacts.csv"
    csv.write_text("Name,E-mail\n,zonder.naam@example.org\n,later.named@example.org\n", encoding="utf-8")
    code, _out, err = cli("import-contacts", csv)
    assert code == 0, err
    # a later visit matches both on their address: one without a name, one that gives the real name
    data = _visit_with({"name": "", "email": "zonder.naam@example.org"})
    data["contacts"].append({"key": "y", "name": "Lotte Claes", "email": "later.named@example.org", "role": "host"})
    code, out, err = cli("load", write_json(tmp_path / "v.json", data))
    assert code == 0, err
    visit_id = int(out.strip().splitlines()[-1])
    for lang, placeholder in (("nl", "(naam onbekend)"), ("fr", "(nom inconnu)"), ("en", "(name unknown)")):
        text = _pack_text(cli, visit_id, tmp_path, lang)
        assert not re.search(r"[\w.]+@[\w.]+", text), lang
        assert placeholder in text and "Lotte Claes" in text


def test_a_store_whose_names_are_addresses_prints_no_address(cli, tmp_path, store_path):
    code, out, err = cli("load", write_json(tmp_path / "v.json", _visit_with({"name": "", "email": "x@example.org"})))
    assert code == 0, err
    visit_id = int(out.strip().splitlines()[-1])
    conn = sqlite3.connect(store_path)  # as older versions imported it
    conn.execute("UPDATE contacts SET name = email WHERE email = 'x@example.org'")
    conn.execute("UPDATE contacts SET name = '+32 2 000 00 09' WHERE name = 'Michaël Jonniaux'")
    conn.commit()
    conn.close()
    text = _pack_text(cli, visit_id, tmp_path, "en")
    assert "x@example.org" not in text and "+32 2 000 00 09" not in text
    assert "(name unknown)" in text
    code, _out, err = cli("export", visit_id, "--format", "ics", "-o", tmp_path / "p.ics")
    assert code == 0, err
    assert "x@example.org" not in (tmp_path / "p.ics").read_text(encoding="utf-8")


def test_a_name_that_is_an_address_or_a_number_is_refused(store_path, loaded):
    store = open_store(store_path)
    diane = _contact(store_path, "Diane Reynders")
    before = snapshot(store_path)
    for bad, word in (("diane@example.org", "e-mail"), ("+32 2 000 00 01", "phone")):
        with pytest.raises(InvalidFile, match=word):
            edit.update(store, "contacts", diane, "rename", name=bad)
        with pytest.raises(InvalidFile, match=word):
            edit.update(store, "contacts", diane, "rename", name_latin=bad)
        with pytest.raises(InvalidFile, match=word):
            edit.create_contact(store, Contact(name=bad))
    assert snapshot(store_path) == before
    store.close()
