"""Shared fixtures: every test gets its own store and log folder; Qt runs offscreen."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from briefing.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_STORE", str(tmp_path / "store.sqlite"))
    monkeypatch.setenv("BRIEFING_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "store.sqlite"


class Cli:
    """Runs ``briefing`` in-process and returns (exit code, stdout, stderr)."""

    def __init__(self, capsys, store_path: Path) -> None:
        self.capsys = capsys
        self.store_path = store_path

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--store", str(self.store_path), *map(str, args)])
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(capsys, store_path) -> Cli:
    return Cli(capsys, store_path)


def run_briefing(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """``python -m briefing`` as a child process, the way a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def snapshot(path: Path) -> dict[str, list]:
    """Every row of every user table: to prove a refused action left the store unchanged."""
    if not path.exists():
        return {}
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'articles_fts%' ORDER BY name"
            )
        ]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def full_visit() -> dict:
    """A visit file that uses every field, with text from many scripts."""
    return {
        "format": "briefing-visit/1",
        "visit": {
            "title": "Studiebezoek Oekraïense aanklagers — test",
            "start": "2024-04-22",
            "end": "2024-04-26",
            "delegation": "Zes openbare aanklagers",
            "country": "UA",
            "direction": "inbound",
            "host": "ADVP",
            "location": "Brussel",
            "purpose": "Kennismaking met de Kadernota Integrale Veiligheid",
            "classification": "BEPERKTE VERSPREIDING",
            "status": "confirmed",
        },
        "organisations": [
            {"key": "advp", "name": "AD Veiligheid en Preventie", "country": "BE", "notes": "FOD Binnenlandse Zaken"},
            {"key": "pgo", "name": "Офіс Генерального прокурора", "country": "UA", "notes": ""},
        ],
        "contacts": [
            {
                "key": "olena",
                "name": "Олена Коваленко",
                "name_latin": "Olena Kovalenko",
                "title": "Ms",
                "function": "Prosecutor",
                "organisation": "pgo",
                "email": "olena@example.org",
                "phone": "+380 44 000 0000",
                "role": "delegation",
                "notes": "Vegetarisch",
            },
            {
                "key": "michael",
                "name": "Michaël Jonniaux",
                "name_latin": "",
                "title": "Korpschef",
                "function": "Korpschef PZ Montgomery",
                "organisation": "",
                "email": "",
                "phone": "",
                "role": "speaker",
                "notes": "",
            },
            {
                "key": "diane",
                "name": "Diane Reynders",
                "name_latin": "",
                "title": "Mevrouw",
                "function": "Openbaar aanklager",
                "organisation": "advp",
                "email": "d.reynders@example.org",
                "phone": "+32 2 000 00 01",
                "role": "escort",
                "notes": "Begeleidt de delegatie",
            },
            {
                "key": "host",
                "name": "Katrien Verhaegen",
                "name_latin": "",
                "title": "Mevrouw",
                "function": "Protocol",
                "organisation": "advp",
                "email": "k.v@example.org",
                "phone": "",
                "role": "host",
                "notes": "",
            },
            {
                "key": "other",
                "name": "Ελένη Παπαδοπούλου",
                "name_latin": "Eleni Papadopoulou",
                "title": "Dr",
                "function": "Tolk",
                "organisation": "",
                "email": "",
                "phone": "",
                "role": "other",
                "notes": "",
            },
        ],
        "themes": [
            {
                "key": "kiv",
                "title": "Kadernota Integrale Veiligheid",
                "summary": "Basis van het beleid.",
                "talking_points": ["Integraal en geïntegreerd", "Lokale en supralokale samenwerking"],
            },
            {"key": "enaa", "title": "ENAA", "summary": "", "talking_points": []},
        ],
        "programme": [
            {
                "date": "2024-04-22",
                "start": "09:00",
                "end": "10:30",
                "title": "Ontvangst",
                "location": "ADVP",
                "kind": "meeting",
                "description": "Koffie en welkom",
                "contacts": ["olena", "diane", "host"],
                "themes": ["kiv"],
            },
            {
                "date": "2024-04-23",
                "start": "10:00",
                "end": "12:00",
                "title": "Bezoek PZ Montgomery",
                "location": "Montgomery",
                "kind": "site_visit",
                "description": "Wijkwerking",
                "contacts": ["michael", "olena"],
                "themes": ["kiv", "enaa"],
            },
            {
                "date": "2024-04-23",
                "start": "12:30",
                "end": "12:00",
                "title": "Lunch (eindigt te vroeg)",
                "location": "",
                "kind": "meal",
                "description": "",
                "contacts": [],
                "themes": [],
            },
            {
                "date": "",
                "start": "",
                "end": "",
                "title": "Nog te plannen",
                "location": "",
                "kind": "other",
                "description": "",
                "contacts": ["other"],
                "themes": [],
            },
        ],
        "articles": [
            {
                "title": "ADVP verwelkomt Oekraïense delegatie",
                "published": "2024-04-23",
                "source": "BeSafe",
                "url": "https://example.org/a",
                "summary": "Zes aanklagers op bezoek.",
                "body": "Eerste alinea.\n\nTweede.",
                "themes": ["kiv"],
                "full_text": True,
            },
            {
                "title": "Citizen participation",
                "published": "",
                "source": "EUCPN",
                "url": "",
                "summary": "",
                "body": "",
                "themes": [],
                "full_text": False,
            },
        ],
    }
