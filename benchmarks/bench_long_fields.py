"""PDF export with one very long field (purpose, title, host, location, item or contact note): time and memory.

Each figure is a whole `briefing export` process (wall-clock seconds and peak RSS from
/usr/bin/time when it is there), with one field of the given size and the rest of a small visit.
The time should grow linearly with the size: the last column is the time per 100 KB.
`python -m benchmarks.bench_long_fields [--timeout S] [FIELD ...]` runs it on its own.

Measured on the project's shared 2-core machine (seconds of the whole process, about 0.35 s of
it start-up, and peak RSS), before the cover, the practical information and the headings were set
by _Text with splits that copy no lines, and after:

    field          size     before                  after
    purpose        100 KB     1.34 s   51 MB          0.36 s   50 MB
    purpose        400 KB    29.61 s   61 MB          0.45 s   54 MB
    purpose       1000 KB   > 120 s (stopped)         0.83 s   61 MB
    title            5 KB     0.78 s   49 MB          0.48 s   48 MB
    title           20 KB     1.00 s   49 MB          0.45 s   48 MB
    host           100 KB     7.17 s   52 MB          0.45 s   50 MB
    host           400 KB   > 120 s (stopped)         0.66 s   59 MB
    location       100 KB    12.69 s   52 MB          0.41 s   50 MB
    location       400 KB   > 120 s (stopped)         0.64 s   58 MB
    item_note      100 KB     1.25 s   50 MB          0.47 s   50 MB
    item_note      400 KB     2.69 s   57 MB          0.64 s   56 MB
    contact_note   100 KB     1.55 s   50 MB          0.38 s   49 MB
    contact_note   400 KB     1.62 s   55 MB          0.43 s   55 MB

The layout alone (in-process, after): 0.05 s, 0.18 s and 0.63 s for a purpose of 100 KB, 400 KB and
1.6 MB; tests/export/test_long_fields.py holds it to linear growth.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "Een zin over integrale veiligheid, preventie en samenwerking tussen diensten. "

# field -> the sizes (characters) it is measured at
CASES: dict[str, tuple[int, ...]] = {
    "purpose": (100_000, 400_000, 1_000_000),
    "title": (5_000, 20_000),
    "host": (100_000, 400_000),
    "location": (100_000, 400_000),
    "item_note": (100_000, 400_000),
    "contact_note": (100_000, 400_000),
}


def long_text(size: int) -> str:
    """One paragraph of ordinary words, ``size`` characters long."""
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size]


def visit_with(field: str, size: int) -> dict:
    """A small visit whose ``field`` holds ``size`` characters."""
    text = long_text(size)
    data = {
        "format": "briefing-visit/1",
        "visit": {
            "title": "Studiebezoek",
            "start": "2024-04-22",
            "end": "2024-04-24",
            "delegation": "Zes aanklagers",
            "host": "ADVP",
            "location": "Brussel",
            "purpose": "Kennismaking",
            "classification": "BEPERKTE VERSPREIDING",
        },
        "contacts": [
            {"key": "a", "name": "Olena Kovalenko", "role": "delegation", "notes": "Vegetarisch"},
            {"key": "b", "name": "Diane Reynders", "role": "escort", "notes": ""},
        ],
        "programme": [
            {
                "date": "2024-04-22",
                "start": "09:00",
                "end": "10:00",
                "title": "Ontvangst",
                "location": "ADVP",
                "description": "Koffie",
                "contacts": ["a", "b"],
            },
            {"date": "2024-04-23", "start": "10:00", "end": "12:00", "title": "Bezoek", "contacts": ["a"]},
        ],
    }
    if field in ("purpose", "title", "host", "location"):
        data["visit"][field] = text
    elif field == "item_note":
        data["programme"][0]["description"] = text
    elif field == "contact_note":
        data["contacts"][0]["notes"] = text
    else:
        raise ValueError(field)
    return data


def export_once(store: Path, visit_id: str, target: Path, timeout: float) -> tuple[float | None, int | None]:
    """(seconds, peak RSS in MB) of one `briefing export` process; seconds None when it timed out."""
    command = [sys.executable, "-m", "briefing", "--store", str(store), "export", visit_id, "-o", str(target)]
    if Path("/usr/bin/time").exists():
        command = ["/usr/bin/time", "-v", *command]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return seconds, int(match[1]) // 1024 if match else None


def run(fields: list[str] | None = None, timeout: float = 120) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print("   field          size    seconds   peak RSS   s per 100 KB")
        for field in fields or list(CASES):
            for size in CASES[field]:
                store = tmp / f"{field}-{size}.sqlite"  # a store each: the library keeps a contact's first notes
                source = tmp / f"{field}-{size}.json"
                source.write_text(json.dumps(visit_with(field, size)), encoding="utf-8")
                out = subprocess.run(
                    [sys.executable, "-m", "briefing", "--store", str(store), "load", str(source)],
                    check=True,
                    capture_output=True,
                    text=True,
                    env={**os.environ},
                )
                visit_id = out.stdout.strip().splitlines()[-1]
                seconds, rss = export_once(store, visit_id, tmp / f"{field}-{size}.pdf", timeout)
                kb = size // 1000
                if seconds is None:
                    print(f"   {field:12s} {kb:5d} KB   > {timeout:.0f} s (stopped)")
                    continue
                mem = f"{rss:6d} MB" if rss is not None else "      -"
                print(f"   {field:12s} {kb:5d} KB   {seconds:7.2f}   {mem}   {seconds / (size / 100_000):8.2f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    limit = 120.0
    if args[:1] == ["--timeout"]:
        limit, args = float(args[1]), args[2:]
    run(args or None, timeout=limit)
