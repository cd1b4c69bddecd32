from __future__ import annotations

import io
import json

import pytest

from tests.conftest import full_visit, write_json


@pytest.fixture
def demo(cli) -> dict[str, int]:
    cli("demo")
    _, out, _ = cli("visits", "--json")
    return {v["title"]: v["id"] for v in json.loads(out)}


@pytest.fixture
def ukraine(demo) -> int:
    return next(i for t, i in demo.items() if "Oekraïense" in t)


@pytest.fixture
def full(cli, tmp_path) -> int:
    _, out, _ = cli("load", write_json(tmp_path / "full.json", full_visit()))
    return int(out.strip().splitlines()[-1])


def pdf_pages(path) -> list[str]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return [page.extract_text() or "" for page in reader.pages]


def unhyphenated(text: str) -> str:
    """Extracted PDF text with the words hyphenated at a line's end joined again ("veiligheids-\nbeleid")."""
    import re

    return re.sub(r"(?<=[^\W\d_])-\n(?=[^\W\d_])", "", text)


def docx_text(path) -> str:
    """Every piece of text in a DOCX: body, tables, headers and footers (fields' instructions too)."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = [
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("word/") and n.endswith(".xml")
        ]
    import re

    return "\n".join(" ".join(re.findall(r"<w:(?:t|instrText)[^>]*>([^<]*)</w:(?:t|instrText)>", p)) for p in parts)
