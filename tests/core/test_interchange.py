"""The briefing-visit/1 file: load, dump, round trip, and every kind of bad file refused."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, full_visit, snapshot, write_json


def test_round_trip_of_a_file_that_uses_every_field(cli, tmp_path):
    source = write_json(tmp_path / "visit.json", full_visit())
    code, out, err = cli("load", source)
    assert code == 0, err
    first_id = int(out.strip().splitlines()[-1])
    code, dumped1, _ = cli("dump", first_id)
    assert code == 0
    one = json.loads(dumped1)

    # every field of the source came back
    src = full_visit()
    assert one["visit"] == src["visit"]
    by_name = {c["name"]: c for c in one["contacts"]}
    for contact in src["contacts"]:
        got = by_name[contact["name"]]
        for field in ("name_latin", "title", "function", "email", "phone", "role", "notes"):
            assert got[field] == contact[field], field
    orgs = {o["key"]: o for o in one["organisations"]}
    assert orgs[by_name["Олена Коваленко"]["organisation"]]["name"] == "Офіс Генерального прокурора"
    assert by_name["Michaël Jonniaux"]["organisation"] == ""
    assert [t["talking_points"] for t in one["themes"]] == [t["talking_points"] for t in src["themes"]]
    assert [p["title"] for p in one["programme"]] == [p["title"] for p in src["programme"]]
    montgomery = one["programme"][1]
    assert {by_key["name"] for by_key in one["contacts"] if by_key["key"] in montgomery["contacts"]} == {
        "Michaël Jonniaux",
        "Олена Коваленко",
    }
    assert [a["full_text"] for a in one["articles"]] == [True, False]
    assert one["articles"][0]["body"] == "Eerste alinea.\n\nTweede."

    # load -> dump -> load -> dump is stable
    second = write_json(tmp_path / "again.json", one)
    code, out, _ = cli("load", second)
    second_id = int(out.strip().splitlines()[-1])
    assert second_id != first_id
    _, dumped2, _ = cli("dump", second_id)
    assert dumped2 == dumped1


def test_the_library_is_shared_not_duplicated(cli, tmp_path, store_path):
    source = write_json(tmp_path / "visit.json", full_visit())
    cli("load", source)
    cli("load", source)
    counts = {t: len(rows) for t, rows in snapshot(store_path).items()}
    assert counts["visits"] == 2
    assert counts["contacts"] == 5
    assert counts["organisations"] == 2
    assert counts["themes"] == 2
    assert counts["articles"] == 2


def test_an_item_that_ends_before_it_starts_is_kept_and_flagged(cli, tmp_path):
    code, out, err = cli("load", write_json(tmp_path / "v.json", full_visit()))
    assert code == 0
    assert "ends (12:00) before it starts (12:30)" in err
    _, dumped, _ = cli("dump", out.strip().splitlines()[-1])
    lunch = next(p for p in json.loads(dumped)["programme"] if p["title"].startswith("Lunch"))
    assert (lunch["start"], lunch["end"]) == ("12:30", "12:00")


def test_only_format_title_start_and_end_are_required(cli, tmp_path):
    minimal = {"format": "briefing-visit/1", "visit": {"title": "Kort", "start": "2025-01-01", "end": "2025-01-01"}}
    code, out, err = cli("load", write_json(tmp_path / "min.json", minimal))
    assert code == 0, err
    _, dumped, _ = cli("dump", out.strip().splitlines()[-1])
    data = json.loads(dumped)
    assert data["visit"]["direction"] == "inbound" and data["visit"]["status"] == "draft"
    assert data["contacts"] == [] and data["programme"] == []


def _broken(mutate) -> dict:
    data = full_visit()
    mutate(data)
    return data


INVALID = {
    "not json": (b'{"format": "briefing-visit/1", "visit": ', "not JSON (line 1"),
    "not utf-8": ('{"format": "briefing-visit/1", "visit": {"title": "Caf\xe9"}}'.encode("latin-1"), "not UTF-8"),
    "not an object": (b"[1, 2, 3]", "expected a JSON object"),
    "wrong format": (_broken(lambda d: d.update(format="briefing-visit/9")), "format: expected 'briefing-visit/1'"),
    "no format": (_broken(lambda d: d.pop("format")), "format: expected"),
    "no title": (_broken(lambda d: d["visit"].pop("title")), "visit: 'title' is a required property"),
    "bad start": (_broken(lambda d: d["visit"].update(start="22/04/2024")), 'visit.start: "22/04/2024" is not a date'),
    "impossible date": (
        _broken(lambda d: d["visit"].update(end="2024-02-30")),
        'visit.end: "2024-02-30" is not a valid date',
    ),
    "ends before it starts": (
        _broken(lambda d: d["visit"].update(end="2024-04-01")),
        'visit.end: "2024-04-01" comes before visit.start "2024-04-22"',
    ),
    "bad time": (
        _broken(lambda d: d["programme"][0].update(start="25:00")),
        'programme[0].start: "25:00" is not a valid time',
    ),
    "time in wrong form": (
        _broken(lambda d: d["programme"][1].update(end="9h")),
        'programme[1].end: "9h" is not a time',
    ),
    "bad item date": (
        _broken(lambda d: d["programme"][1].update(date="2024-13-01")),
        'programme[1].date: "2024-13-01" is not a valid date',
    ),
    "dangling contact": (
        _broken(lambda d: d["programme"][0]["contacts"].append("nobody")),
        'programme[0].contacts[3]: "nobody" names no contact',
    ),
    "dangling theme": (
        _broken(lambda d: d["articles"][0]["themes"].append("nothing")),
        'articles[0].themes[1]: "nothing" names no theme',
    ),
    "dangling organisation": (
        _broken(lambda d: d["contacts"][0].update(organisation="ghost")),
        'contacts[0].organisation: "ghost" names no organisation',
    ),
    "duplicate key": (_broken(lambda d: d["themes"][1].update(key="kiv")), 'themes[1].key: "kiv" is used twice'),
    "bad role": (_broken(lambda d: d["contacts"][0].update(role="vip")), 'contacts[0].role: "vip"'),
    "bad direction": (_broken(lambda d: d["visit"].update(direction="sideways")), 'visit.direction: "sideways"'),
    "number for text": (_broken(lambda d: d["visit"].update(location=12)), "visit.location: 12"),
    "bad country": (
        _broken(lambda d: d["visit"].update(country="Ukraine")),
        'visit.country: "Ukraine" is not a country',
    ),
    "lone surrogate": (
        b'{"format": "briefing-visit/1", "visit": {"title": "\\ud800", "start": "2024-01-01", "end": "2024-01-01"}}',
        "visit.title: text holds an invalid character",
    ),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_an_invalid_file_is_refused_with_one_clear_line(case, cli, tmp_path, store_path):
    cli("load", write_json(tmp_path / "good.json", full_visit()))
    before = snapshot(store_path)
    content, expected = INVALID[case]
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        write_json(path, content)
    code, out, err = cli("load", path)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(path) in lines[0]
    assert expected in lines[0]
    assert "Traceback" not in err and out == ""
    assert snapshot(store_path) == before


def test_a_missing_file_and_an_unknown_visit_are_refused(cli, tmp_path, store_path):
    cli("load", write_json(tmp_path / "good.json", full_visit()))
    before = snapshot(store_path)
    code, _, err = cli("load", tmp_path / "nowhere.json")
    assert code == 2 and "nowhere.json: cannot read the file" in err
    code, out, err = cli("dump", 4242)
    assert code == 2 and err.strip() == "briefing: no visit with id 4242" and out == ""
    code, _, err = cli("export", 4242, "--format", "pdf", "-o", tmp_path / "x.pdf")
    assert code == 2 and "no visit with id 4242" in err and not (tmp_path / "x.pdf").exists()
    assert snapshot(store_path) == before


def test_utf8_with_bom_and_utf16_are_read(cli, tmp_path):
    text = json.dumps(full_visit(), ensure_ascii=False)
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "u16.json").write_bytes(text.encode("utf-16"))
    assert cli("load", tmp_path / "bom.json")[0] == 0
    assert cli("load", tmp_path / "u16.json")[0] == 0


def test_demo_files_are_valid_and_fully_linked():
    from briefing.core.interchange import visit_file as interchange

    files = sorted((ROOT / "resources" / "demo").glob("*.json"))
    assert len(files) >= 5
    for path in files:
        data = interchange.read_file(path)
        assert data["programme"] and data["themes"] and data["articles"], path.name
        assert interchange.warnings(data) == [], path.name


def test_the_schema_in_docs_describes_the_format():
    schema = json.loads((ROOT / "resources" / "schema" / "briefing-visit-1.schema.json").read_text())
    assert schema["properties"]["format"]["const"] == "briefing-visit/1"
    assert schema["properties"]["visit"]["required"] == ["title", "start", "end"]
    assert "briefing-visit-1.schema.json" in (ROOT / "docs" / "visit-format.md").read_text()


# ---------------------------------------------------------------- what a visit file may cost


def test_contacts_are_looked_up_through_indexes(tmp_path):
    """Loading looks every person up by e-mail, then by name: both must use an index, not scan the table."""
    from briefing.core.model import Contact
    from briefing.core.store import open_store, repo

    with open_store(tmp_path / "s.sqlite") as store:
        with store.transaction():
            for n in range(50):
                repo.find_or_add_contact(store, Contact(name=f"P {n}", email=f"p{n}@example.org"))
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        repo.find_or_add_contact(store, Contact(name="Nieuw", email="NIEUW@example.org"))
        store.conn.set_trace_callback(None)
        lookups = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "FROM contacts" in s]
        assert len(lookups) == 2  # by e-mail, then by name and organisation
        plans = [" ".join(row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + s)) for s in lookups]
    assert "USING INDEX contacts_email" in plans[0], plans[0]
    assert "USING INDEX contacts_name" in plans[1], plans[1]
    assert not any("SCAN contacts" in plan for plan in plans), plans


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format": "x", "format": "briefing-visit/1"}', 'f.json: the key "format" is given twice in one object'),
        ('{"visit": {"a": 1, "b": {"c": 2, "c": 3}}}', 'f.json: the key "c" is given twice in one object'),
        ('{"n": ' + "9" * 5000 + "}", "f.json: a number of 5,000 characters (999999999999...)"),
        ('{"n": 0.' + "1" * 60 + "}", "f.json: a number of 62 characters (0.1111111111...)"),
        ("[" * 50_000 + "]" * 50_000, "f.json: not a visit file (nested too deeply)"),
        ('{"x": [' + "{}," * 1_000_000 + "{}]}", "f.json: not a visit file (1,000,003 brackets '{' and '['; at"),
    ],
)
def test_hostile_json_is_refused_while_it_is_parsed(text, message):
    from briefing.core.errors import InvalidFile
    from briefing.core.interchange.visit_file import parse

    with pytest.raises(InvalidFile) as caught:
        parse(text.encode(), "f.json")
    assert str(caught.value).startswith(message), str(caught.value)


def test_nesting_and_section_sizes_are_capped(monkeypatch):
    from briefing.core.errors import InvalidFile
    from briefing.core.interchange import visit_file as interchange

    visit = {"format": "briefing-visit/1", "visit": {"title": "t", "start": "2025-01-01", "end": "2025-01-01"}}
    deep: list = []
    for _ in range(interchange.MAX_DEPTH - 2):
        deep = [deep]
    interchange.validate({**visit, "extra": deep})  # as deep as allowed: the file, "extra", then its lists
    with pytest.raises(InvalidFile, match=r"^v\.json: not a visit file \(nested more than 16 levels deep\)$"):
        interchange.validate({**visit, "extra": [deep]}, "v.json")
    monkeypatch.setattr(interchange, "MAX_ENTRIES", 3)
    with pytest.raises(InvalidFile, match=r"^v\.json: themes: 4 entries; a visit file holds at most 3 in each$"):
        interchange.validate({**visit, "themes": [{"key": str(n)} for n in range(4)]}, "v.json")
