"""Import: hostile and large article files (zip bombs, /dev/zero, slow patterns, a 10,000-paragraph DOCX).

Each file goes through `briefing import-articles` in its own child process under a 2 GiB
address-space cap (RLIMIT_AS); the table gives its exit code, wall-clock seconds, peak resident
memory and the line it printed. The files are built by tests/fuzz/hostile_article_files.py, as the tests
in tests/fuzz/test_hostile_articles.py build them. Before the caps (same files, 3 GiB cap): the
10,000-paragraph DOCX took 11-34 s, the 90 KB "*a " line 36-45 s, the 600 KB date text 9-11 s,
the 1 GiB zip bomb 59 s and 3 GB before a MemoryError, /dev/zero 11 s and 2.9 GB, a web page of
100,000 paragraphs 37 s, the related block 15 s with the store's write lock held.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.fuzz import hostile_article_files as hostile

CAP = 2 * 1024**3
_CHILD = f"""
import os, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({CAP}, {CAP}))
from briefing.cli import main
try:
    code = main(sys.argv[1:])
finally:
    # VmHWM: this process's own peak (ru_maxrss would count the parent it was forked from)
    with open("/proc/self/status") as status, open(os.environ["BRIEFING_BENCH_PEAK"], "w") as out:
        peak = [line.split()[1] for line in status if line.startswith("VmHWM:")]
        out.write(str(int(peak[0]) // 1024))
sys.exit(code)
"""


def _files(folder: Path) -> list[tuple[str, Path]]:
    markdown = folder / "emphasis.md"
    markdown.write_text("Titel\n\n" + "*a " * 30_000 + "\n", encoding="utf-8")
    store = folder / "related-store.sqlite"
    return [
        ("DOCX, 10,000 paragraphs (python-docx)", hostile.word_document(folder / "10k.docx", 10_000)),
        ("DOCX zip bomb, 1 GiB of XML", hostile.zip_bomb_docx(folder / "bomb.docx")),
        ("DOCX, 20 million paragraphs", hostile.twenty_million_paragraphs_docx(folder / "20m.docx")),
        ("DOCX, 200,001 paragraphs (cap)", hostile.docx_of_paragraphs(folder / "200k.docx", 200_001)),
        ("DOCX nested 100,000 deep", hostile.deep_docx(folder / "deep.docx")),
        ("Markdown, 90 KB line of '*a '", markdown),
        ("text, 600 KB of date candidates", hostile.date_candidates_text(folder / "dates.txt")),
        ("text, 280 KB related block", _with_store(hostile.related_block_text(folder / "related.txt"), store)),
        ("/dev/zero", Path("/dev/zero")),
        ("HTML nested 100,000 deep", hostile.deep_html(folder / "deep.html")),
        ("HTML, 100,000 paragraphs", hostile.many_elements_html(folder / "many.html", 100_000)),
        ("HTML, 200,000 paragraphs", hostile.many_elements_html(folder / "more.html", 200_000)),
    ]


def _with_store(path: Path, store: Path) -> Path:
    """The related block points at a day on which the store holds 200 articles."""
    from briefing.core.store import open_store

    with open_store(store) as opened, opened.transaction():
        lead = " ".join(f"woord{n} preventie veiligheid" for n in range(1300))
        opened.conn.executemany(
            "INSERT INTO articles (title, published, summary, body) VALUES (?, '2024-05-31', ?, ?)",
            [(f"Artikel {n}", f"Samenvatting {n}", lead) for n in range(200)],
        )
    return path


def run() -> None:
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"   {'file':40} exit  seconds  peak MB  message")
        for label, path in _files(folder):
            store = folder / "related-store.sqlite" if path.name == "related.txt" else folder / f"{path.name}.sqlite"
            peak = folder / "peak"
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, "--store", str(store), "import-articles", str(path)],
                capture_output=True,
                text=True,
                timeout=600,
                env={**env, "BRIEFING_BENCH_PEAK": str(peak)},
            )
            seconds = time.perf_counter() - started
            message = (done.stderr.strip().splitlines() or [""])[-1].replace(f"{path}: ", "")
            if not message:
                conn = sqlite3.connect(store)
                size = conn.execute("SELECT length(summary) + length(body) FROM articles ORDER BY id DESC").fetchone()
                conn.close()
                status, _, extra = done.stdout.strip().partition("\t")
                message = f"{status}: {size[0]:,} characters of text{extra[extra.rfind(';') :] if ';' in extra else ''}"
            print(f"   {label:40} {done.returncode:4}  {seconds:7.2f}  {peak.read_text():>7}  {message[:90]}")
