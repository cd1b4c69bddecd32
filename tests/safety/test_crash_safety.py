"""Crash safety: a killed process loses at most the action in progress; two processes share a store.

Child processes run the command line while the test kills them (SIGKILL) at chosen moments: during
start-up, while a new store is being created, inside a large ``load`` or a batch of
``import-articles``, and around the commit. After every kill the store must pass SQLite's integrity
and foreign-key checks and the full-text index check, and every visit and article in it must be
whole: all of a load or none of it, each imported file all or nothing.

``BRIEFING_KILL_ROUNDS=N`` runs N kill rounds of each kind (default: a short run);
``BRIEFING_KILL_SEED`` repeats a run's random moments. ``pytest -s`` prints each test's figures.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from benchmarks.bench_store import large_visit

from briefing.core.interchange.articles import read_article
from briefing.core.store import open_store
from briefing.core.store.migrations import SCHEMA_VERSION
from briefing.core.store.migrations import apply as apply_migrations
from tests.conftest import run_briefing, write_json

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

# The command line as ``python -m briefing`` runs it, plus markers on stderr (written unbuffered, so a
# killed child leaves them behind) that say how far it got: opening the store, each transaction's
# begin and commit, each progress step. The markers only observe; the work done is the same.
_OBSERVED = r"""
import os, sys, threading, time
from contextlib import contextmanager

def mark(what):
    os.write(2, f"@@ {time.monotonic():.6f} {what}\n".encode())

mark("start")
import briefing.core.progress as progress
import briefing.core.store as store_package
from briefing.core.store.connection import Store

_run = progress.run
progress.run = lambda steps, on_progress=None: _run(steps, lambda p: mark(f"step {p.done} {p.total} {p.message}"))
_open_store = store_package.open_store

_app = []

def open_store(*args, **kwargs):
    mark("open")
    store = _open_store(*args, **kwargs)
    # The app's kind of connection in the same process: its own store, kept open, read from a
    # worker thread, while the store file is opened and closed another way (as a file dialog
    # reading its MIME type does), which must not drop the process's locks.
    app_store = _open_store(store.path, quick_check=True)
    _app.append(app_store)
    with open(store.path, "rb") as peek:
        peek.read(100)

    def app_reads():
        while True:
            app_store.conn.execute("SELECT count(*) FROM visits").fetchone()
            time.sleep(0.005)

    threading.Thread(target=app_reads, daemon=True).start()
    mark("opened")
    return store

store_package.open_store = open_store
_transaction = Store.transaction

@contextmanager
def transaction(self):
    with _transaction(self):
        mark("begin")
        yield self
    mark("commit")

Store.transaction = transaction
from briefing.cli import main
code = main(sys.argv[1:])
mark(f"exit {code}")
raise SystemExit(code)
"""


def _rounds(default: int) -> int:
    return max(1, int(os.environ.get("BRIEFING_KILL_ROUNDS") or default))


def _rng() -> tuple[random.Random, int]:
    seed = int(os.environ.get("BRIEFING_KILL_SEED") or random.SystemRandom().randrange(1, 10**6))
    return random.Random(seed), seed


# ---------------------------------------------------------------- a child process to kill


@dataclass
class Marker:
    at: float
    what: str


@dataclass
class Child:
    """One command-line process; with ``observed`` it reports how far it got (see _OBSERVED)."""

    args: tuple[str, ...]
    observed: bool = True
    markers: list[Marker] = field(default_factory=list)
    out: str = ""
    err: str = ""
    returncode: int | None = None

    def __post_init__(self) -> None:
        head = ["-c", _OBSERVED] if self.observed else ["-m", "briefing"]
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, *head, *map(str, self.args)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,
        )

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.returncode is None:  # a failed assertion: never leave a child behind
            self.proc.kill()
            self.finish()

    def _note(self, line: bytes) -> None:
        text = line.decode("utf-8", "replace")
        if text.startswith("@@ "):
            _, at, what = text.rstrip("\n").split(" ", 2)
            self.markers.append(Marker(float(at), what))
        else:
            self.err += text

    def wait_for(self, predicate) -> bool:
        """Read markers until one satisfies ``predicate``; False when the child ended first."""
        while True:
            line = self.proc.stderr.readline()
            if not line:
                return False
            self._note(line)
            if line.startswith(b"@@ ") and predicate(self.markers[-1].what):
                return True

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)  # does nothing when the child has already ended

    def finish(self, timeout: float = 180) -> Child:
        out, err = self.proc.communicate(timeout=timeout)
        self.returncode = self.proc.returncode
        self.out = out.decode("utf-8", "replace")
        for line in err.splitlines(keepends=True):
            self._note(line)
        return self

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL

    def seen(self, what: str) -> bool:
        return any(m.what == what for m in self.markers)

    def count(self, what: str) -> int:
        return sum(m.what == what for m in self.markers)

    def at(self, what: str) -> float:
        """Seconds from the child's start to the first marker ``what`` (or one starting so)."""
        return next(m.at for m in self.markers if m.what == what or m.what.startswith(what + " ")) - self.started

    def last_id(self) -> int:
        return int(self.out.strip().splitlines()[-1])


