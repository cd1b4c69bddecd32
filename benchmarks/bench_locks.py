"""The store's lock shim: one write and one read, with SQLite's own POSIX locks and with the shim.

The shim (src/briefing/core/store/locking.py) routes every lock through an open-file-description
lock on one descriptor per file. Both figures come from one process, one after the other, on the
same kind of connection (WAL, synchronous=NORMAL); the ratio is what a user action pays. The
baseline runs in a child process that never imports Briefing, so no shim is installed there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

ACTIONS = 3000

_MEASURE = r"""
import os, sqlite3, sys, time
path, n, with_shim = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
if with_shim:
    from briefing.core.store import locking
    import briefing.core.store.connection  # installs the shim
    assert locking.installed(), "the shim is not installed"
best = None
for _ in range(3):
    for f in (path, path + "-wal", path + "-shm"):
        if os.path.exists(f):
            os.unlink(f)
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA synchronous=NORMAL")
    c.execute("CREATE TABLE t(x)")
    t = time.perf_counter()
    for i in range(n):
        c.execute("BEGIN IMMEDIATE")
        c.execute("INSERT INTO t VALUES (?)", (i,))
        c.execute("COMMIT")
        c.execute("SELECT count(*) FROM t").fetchone()
    per = (time.perf_counter() - t) / n * 1e6
    c.close()
    best = per if best is None else min(best, per)
print(best)
"""


def _measure(folder: str, with_shim: bool) -> float:
    path = os.path.join(folder, f"locks-{int(with_shim)}.sqlite")
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, path, str(ACTIONS), "1" if with_shim else "0"],
        capture_output=True, text=True, check=True,
    ).stdout
    return float(out)


def run() -> None:
    if not sys.platform.startswith("linux"):
        print("   the shim is for Linux only")
        return
    with tempfile.TemporaryDirectory() as folder:
        plain = _measure(folder, False)
        shim = _measure(folder, True)
    print(f"   one write + one read, best of 3 x {ACTIONS}: POSIX locks {plain:.1f} µs, "
          f"OFD shim {shim:.1f} µs (x{shim / plain:.2f}, +{shim - plain:.1f} µs an action)")


if __name__ == "__main__":
    run()
