"""Hostile files and arguments are refused in seconds, in bounded memory, with one line and exit 2.

Each case runs ``briefing`` in a child process under an address-space cap (RLIMIT_AS, MEMORY)
and a wall-clock timeout the test names; the files are built in tmp_path by tests/fuzz/hostile_files.py.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from tests.conftest import full_visit, snapshot
from tests.fuzz import hostile_files as hostile

resource = pytest.importorskip("resource")

MEMORY = 1536 * 1024 * 1024  # 1.5 GiB of address space for the child


class Run:
    def __init__(self, result: subprocess.CompletedProcess, seconds: float) -> None:
        self.code = result.returncode
        self.out = result.stdout
        self.err = result.stderr
        self.seconds = seconds

    def refused(self, *words: str) -> str:
        """Assert exit 2 and one line on stderr holding every word; return the line."""
        assert "Traceback" not in self.err, self.err[-2000:]
        lines = self.err.strip().splitlines()
        assert self.code == 2, (self.code, self.err[-2000:])
        assert len(lines) == 1 and len(lines[0]) < 400, lines[:3]
        for word in words:
            assert word in lines[0], (word, lines[0])
        return lines[0]


def briefing(store: Path, *args: object, timeout: float) -> Run:
    """``briefing --store STORE ARGS`` in a child process limited to MEMORY; fails the test past ``timeout`` s."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--store", str(store), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        preexec_fn=cap,
    )
    return Run(result, time.monotonic() - started)


@pytest.fixture
def loaded(cli, store_path, tmp_path) -> int:
    """A store with one visit; returns the visit's id."""
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(full_visit()), encoding="utf-8")
    code, out, err = cli("load", path)
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


# ---------------------------------------------------------------- vCards


def test_vcard_with_30000_quoted_printable_soft_breaks_imports_in_seconds(store_path, tmp_path):
    path = hostile.write(tmp_path / "outlook.vcf", hostile.qp_vcard(30_000))  # 150 KB
    run = briefing(store_path, "import-contacts", path, timeout=15)  # it took 48 s
    assert run.code == 0, run.err
    conn = sqlite3.connect(store_path)
    [(name, notes)] = conn.execute("SELECT name, notes FROM contacts").fetchall()
    conn.close()
    assert (name, notes) == ("Ann Peeters", "ab" * 30_001)  # every soft break joined, nothing else lost


def test_vcard_photo_is_dropped_unread_and_said(store_path, tmp_path):
    path = hostile.write(tmp_path / "photo.vcf", hostile.photo_vcard(25_000_000))  # 25 MB of base64
    run = briefing(store_path, "import-contacts", path, timeout=20)  # it ran out of memory
    assert run.code == 0, run.err
    assert "1 added" in run.out
    assert run.err.strip().splitlines() == [f"{path}: note: left out 1 PHOTO (pictures, sounds and keys are not kept)"]
    conn = sqlite3.connect(store_path)
    assert conn.execute("SELECT name, email FROM contacts").fetchall() == [("Ann0 Peeters", "ann0@example.org")]
    conn.close()


def test_vcard_file_or_property_too_large_is_refused(store_path, tmp_path):
    huge = hostile.write(tmp_path / "huge.vcf", hostile.photo_vcard(55_000_000))  # past the cap: refused unread
    run = briefing(store_path, "import-contacts", huge, timeout=10)
    run.refused("huge.vcf: too large for a contacts file", "at most 50 MB")

    note = "X" * 75
    long_note = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan\r\nNOTE:" + "\r\n ".join([note] * 4_000) + "\r\nEND:VCARD\r\n"
    path = hostile.write(tmp_path / "note.vcf", long_note.encode())  # a NOTE of 300,000 characters
    run = briefing(store_path, "import-contacts", path, timeout=10)
    run.refused("note.vcf: a NOTE property of more than 256,000 characters")
    assert snapshot(store_path).get("contacts", []) == []


# ---------------------------------------------------------------- visit files


