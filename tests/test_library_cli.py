"""The library commands end to end: import-contacts, export-contacts, and their refusals."""

from __future__ import annotations

import json

import vobject

from tests.conftest import full_visit, snapshot


def test_import_contacts_then_export_a_visits_vcards(cli, tmp_path, store_path):
    visit = tmp_path / "visit.json"
    visit.write_text(json.dumps(full_visit()), encoding="utf-8")
    code, out, _ = cli("load", visit)
    visit_id = out.strip().splitlines()[-1]

    csv = tmp_path / "outlook.csv"
    csv.write_bytes(
        "Voornaam;Achternaam;Bedrijf;Functie;E-mailadres;Telefoon op werk\r\n"
        "Diane;Reynders;AD Veiligheid en Preventie;;D.Reynders@example.org;+32 2 000 12 34\r\n"
        "Zoë;Lefèvre;Crisiscentrum;Analist;zoe@example.org;\r\n".encode("cp1252")
    )
    code, out, err = cli("import-contacts", csv)
    assert code == 0, err
    assert "1 added, 1 updated" in out  # Diane is already in the store (same e-mail, other case)
    code, out, _ = cli("contacts", "--search", "reynders", "--json")
    (diane,) = json.loads(out)
    assert diane["phone"] == "+32 2 000 12 34"
    code, out, _ = cli("contacts", "--search", "zoe lefevre", "--json")
    (zoe,) = json.loads(out)
    assert zoe["name"] == "Zoë Lefèvre" and zoe["organisation"] == "Crisiscentrum"

    target = tmp_path / "mensen.vcf"
    code, out, err = cli("export-contacts", visit_id, "-o", target)
    assert code == 0, err
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    names = [card.fn.value for card in cards]
    assert "Diane Reynders" in names and "Олена Коваленко" in names


def test_refused_contact_files_leave_the_store_unchanged(cli, tmp_path, store_path):
    cli("demo")
    before = snapshot(store_path)
    broken = tmp_path / "kapot.vcf"
    broken.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Half\n", encoding="utf-8")
    code, _, err = cli("import-contacts", broken)
    assert code == 2 and "kapot.vcf" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    nonsense = tmp_path / "lijst.csv"
    nonsense.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    code, _, err = cli("import-contacts", nonsense)
    assert code == 2 and "lijst.csv" in err
    code, _, err = cli("export-contacts", "999", "-o", tmp_path / "x.vcf")
    assert code == 2 and not (tmp_path / "x.vcf").exists()
    assert snapshot(store_path) == before
