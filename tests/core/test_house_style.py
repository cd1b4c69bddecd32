"""The house style: what a reference document may hold and cost, and which logos are taken."""

from __future__ import annotations

import io
import sqlite3
import zipfile

import docx
import pytest

from briefing.core.errors import InvalidFile
from briefing.core.pack import house_style
from briefing.resources import resource
from tests.conftest import full_visit, write_json
from tests.fuzz import hostile_files as hostile


def _docx(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_a_plain_reference_document_is_kept_byte_for_byte():
    data = resource("templates", "reference.docx").read_bytes()
    assert house_style.check_reference_docx(data, "ref.docx") == (data, [])


def test_a_picture_both_linked_and_embedded_keeps_its_embedded_copy():
    members = hostile.reference_members()
    members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdOut" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"'
        b' Target="file:///C:/logo.png" TargetMode="External"/></Relationships>',
    )
    body = (
        '<w:p xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:r><w:drawing>'
        '<a:blip r:embed="rId3" r:link="rIdOut"/></w:drawing></w:r>'
        '<w:r><w:drawing><a:blip r:link="rIdOut"/></w:drawing></w:r><w:r><w:t>tekst</w:t></w:r></w:p>'
    )
    members["word/document.xml"] = members["word/document.xml"].replace(b"<w:body>", b"<w:body>" + body.encode())
    cleaned, notes = house_style.check_reference_docx(_docx(members), "ref.docx")
    assert notes == ["removed 1 image linked from outside the document (file:///C:/logo.png)"]
    with zipfile.ZipFile(io.BytesIO(cleaned)) as archive:
        document = archive.read("word/document.xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
    assert "rIdOut" not in document and "rIdOut" not in rels
    assert document.count("<w:drawing>") == 1 and 'r:embed="rId3"' in document  # the linked-only one went
    assert "tekst" in document


def test_web_and_mail_hyperlinks_stay():
    members = hostile.reference_members()
    rel = (
        '<Relationship Id="{0}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"'
        ' Target="{1}" TargetMode="External"/>'
    )
    links = rel.format("rIdA", "https://example.be/") + rel.format("rIdB", "MAILTO:info@example.be")
    links += rel.format("rIdC", "\\\\server\\share\\doc.docx") + rel.format("rIdD", "../geheim.docx")
    members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", links.encode() + b"</Relationships>"
    )
    cleaned, notes = house_style.check_reference_docx(_docx(members), "ref.docx")
    assert notes == ["removed 2 hyperlinks to files (\\\\server\\share\\doc.docx); the text is kept"]
    with zipfile.ZipFile(io.BytesIO(cleaned)) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
    assert "https://example.be/" in rels and "MAILTO:info@example.be" in rels
    assert "server" not in rels and "geheim" not in rels
    docx.Document(io.BytesIO(cleaned))


def test_nested_include_field_goes_with_its_code_and_keeps_its_result():
    members = hostile.reference_members()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(inner: str) -> str:
        return f"<w:r>{inner}</w:r>"

    def char(kind: str) -> str:
        return run(f'<w:fldChar w:fldCharType="{kind}"/>')

    def code(text: str) -> str:
        return run(f'<w:instrText xml:space="preserve">{text}</w:instrText>')

    field = (
        char("begin")
        + code(" includetext ")  # any case
        + char("begin")
        + code(" FILENAME ")
        + char("separate")
        + run("<w:t>naam.docx</w:t>")
        + char("end")
        + char("separate")
        + run("<w:t>getoond</w:t>")
        + char("end")
    )
    header = f"<w:hdr {w}><w:p>{run('<w:t>voor </w:t>')}{field}{run('<w:t> na</w:t>')}</w:p></w:hdr>"
    members["word/header9.xml"] = header.encode()
    cleaned, notes = house_style.check_reference_docx(_docx(members), "ref.docx")
    assert notes == ["removed 1 INCLUDETEXT field; the text shown is kept"]
    with zipfile.ZipFile(io.BytesIO(cleaned)) as archive:
        text = archive.read("word/header9.xml").decode()
    assert "fldChar" not in text and "instrText" not in text and "naam.docx" not in text
    assert text.count("<w:t") == 3 and "getoond" in text  # voor, getoond, na


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({f"p{n}.xml": b"" for n in range(1_001)}, "ref.docx: 1,001 parts; a reference document has at most 1,000"),
        ({"word/styles.xml": b" " * 3_000_000}, "ref.docx: word/styles.xml unpacks from 3 KB to 3.0 MB: packed too"),
    ],
    ids=["parts", "ratio"],
)
def test_the_zip_directory_is_checked_before_anything_is_unpacked(members, message):
    with pytest.raises(InvalidFile) as caught:
        house_style.check_reference_docx(_docx(members), "ref.docx")
    assert str(caught.value).startswith(message), str(caught.value)


def test_the_unpacked_total_is_capped(monkeypatch):
    monkeypatch.setattr(house_style, "MAX_TOTAL_BYTES", 500_000)
    data = resource("templates", "reference.docx").read_bytes()  # 822 KB unpacked
    with pytest.raises(InvalidFile, match=r"^ref\.docx: unpacks to 822 KB; a reference document holds at most 500 KB$"):
        house_style.check_reference_docx(data, "ref.docx")


def test_a_stored_logo_that_cannot_be_drawn_is_refused_at_export(cli, store_path, tmp_path):
    path = tmp_path / "visit.json"
    code, out, err = cli("load", write_json(path, full_visit()))
    assert code == 0, err
    visit_id = out.strip().splitlines()[-1]
    conn = sqlite3.connect(store_path)  # set before logos were checked
    with conn:
        conn.execute(
            "INSERT INTO house_style (name, filename, data) VALUES ('logo', 'l.png', ?)", (hostile.garbage_png(),)
        )
    conn.close()
    code, _, err = cli("export", visit_id, "--format", "pdf", "-o", tmp_path / "p.pdf")
    assert code == 2  # it was left off the cover without a word
    assert err.strip().splitlines() == [
        "briefing: the house style's logo (set it again, or clear the house style): "
        "the logo cannot be read as an image (damaged after its first bytes)"
    ]
    assert not (tmp_path / "p.pdf").exists()


def test_a_jpeg_logo_is_checked_too(tmp_path):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), "navy").save(buffer, "JPEG")
    house_style.check_logo(buffer.getvalue(), "l.jpg")
    with pytest.raises(InvalidFile, match=r"^l\.jpg: the logo cannot be read as an image"):
        house_style.check_logo(buffer.getvalue()[:300], "l.jpg")
