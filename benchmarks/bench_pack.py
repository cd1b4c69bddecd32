"""Pack export: PDF and DOCX of a large visit as whole processes, against LibreOffice, at two sizes."""

from __future__ import annotations

import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_store import large_visit
from briefing.core.demo import install_demo
from briefing.core.pack.assemble import PackOptions
from briefing.core.store import open_store, repo
from briefing.export import render


def _process(args: list[str], repeat: int = 3) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _pages(pdf: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages)


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store_path = tmp / "bench.sqlite"
        briefing = [sys.executable, "-m", "briefing", "--store", str(store_path)]
        soffice = shutil.which("soffice")
        rows = []
        for scale in (1, 2):
            data = large_visit(days=5, per_day=12 * scale, contacts=80 * scale, themes=20 * scale, articles=60 * scale)
            source = tmp / f"large-{scale}.json"
            source.write_text(json.dumps(data), encoding="utf-8")
            out = subprocess.run([*briefing, "load", str(source)], check=True, capture_output=True, text=True)
            visit_id = out.stdout.strip().splitlines()[-1]
            pdf, docx = tmp / f"large-{scale}.pdf", tmp / f"large-{scale}.docx"
            t_pdf = _process([*briefing, "export", visit_id, "--format", "pdf", "-o", str(pdf)])
            t_docx = _process([*briefing, "export", visit_id, "--format", "docx", "-o", str(docx)])
            t_lo = None
            if soffice:
                profile = f"-env:UserInstallation=file://{tmp}/lo-profile"
                lo = [soffice, "--headless", profile, "--convert-to", "pdf", "--outdir", str(tmp / "lo"), str(docx)]
                subprocess.run(lo, check=True, capture_output=True)  # first start creates the profile
                t_lo = _process(lo, repeat=2)
            rows.append((scale, _pages(pdf), t_pdf, t_docx, t_lo))
        print("   size  pages   PDF (process)  DOCX (process)  LibreOffice DOCX->PDF  PDF/LibreOffice")
        for scale, pages, t_pdf, t_docx, t_lo in rows:
            lo = f"{t_lo:8.2f} s" if t_lo is not None else "   skipped (no soffice)"
            ratio = f"{t_pdf / t_lo:.2f}" if t_lo else "-"
            print(f"   x{scale}   {pages:5d}   {t_pdf:9.2f} s   {t_docx:10.2f} s   {lo:>18}   {ratio:>10}")
        bare = _process([sys.executable, "-c", "import briefing.cli"], repeat=3)
        print(f"   (a bare `import briefing.cli` process takes {bare:.2f} s of each figure above)")

        store = open_store(tmp / "demo.sqlite")
        install_demo(store)
        options = PackOptions()
        best = []
        for visit in repo.list_visits(store):
            render(store, visit.id, "pdf", options)  # warm: fonts registered, modules imported
            samples = []
            for _ in range(5):
                started = time.perf_counter()
                data = render(store, visit.id, "pdf", options)
                samples.append(time.perf_counter() - started)
            best.append((statistics.median(samples), len(data), visit.title))
        slowest = max(best)
        print(
            f"   demo packs in-process (PDF, warm, median of 5): largest {slowest[0] * 1000:.0f} ms"
            f" ({slowest[1] // 1024} KB, {slowest[2][:50]})"
        )
        store.close()
