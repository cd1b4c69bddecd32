"""App start-up: until the main window is shown, against a bare PySide6 window, with the demo store and a large one.

Each figure is a whole child process (`python -m briefing --store PATH` with BRIEFING_QUIT_WHEN_SHOWN=1, which
quits on the first event-loop turn after the window is shown) on the offscreen Qt platform, median of 5 runs;
the bare window is a QMainWindow with an empty central widget started the same way, in the same run, the runs
interleaved. Peak memory is the child's maximum resident set size (from os.wait4), the largest of its runs.
The large store (10,000 articles, 5,000 contacts, 1,000 visits, on top of the demo) is generated once and kept
in var/bench/.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from briefing.core.model import ITEM_KINDS, Role, Status

RUNS = 5
TARGET = 1.5
TIMEOUT = 60.0  # seconds for one start-up
ARTICLES, CONTACTS, VISITS, ORGANISATIONS = 10_000, 5_000, 1_000, 400
STORE = Path("var/bench") / "app-10k.sqlite"

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QWidget(window))
window.resize(1100, 700)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

_VOCABULARY = (
    "veiligheid preventie politie samenwerking delegatie bezoek minister directie criminaliteit gemeente lokale "
    "federale europese benelux crisiscentrum zone beleid parket justitie aanklagers programma overleg netwerk "
    "burgers projecten integrale kadernota grensoverschrijdende informatie-uitwisseling rapport analyse de het "
    "een van en in is op te dat die voor met zijn aan er niet om ook als bij door worden naar sécurité police "
    "prévention coopération la le les des du et dans pour par sur security prevention cooperation the of and to"
)
_WORDS = _VOCABULARY.split()
_COUNTRIES = ["NL", "LU", "FR", "DE", "UA", "PL", "ES", "IT", "SE", "CZ", "PT", "AT", "DK", "FI", "IE", "GR"]
_CITIES = ["Brussel", "Antwerpen", "Gent", "Luik", "Namen", "Brugge", "Leuven", "Mechelen", "Hasselt", "Charleroi"]


def _text(rng: random.Random, chars: int) -> str:
    words: list[str] = []
    length = 0
    while length < chars:
        word = rng.choice(_WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:chars].rstrip()


def _date(day: int) -> str:
    """Day ``day`` counted from 2015-01-01 on a simplified calendar (28-day months), as ISO text."""
    year, rest = divmod(day, 12 * 28)
    month, mday = divmod(rest, 28)
    return f"{2015 + year}-{month + 1:02d}-{mday + 1:02d}"


def _top_up(conn: sqlite3.Connection, table: str, total: int) -> int:
    return max(0, total - conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _fill(path: Path, seed: int = 3) -> None:
    """Add generated rows (one transaction) until the store holds the target numbers of each."""
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        first_org = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM organisations").fetchone()[0]
        conn.executemany(
            "INSERT INTO organisations (id, name, country) VALUES (?, ?, ?)",
            (
                (first_org + i, f"Organisatie {i} {rng.choice(_CITIES)}", rng.choice(_COUNTRIES))
                for i in range(ORGANISATIONS)
            ),
        )
        functions = ["Adviseur", "Directeur", "Commissaris", "Procureur", "Attaché", "Burgemeester", "Analist"]
        conn.executemany(
            "INSERT INTO contacts (name, function, organisation_id, email, phone) VALUES (?, ?, ?, ?, ?)",
            (
                (
                    f"Persoon {i} {rng.choice(_WORDS).capitalize()}",
                    rng.choice(functions),
                    first_org + rng.randrange(ORGANISATIONS),
                    f"persoon{i}@example.org",
                    f"+32 2 {rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                )
                for i in range(_top_up(conn, "contacts", CONTACTS))
            ),
        )
        conn.executemany(
            "INSERT INTO articles (title, published, source, summary, body) VALUES (?, ?, ?, ?, ?)",
            (
                (
                    _text(rng, 70).capitalize(),
                    _date(rng.randrange(11 * 12 * 28)),
                    rng.choice(["Belga", "De Standaard", "Le Soir", "Politico", "Bench"]),
                    _text(rng, 300),
                    "\n\n".join(_text(rng, 500) for _ in range(4)),
                )
                for _ in range(_top_up(conn, "articles", ARTICLES))
            ),
        )
        contact_ids = [r[0] for r in conn.execute("SELECT id FROM contacts")]
        article_ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        roles, statuses = [str(r) for r in Role], [str(s) for s in Status]
        for _ in range(_top_up(conn, "visits", VISITS)):
            start = rng.randrange(11 * 12 * 28 - 5)
            days = rng.randint(1, 4)
            visit_id = conn.execute(
                "INSERT INTO visits (title, start_date, end_date, delegation, country, direction, host, location,"
                " purpose, classification, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    f"Bezoek {_text(rng, 50)}",
                    _date(start),
                    _date(start + days - 1),
                    f"Delegatie {rng.choice(_COUNTRIES)}",
                    rng.choice(_COUNTRIES),
                    rng.choice(["inbound", "outbound"]),
                    "AD Veiligheid en Preventie",
                    rng.choice(_CITIES),
                    _text(rng, 200),
                    rng.choice(["", "BEPERKTE VERSPREIDING"]),
                    rng.choice(statuses),
                ),
            ).lastrowid
            people = rng.sample(contact_ids, rng.randint(4, 12))
            conn.executemany(
                "INSERT INTO participants (visit_id, contact_id, role, position) VALUES (?, ?, ?, ?)",
                ((visit_id, contact, rng.choice(roles), position) for position, contact in enumerate(people)),
            )
            conn.executemany(
                "INSERT INTO visit_articles (visit_id, article_id, position) VALUES (?, ?, ?)",
                ((visit_id, article, position) for position, article in enumerate(rng.sample(article_ids, 4))),
            )
            for position in range(rng.randint(5, 10)):
                minutes = 8 * 60 + position * 60
                item_id = conn.execute(
                    "INSERT INTO programme_items (visit_id, date, start_time, end_time, title, location, kind,"
                    " description, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        visit_id,
                        _date(start + position % days),
                        f"{minutes // 60:02d}:{minutes % 60:02d}",
                        f"{minutes // 60:02d}:45",
                        _text(rng, 40).capitalize(),
                        rng.choice(_CITIES),
                        rng.choice(ITEM_KINDS),
                        _text(rng, 250),
                        position,
                    ),
                ).lastrowid
                conn.executemany(
                    "INSERT INTO item_contacts (item_id, contact_id, position) VALUES (?, ?, ?)",
                    ((item_id, contact, n) for n, contact in enumerate(rng.sample(people, 2))),
                )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    conn.close()


def _ensure_store() -> tuple[Path, float | None]:
    if STORE.exists():
        return STORE, None
    STORE.parent.mkdir(parents=True, exist_ok=True)
    partial = STORE.with_suffix(".part")
    for leftover in STORE.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefing", "--store", str(partial), "demo"], check=True, capture_output=True)
    _fill(partial)
    elapsed = time.perf_counter() - started
    partial.rename(STORE)
    return STORE, elapsed


def _once(args: list[str], env: dict[str, str], tmp: Path) -> tuple[float, int | None, str | None]:
    """(seconds, peak resident set in bytes or None, last stderr line when the process failed)."""
    errors = tmp / "stderr.txt"
    with open(errors, "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        watchdog = threading.Timer(TIMEOUT, proc.kill)  # a modal error box would otherwise wait forever
        watchdog.start()
        try:
            if hasattr(os, "wait4"):
                _, status, usage = os.wait4(proc.pid, 0)
                elapsed = time.perf_counter() - started
                proc.returncode = code = os.waitstatus_to_exitcode(status)
                peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
            else:
                code = proc.wait()
                elapsed = time.perf_counter() - started
                peak = None
        finally:
            watchdog.cancel()
    if elapsed >= TIMEOUT:
        return elapsed, peak, f"no exit within {TIMEOUT:.0f} s (killed)"
    if code != 0:
        lines = errors.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        return elapsed, peak, f"exit {code}: {lines[-1] if lines else '(no output)'}"
    return elapsed, peak, None


PRINT_CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from briefing.core.demo import install_demo
from briefing.core.store import open_store
from briefing.ui.pages.pack import PackPage
from briefing.ui.session import Session

tmp = Path(sys.argv[1])
store = open_store(tmp / "print.sqlite")
install_demo(store)
page = PackPage(Session(store))
page.resize(1100, 700)
page.show()
visit = store.conn.execute("SELECT id FROM visits WHERE title LIKE 'Studiebezoek Oekra%'").fetchone()[0]
page.set_visit(visit)
while page.document.pageCount() == 0 or page._render_job is not None or page._debounce.isActive():
    QTest.qWait(20)
figures = {"pages": page.document.pageCount()}
for case in ("preview up to date", "pack made again"):
    if case == "pack made again":
        page._preview_options = None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp / (case.replace(" ", "-") + ".pdf")
    printer.setOutputFileName(str(target))
    done = []
    page.print_finished.connect(done.append)
    started = time.perf_counter()
    page._start_print(printer)
    while not done:
        QTest.qWait(5)
    page.print_finished.disconnect()
    figures[case] = (time.perf_counter() - started, target.stat().st_size)
from PySide6.QtCore import QEventLoop
from briefing.core import edit
from briefing.core.model import ProgrammeItem
day = store.conn.execute("SELECT start_date FROM visits WHERE id = ?", (visit,)).fetchone()[0]
waits = []
for n in range(5):  # from an edit to its preview shown: the pause after the last edit, then the render
    shown = []
    loop = QEventLoop()  # as in the app: its exec() lets the render thread run (QTest.qWait holds the GIL)
    page.preview_ready.connect(lambda *_: (shown.append(time.perf_counter()), loop.quit()))
    started = time.perf_counter()
    item = ProgrammeItem(title=f"Persmoment {n}", date=day)
    page.session.do(lambda: edit.add_item(store, visit, item), ("programme",))
    if not shown:
        loop.exec()
    page.preview_ready.disconnect()
    waits.append(shown[0] - started)
figures["preview"] = sorted(waits)[len(waits) // 2]
print(json.dumps(figures))
"""


