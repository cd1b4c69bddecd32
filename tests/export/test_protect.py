"""A pack that leaves the house: a PDF locked with a password (AES-256), which opens with that
password in poppler and pypdf and not without it; the password is read from a file or standard
input, never kept in the store."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys

import pypdf
import pytest
from pypdf import PasswordType

from tests.conftest import run_briefing, snapshot

PASSWORD = "Zeer geheim – 2024 ç"
TITLE = "Studiebezoek Oekraïense openbare aanklagers"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")


def _password_file(tmp_path, text: str = PASSWORD + "\n"):
    path = tmp_path / "wachtwoord.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _pdftotext(path, password: str | None = None) -> subprocess.CompletedProcess:
    args = ["pdftotext", *(["-upw", password] if password is not None else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


def assert_locked(path, password: str = PASSWORD) -> None:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256, PDF 2.0's revision
    assert reader.decrypt("") == PasswordType.NOT_DECRYPTED
    assert reader.decrypt("geheim") == PasswordType.NOT_DECRYPTED
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.decrypt(password) != PasswordType.NOT_DECRYPTED
    assert TITLE in " ".join(reader.pages[0].extract_text().split())
    assert len(reader.outline) > 3  # the bookmarks are kept
    if shutil.which("pdftotext"):
        refused = _pdftotext(path)
        assert refused.returncode != 0 and TITLE not in refused.stdout
        opened = _pdftotext(path, password)
        assert opened.returncode == 0, opened.stderr
        assert TITLE in " ".join(opened.stdout.split())


@needs_poppler
def test_a_protected_pdf_opens_with_its_password_only(cli, ukraine, tmp_path):
    target = tmp_path / "extern.pdf"
    code, out, err = cli(
        "export", ukraine, "-o", target, "--audience", "external", "--password-file", _password_file(tmp_path)
    )
    assert code == 0, err
    assert out.strip() == str(target)
    assert_locked(target)
    open_copy = tmp_path / "open.pdf"
    assert cli("export", ukraine, "-o", open_copy, "--audience", "external")[0] == 0
    assert not pypdf.PdfReader(io.BytesIO(open_copy.read_bytes())).is_encrypted  # no password: as before
    assert PASSWORD.encode() not in cli.store_path.read_bytes()  # never kept in the store


@needs_poppler
def test_the_password_is_read_from_standard_input(cli, ukraine, store_path, tmp_path):
    target = tmp_path / "extern.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefing",
            "--store",
            str(store_path),
            "export",
            str(ukraine),
            "-o",
            str(target),
            "--password-file",
            "-",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert_locked(target)


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        ("\n", (), "the password is empty"),
        ("tab\there\n", (), "control character"),
        ("x" * 200 + "\n", (), "longer than a PDF reads"),
        (PASSWORD + "\n", ("--format", "docx"), "only a PDF can be protected with a password"),
        (None, (), "cannot read it"),
    ],
)
def test_a_password_that_cannot_lock_a_pdf_is_refused_in_one_line(
    cli, ukraine, store_path, tmp_path, content, extra, message
):
    password_file = _password_file(tmp_path, content) if content is not None else tmp_path / "missing.txt"
    before = snapshot(store_path)
    target = tmp_path / "extern.pdf"
    result = run_briefing(
        "--store", store_path, "export", ukraine, "-o", target, *extra, "--password-file", password_file
    )
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not target.exists() and snapshot(store_path) == before


@needs_poppler
def test_export_all_locks_the_pdfs_and_says_the_others_are_not(cli, demo, tmp_path):
    folder = tmp_path / "uit"
    code, _, err = cli("export-all", folder, "--password-file", _password_file(tmp_path))
    assert code == 0, err
    assert "DOCX and calendar files are not" in err
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == len(demo)
    for pdf in pdfs:
        assert pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).is_encrypted
    ukraine = next(p for p in pdfs if "Oekra" in p.name)
    assert_locked(ukraine)
