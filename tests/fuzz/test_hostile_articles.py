"""Hostile files given to ``briefing import-articles``: each is refused (or read) in seconds and in
bounded memory, with one line naming it, exit 2, and the other files of the same call imported.

Each import runs in a child process under a memory cap (RLIMIT_AS, MEMORY_CAP) and a wall-clock
timeout that the test states; the child reports its peak resident memory, which must stay under
PEAK_LIMIT. The hostile files are built here, in a second or two each (tests/fuzz/hostile_article_files.py).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.fuzz import hostile_article_files as hostile

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/status").exists() or sys.platform != "linux", reason="memory caps and peaks are Linux's"
)

MEMORY_CAP = 2 * 1024**3  # RLIMIT_AS of the child: 2 GiB
PEAK_LIMIT_MB = 400  # the import's peak resident memory, whatever it was given

GOOD = "Burgers in de frontlinie\n\nGepubliceerd op 31 mei 2024\n\nDe burgers zijn een onmisbare schakel.\n"
FIRST = "Eerste artikel\n\nHet eerste artikel van de bibliotheek.\n"

# a child that caps its own memory, runs the command line and writes its peak memory to a file
_CHILD = """
import os, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from briefing.cli import main
try:
    code = main(sys.argv[1:])
finally:
    # VmHWM: this process's own peak (ru_maxrss would count the parent it was forked from)
    with open("/proc/self/status") as status, open(os.environ["BRIEFING_TEST_PEAK"], "w") as out:
        peak = [line.split()[1] for line in status if line.startswith("VmHWM:")]
        out.write(str(int(peak[0]) // 1024))
sys.exit(code)
"""


def _briefing(tmp_path: Path, store: Path, *args, timeout: float) -> tuple[int, str, str, int]:
    """``briefing --store STORE ARGS`` in a child process: (exit code, stdout, stderr, peak MB)."""
    peak = tmp_path / "peak.txt"
    env = {**os.environ, "BRIEFING_TEST_PEAK": str(peak), "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD.format(cap=MEMORY_CAP), "--store", str(store), *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"import-articles {' '.join(map(str, args[1:]))} still running after {timeout} s")
    elapsed = time.monotonic() - started
    assert elapsed < timeout
    return done.returncode, done.stdout, done.stderr, int(peak.read_text()) if peak.exists() else -1


def _titles(store: Path) -> list[str]:
    conn = sqlite3.connect(store)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM articles ORDER BY id")]
    finally:
        conn.close()


def _refused(tmp_path: Path, bad: Path, *, timeout: float, reason: str) -> str:
    """Import ``bad`` between two good files into a store holding one article: ``bad`` is refused
    with one line naming it and ``reason``, exit 2, the good file is imported, the rest unchanged."""
    store = tmp_path / "hostile.sqlite"
    first, good = tmp_path / "eerste.txt", tmp_path / "goed.txt"
    first.write_text(FIRST, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    assert _briefing(tmp_path, store, "import-articles", first, timeout=60)[0] == 0
    code, out, err, peak = _briefing(tmp_path, store, "import-articles", bad, good, timeout=timeout)
    lines = err.strip().splitlines()
    assert 0 < peak < PEAK_LIMIT_MB, f"peak memory {peak} MB; {err}"
    assert code == 2, err
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith(f"briefing: {bad}: ") and reason in lines[0], lines[0]
    assert "goed.txt" in out
    assert _titles(store) == ["Eerste artikel", "Burgers in de frontlinie"]
    return lines[0]


# ---------------------------------------------------------------- DOCX


def test_docx_zip_bomb_is_refused_from_its_zip_directory(tmp_path):
    bomb = hostile.zip_bomb_docx(tmp_path / "bom.docx")  # 1.5 MB that unpacks to 1 GiB
    assert bomb.stat().st_size < 2 * 1024**2
    _refused(tmp_path, bomb, timeout=20, reason="zip bomb")


def test_docx_of_twenty_million_paragraphs_is_refused(tmp_path):
    bomb = hostile.twenty_million_paragraphs_docx(tmp_path / "alineas.docx")  # 2.3 MB, 780 MB of XML
    _refused(tmp_path, bomb, timeout=20, reason="refused")


def test_docx_over_the_paragraph_cap_is_refused_while_streaming(tmp_path):
    # 12 MB of XML packed as an ordinary document is (24 times): only the paragraph count stops it
    many = hostile.docx_of_paragraphs(tmp_path / "veel.docx", 200_001)
    _refused(tmp_path, many, timeout=20, reason="more than 200,000 paragraphs")


def test_docx_nested_too_deep_is_refused(tmp_path):
    _refused(tmp_path, hostile.deep_docx(tmp_path / "diep.docx"), timeout=20, reason="nested more than")


def test_ten_thousand_paragraph_docx_imports_in_seconds(tmp_path):
    # the exact figure is in benchmarks/bench_import.py; this only bounds it generously (it took 11-34 s)
    document = hostile.word_document(tmp_path / "lang.docx", 10_000)
    store = tmp_path / "lang.sqlite"
    code, out, err, peak = _briefing(tmp_path, store, "import-articles", document, timeout=8)
    assert code == 0, err
    assert out.startswith("added")
    conn = sqlite3.connect(store)
    try:
        ((title, summary, body),) = conn.execute("SELECT title, summary, body FROM articles").fetchall()
    finally:
        conn.close()
    assert title == "Tienduizend alinea's"
    text = summary + "\n\n" + body
    assert "Alinea 0: de delegatie" in text and "Alinea 9999: de delegatie" in text
    assert "Hoofdstuk 200" in text
    assert 0 < peak < PEAK_LIMIT_MB


# ---------------------------------------------------------------- text, Markdown, HTML

LINES = {
    "emphasis.md": "*a " * 30_000,  # 90 KB: 45 s in the emphasis pattern
    "links.md": "[a" * 45_000,
    "spaces.md": "a" + " " * 90_000 + "b",  # closing hashes of a heading
    "date.txt": "date" + " " * 90_000 + "x",  # a stated publication date
    "related.txt": "Related" + " " * 90_000 + "x",  # a related-block heading
}


@pytest.mark.parametrize("name", LINES)
def test_one_hostile_line_imports_in_seconds(tmp_path, name):
    path = tmp_path / name
    path.write_text(f"Titel\n\nEerste alinea.\n\n{LINES[name]}\n\nLaatste alinea.\n", encoding="utf-8")
    code, out, err, peak = _briefing(tmp_path, tmp_path / "regel.sqlite", "import-articles", path, timeout=5)
    assert code == 0, err
    assert out.startswith("added")
    assert _titles(tmp_path / "regel.sqlite") == ["Titel"]
    assert 0 < peak < PEAK_LIMIT_MB


def test_600_kb_of_date_candidates_imports_in_seconds(tmp_path):
    path = hostile.date_candidates_text(tmp_path / "datums.txt")  # took 9-11 s, one dateparser call each
    code, out, err, peak = _briefing(tmp_path, tmp_path / "datums.sqlite", "import-articles", path, timeout=5)
    assert code == 0, err
    assert out.startswith("added")
    assert 0 < peak < PEAK_LIMIT_MB
    assert _titles(tmp_path / "datums.sqlite") == ["Titel"]


def test_dev_zero_is_refused_after_reading_at_most_the_cap(tmp_path):
    _refused(tmp_path, Path("/dev/zero"), timeout=20, reason="too large for an article (more than 50 MB)")


def test_deeply_nested_web_page_is_refused(tmp_path):
    # it was read up to the parser's depth limit and imported cut short, without a word
    _refused(tmp_path, hostile.deep_html(tmp_path / "diep.html"), timeout=20, reason="nests elements more than 250")


@pytest.mark.parametrize(
    ("count", "reason"),
    [(100_000, "more than 40,000 elements"), (200_000, "more than 320,000 tags")],  # counted, or seen unparsed
)
def test_web_page_of_too_many_elements_is_refused(tmp_path, count, reason):
    # the extraction took 37 s for 100,000 paragraphs, two minutes for 200,000
    page = hostile.many_elements_html(tmp_path / "veel.html", count)
    _refused(tmp_path, page, timeout=20, reason=reason)


# ---------------------------------------------------------------- the write lock


def test_related_block_lookups_do_not_hold_the_write_lock(tmp_path):
    """A 280 KB text whose related block points at a day with 200 stored articles: the look-ups
    for its links take a while; meanwhile another process writes to the store without waiting."""
    store = tmp_path / "lock.sqlite"
    first = tmp_path / "eerste.txt"
    first.write_text(FIRST, encoding="utf-8")
    assert _briefing(tmp_path, store, "import-articles", first, timeout=60)[0] == 0
    conn = sqlite3.connect(store, isolation_level=None)
    lead = " ".join(f"woord{n} preventie veiligheid" for n in range(1300))  # about 4 KB
    with conn:
        conn.executemany(
            "INSERT INTO articles (title, published, summary, body) VALUES (?, '2024-05-31', ?, ?)",
            [(f"Artikel {n}", f"Samenvatting {n}", lead) for n in range(200)],
        )
    conn.close()
    text = hostile.related_block_text(tmp_path / "gerelateerd.txt")
    assert text.stat().st_size > 270_000

    peak = tmp_path / "peak.txt"
    env = {**os.environ, "BRIEFING_TEST_PEAK": str(peak), "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD.format(cap=MEMORY_CAP), "--store", str(store), "import-articles", str(text)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    started, writes, blocked = time.monotonic(), 0, []
    try:
        while child.poll() is None and time.monotonic() - started < 30:
            other = sqlite3.connect(store, timeout=1.0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("INSERT INTO themes (title) VALUES (?)", (f"Thema {writes}",))
                other.execute("COMMIT")
                writes += 1
            except sqlite3.OperationalError as error:  # "database is locked" after waiting 1 s
                blocked.append(f"{time.monotonic() - started:.1f} s: {error}")
                break
            finally:
                other.close()
            time.sleep(0.05)
    finally:
        if child.poll() is None:
            child.kill()
        out, err = child.communicate()
    assert not blocked, f"another writer was kept waiting over 1 s: {blocked}"
    assert child.returncode == 0, f"import still running after 30 s or failed: {err}"
    assert "190 related" in out
    assert int(peak.read_text()) < PEAK_LIMIT_MB
