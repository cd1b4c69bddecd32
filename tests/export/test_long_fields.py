"""A PDF's layout time grows linearly with the text of every field, however long one field is.

Each export runs in a child process under a 2 GiB address-space cap and a stated wall-clock
timeout; the child times the layout itself (the best of two), so start-up does not blur the ratio.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys

from tests.conftest import full_visit

MEMORY_CAP = 2 * 1024**3
TIMEOUT_S = 60  # per child process: today's layout takes a few seconds for both sizes together
SENTENCE = "Een zin over integrale veiligheid, preventie en samenwerking tussen diensten. "

CHILD = r"""
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from pathlib import Path
from briefing.core.interchange import visit_file as interchange
from briefing.core.progress import run
from briefing.core.store import open_store
from briefing.export import PackOptions, render

store = open_store(Path(sys.argv[1]))
visit_id = run(interchange.load_steps(store, json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))))
best = None
for _ in range(2):
    started = time.perf_counter()
    pdf = render(store, visit_id, "pdf", PackOptions())
    took = time.perf_counter() - started
    best = took if best is None else min(best, took)
Path(sys.argv[3]).write_bytes(pdf)
print(best)
"""


def _text(size: int) -> str:
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size]


def long_visit(size: int, text=_text) -> dict:
    """A visit whose purpose, host, location, marking, one item's note and one contact's note hold
    ``size`` characters each, and whose title ``size // 20``."""
    data = full_visit()
    visit = data["visit"]
    visit["title"] = text(size // 20)
    for field in ("purpose", "host", "location", "classification"):
        visit[field] = text(size)
    data["programme"][0]["description"] = text(size)
    data["contacts"][0]["notes"] = text(size)
    return data


def _layout_seconds(tmp_path, size: int) -> float:
    source = tmp_path / f"long-{size}.json"
    source.write_text(json.dumps(long_visit(size)), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD.format(cap=MEMORY_CAP),
            tmp_path / f"store-{size}.sqlite",
            source,
            tmp_path / f"long-{size}.pdf",
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env={**os.environ, "BRIEFING_LOG_DIR": str(tmp_path / "logs")},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return float(done.stdout.strip().splitlines()[-1])


def test_pdf_layout_time_grows_linearly_with_long_fields(tmp_path):
    small = _layout_seconds(tmp_path, 100_000)
    large = _layout_seconds(tmp_path, 400_000)
    assert large < 30, f"400 KB fields took {large:.1f} s"
    assert large < 8 * max(small, 0.05), f"100 KB: {small:.2f} s, 400 KB: {large:.2f} s: not linear"
    assert (tmp_path / "long-400000.pdf").read_bytes().startswith(b"%PDF")


def test_long_fields_are_printed_whole_and_in_order(cli, tmp_path):
    """Every word of each long field is on the pages, in order, through every page and table split."""
    import pypdf

    words = iter(range(10**6))

    def numbered(size: int) -> str:
        return " ".join(f"w{next(words):06d}" for _ in range(max(1, size // 8)))

    data = long_visit(16_000, numbered)
    source = tmp_path / "numbered.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = cli("load", source)
    assert code == 0, err
    target = tmp_path / "numbered.pdf"
    code, _, err = cli("export", out.strip().splitlines()[-1], "-o", target)
    assert code == 0, err
    pages = pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages
    found = [int(n) for page in pages for n in re.findall(r"w(\d{6})", page.extract_text())]
    visit = data["visit"]
    fields = {
        "purpose": visit["purpose"],
        "host": visit["host"],  # on the cover and in the practical information
        "location": visit["location"],
        "item note": data["programme"][0]["description"],
        "contact note": data["contacts"][0]["notes"],
    }
    for name, text in fields.items():
        first, last = int(text.split()[0][1:]), int(text.split()[-1][1:])
        expected = list(range(first, last + 1))
        seen = [n for n in found if first <= n <= last]
        copies = len(seen) // len(expected)
        assert copies >= 1 and seen == expected * copies, f"{name}: words lost or out of order"


def _outline_titles(outline) -> list[str]:
    out = []
    for item in outline:
        out.extend(_outline_titles(item) if isinstance(item, list) else [item.title])
    return out


def test_a_heading_that_fills_pages_keeps_its_bookmark_and_a_short_outline_entry(cli, tmp_path):
    """A theme title that runs over pages still gets its outline entry (one line, not the whole text)."""
    import pypdf

    data = full_visit()
    data["themes"][0]["title"] = _text(30_000)
    source = tmp_path / "theme.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    _, out, _ = cli("load", source)
    target = tmp_path / "theme.pdf"
    code, _, err = cli("export", out.strip().splitlines()[-1], "-o", target)
    assert code == 0, err
    titles = _outline_titles(pypdf.PdfReader(io.BytesIO(target.read_bytes())).outline)
    assert "ENAA" in titles
    long_ones = [t for t in titles if t.startswith("Een zin over")]
    assert len(long_ones) == 1 and len(long_ones[0]) <= 200 and long_ones[0].endswith("…")