def test_visit_file_with_a_5000_digit_number_is_refused(store_path, tmp_path):
    path = hostile.write(tmp_path / "number.json", hostile.big_number_visit(5_000))
    briefing(store_path, "load", path, timeout=10).refused("number.json: a number of 5,000 characters")  # exit 3


def test_visit_file_of_20000_people_loads_in_seconds(store_path, tmp_path):
    path = hostile.write(tmp_path / "crowd.json", hostile.many_contacts_visit(20_000))
    run = briefing(store_path, "load", path, timeout=25)  # it took 34 s: a table scan per person
    assert run.code == 0, run.err
    again = briefing(store_path, "load", path, timeout=25)  # each one found by e-mail this time
    assert again.code == 0, again.err
    conn = sqlite3.connect(store_path)
    assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (20_000,)
    assert conn.execute("SELECT count(*) FROM participants").fetchone() == (40_000,)
    conn.close()


@pytest.mark.parametrize(
    "args",
    [("load",), ("import-contacts",), ("house-style", "--docx"), ("house-style", "--logo")],
    ids=lambda a: " ".join(a),
)
@pytest.mark.parametrize("source", ["/dev/zero", "fifo"])
def test_devices_and_pipes_are_refused_before_reading(store_path, tmp_path, args, source):
    if source == "fifo":  # nobody writes to it: opening it must not hang
        source = tmp_path / "pipe"
        os.mkfifo(source)
    elif not Path(source).exists():
        pytest.skip("no /dev/zero here")
    run = briefing(store_path, *args, source, timeout=10)  # /dev/zero: MemoryError, exit 3; a FIFO: hung
    run.refused("not a regular file (a device, pipe or socket)")


@pytest.mark.parametrize("key", ["format", "start"])
def test_visit_file_with_a_key_given_twice_is_refused(store_path, tmp_path, loaded, key):
    path = hostile.write(tmp_path / "twice.json", hostile.duplicate_key_visit(key))
    assert json.loads(path.read_text())  # Python's json keeps the last of the two
    before = snapshot(store_path)
    briefing(store_path, "load", path, timeout=10).refused(f'twice.json: the key "{key}" is given twice')
    assert snapshot(store_path) == before


@pytest.mark.parametrize(
    ("depth", "where"),
    [(100_000, "top"), (100_000, "extra"), (900, "extra"), (900, "purpose")],
)
def test_deeply_nested_visit_file_is_refused_in_one_line(store_path, tmp_path, depth, where):
    path = hostile.write(tmp_path / "deep.json", hostile.deep_visit(depth, where))
    briefing(store_path, "load", path, timeout=10).refused("deep.json: not a visit file (nested")
    assert snapshot(store_path).get("visits", []) == []


# ---------------------------------------------------------------- the house style


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_reference_document_is_cut_off_from_outside_and_says_so(store_path, tmp_path, loaded):
    reference = hostile.write(tmp_path / "huisstijl.docx", hostile.docx_reaching_out())
    run = briefing(store_path, "house-style", "--docx", reference, timeout=20)
    assert run.code == 0, run.err
    assert run.err.strip().splitlines() == [
        f"{reference}: note: removed the link to its attached template (file:///\\\\fileserver\\share\\Normal.dotm)",
        f"{reference}: note: removed 2 images linked from outside the document (\\\\fileserver\\share\\watermerk.png)",
        f"{reference}: note: removed 1 hyperlink to files (file://///fileserver/share/sjablonen); the text is kept",
        f"{reference}: note: removed 1 INCLUDETEXT field; the text shown is kept",
        f"{reference}: note: removed 1 INCLUDEPICTURE field; the text shown is kept",
    ]
    pack = tmp_path / "pack.docx"
    run = briefing(store_path, "export", loaded, "--format", "docx", "-o", pack, timeout=30)
    assert run.code == 0, run.err
    members = _members(pack)
    everything = b"".join(members.values())
    for word in (b"INCLUDETEXT", b"INCLUDEPICTURE", b"attachedTemplate", b"fileserver", b"tracker.example", b"file:"):
        assert word not in everything, word
    external = [name for name, data in members.items() if name.endswith(".rels") and b"External" in data]
    assert external == ["word/_rels/header1.xml.rels"]  # the web link, and only it
    assert members["word/_rels/header1.xml.rels"].count(b'TargetMode="External"') == 1
    assert b"https://www.example.be/" in members["word/_rels/header1.xml.rels"]
    header = "\n".join(p.text for p in docx.Document(str(pack)).sections[0].header.paragraphs)
    assert "Sjablonen en website" in header  # the hyperlinks' text
    assert "Ingevoegde tekst" in header and "[beeld]1" in header  # the fields' last results, and PAGE kept


