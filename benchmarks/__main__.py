"""Run the benchmarks: `python -m benchmarks [name ...]`."""

from __future__ import annotations

import importlib
import sys
import time

BENCHMARKS = [
    "bench_store", "bench_pack", "bench_long_fields", "bench_search", "bench_app", "bench_import", "bench_locks",
]  # fmt: skip


def main(argv: list[str]) -> int:
    names = argv or BENCHMARKS
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}: {module.__doc__.strip().splitlines()[0]}")
        started = time.perf_counter()
        module.run()
        print(f"   ({time.perf_counter() - started:.1f} s)")
    return 0


raise SystemExit(main(sys.argv[1:]))
