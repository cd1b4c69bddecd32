"""Contacts from CSV and vCard files into the store, and a visit's people out as vCards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import vobject

from briefing.core.errors import InvalidFile, NotFound
from briefing.core.interchange import visit_file as interchange
from briefing.core.interchange.contacts import (
    ContactImport,
    ImportedContact,
    export_vcards,
    import_contacts_steps,
    read_contacts,
)
from briefing.core.progress import Progress, run
from briefing.core.store import Store, open_store
from tests.conftest import full_visit, snapshot

OUTLOOK_HEADER = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business Phone",
    "Home Phone",
    "Mobile Phone",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "Notes",
]


def outlook_row(**values: str) -> list[str]:
    return [values.get(column, "") for column in OUTLOOK_HEADER]


def csv_text(rows: list[list[str]], delimiter: str) -> str:
    """Rows as Outlook and Excel write them: every field quoted, CRLF line ends."""
    return "".join(delimiter.join('"' + v.replace('"', '""') + '"' for v in row) + "\r\n" for row in rows)


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "s.sqlite") as store:
        yield store


def do_import(store: Store, path: Path) -> ContactImport:
    return run(import_contacts_steps(store, path))


def contacts(store: Store) -> dict[str, sqlite3.Row]:
    rows = store.query(
        "SELECT c.*, coalesce(o.name, '') AS organisation FROM contacts c "
        "LEFT JOIN organisations o ON o.id = c.organisation_id ORDER BY c.id"
    )
    return {r["name"]: r for r in rows}


def counts(store: Store) -> tuple[int, int]:
    return (
        store.query("SELECT count(*) FROM contacts")[0][0],
        store.query("SELECT count(*) FROM organisations")[0][0],
    )


# ---------------------------------------------------------------- CSV


@pytest.fixture
def outlook_csv(tmp_path) -> Path:
    rows = [
        OUTLOOK_HEADER,
        outlook_row(
            **{
                "Title": "Mevr.",
                "First Name": "Anaïs",
                "Last Name": "Dupré",
                "Company": "Stad Gent",
                "Job Title": "Schepen van Financiën",
                "Business Phone": "+32 9 266 00 00",
                "Mobile Phone": "+32 470 00 00 00",
                "E-mail Address": "anais.dupre@stad.gent",
                "E-mail Type": "SMTP",
                "E-mail Display Name": "Anaïs Dupré (anais.dupre@stad.gent)",
                "Notes": "Budget 2024: 1,5 mln €; spreekt Frans\r\nen Nederlands",
            }
        ),
        outlook_row(
            **{
                "First Name": "Jan",
                "Middle Name": "van der",
                "Last Name": "Berg",
                "Company": "FOD Justitie",
                "Mobile Phone": "+32 475 11 11 11",
                "E-mail Address": "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jvdb",
                "E-mail Type": "EX",
            }
        ),
        outlook_row(**{"Company": "Nobody Inc.", "Notes": "a row without a person"}),
    ]
    path = tmp_path / "Outlook contacts.csv"
    path.write_bytes(csv_text(rows, ";").encode("cp1252"))
    return path


def test_outlook_csv_with_semicolons_in_windows_1252(store, outlook_csv):
    result = do_import(store, outlook_csv)
    assert (result.added, result.updated, result.unchanged, result.skipped) == (2, 0, 0, 1)
    people = contacts(store)
    assert set(people) == {"Anaïs Dupré", "Jan van der Berg"}
    anais = people["Anaïs Dupré"]
    assert anais["title"] == "Mevr."
    assert anais["function"] == "Schepen van Financiën"
    assert anais["organisation"] == "Stad Gent"
    assert anais["email"] == "anais.dupre@stad.gent"
    assert anais["phone"] == "+32 9 266 00 00"  # the work number before the mobile
    assert anais["notes"] == "Budget 2024: 1,5 mln €; spreekt Frans\nen Nederlands"
    jan = people["Jan van der Berg"]
    assert jan["email"] == ""  # Exchange's internal address is no e-mail address
    assert jan["phone"] == "+32 475 11 11 11"
    assert jan["organisation"] == "FOD Justitie"
    assert sorted(r["name"] for r in store.query("SELECT name FROM organisations")) == ["FOD Justitie", "Stad Gent"]


def test_utf8_bom_comma_csv_with_english_headers(store, tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + (
            "Full Name,Organisation,Email,Phone,Function,Notes\n"
            "Олена Коваленко,Офіс Генерального прокурора,Olena@Example.org,+380 44 000 0000,Prosecutor,"
            '"Vegetarian, no alcohol"\n'
            "Søren Kierkegaard,,soren@example.dk,,,\n"
        ).encode()
    )
    assert [c.name for c in read_contacts(path)] == ["Олена Коваленко", "Søren Kierkegaard"]
    result = do_import(store, path)
    assert (result.added, result.skipped) == (2, 0)
    olena = contacts(store)["Олена Коваленко"]
    assert olena["organisation"] == "Офіс Генерального прокурора"
    assert olena["email"] == "Olena@Example.org"
    assert olena["function"] == "Prosecutor"
    assert olena["notes"] == "Vegetarian, no alcohol"
    assert contacts(store)["Søren Kierkegaard"]["organisation_id"] is None


def test_dutch_headers(store, tmp_path):
    path = tmp_path / "contactpersonen.csv"
    header = (
        "Aanhef;Voornaam;Tussenvoegsel;Achternaam;Bedrijf;Functie;"
        "Telefoon op werk;Mobiele telefoon;E-mailadres;Notities"
    )
    row = "Dhr.;Pieter;de;Vries;Gemeente Utrecht;Wethouder;;+31 6 1234 5678;p.devries@utrecht.nl;Komt per trein"
    path.write_bytes(f"{header}\r\n{row}\r\n".encode("cp1252"))
    result = do_import(store, path)
    assert result.added == 1
    pieter = contacts(store)["Pieter de Vries"]
    assert (pieter["title"], pieter["function"], pieter["organisation"]) == ("Dhr.", "Wethouder", "Gemeente Utrecht")
    assert (pieter["phone"], pieter["email"], pieter["notes"]) == (
        "+31 6 1234 5678",
        "p.devries@utrecht.nl",
        "Komt per trein",
    )


def test_french_headers(store, tmp_path):
    path = tmp_path / "contacts.csv"
    rows = [
        ["Titre", "Prénom", "Nom", "Société", "Fonction", "Téléphone (bureau)", "Tél. mobile", "Adresse de messagerie"],
        ["M.", "François", "Lefèvre", "Ministère de l'Intérieur", "Directeur général", "", "+33 6 00 00 00 00"],
        ["Mme", "Hélène", "Noël", "Ministère de l'Intérieur", "Cheffe de cabinet", "+33 1 49 27 49 27", ""],
    ]
    for row, extra in zip(
        rows, (["Notes"], ["f.lefevre@interieur.gouv.fr", "Préfère le français"], ["", ""]), strict=True
    ):
        row.extend(extra)
    path.write_bytes(csv_text(rows, ";").encode("cp1252"))
    result = do_import(store, path)
    assert result.added == 2
    people = contacts(store)
    francois, helene = people["François Lefèvre"], people["Hélène Noël"]
    assert (francois["title"], francois["function"]) == ("M.", "Directeur général")
    assert francois["email"] == "f.lefevre@interieur.gouv.fr"
    assert francois["phone"] == "+33 6 00 00 00 00"
    assert francois["notes"] == "Préfère le français"
    assert helene["phone"] == "+33 1 49 27 49 27"
    assert francois["organisation_id"] == helene["organisation_id"] is not None
    assert counts(store) == (2, 1)


def test_header_names_ignore_case_and_accents(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("PRENOM,NOM,SOCIETE,ADRESSE DE MESSAGERIE\nZoë,Maréchal,ACME,zoe@acme.test\n", encoding="utf-8")
    [zoe] = read_contacts(path)
    assert zoe == ImportedContact(name="Zoë Maréchal", organisation="ACME", email="zoe@acme.test")


def test_a_csv_without_name_or_email_columns_is_refused_and_nothing_is_written(store, tmp_path, outlook_csv):
    do_import(store, outlook_csv)
    before = snapshot(store.path)
    path = tmp_path / "budget.csv"
    path.write_text("Year;Amount;Currency\n2024;1500;EUR\n", encoding="utf-8")
    with pytest.raises(InvalidFile) as caught:
        do_import(store, path)
    message = str(caught.value)
    assert message.startswith("budget.csv: ") and "\n" not in message
    assert "name or e-mail column" in message
    assert snapshot(store.path) == before
    assert counts(store) == (2, 2)


def test_a_file_with_only_a_header_has_no_contacts(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("First Name,Last Name,E-mail Address\n", encoding="utf-8")
    with pytest.raises(InvalidFile, match=r"^empty\.csv: no contacts found"):
        read_contacts(path)


def test_binary_data_is_refused(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InvalidFile, match=r"^photo\.csv: "):
        read_contacts(path)


# ---------------------------------------------------------------- vCard

VCARD3 = """BEGIN:VCARD
VERSION:3.0
N:Dupont;Marie;;Dr;
FN:Dr Marie Dupont
ORG:Ministère de la Justice;Cabinet
TITLE:Conseillère juridique
EMAIL;TYPE=INTERNET,HOME:marie@home.example
EMAIL;TYPE=INTERNET,WORK,PREF:marie.dupont@just.fgov.example
TEL;TYPE=HOME:+32 2 111 11 11
TEL;TYPE=WORK,VOICE:+32 2 542 65 11
NOTE:Allergique aux noix\\, végétarienne\\nArrive lundi
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Janssens;Koen;;;
FN:Koen Janssens
ORG:Politiezone Antwerpen
EMAIL;TYPE=INTERNET:koen.janssens@politie.example
TEL;TYPE=CELL:+32 477 22 22 22
END:VCARD
"""

VCARD4 = """BEGIN:VCARD
VERSION:4.0
KIND:individual
FN:Ana Maria Silva
N:Silva;Ana;Maria;Prof.;
ORG:Universidade de Lisboa
TITLE:Professora catedrática
EMAIL;TYPE=work;PREF=1:ana.silva@ulisboa.example
TEL;VALUE=uri;TYPE="voice,cell":tel:+351-91-000-0000
ADR;TYPE=work:;;Alameda da Universidade;Lisboa;;1649-004;Portugal
BDAY:--0415
NOTE:Speaks Portuguese and English
END:VCARD
"""


def test_vcard_3_with_two_people(store, tmp_path):
    path = tmp_path / "people.vcf"
    path.write_text(VCARD3, encoding="utf-8", newline="\r\n")
    result = do_import(store, path)
    assert (result.added, result.skipped) == (2, 0)
    people = contacts(store)
    marie = people["Marie Dupont"]  # the honorific is kept apart from the name
    assert marie["title"] == "Dr"
    assert marie["function"] == "Conseillère juridique"
    assert marie["organisation"] == "Ministère de la Justice"
    assert marie["email"] == "marie.dupont@just.fgov.example"  # the preferred work address
    assert marie["phone"] == "+32 2 542 65 11"  # work before home
    assert marie["notes"] == "Allergique aux noix, végétarienne\nArrive lundi"
    koen = people["Koen Janssens"]
    assert (koen["phone"], koen["organisation"]) == ("+32 477 22 22 22", "Politiezone Antwerpen")


def test_vcard_4(store, tmp_path):
    path = tmp_path / "ana.vcf"
    path.write_text(VCARD4, encoding="utf-8")
    result = do_import(store, path)
    assert result.added == 1
    ana = contacts(store)["Ana Maria Silva"]
    assert (ana["title"], ana["function"]) == ("Prof.", "Professora catedrática")
    assert ana["email"] == "ana.silva@ulisboa.example"
    assert ana["phone"] == "+351-91-000-0000"
    assert ana["organisation"] == "Universidade de Lisboa"
    assert ana["notes"] == "Speaks Portuguese and English"


def test_vcard_is_told_apart_by_content_not_extension(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text(VCARD4, encoding="utf-8")
    assert [c.name for c in read_contacts(path)] == ["Ana Maria Silva"]


def test_outlook_vcard_2_1_with_quoted_printable(tmp_path):
    path = tmp_path / "outlook.vcf"
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;LANGUAGE=nl-be:Peeters;Jan\r\nFN:Jan Peeters\r\n"
        "TEL;CELL;VOICE:+32 470 33 33 33\r\nEMAIL;PREF;INTERNET:jan@gent.example\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Eerste regel=0D=0ATweede regel met een lange tekst die Outlook =\r\n"
        "afbreekt\r\nEND:VCARD\r\n"
    )
    path.write_text(text, encoding="utf-8", newline="")
    [jan] = read_contacts(path)
    assert (jan.name, jan.email, jan.phone) == ("Jan Peeters", "jan@gent.example", "+32 470 33 33 33")
    assert jan.notes == "Eerste regel\nTweede regel met een lange tekst die Outlook afbreekt"


@pytest.mark.parametrize(
    "text",
    [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Half a card\nEMAIL:half@example.org\n",  # never closed
        "BEGIN:VCARD\nVERSION:3.0\nFN:Jan\nthis line is no property\nEND:VCARD\n",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Jan\nNOTE;ENCODING=b:not base64!\nEND:VCARD\n",  # (a PHOTO is never read)
    ],
)
def test_a_broken_vcard_is_refused_and_nothing_is_written(store, tmp_path, text):
    path = tmp_path / "good.vcf"
    path.write_text(VCARD3, encoding="utf-8")
    do_import(store, path)
    before = snapshot(store.path)
    broken = tmp_path / "broken.vcf"
    broken.write_text(VCARD4 + text, encoding="utf-8")  # a good card first: all or nothing
    with pytest.raises(InvalidFile) as caught:
        do_import(store, broken)
    message = str(caught.value)
    assert message.startswith("broken.vcf: not a valid vCard file") and "\n" not in message
    assert snapshot(store.path) == before
    assert counts(store) == (2, 2)


# ---------------------------------------------------------------- matching what the store has


def test_reimporting_the_same_file_adds_nothing(store, outlook_csv, tmp_path):
    first = do_import(store, outlook_csv)
    rows_before = store.query("SELECT * FROM contacts ORDER BY id")
    again = do_import(store, outlook_csv)
    assert (again.added, again.updated, again.unchanged, again.skipped) == (0, 0, first.added, 1)
    assert [tuple(r) for r in store.query("SELECT * FROM contacts ORDER BY id")] == [tuple(r) for r in rows_before]
    assert counts(store) == (2, 2)

    vcf = tmp_path / "people.vcf"
    vcf.write_text(VCARD3, encoding="utf-8")
    do_import(store, vcf)
    again = do_import(store, vcf)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert counts(store) == (4, 4)


def test_a_changed_phone_number_updates_the_contact_with_that_email(store, tmp_path):
    path = tmp_path / "v1.csv"
    path.write_text(
        "Name,Company,Email,Phone,Job Title\nMarie Dupont,SPF Justice,marie@just.example,+32 2 000,Juriste\n"
    )
    do_import(store, path)
    store.conn.execute("UPDATE contacts SET updated = '2000-01-01T00:00:00Z'")
    [before] = store.query("SELECT * FROM contacts")

    path = tmp_path / "v2.csv"  # new number, e-mail in other case, no job title, no organisation
    path.write_text("Name,Email,Phone\nmarie  DUPONT,Marie@Just.Example,+32 2 999 99 99\n")
    result = do_import(store, path)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    [after] = store.query("SELECT * FROM contacts")
    assert after["id"] == before["id"]
    assert after["phone"] == "+32 2 999 99 99"
    assert after["name"] == "Marie Dupont"  # the same name, differently typed, is kept
    assert after["email"] == "marie@just.example"
    assert after["function"] == "Juriste"  # empty imported values never blank stored ones
    assert after["organisation_id"] == before["organisation_id"] is not None
    assert after["created"] == before["created"]
    assert after["updated"] > "2000-01-01T00:00:00Z"


def test_without_email_a_contact_matches_by_name_and_organisation(store, tmp_path):
    first = tmp_path / "first.csv"
    first.write_text(
        "Name;Organisation;Function\n"
        "Koen Janssens;Politiezone Antwerpen;Korpschef\n"
        "Koen Janssens;Stad Gent;Ambtenaar\n"  # another Koen Janssens
    )
    do_import(store, first)
    assert counts(store) == (2, 2)

    second = tmp_path / "second.csv"
    second.write_text(
        "Name;Organisation;Function;Phone\n"
        "koen   janssens;POLITIEZONE ANTWERPEN;;+32 3 000 00 00\n"  # same person, same organisation
        "Koen Janssens;;;+32 9 000 00 00\n"  # no organisation: nobody without one by that name yet
        "Koen Janssens;Stad Brugge;;\n"  # an organisation the store does not know yet
    )
    result = do_import(store, second)
    assert (result.added, result.updated, result.unchanged, result.organisations_added) == (2, 1, 0, 1)
    rows = store.query(
        "SELECT c.function, c.phone, coalesce(o.name, '') AS org FROM contacts c "
        "LEFT JOIN organisations o ON o.id = c.organisation_id ORDER BY c.id"
    )
    assert [tuple(r) for r in rows] == [
        ("Korpschef", "+32 3 000 00 00", "Politiezone Antwerpen"),
        ("Ambtenaar", "", "Stad Gent"),
        ("", "+32 9 000 00 00", ""),
        ("", "", "Stad Brugge"),
    ]
    assert counts(store) == (4, 3)


def test_import_reports_progress_and_can_be_cancelled(store, outlook_csv):
    steps = import_contacts_steps(store, outlook_csv)
    seen = [next(steps), next(steps), next(steps)]
    assert all(isinstance(p, Progress) for p in seen)
    steps.close()  # cancelled inside the transaction: rolled back
    assert counts(store) == (0, 0)
    assert not store.conn.in_transaction


# ---------------------------------------------------------------- exporting


def test_export_vcards_of_a_loaded_visit_parses_back(store):
    visit_id = run(interchange.load_steps(store, full_visit()))
    text = export_vcards(store, visit_id)
    assert text.count("BEGIN:VCARD") == 5
    cards = list(vobject.readComponents(text))
    names = [card.fn.value for card in cards]
    # the visit's order: delegation, host, speaker, escort, other
    assert names == ["Олена Коваленко", "Katrien Verhaegen", "Michaël Jonniaux", "Diane Reynders", "Ελένη Παπαδοπούλου"]
    assert all(card.version.value == "3.0" for card in cards)
    by_name = {card.fn.value: card for card in cards}
    olena = by_name["Олена Коваленко"]
    assert olena.email.value == "olena@example.org"
    assert olena.org.value == ["Офіс Генерального прокурора"]
    assert olena.title.value == "Prosecutor"
    assert olena.tel.value == "+380 44 000 0000"
    assert olena.note.value == "Vegetarisch"
    assert (olena.n.value.given, olena.n.value.family, olena.n.value.prefix) == ("Олена", "Коваленко", "Ms")
    assert by_name["Diane Reynders"].email.value == "d.reynders@example.org"
    assert by_name["Katrien Verhaegen"].email.value == "k.v@example.org"
    michael = by_name["Michaël Jonniaux"]  # empty fields are left out
    assert "email" not in michael.contents and "org" not in michael.contents and "tel" not in michael.contents


def test_exported_vcards_import_back_unchanged(store, tmp_path):
    visit_id = run(interchange.load_steps(store, full_visit()))
    before = snapshot(store.path)
    path = tmp_path / "visit.vcf"
    path.write_bytes(export_vcards(store, visit_id).encode("utf-8"))
    result = do_import(store, path)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 5)
    assert snapshot(store.path) == before


def test_export_of_an_unknown_visit_is_not_found(store):
    with pytest.raises(NotFound):
        export_vcards(store, 999)


# ---------------------------------------------------------------- what a vCard file may cost


def _old_join_soft_breaks(text: str) -> str:
    """The regex the importer used before (one pass per soft break): the reference for the new one."""
    import re

    pattern = re.compile(r"^([^:\n]*QUOTED-PRINTABLE[^:\n]*:.*)=\n", re.IGNORECASE | re.MULTILINE)
    previous = None
    while previous != text:
        previous, text = text, pattern.sub(r"\1", text)
    return text


@pytest.mark.parametrize(
    "text",
    [
        "NOTE;ENCODING=QUOTED-PRINTABLE:a=\nb=\nc\nFN:x=\nEMAIL:y\n",
        "NOTE;quoted-printable:=\n=\n=\n",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dupont;Mari=C3=\n=A9\nNOTE:ends in =\nTEL:1=",
        "X-QUOTED-PRINTABLE-ish:a=\nb\nNOTE;QUOTED-PRINTABLE:last=",
        "NOTE:no: QUOTED-PRINTABLE here=\nnext\n",
    ],
)
def test_soft_breaks_are_joined_exactly_as_before(text):
    from briefing.core.interchange.contacts import _join_soft_breaks

    assert "\n".join(_join_soft_breaks(text.split("\n"))) == _old_join_soft_breaks(text)


def test_pictures_sounds_and_keys_are_left_out_unread(store, tmp_path):
    path = tmp_path / "photos.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Peeters;Jan\r\nEMAIL;INTERNET:jan@example.org\r\n"
        "PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n/9j/4AAQSkZJRgABAQEAYABgAAD\r\nAAAABBBBCCCC==\r\n\r\n"  # 2.1: unindented
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Peeters\r\nitem1.PHOTO;ENCODING=b;TYPE=JPEG:broken\r\n  base64!\r\n"
        "LOGO;VALUE=uri:https://tracker.example.net/l.png\r\nSOUND;ENCODING=b:AAAA\r\nKEY;ENCODING=b:AAAA\r\n"
        "NOTE:kept\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    result = do_import(store, path)
    assert (result.added, result.left_out) == (2, {"PHOTO": 2, "LOGO": 1, "SOUND": 1, "KEY": 1})
    rows = store.conn.execute("SELECT name, email, notes FROM contacts ORDER BY name").fetchall()
    assert [tuple(r) for r in rows] == [("Ann Peeters", "", "kept"), ("Jan Peeters", "jan@example.org", "")]


def test_too_many_vcard_properties_are_refused(store, tmp_path, monkeypatch):
    from briefing.core.interchange import contacts as contacts_io

    monkeypatch.setattr(contacts_io, "MAX_VCARD_LINES", 50)
    path = tmp_path / "many.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Jan\n" + "NOTE:x\n" * 60 + "END:VCARD\n", encoding="utf-8")
    with pytest.raises(InvalidFile) as caught:
        do_import(store, path)
    assert str(caught.value) == "many.vcf: more than 50 lines (pictures left out); split the file into smaller ones"
    assert counts(store) == (0, 0)


def test_a_long_quoted_printable_value_is_refused_while_it_is_joined(store, tmp_path, monkeypatch):
    from briefing.core.interchange import contacts as contacts_io

    monkeypatch.setattr(contacts_io, "MAX_PROPERTY_CHARS", 1_000)
    path = tmp_path / "qp.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:2.1\nFN:Jan\nNOTE;QUOTED-PRINTABLE:" + "abc=\n" * 400 + "END:VCARD\n")
    with pytest.raises(InvalidFile) as caught:
        do_import(store, path)
    assert str(caught.value).startswith("qp.vcf: a NOTE property of more than 1,000 characters")


def test_too_many_csv_rows_are_refused(store, tmp_path, monkeypatch):
    from briefing.core.interchange import contacts as contacts_io

    monkeypatch.setattr(contacts_io, "MAX_CSV_ROWS", 10)
    path = tmp_path / "many.csv"
    path.write_text("Name,E-mail\n" + "".join(f"P{n},p{n}@example.org\n" for n in range(10)), encoding="utf-8")
    assert do_import(store, path).added == 10
    path.write_text("Name,E-mail\n" + "".join(f"P{n},p{n}@example.org\n" for n in range(11)), encoding="utf-8")
    with pytest.raises(InvalidFile, match=r"^many\.csv: more than 10 rows; split the file into smaller ones$"):
        do_import(store, path)
    assert counts(store)[0] == 10