# ---------------------------------------------------------------- checking a store


def _integrity(conn: sqlite3.Connection) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    assert rows == ["ok"], f"integrity_check: {rows[:10]}"
    bad = conn.execute("PRAGMA foreign_key_check").fetchall()
    assert bad == [], f"foreign_key_check: {bad[:10]}"
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").fetchone():
        # raises when the full-text index and the articles it indexes disagree
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def _connect(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(path, isolation_level=None, timeout=30))


def _expected_schema(version: int) -> set[tuple[str, str, str]]:
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as mem:
        apply_migrations(mem, target=version)
        return set(mem.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master"))


def _visit_shape(data: dict) -> dict[str, object]:
    """What a whole visit from this file holds in the store."""
    items = data["programme"]
    return {
        "end": data["visit"]["end"],
        "programme": len(items),
        "participants": len(data["contacts"]),
        "themes": len(data["themes"]),
        "articles": len(data["articles"]),
        "item_contacts": sum(len(dict.fromkeys(i.get("contacts", []))) for i in items),
        "item_themes": sum(len(dict.fromkeys(i.get("themes", []))) for i in items),
        "item_titles": sorted(i["title"] for i in items),
        "article_texts": sorted((a["title"], a["summary"], a["body"]) for a in data["articles"]),
    }


def _stored_shape(conn: sqlite3.Connection, visit_id: int) -> dict[str, object]:
    def count(sql: str) -> int:
        return conn.execute(sql, (visit_id,)).fetchone()[0]

    return {
        "end": conn.execute("SELECT end_date FROM visits WHERE id = ?", (visit_id,)).fetchone()[0],
        "programme": count("SELECT count(*) FROM programme_items WHERE visit_id = ?"),
        "participants": count("SELECT count(*) FROM participants WHERE visit_id = ?"),
        "themes": count("SELECT count(*) FROM visit_themes WHERE visit_id = ?"),
        "articles": count("SELECT count(*) FROM visit_articles WHERE visit_id = ?"),
        "item_contacts": count(
            "SELECT count(*) FROM item_contacts JOIN programme_items p ON p.id = item_id WHERE p.visit_id = ?"
        ),
        "item_themes": count(
            "SELECT count(*) FROM item_themes JOIN programme_items p ON p.id = item_id WHERE p.visit_id = ?"
        ),
        "item_titles": sorted(
            r[0] for r in conn.execute("SELECT title FROM programme_items WHERE visit_id = ?", (visit_id,))
        ),
        "article_texts": sorted(
            tuple(r)
            for r in conn.execute(
                "SELECT a.title, a.summary, a.body FROM visit_articles va JOIN articles a ON a.id = va.article_id "
                "WHERE va.visit_id = ?",
                (visit_id,),
            )
        ),
    }


def _whole_visits(conn: sqlite3.Connection, files: dict[str, dict]) -> dict[str, int]:
    """Every visit in the store is one of ``files`` (title -> _visit_shape of the file), whole;
    returns title -> visit id."""
    found: dict[str, int] = {}
    for visit_id, title in conn.execute("SELECT id, title FROM visits ORDER BY id").fetchall():
        assert title in files, f"visit {visit_id} {title!r} comes from no file this test loaded"
        assert title not in found, f"{title!r} is in the store twice (visits {found[title]} and {visit_id})"
        shape = _stored_shape(conn, visit_id)
        expected = files[title]
        partial = {k: (shape[k], expected[k]) for k in expected if k not in ("item_titles", "article_texts")}
        assert shape == expected, f"visit {visit_id} {title!r} is not whole: (stored, in the file) {partial}"
        found[title] = visit_id
    return found


def _no_leftovers(conn: sqlite3.Connection) -> None:
    """Every library row belongs to a visit that is in the store: nothing of a rolled-back load stayed."""
    for what, sql in (
        ("contacts", "SELECT count(*) FROM contacts WHERE id NOT IN (SELECT contact_id FROM participants)"),
        ("articles", "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM visit_articles)"),
        ("themes", "SELECT count(*) FROM themes WHERE id NOT IN (SELECT theme_id FROM visit_themes)"),
        (
            "organisations",
            "SELECT count(*) FROM organisations WHERE id NOT IN "
            "(SELECT organisation_id FROM contacts WHERE organisation_id IS NOT NULL)",
        ),
    ):
        left = conn.execute(sql).fetchone()[0]
        assert left == 0, f"{left} {what} in the store belong to no visit (left over from a killed load)"


def _check_visit_store(path: Path, files: dict[str, dict]) -> dict[str, int]:
    with _connect(path) as conn:
        _integrity(conn)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        found = _whole_visits(conn, files)
        _no_leftovers(conn)
    return found


# ---------------------------------------------------------------- visit files


_BASE: dict | None = None


def _base_visit() -> dict:
    """A large visit: 240 programme items, 300 people, 40 themes, 300 articles of about 4 KB."""
    global _BASE
    if _BASE is None:
        _BASE = large_visit(days=10, per_day=24, contacts=300, themes=40, articles=300)
    return _BASE


def _visit_file(folder: Path, tag: str) -> tuple[dict, Path]:
    """The large visit with its own title, people, themes and articles (nothing shared with other rounds)."""
    data = json.loads(json.dumps(_base_visit()))
    data["visit"]["title"] = f"Ronde {tag} — {data['visit']['title']}"
    for org in data["organisations"]:
        org["name"] = f"{org['name']} ({tag})"
    for contact in data["contacts"]:
        contact["name"] = f"{contact['name']} ({tag})"
        contact["email"] = f"{tag.lower()}.{contact['email']}"
    for theme in data["themes"]:
        theme["title"] = f"{theme['title']} ({tag})"
    for item in data["programme"]:
        item["title"] = f"{item['title']} ({tag})"
    for article in data["articles"]:
        article["title"] = f"{article['title']} ({tag})"
    folder.mkdir(parents=True, exist_ok=True)
    return data, write_json(folder / f"visit-{tag}.json", data)


# ---------------------------------------------------------------- kill during load


# where a round aims its kill: inside the load's transaction most often
_LOAD_MODES = ("load", "load", "new-store", "load", "commit", "load", "start-up", "load")


def _phase(child: Child, kept: bool) -> str:
    if not child.killed:
        return "completed before the kill"
    if not child.seen("open"):
        return "killed in start-up (store not yet opened)"
    if not child.seen("opened"):
        return "killed while opening or creating the store"
    if not child.seen("begin"):
        return "killed after opening, before the load began"
    if not child.seen("commit"):
        return "killed at the commit (visit kept)" if kept else "killed mid-load (rolled back)"
    return "killed after the commit (visit kept)"


def test_kill_during_load(tmp_path, record_property):
    rounds = _rounds(12)
    rng, seed = _rng()
    store = tmp_path / "kill-load.sqlite"
    files: dict[str, dict] = {}

    # one load without a kill: where start-up, the transaction and the commit fall in time
    data, path = _visit_file(tmp_path / "visits", "0")
    files[data["visit"]["title"]] = _visit_shape(data)
    with Child(("--store", store, "load", path)) as child:
        child.finish()
    assert child.returncode == 0, child.err
    opened, begin, commit = (child.at(w) for w in ("opened", "begin", "commit"))
    assert _check_visit_store(store, files) == {data["visit"]["title"]: child.last_id()}
    timeline = f"opened {opened:.2f} s, load {begin:.2f}-{commit:.2f} s"

    phases: Counter[str] = Counter()
    kept = 1
    new_stores: Counter[str] = Counter()  # what a killed creation left: no file, or the schema version
    for n in range(1, rounds + 1):
        mode = _LOAD_MODES[n % len(_LOAD_MODES)]
        data, path = _visit_file(tmp_path / "visits", str(n))
        title = data["visit"]["title"]
        target = store if mode != "new-store" else tmp_path / f"new-{n}.sqlite"
        with Child(("--store", target, "load", path)) as child:
            if mode == "start-up":
                time.sleep(rng.uniform(0, opened))
            elif mode == "new-store":
                if child.wait_for(lambda w: w == "open"):
                    time.sleep(rng.uniform(0, 0.012))  # creating a store takes about 10 ms
            elif mode == "load":
                if child.wait_for(lambda w: w == "begin"):
                    time.sleep(rng.uniform(0, commit - begin))
            elif child.wait_for(lambda w: w.endswith(" done")):  # around the commit and the checkpoint after it
                time.sleep(rng.uniform(0, 0.05))
            child.kill()
            child.finish()
        assert "Traceback" not in child.err, child.err
        assert child.killed or child.returncode == 0, f"round {n}: exit {child.returncode}: {child.err}"

        if mode == "new-store":
            if target.exists():  # half-created: still a sound database, at one of the schema versions
                with _connect(target) as conn:
                    _integrity(conn)
                    version = conn.execute("PRAGMA user_version").fetchone()[0]
                    schema = set(conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master"))
                    assert schema == _expected_schema(version), f"round {n}: schema does not match version {version}"
                    in_store = {r[0] for r in conn.execute("SELECT title FROM visits")} if version else set()
                new_stores[f"schema {version}"] += 1
            else:
                in_store = set()
                new_stores["no file"] += 1
            was_kept = title in in_store
            phases[f"(new store) {_phase(child, was_kept)}"] += 1
            # the next process finishes creating the store and the load goes through
            if not was_kept:
                result = run_briefing("--store", target, "load", path)
                assert result.returncode == 0, result.stderr
            assert set(_check_visit_store(target, {title: _visit_shape(data)})) == {title}
            continue

        before = set(files)
        files[title] = _visit_shape(data)
        found = _check_visit_store(store, files)
        assert set(found) - {title} == before, f"round {n}: visits of earlier rounds changed"
        was_kept = title in found
        phases[_phase(child, was_kept)] += 1
        kept += was_kept
        if not child.killed:
            assert found[title] == child.last_id()
        if child.seen("commit"):
            assert was_kept, f"round {n}: the load committed, yet the visit is not in the store"
        if not child.seen("begin"):
            assert not was_kept, f"round {n}: a visit appeared without its load beginning"
        if not was_kept:
            del files[title]

    result = run_briefing("--store", store, "check")
    assert result.returncode == 0, result.stderr
    found = _check_visit_store(store, files)
    assert len(found) == kept
    summary = (
        f"kill during load: {rounds} rounds (seed {seed}; {timeline}): "
        + ", ".join(f"{count} {phase}" for phase, count in sorted(phases.items()))
        + f"; {kept} visits in the store, all whole, 0 partial; {new_stores.total()} new stores sound and usable "
        f"after the kill ({', '.join(f'{k}: {v}' for k, v in sorted(new_stores.items()))}); "
        "integrity, foreign keys and full-text index ok after every round"
    )
    print(f"\n{summary}")
    record_property("kill_load", summary)
    assert sum(phases.values()) == rounds


# ---------------------------------------------------------------- kill during import-articles


_NL = ("veiligheid", "preventie", "samenwerking", "politie", "justitie", "gemeente", "burgers", "wijkwerking")
_WORDS = (*_NL, "overleg", "beleid", "sécurité", "prévention", "coopération", "безпека", "співпраця", "Київ", "Ελλάδα")


def _article_files(folder: Path, batch: int, count: int) -> list[Path]:
    """``count`` small text articles with their own titles; every third states its publication date."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        paragraphs = [
            " ".join(_WORDS[(i * 7 + k * 3 + j) % len(_WORDS)] for j in range(40 + k * 5)) + "."
            for k in range(1 + i % 4)
        ]
        stated = [f"Gepubliceerd op 2024-{1 + batch % 12:02d}-{1 + i % 28:02d}"] if i % 3 == 0 else []
        title = f"Achtergrond reeks {batch} stuk {i}: {_WORDS[i % len(_WORDS)]}"
        path = folder / f"artikel-{i:03d}.txt"
        path.write_text("\n\n".join([title, *stated, *paragraphs]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@cache
def _expected_article(file: Path) -> tuple[str, tuple[str, str, str], list[str]]:
    """The file as the importer reads it (title; summary, body, date), and its paragraphs of text."""
    article = read_article(file)
    paragraphs = file.read_text(encoding="utf-8").split("\n\n")[1:]
    text = [p.strip() for p in paragraphs if not p.startswith("Gepubliceerd op")]
    return article.title, (article.summary, article.body, article.published), text


def _check_articles(path: Path, batches: list[list[Path]]) -> list[int]:
    """Every stored article is one file of a batch, whole, once; each batch's stored files are its
    first files (they are imported in order). Returns how many of each batch are stored."""
    with _connect(path) as conn:
        _integrity(conn)
        rows = {r[0]: tuple(r[1:]) for r in conn.execute("SELECT title, summary, body, published FROM articles")}
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert total == len(rows), "an article is in the store twice"
    counts = []
    seen = 0
    for batch in batches:
        stored = 0
        for file in batch:
            title, expected, paragraphs = _expected_article(file)
            row = rows.get(title)
            if row is None:
                break
            assert row == expected, f"{file.name} is not whole"
            text = row[0] + "\n\n" + row[1]
            assert all(p in text for p in paragraphs), f"{file.name}: a paragraph is missing"
            stored += 1
        counts.append(stored)
        seen += stored
    assert seen == total, f"{total - seen} stored articles are not a prefix of their batch, or from no file"
    return counts


def test_kill_during_import(tmp_path, record_property):
    rounds = _rounds(8)
    rng, seed = _rng()
    store = tmp_path / "kill-import.sqlite"
    per_batch = 200

    batches = [_article_files(tmp_path / "batch-0", 0, per_batch)]
    with Child(("--store", store, "import-articles", *batches[0])) as child:
        child.finish()
    assert child.returncode == 0, child.err
    opened, last = child.at("opened"), child.at(f"step {per_batch}")
    assert _check_articles(store, batches) == [per_batch]

    phases: Counter[str] = Counter()
    for n in range(1, rounds + 1):
        batch = _article_files(tmp_path / f"batch-{n}", n, per_batch)
        batches.append(batch)
        with Child(("--store", store, "import-articles", *batch)) as child:
            if n % 4 == 0:
                time.sleep(rng.uniform(0, opened))
            elif child.wait_for(lambda w: w == "opened"):
                time.sleep(rng.uniform(0, (last - opened) * 1.1))
            child.kill()
            child.finish()
        assert "Traceback" not in child.err, child.err
        counts = _check_articles(store, batches)
        assert counts[:-1] == [per_batch] * n, f"round {n}: articles of earlier batches changed"
        stored = counts[-1]
        begun, committed = child.count("begin"), child.count("commit")
        if child.killed:
            # each file is its own transaction: every committed file is there, the one in progress may be
            assert stored in (committed, begun), f"round {n}: {stored} stored, {committed} committed, {begun} begun"
            if not child.seen("opened"):
                phases["killed before the store was open"] += 1
            elif begun > committed:
                phases["killed inside a file's transaction"] += 1
            else:
                phases["killed between files"] += 1
        else:
            assert child.returncode == 0 and stored == per_batch
            phases["completed before the kill"] += 1

        # running the same import again completes it: what is there is unchanged, the rest added
        result = run_briefing("--store", store, "import-articles", *batch)
        assert result.returncode == 0, result.stderr
        statuses = [line.split("\t", 1)[0] for line in result.stdout.splitlines()]
        assert statuses == ["unchanged"] * stored + ["added"] * (per_batch - stored)
        assert _check_articles(store, batches) == [per_batch] * (n + 1)

    result = run_briefing("--store", store, "import-articles", *batches[0], *batches[-1])
    assert result.returncode == 0 and result.stdout.count("unchanged\t") == 2 * per_batch
    result = run_briefing("--store", store, "check")
    assert result.returncode == 0, result.stderr
    with _connect(store) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == per_batch * (rounds + 1)
    summary = (
        f"kill during import-articles: {rounds} rounds of {per_batch} files (seed {seed}; "
        f"import {opened:.2f}-{last:.2f} s): "
        + ", ".join(f"{count} {phase}" for phase, count in sorted(phases.items()))
        + f"; every stored article whole, no duplicates; the re-run added the rest ({per_batch * (rounds + 1)} "
        "articles); integrity, foreign keys and full-text index ok after every round"
    )
    print(f"\n{summary}")
    record_property("kill_import", summary)


# ---------------------------------------------------------------- two instances on one store


def test_two_loads_at_once(tmp_path):
    """Two processes load two large visits into one store at once (a new store: both create it)."""
    for rep in range(3):
        store = tmp_path / f"both-{rep}.sqlite"
        a, path_a = _visit_file(tmp_path / "visits", f"A{rep}")
        b, path_b = _visit_file(tmp_path / "visits", f"B{rep}")
        with (
            Child(("--store", store, "load", path_a), observed=False) as first,
            Child(("--store", store, "load", path_b), observed=False) as second,
        ):
            first.finish()
            second.finish()
        assert first.returncode == 0, first.err
        assert second.returncode == 0, second.err
        found = _check_visit_store(store, {a["visit"]["title"]: _visit_shape(a), b["visit"]["title"]: _visit_shape(b)})
        assert found == {a["visit"]["title"]: first.last_id(), b["visit"]["title"]: second.last_id()}


def test_two_imports_of_the_same_files_at_once(tmp_path):
    """Both processes import the same files: each article is stored once, added by one of the two."""
    store = tmp_path / "both-import.sqlite"
    open_store(store).close()
    batch = _article_files(tmp_path / "batch", 1, 120)
    with (
        Child(("--store", store, "import-articles", *batch), observed=False) as first,
        Child(("--store", store, "import-articles", *batch), observed=False) as second,
    ):
        first.finish()
        second.finish()
    assert first.returncode == 0, first.err
    assert second.returncode == 0, second.err
    statuses = Counter(line.split("\t", 1)[0] for line in (first.out + second.out).splitlines())
    assert statuses == {"added": 120, "unchanged": 120}
    assert _check_articles(store, [batch]) == [120]


def test_a_writer_waits_for_the_write_lock(tmp_path):
    """While another connection holds the write lock, ``load`` waits (busy timeout), then succeeds."""
    store = tmp_path / "locked.sqlite"
    open_store(store).close()
    data, path = _visit_file(tmp_path / "visits", "L")
    with _connect(store) as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO settings (key, value) VALUES ('held-by-another-process', 'yes')")
        with Child(("--store", store, "load", path)) as child:
            assert child.wait_for(lambda w: w == "opened"), child.err
            time.sleep(1.0)
            assert child.proc.poll() is None, "the load did not wait for the write lock"
            released = time.monotonic()
            conn.execute("COMMIT")
            child.finish()
    assert child.returncode == 0, child.err
    began = child.at("begin") + child.started
    assert began >= released, "the load wrote while another connection held the write lock"
    assert began - (child.at("opened") + child.started) >= 0.9
    assert _check_visit_store(store, {data["visit"]["title"]: _visit_shape(data)}) == {
        data["visit"]["title"]: child.last_id()
    }
    with _connect(store) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'held-by-another-process'").fetchone() == ("yes",)


def test_readers_see_whole_visits_while_a_load_runs(tmp_path):
    """A reader (a connection, and the command line) open during a load sees no visit or all of it."""
    store = tmp_path / "read.sqlite"
    open_store(store).close()
    data, path = _visit_file(tmp_path / "visits", "R")
    files = {data["visit"]["title"]: _visit_shape(data)}
    snapshots: Counter[int] = Counter()
    cli_reads = 0
    with _connect(store) as conn, Child(("--store", store, "load", path), observed=False) as child:
        last_cli = 0.0
        while True:
            ended = child.proc.poll() is not None
            conn.execute("BEGIN")
            snapshots[len(_whole_visits(conn, files))] += 1
            conn.execute("COMMIT")
            if ended:
                break
            if time.monotonic() - last_cli > 0.25 and child.proc.poll() is None:
                result = run_briefing("--store", store, "visits", "--json")
                assert result.returncode == 0, result.stderr
                assert [v["title"] for v in json.loads(result.stdout)] in ([], list(files))
                cli_reads += 1
                last_cli = time.monotonic()
        child.finish()
    assert child.returncode == 0, child.err
    assert snapshots[0] and snapshots[1] and set(snapshots) == {0, 1}
    assert cli_reads >= 1
    assert _check_visit_store(store, files) == {data["visit"]["title"]: child.last_id()}
