"""The interface runs no SQL and knows no storage format: reads go through core/store (repo,
queries), edits through core/edit. A scan of every module under src/briefing/ui."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "src" / "briefing" / "ui"

# people.py and themes.py are being reworked on another branch (per-visit values), which takes
# their last queries out; until that lands they are not scanned. Remove this exception at the merge.
NOT_YET: set[str] = set()

SQL_WORDS = re.compile(
    r"\b(SELECT\b.+\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s+\w+|BEGIN|COMMIT)\b",
    re.DOTALL,
)
CALLS = {"execute", "executemany", "executescript", "query"}  # a cursor's or the store's
ATTRIBUTES = {"conn", "db"}  # the store's SQLite connection and its sqlite-utils view
JSON_CALLS = {"dumps", "loads"}  # the stored JSON (talking points, options) is the core's business


def problems(source: str) -> list[str]:
    """What in ``source`` is storage work, one line each (line number: what)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            owner = node.func.value
            if name in CALLS:
                found.append(f"{line}: .{name}(…)")
            if name in JSON_CALLS and isinstance(owner, ast.Name) and owner.id == "json":
                found.append(f"{line}: json.{name}(…)")
            if name == "connect" and isinstance(owner, ast.Name) and owner.id == "sqlite3":
                found.append(f"{line}: sqlite3.connect(…)")
        elif isinstance(node, ast.Attribute) and node.attr in ATTRIBUTES:
            found.append(f"{line}: .{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_WORDS.search(node.value):
            found.append(f"{line}: SQL text {node.value[:40]!r}")
        elif isinstance(node, ast.ImportFrom) and node.module == "json":
            found.append(f"{line}: from json import …")
    return sorted(set(found), key=lambda p: int(p.split(":")[0]))


def _modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.relative_to(UI).as_posix() not in NOT_YET)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(UI).as_posix())
def test_the_interface_runs_no_sql(path):
    assert problems(path.read_text(encoding="utf-8")) == []


def test_the_exception_names_files_that_exist():  # so it cannot outlive the files it excuses
    assert all((UI / name).is_file() for name in NOT_YET)


@pytest.mark.parametrize(
    "source",
    [
        'rows = self.store.conn.execute("SELECT id FROM themes").fetchall()',
        "rows = store.query(sql)",
        'cursor.execute(f"UPDATE {table} SET x = 1")',
        'store.db["themes"].insert({})',
        "sql = 'SELECT name FROM contacts WHERE id = ?'",
        'text = "INSERT OR IGNORE INTO visit_themes VALUES (?, ?)"',
        "value = json.dumps(points, ensure_ascii=False)",
        "points = json.loads(row['talking_points'])",
        "from json import dumps",
        'x = "PRAGMA quick_check"',
        "sqlite3.connect(path)",
    ],
)
def test_the_scan_sees_storage_work(source):
    assert problems(source), source


@pytest.mark.parametrize(
    "source",
    [
        'label = self.tr("Select the people who attend")',
        "dialog.exec()",
        'text = "Delete from the visit"',
        "version = sqlite3.sqlite_version",
        "rows = queries.articles(self.store, text, offset, limit)",
    ],
)
def test_the_scan_lets_interface_code_be(source):
    assert problems(source) == []