def run_print() -> None:
    """Print: the demo's Ukrainian pack (15 pages) to a PDF printer at printer resolution, from the
    print being started to the file written; once with the preview up to date (its PDF is sent), once
    with the pack made again. Before the vector print, this took 50 s and wrote 134 MB of images."""
    import json

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            [sys.executable, "-c", PRINT_CHILD, tmp], capture_output=True, text=True, env=env, timeout=600
        )
    if run.returncode:
        print(f"   print failed: {run.stderr.strip().splitlines()[-1:]}")
        return
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    for case in ("preview up to date", "pack made again"):
        seconds, size = figures[case]
        print(f"   print {figures['pages']} pages, {case:<20} {seconds:6.2f} s  {size / 1e6:6.2f} MB PDF")
    print(f"   preview shown after an edit (median of 5)  {figures['preview']:6.2f} s   (target ≤ 0.3 s)")


def run() -> None:
    run_print()
    path, built = _ensure_store()
    conn = sqlite3.connect(path)
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "contacts", "visits")]
    conn.close()
    size = path.stat().st_size
    print(
        f"   large store: {counts[0]:,} articles, {counts[1]:,} contacts, {counts[2]:,} visits, {size / 1e6:,.0f} MB",
        end="",
    )
    print(f", generated in {built:.0f} s" if built else " (generated in an earlier run)")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_QUIT_WHEN_SHOWN": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        demo = tmp / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "briefing", "--store", str(demo), "demo"], check=True, capture_output=True
        )
        cases = {
            "bare window": [sys.executable, "-c", BARE_WINDOW],
            "demo": [sys.executable, "-m", "briefing", "--store", str(demo)],
            "10k articles / 5k contacts / 1k visits": [sys.executable, "-m", "briefing", "--store", str(path)],
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        peaks: dict[str, list[int]] = {name: [] for name in cases}
        failed: dict[str, str] = {}
        for args in cases.values():  # warm-up: page cache, compiled modules, fontconfig cache
            _once(args, env, tmp)
        for _ in range(RUNS):  # interleaved, so that drift in the machine's load hits every case alike
            for name, args in cases.items():
                if name in failed:
                    continue
                elapsed, peak, error = _once(args, env, tmp)
                if error:
                    failed[name] = error
                    continue
                times[name].append(elapsed)
                if peak is not None:
                    peaks[name].append(peak)

    def peak_mb(name: str) -> str:
        return f"{max(peaks[name]) / 2**20:8.0f}" if peaks[name] else f"{'-':>8}"

    if "bare window" in failed:
        print(f"   bare window failed to start ({failed['bare window']}); no ratios")
        bare = None
    else:
        bare = statistics.median(times["bare window"])
    print(
        f"   {'store':<40} {'start-up':>9} {'bare window':>12} {'ratio':>6}  {'peak MB':>8}   (target ratio ≤ {TARGET})"
    )
    for name in list(cases)[1:]:
        if name in failed:
            print(f"   {name:<40} failed to start: {failed[name]}")
            continue
        median = statistics.median(times[name])
        bare_text = f"{bare * 1000:9.0f} ms" if bare else f"{'-':>12}"
        ratio = f"{median / bare:6.2f}" if bare else f"{'-':>6}"
        print(f"   {name:<40} {median * 1000:6.0f} ms {bare_text} {ratio}  {peak_mb(name)}")
    if bare:
        print(f"   {'bare PySide6 window':<40} {bare * 1000:6.0f} ms {'':>12} {'':>6}  {peak_mb('bare window')}")
    print(
        f"   (whole processes, offscreen platform, median of {RUNS}; peak = largest maximum resident set of the runs)"
    )
