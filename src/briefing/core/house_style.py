"""The store's house style: a reference .docx (styles, header, logo) and a logo for the PDF cover."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from briefing.core.errors import InvalidFile
from briefing.core.store import Store

MAX_BYTES = 20_000_000


def _read(path: Path) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidFile(f"{path}: cannot read the file ({exc.strerror})") from exc
    if len(data) > MAX_BYTES:
        raise InvalidFile(f"{path}: too large for a house style ({len(data) // 1_000_000} MB; at most 20 MB)")
    return data


def check_reference_docx(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/styles.xml" not in archive.namelist():
                raise InvalidFile(f"{name}: not a Word document with styles (no word/styles.xml)")
    except zipfile.BadZipFile:
        raise InvalidFile(f"{name}: not a .docx file") from None
    from docx import Document

    try:
        Document(io.BytesIO(data))
    except Exception as exc:
        raise InvalidFile(f"{name}: Word cannot use it as a reference document ({exc})") from None


def check_logo(data: bytes, name: str) -> None:
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise InvalidFile(f"{name}: the logo must be a PNG or JPEG image")


def set_part(store: Store, part: str, path: Path) -> None:
    data = _read(path)
    (check_reference_docx if part == "reference_docx" else check_logo)(data, str(path))
    with store.transaction():
        store.conn.execute(
            "INSERT OR REPLACE INTO house_style (name, filename, data) VALUES (?, ?, ?)", (part, Path(path).name, data)
        )


def clear(store: Store) -> None:
    with store.transaction():
        store.conn.execute("DELETE FROM house_style")


def get_part(store: Store, part: str) -> bytes | None:
    row = store.conn.execute("SELECT data FROM house_style WHERE name = ?", (part,)).fetchone()
    return bytes(row[0]) if row else None


def describe(store: Store) -> dict[str, str]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT name, filename FROM house_style ORDER BY name")}