def test_zip_bomb_reference_document_is_refused_from_its_directory(store_path, tmp_path, loaded):
    bomb = hostile.write(tmp_path / "bomb.docx", hostile.docx_bomb(1 << 30))  # 2 MB, styles.xml of 1 GB
    run = briefing(store_path, "house-style", "--docx", bomb, timeout=10)  # 2 GB: 39 s and 5.3 GB
    run.refused("bomb.docx: word/styles.xml unpacks to 1,073 MB", "at most 25 MB")

    conn = sqlite3.connect(store_path)  # a store that took it before these checks
    with conn:
        conn.execute(
            "INSERT INTO house_style (name, filename, data) VALUES ('reference_docx', 'b.docx', ?)",
            (bomb.read_bytes(),),
        )
    conn.close()
    run = briefing(store_path, "export", loaded, "--format", "docx", "-o", tmp_path / "p.docx", timeout=10)
    run.refused("the house style's reference document", "word/styles.xml unpacks to 1,073 MB")  # exit 3 before
    assert not (tmp_path / "p.docx").exists()


@pytest.mark.parametrize(
    ("image", "words"),
    [
        (lambda: hostile.png(13_000, 13_000), "the logo is 13,000 × 13,000 pixels"),
        (lambda: hostile.png(50_000, 50_000, rows=4), "the logo is 50,000 × 50,000 pixels"),
        (hostile.garbage_png, "the logo cannot be read as an image"),
        (hostile.truncated_png, "the logo cannot be read as an image"),
    ],
    ids=["13000-square", "50000-square", "garbage-after-the-magic", "truncated"],
)
def test_unusable_logo_is_refused_when_set(store_path, tmp_path, image, words):
    logo = hostile.write(tmp_path / "logo.png", image())
    run = briefing(store_path, "house-style", "--logo", logo, timeout=10)  # taken, then dropped or a warning
    run.refused(f"{logo}: {words}")
    assert snapshot(store_path).get("house_style", []) == []


def test_a_good_logo_is_still_taken(store_path, tmp_path):
    logo = hostile.write(tmp_path / "logo.png", hostile.png(400, 200))
    run = briefing(store_path, "house-style", "--logo", logo, timeout=10)
    assert run.code == 0 and run.err == "", run.err
    assert "logo: logo.png" in run.out


# ---------------------------------------------------------------- numbers on the command line


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("dump", "99999999999999999999"), "argument visit_id: 99999999999999999999 is out of range for an id"),
        (("contacts", "--stale", "100000"), "argument --stale: 100000 is out of range for a number of months"),
        (("contacts", "--stale", "-1"), "argument --stale: -1 is out of range"),
        (("export", "1_000", "-o", "x.pdf"), "argument visit_id: '1_000' is not an id"),
        (("export-contacts", "0", "-o", "x.vcf"), "argument visit_id: 0 is out of range for an id"),
        (("erase-contact", "9" * 5_000), "argument contact_id: '99999999"),
        (("search", "x", "--limit", "1e9"), "argument --limit: '1e9' is not a number of results"),
    ],
    ids=["dump", "stale-too-many", "stale-negative", "underscore", "zero", "5000-digits", "float"],
)
def test_out_of_range_numbers_on_the_command_line_are_refused(store_path, args, words):
    briefing(store_path, *args, timeout=10).refused(words)
